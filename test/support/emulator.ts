import type { Region } from '../../src/contract';
import type { ServiceSession, SessionVault } from '../../src/ports/managementService';
import {
  type EmulatorClock,
  type EmulatorOptions,
  type FaultRequest,
  type LocalForgeSigner,
  startEmulator,
} from '../../dev/emulator';

/**
 * An emulator of the GitProtect Management Service on a free loopback port, with its controls
 * as typed calls. For client, resolver and browser tests alike.
 */

export interface InstanceChange {
  cloudId?: string;
  projectCount?: number;
  failingProjects?: number;
  /** The last this many projects of the site are ones the backup account cannot browse. */
  hiddenProjects?: number;
  /** The first this many projects the account sees are left out of the plan. */
  excludedProjects?: number;
  credentialsStatus?: 'VALID' | 'REJECTED';
  storageRegion?: string;
  projectDurationMs?: number;
}

export interface EmulatorStats {
  requests: number;
  /** By `METHOD /contract/path`, e.g. `POST /instance/backups`. */
  byRoute: Record<string, number>;
}

export interface EmulatorControl {
  /**
   * The body of POST /__control/faults. `count`: how many of the following contract requests it
   * hits; absent: until cleared. `ms`: the latency, or the Retry-After of rateLimit.
   */
  faults(fault: FaultRequest): Promise<void>;
  clearFaults(): Promise<void>;
  /** Moves the emulator's clock forward; scheduled runs that fall due start. */
  advance(ms: number): Promise<void>;
  /** Adds a few weeks of past jobs; returns how many. */
  seedHistory(options?: { cloudId?: string; weeks?: number }): Promise<number>;
  setInstance(change: InstanceChange): Promise<void>;
  stats(): Promise<EmulatorStats>;
  resetStats(): Promise<void>;
  /** The emulator's whole state (tokens included: a test endpoint). */
  state(): Promise<Record<string, unknown>>;
  /** Forgets everything: instances, tokens, faults, stats; the clock goes back to where it started. */
  reset(): Promise<void>;
}

export interface TestEmulator {
  url: string;
  baseUrls: Record<Region, string>;
  clock: EmulatorClock;
  /** Mints Forge Invocation Tokens the emulator accepts (it plays Atlassian's part). */
  forgeSigner: LocalForgeSigner;
  control: EmulatorControl;
  close(): Promise<void>;
}

export type TestEmulatorOptions = Omit<EmulatorOptions, 'port' | 'host' | 'clock'>;

export async function startTestEmulator(options: TestEmulatorOptions = {}): Promise<TestEmulator> {
  const emulator = await startEmulator({ ...options, port: 0, host: '127.0.0.1' });
  const call = (method: string, path: string, body?: unknown) =>
    controlCall(emulator.url, method, path, body);
  return {
    url: emulator.url,
    baseUrls: emulator.baseUrls,
    clock: emulator.clock,
    forgeSigner: emulator.forgeSigner,
    close: () => emulator.close(),
    control: {
      faults: async (fault) => {
        await call('POST', '/__control/faults', fault);
      },
      clearFaults: async () => {
        await call('DELETE', '/__control/faults');
      },
      advance: async (ms) => {
        await call('POST', '/__control/clock', { advanceMs: ms });
      },
      seedHistory: async (seedOptions = {}) =>
        ((await call('POST', '/__control/seed-history', seedOptions)) as { added: number }).added,
      setInstance: async (change) => {
        await call('POST', '/__control/instance', change);
      },
      stats: async () => (await call('GET', '/__control/stats')) as EmulatorStats,
      resetStats: async () => {
        await call('DELETE', '/__control/stats');
      },
      state: async () => (await call('GET', '/__control/state')) as Record<string, unknown>,
      reset: async () => {
        await call('POST', '/__control/reset');
      },
    },
  };
}

async function controlCall(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<unknown> {
  const send = () =>
    fetch(`${url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  // A kept-alive socket the emulator closed as idle (after a long property test) resets the
  // next request on it; the controls are safe to send again, on a fresh socket.
  const response = await send().catch(send);
  const text = await response.text();
  if (!response.ok)
    throw new Error(`Emulator control ${method} ${path} answered ${response.status}: ${text}`);
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/** A token the emulator accepts as an Atlassian API token (and a real Jira never would). */
export const ACCEPTED_JIRA_TOKEN = 'ATATT3xFfGF0TestTokenForTheEmulator0001';

/** A session vault in memory that counts its writes. */
export function memoryVault(initial?: ServiceSession): SessionVault & {
  session: ServiceSession | undefined;
  writes: number;
} {
  const vault = {
    session: initial,
    writes: 0,
    read: async () => vault.session,
    write: async (session: ServiceSession) => {
      vault.session = session;
      vault.writes += 1;
    },
  };
  return vault;
}
