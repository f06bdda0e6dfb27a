/**
 * A stand-in for @forge/bridge: the only module the page tests mock, once for all of them
 * (`moduleNameMapper` in jest.config.js), so its exports below are the bridge's. Resolvers answer
 * from `backend.handlers`; every call is recorded so tests can see what the page asked for.
 */
import type { FunctionKey } from '../../src/contract';

type Handler = (payload: unknown) => unknown;

/** A flag the page asked Jira to show (`showFlag`), and whether it is still on screen. */
export interface ShownFlag {
  id: string | number;
  title?: string;
  description?: string;
  type?: 'info' | 'success' | 'warning' | 'error';
  appearance?: 'info' | 'success' | 'warning' | 'error';
  actions?: { text: string; onClick: () => void }[];
  isAutoDismiss?: boolean;
  open: boolean;
}

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
  /** Every flag shown, oldest first; `open` turns false when the page closes it. */
  flags: ShownFlag[];
}

export const backend: FakeBackend = {
  handlers: {},
  calls: [],
  context: null,
  opened: [],
  navigated: [],
  leaveJira: true,
  themeEnabled: 0,
  flags: [],
};

export function resetBackend(): void {
  backend.handlers = {};
  backend.calls = [];
  backend.context = { locale: 'en-GB', timezone: 'Europe/Warsaw' };
  backend.opened = [];
  backend.navigated = [];
  backend.leaveJira = true;
  backend.themeEnabled = 0;
  backend.flags = [];
}

/** The flags on screen, newest first, as Jira's flag area would list them. */
export function openFlags(): ShownFlag[] {
  return backend.flags.filter((flag) => flag.open).reverse();
}

/** The titles of the flags on screen, newest first. */
export function flagTitles(): (string | undefined)[] {
  return openFlags().map((flag) => flag.title);
}

export function showFlag(options: Omit<ShownFlag, 'open'>) {
  // As @forge/bridge does: Jira needs an id to close the flag by.
  if (!options.id) throw new Error('"id" must be defined in flag options');
  const flag: ShownFlag = { ...options, open: true };
  backend.flags.push(flag);
  return {
    close: async () => {
      flag.open = false;
      return true;
    },
  };
}

export function callsOf(functionKey: FunctionKey): unknown[] {
  return backend.calls.filter((call) => call.functionKey === functionKey).map((c) => c.payload);
}

export async function invoke(functionKey: FunctionKey, payload?: unknown): Promise<unknown> {
  backend.calls.push({ functionKey, payload });
  const handler = backend.handlers[functionKey];
  if (!handler) throw new Error(`No resolver for ${functionKey}`);
  return handler(payload);
}

export const makeInvoke = () => invoke;

export const view = {
  getContext: async () => backend.context,
  theme: {
    enable: async () => {
      backend.themeEnabled += 1;
    },
  },
};

export const router = {
  navigate: async (url: string) => {
    backend.navigated.push(url);
  },
  open: async (url: string) => {
    backend.opened.push(url);
    if (!backend.leaveJira) throw new Error('The user declined to leave Jira');
  },
};
