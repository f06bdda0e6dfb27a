import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import type { Defs, FunctionKey } from '../../src/contract';
import { LOCAL_USERS } from '../../src/adapters/local/jiraSite';
import { REMOTE_KEYS } from '../../src/adapters/gitprotect/forgeRemote';
import { DEFAULT_BASE_URLS, REGION_API_HOSTS } from '../../src/config';
import { REGIONS } from '../../src/contract';
import { ADMIN_EMAIL, JIRA_TOKEN, KVS_EXPIRY_LAG_MS, isoDay, type Acting } from './app';
import { startTestEmulator, type TestEmulator } from './emulator';
import { NODE22, manifestEgress, manifestFunctions } from './forgeBundle';
import {
  type ForgeHost,
  type InvocationResponse,
  type InvocationVariable,
  startForgeHost,
} from './forgeHost';
import { type ForgeProxy, type ProxiedRequest, startForgeProxy } from './forgeProxy';

/**
 * The packaged app as Forge runs it: the bundle in `@forge/tunnel`'s function host on Node 22,
 * Atlassian's SDKs talking to a fake Forge API proxy (kvs and Jira), and the GitProtect
 * Management Service emulator behind the regional hosts: the app gets their https base URLs as
 * `forge variables`, and the stand-in runtime's egress serves each host the manifest declares
 * from the emulator (and refuses any other).
 */

export const FORGE_CLOUD_ID = 'f0a9e000-0000-4000-8000-00000000c10d';
export const SITE_PROJECTS = 25;
const APP_ID = '00000000-0000-0000-0000-000000000000';
export const INSTALLATION_ID = 'i0000000-0000-4000-8000-000000000001';
const PAGE_MODULE = 'gitprotect-page';
const TRIGGER_MODULE = 'gitprotect-hourly-sync';

type Result<K extends FunctionKey> = ReturnType<Defs[K]>;

export interface Invoked<T> {
  invocationId: string;
  result: T;
  /** What this invocation sent through Forge's API proxy. */
  proxied: ProxiedRequest[];
}

export interface ForgeApp {
  host: ForgeHost;
  proxy: ForgeProxy;
  emulator: TestEmulator;
  /**
   * Calls a resolver the way the page's `invoke` arrives at the function: the handler gets
   * `{ call: { functionKey, payload }, context }`, the user is the invocation's principal.
   */
  invoke<K extends FunctionKey>(
    as: Acting,
    key: K,
    payload?: unknown,
    pageContext?: Record<string, unknown>,
  ): Promise<Invoked<Result<K>>>;
  /** One run of the hourly scheduled trigger (`hourly-sync`): no user, as Forge runs it. */
  runHourlySync(): Promise<Invoked<unknown>>;
  /**
   * Each function's timeout is the manifest's (25 s for resolvers, `timeoutSeconds` for the
   * trigger), at which the host stops it; this shortens them all to `seconds` (undefined: the
   * manifest's again), so that a test can stop a run half-way without waiting minutes.
   */
  shortenTimeouts(seconds: number | undefined): void;
  /** The `forge-probe` function (host started with `probe`): looks from inside a sandbox. */
  probe(body: Record<string, unknown>): Promise<Invoked<unknown>>;
  close(): Promise<void>;
}

/**
 * What time it is inside the function host's sandboxes. They start with a clean environment, as
 * Forge's do, so a clock moved for this test process (libfaketime, to run the suite at another
 * date) does not reach them; the emulator, and through it the Forge Invocation Tokens, then
 * follow the sandboxes' clock, and so do the dates the tests hand the app.
 */
async function sandboxClockStart(): Promise<Date | undefined> {
  const { stdout } = await promisify(execFile)(NODE22, ['-p', 'Date.now()'], {
    env: { PATH: process.env.PATH ?? '' },
    timeout: 30_000,
  });
  const inSandbox = Number(stdout.trim());
  return Math.abs(inSandbox - Date.now()) > 5_000 ? new Date(inSandbox) : undefined;
}

