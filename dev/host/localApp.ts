import type { AppDeps } from '../../src/app/deps';
import { consoleLog } from '../../src/adapters/consoleLog';
import {
  type RegistrationChannel,
  createManagementServiceDirectory,
} from '../../src/adapters/gitprotect';
import { type LocalForgeSigner, fetchWithForgeInvocationToken } from '../emulator';
import { LocalStore } from '../../src/adapters/local/fileStore';
import { LOCAL_USERS, LocalJiraSite } from '../../src/adapters/local/jiraSite';
import { checkedBaseUrls } from '../../src/config';
import type { Region } from '../../src/contract';
import type { Clock } from '../../src/ports/clock';
import type { Log } from '../../src/ports/log';
import { createResolverHandler } from '../../src/resolvers';
import { type SyncOutcome, hourlySync } from '../../src/triggers/hourlySync';

/** The local site's identity, as Forge would put it in every resolver context. */
export const LOCAL_CLOUD_ID = '10ca1000-5174-4e00-8000-000000000001';
export const LOCAL_INSTALL_CONTEXT = `ari:cloud:jira::site/${LOCAL_CLOUD_ID}`;

export type LocalUserName = keyof typeof LOCAL_USERS;

/** For messages: `admin, member, ...`. */
export const LOCAL_USER_NAMES = Object.keys(LOCAL_USERS).join(', ');

export function isLocalUserName(value: unknown): value is LocalUserName {
  return typeof value === 'string' && Object.hasOwn(LOCAL_USERS, value);
}

export interface LocalAppOptions {
  /** Where the app's store lives; in memory when absent. */
  storeFolder?: string;
  /** The emulator's clock: the app and the service must agree on what time it is. */
  clock: Clock;
  /** The Management Service's base URL per region (the emulator's). */
  baseUrls: Record<Region, string>;
  projects: number;
  jiraLatencyMs: number;
  /**
   * Plays Atlassian for registration: the emulator's signer, whose keys it trusts. Without it a
   * registration carries no Forge Invocation Token and the service refuses it.
   */
  forgeSigner?: LocalForgeSigner;
  log?: Log;
}

export interface LocalApp {
  deps: AppDeps;
  jira: LocalJiraSite;
  /** What the bridge's `getContext` needs from the server side. */
  contextOf(user: LocalUserName): { accountId: string; cloudId: string; siteUrl: string };
  /** Dispatches through the real @forge/resolver handler, with a Forge-shaped runtime payload. */
  invoke(user: LocalUserName, functionKey: string, payload: unknown): Promise<unknown>;
  runTrigger(): Promise<SyncOutcome>;
}

/** What Forge Remote does on Forge: the registration carries a FIT for the local site. */
const localRegistration =
  (signer: LocalForgeSigner): RegistrationChannel =>
  (_region, baseUrl) => ({
    baseUrl,
    fetch: fetchWithForgeInvocationToken(signer, { cloudId: LOCAL_CLOUD_ID }),
  });

/** The composition root for the local host: the same resolvers and trigger, local adapters. */
export function createLocalApp(options: LocalAppOptions): LocalApp {
  const log = options.log ?? consoleLog();
  const jira = new LocalJiraSite({ projects: options.projects, latencyMs: options.jiraLatencyMs });
  const deps: AppDeps = {
    store: new LocalStore(options.storeFolder, options.clock),
    jira,
    clock: options.clock,
    log,
    services: createManagementServiceDirectory({
      // The emulator listens on loopback http; any other base URL is held to Forge's rules.
      baseUrls: checkedBaseUrls(options.baseUrls, { allowLoopbackHttp: true }),
      // What Forge Remote does on Forge: the registration carries a FIT for the local site.
      ...(options.forgeSigner
        ? { registrationChannel: localRegistration(options.forgeSigner) }
        : {}),
      log,
      clock: options.clock,
    }),
  };
  const handler = createResolverHandler(deps);

  return {
    deps,
    jira,
    contextOf: (user) => ({
      accountId: LOCAL_USERS[user].accountId,
      cloudId: LOCAL_CLOUD_ID,
      siteUrl: jira.siteBaseUrl,
    }),
    invoke: (user, functionKey, payload) =>
      handler(
        { call: { functionKey, payload }, context: {} },
        {
          principal: { accountId: LOCAL_USERS[user].accountId },
          installContext: LOCAL_INSTALL_CONTEXT,
        },
      ),
    runTrigger: () => hourlySync(deps),
  };
}
