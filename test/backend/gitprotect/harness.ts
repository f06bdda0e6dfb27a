import { type RequestCounts, fetchWithForgeInvocationToken } from '../../../dev/emulator';
import { createManagementServiceDirectory } from '../../../src/adapters/gitprotect';
import type { Region } from '../../../src/contract';
import type { Log, LogFields } from '../../../src/ports/log';
import type { CallOptions, ManagementServiceDirectory } from '../../../src/ports/managementService';
import { ACCEPTED_JIRA_TOKEN, type TestEmulator, memoryVault } from '../../support/emulator';
import { OpenApiContract, contractCheckingFetch } from '../../support/openapi';

/** A client wired to an emulator through a fetch that checks every exchange against the contract. */

export const contract = new OpenApiContract();

export const SITE = { cloudId: 'cloud-acme-1', siteUrl: 'https://acme.atlassian.net' };
export const JIRA = { email: 'jira-admin@acme.example', apiToken: ACCEPTED_JIRA_TOKEN };
export const ADMIN = { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Maria Admin' };

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields?: LogFields;
}

export interface Harness {
  directory: ManagementServiceDirectory;
  violations: string[];
  logs: LogLine[];
}

export function harness(
  emulator: TestEmulator,
  options: { budgetMs?: number; attemptTimeoutMs?: number; useEmulatorClock?: boolean } = {},
): Harness {
  const checking = contractCheckingFetch(contract, emulator.baseUrls);
  const logs: LogLine[] = [];
  const log: Log = {
    info: (message, fields) => logs.push({ level: 'info', message, fields }),
    warn: (message, fields) => logs.push({ level: 'warn', message, fields }),
    error: (message, fields) => logs.push({ level: 'error', message, fields }),
  };
  const directory = createManagementServiceDirectory({
    baseUrls: emulator.baseUrls,
    fetch: checking.fetch,
    // Atlassian's part: a FIT for whichever site the test registers.
    registrationChannel: (_region, baseUrl) => ({
      baseUrl,
      fetch: fetchWithForgeInvocationToken(
        emulator.forgeSigner,
        { cloudId: 'fromBody' },
        checking.fetch,
      ),
    }),
    log,
    clock: options.useEmulatorClock === false ? undefined : emulator.clock,
    budgetMs: options.budgetMs,
    attemptTimeoutMs: options.attemptTimeoutMs,
    random: () => 0.5,
  });
  return { directory, violations: checking.violations, logs };
}

/** Registers the test site and returns a client for its instance. */
export async function connect(
  h: Harness,
  options: { region?: Region; cloudId?: string; call?: CallOptions } = {},
) {
  const region = options.region ?? 'EU';
  const registration = await h.directory.register(
    region,
    { ...SITE, cloudId: options.cloudId ?? SITE.cloudId },
    JIRA,
  );
  const vault = memoryVault(registration.session);
  const service = h.directory.instance(region, vault, options.call);
  return { registration, vault, service };
}

/** The UpstreamError a promise rejects with, and how long it took. */
export async function failureOf(
  work: () => Promise<unknown>,
): Promise<{ error: unknown; elapsedMs: number }> {
  const startedAt = performance.now();
  try {
    await work();
  } catch (error) {
    return { error, elapsedMs: performance.now() - startedAt };
  }
  throw new Error('Expected the call to fail, and it succeeded.');
}

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; elapsedMs: number }> {
  const startedAt = performance.now();
  const value = await work();
  return { value, elapsedMs: performance.now() - startedAt };
}

/**
 * The contract requests the emulator has answered since its stats were last cleared: counted
 * once it has finished a reply, after any injected latency.
 */
export async function answeredRequests(emulator: TestEmulator): Promise<RequestCounts> {
  const response = await fetch(`${emulator.url}/__control/answered`);
  if (!response.ok) throw new Error(`Emulator control answered ${response.status}`);
  return (await response.json()) as RequestCounts;
}

/**
 * Waits until the emulator has answered `count` requests of `route` (`METHOD /contract/path`),
 * so a request the client gave up on has had its effect by then.
 */
export async function untilAnswered(
  emulator: TestEmulator,
  route: string,
  count: number,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answered = (await answeredRequests(emulator)).byRoute[route] ?? 0;
    if (answered >= count) return;
    if (Date.now() > deadline) {
      throw new Error(`The emulator answered ${answered} of ${count} ${route} in ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