export async function startForgeApp(
  options: { connected?: boolean; probe?: boolean } = {},
): Promise<ForgeApp> {
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer();
  };
  try {
    const sandboxStart = await sandboxClockStart();
    const emulator = await startTestEmulator({ startAt: sandboxStart });
    closers.push(() => emulator.close());
    // Storage keeps time as the functions do: they read a key's `expireTime` by their own clock.
    const sandboxOffsetMs = sandboxStart ? sandboxStart.getTime() - Date.now() : 0;
    const proxy = await startForgeProxy({
      users: Object.values(LOCAL_USERS),
      projects: SITE_PROJECTS,
      now: () => Date.now() + sandboxOffsetMs,
      // As kvs may: an expired key is deleted up to 48 hours late.
      expiredReadableForMs: KVS_EXPIRY_LAG_MS,
      // Each manifest remote is on its region's host, which the emulator serves under its region.
      remotes: {
        signer: emulator.forgeSigner,
        servedAt: Object.fromEntries(
          REGIONS.map((region) => [REMOTE_KEYS[region], `${emulator.url}/${region.toLowerCase()}`]),
        ),
      },
    });
    closers.push(() => proxy.close());
    const host = await startForgeHost({ probe: options.probe });
    closers.push(() => host.close());

    const timeouts = new Map(
      manifestFunctions().map((fn) => [fn.key, fn.timeoutSeconds ?? 25] as const),
    );
    const variables: InvocationVariable[] = Object.entries(DEFAULT_BASE_URLS).map(
      ([region, url]) => ({ key: `GITPROTECT_API_${region}`, value: url, secure: false }),
    );
    // Forge lets a function reach only the origins its manifest declares: each regional host
    // the manifest declares is served by the emulator's path for that region.
    const declared = new Set(manifestEgress());
    const egress = Object.fromEntries(
      REGIONS.map((region) => [`https://${REGION_API_HOSTS[region]}`, region] as const)
        .filter(([origin]) => declared.has(origin))
        .map(([origin, region]) => [origin, `${emulator.url}/${region.toLowerCase()}`]),
    );

    let shortened: number | undefined;
    const call = async (
      functionKey: string,
      handler: string,
      body: unknown,
      principal: { accountId?: string; moduleKey: string; moduleType: string },
    ): Promise<Invoked<unknown>> => {
      const invocationId = randomUUID();
      const token = proxy.issueToken({
        invocationId,
        accountId: principal.accountId,
        appId: APP_ID,
        installationId: INSTALLATION_ID,
        cloudId: FORGE_CLOUD_ID,
      });
      const response = await host.invoke(functionKey, {
        handler,
        body,
        variables,
        _meta: {
          appContext: {
            appId: APP_ID,
            appVersion: '1.0.0',
            environmentId: 'e0000000-0000-4000-8000-000000000001',
            environmentType: 'DEVELOPMENT',
            invocationId,
            installationId: INSTALLATION_ID,
            functionKey,
            moduleType: principal.moduleType,
            moduleKey: principal.moduleKey,
          },
          contextAri: `ari:cloud:jira::site/${FORGE_CLOUD_ID}`,
          ...(principal.accountId ? { aaid: principal.accountId } : {}),
          proxy: { url: proxy.url, token },
          tracing: { traceId: invocationId.replaceAll('-', ''), spanId: invocationId.slice(0, 16) },
          timeout: Math.min(timeouts.get(functionKey) ?? 25, shortened ?? Infinity),
          egress,
        },
      });
      return {
        invocationId,
        result: unwrap(functionKey, response),
        proxied: proxy.requestsOf(invocationId),
      };
    };

    const app: ForgeApp = {
      host,
      proxy,
      emulator,
      shortenTimeouts: (seconds) => {
        shortened = seconds;
      },
      invoke: async (as, key, payload, pageContext) =>
        (await call(
          'resolver',
          'index.resolver',
          {
            call: { functionKey: key, payload },
            context: {
              cloudId: FORGE_CLOUD_ID,
              moduleKey: PAGE_MODULE,
              extension: { type: 'jira:globalPage' },
              ...pageContext,
            },
          },
          {
            accountId: LOCAL_USERS[as].accountId,
            moduleKey: PAGE_MODULE,
            moduleType: 'jira:globalPage',
          },
        )) as Invoked<never>,
      runHourlySync: () =>
        call(
          'hourly-sync',
          'index.hourlySync',
          { context: { cloudId: FORGE_CLOUD_ID, moduleKey: TRIGGER_MODULE } },
          { moduleKey: TRIGGER_MODULE, moduleType: 'scheduledTrigger' },
        ),
      probe: (body) =>
        call('forge-probe', '__probe__.run', body, {
          moduleKey: 'forge-probe',
          moduleType: 'function',
        }),
      close,
    };

    if (options.connected ?? true) {
      const { result } = await app.invoke('admin', 'connect', {
        region: 'EU',
        email: ADMIN_EMAIL,
        token: JIRA_TOKEN,
        expiresOn: isoDay(emulator.clock.now(), 200),
      });
      if (!result.ok) throw new Error(`connect failed: ${result.error.code}`);
    }
    return app;
  } catch (error) {
    await close();
    throw error;
  }
}

function unwrap(functionKey: string, response: InvocationResponse): unknown {
  if (response.status !== 200 || !response.success) {
    throw new Error(`${functionKey} failed in the sandbox: ${JSON.stringify(response.error)}`);
  }
  return response.body;
}
