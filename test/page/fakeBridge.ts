/**
 * A stand-in for @forge/bridge: the only module the page tests mock. Resolvers answer from
 * `backend.handlers`; every call is recorded so tests can see what the page asked for.
 */
import type { FunctionKey } from '../../src/contract';

type Handler = (payload: unknown) => unknown;

export interface FakeBackend {
  handlers: Partial<Record<FunctionKey, Handler>>;
  calls: { functionKey: FunctionKey; payload: unknown }[];
  context: {
    locale?: string;
    timezone?: string;
    moduleKey?: string;
    localId?: string;
    siteUrl?: string;
  } | null;
  opened: string[];
  /** Pages of Jira the page went to in its own tab (`router.navigate`). */
  navigated: string[];
  /** Whether the viewer agrees to leave Jira when the page opens a link. */
  leaveJira: boolean;
  themeEnabled: number;
}

export const backend: FakeBackend = {
  handlers: {},
  calls: [],
  context: null,
  opened: [],
  navigated: [],
  leaveJira: true,
  themeEnabled: 0,
};

export function resetBackend(): void {
  backend.handlers = {};
  backend.calls = [];
  backend.context = { locale: 'en-GB', timezone: 'Europe/Warsaw' };
  backend.opened = [];
  backend.navigated = [];
  backend.leaveJira = true;
  backend.themeEnabled = 0;
}

export function callsOf(functionKey: FunctionKey): unknown[] {
  return backend.calls.filter((call) => call.functionKey === functionKey).map((c) => c.payload);
}

async function invoke(functionKey: FunctionKey, payload?: unknown): Promise<unknown> {
  backend.calls.push({ functionKey, payload });
  const handler = backend.handlers[functionKey];
  if (!handler) throw new Error(`No resolver for ${functionKey}`);
  return handler(payload);
}

export const bridgeModule = {
  makeInvoke: () => invoke,
  invoke,
  view: {
    getContext: async () => backend.context,
    theme: {
      enable: async () => {
        backend.themeEnabled += 1;
      },
    },
  },
  router: {
    navigate: async (url: string) => {
      backend.navigated.push(url);
    },
    open: async (url: string) => {
      backend.opened.push(url);
      if (!backend.leaveJira) throw new Error('The user declined to leave Jira');
    },
  },
};
