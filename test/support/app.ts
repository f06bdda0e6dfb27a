import type { Defs, FunctionKey } from '../../src/contract';
import type { AppDeps } from '../../src/app/deps';
import type { Log, LogFields } from '../../src/ports/log';
import { createManagementServiceDirectory } from '../../src/adapters/gitprotect';
import { checkedBaseUrls } from '../../src/config';
import { LocalStore } from '../../src/adapters/local/fileStore';
import { LOCAL_USERS, LocalJiraSite } from '../../src/adapters/local/jiraSite';
import { createResolverHandler } from '../../src/resolvers';
import { hourlySync } from '../../src/triggers/hourlySync';
import { fetchWithForgeInvocationToken } from '../../dev/emulator';
import { startTestEmulator, type TestEmulator, type TestEmulatorOptions } from './emulator';

export const CLOUD_ID = 'c0ffee00-0000-4000-8000-000000000001';
/** How late kvs may delete an expired key (storage-reference/kvs-api): up to 48 hours. */
export const KVS_EXPIRY_LAG_MS = 48 * 3_600_000;
/** Looks like an Atlassian API token, so the emulator accepts it; recognisable in any output. */
export const JIRA_TOKEN = 'ATATT3xFfGF0PLANTEDjiraTOKEN000000001a2b';
export const ADMIN_EMAIL = 'alex.admin@example.com';

export type Acting = keyof typeof LOCAL_USERS;
type Result<K extends FunctionKey> = ReturnType<Defs[K]>;

export interface TestApp {
  deps: AppDeps;
  store: LocalStore;
  jira: LocalJiraSite;
  emulator: TestEmulator;
  /** Calls a resolver the way Forge does: through @forge/resolver's dispatch. */
  invoke<K extends FunctionKey>(as: Acting, key: K, payload?: unknown): Promise<Result<K>>;
  trigger: () => ReturnType<typeof hourlySync>;
  logLines: string[];
  responses: unknown[];
  close(): Promise<void>;
}

export async function startTestApp(
  options: { connected?: boolean; emulator?: TestEmulatorOptions } = {},
): Promise<TestApp> {
  const emulator = await startTestEmulator(options.emulator);
  const clock = emulator.clock;
  // Expired keys stay readable for 48 hours, as kvs may keep them: locks must not rely on their
  // deletion.
  const store = new LocalStore(undefined, clock, KVS_EXPIRY_LAG_MS);
  const jira = new LocalJiraSite({ projects: 25 });
  const logLines: string[] = [];
  // Raw, not redacted: the tests prove that no token reaches the log in the first place.
  const log = recordingLog(logLines);
  const deps: AppDeps = {
    store,
    jira,
    clock,
    log,
    services: createManagementServiceDirectory({
      // The emulator listens on loopback http, which only tests and the local host may use.
      baseUrls: checkedBaseUrls(emulator.baseUrls, { allowLoopbackHttp: true }),
      // As Forge Remote would: the registration carries a FIT for this installation's site.
      registrationChannel: (_region, baseUrl) => ({
        baseUrl,
        fetch: fetchWithForgeInvocationToken(emulator.forgeSigner, { cloudId: CLOUD_ID }),
      }),
      log,
      clock,
    }),
  };
  const handler = createResolverHandler(deps);
  const responses: unknown[] = [];

  const invoke = async <K extends FunctionKey>(as: Acting, key: K, payload?: unknown) => {
    const result = await handler(
      { call: { functionKey: key, payload }, context: {} },
      {
        principal: { accountId: LOCAL_USERS[as].accountId },
        installContext: `ari:cloud:jira::site/${CLOUD_ID}`,
      },
    );
    responses.push(result);
    return result as Result<K>;
  };

  if (options.connected ?? true) {
    const connected = await invoke('admin', 'connect', {
      region: 'EU',
      email: ADMIN_EMAIL,
      token: JIRA_TOKEN,
      expiresOn: isoDay(clock.now(), 200),
    });
    if (!connected.ok) throw new Error(`connect failed: ${connected.error.code}`);
  }

  return {
    deps,
    store,
    jira,
    emulator,
    invoke,
    trigger: () => hourlySync(deps),
    logLines,
    responses,
    close: () => emulator.close(),
  };
}

export function isoDay(from: Date, plusDays = 0): string {
  return new Date(from.getTime() + plusDays * 86_400_000).toISOString().slice(0, 10);
}

/** Unwraps a successful envelope, failing the test with the error otherwise. */
export function data<T>(
  envelope: { ok: true; data: T } | { ok: false; error: { code: string } },
): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}`);
  return envelope.data;
}

function recordingLog(lines: string[]): Log {
  const record = (level: string) => (message: string, fields?: LogFields) => {
    lines.push(JSON.stringify({ level, message, ...fields }));
  };
  return { info: record('info'), warn: record('warn'), error: record('error') };
}
