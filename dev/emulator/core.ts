import { randomBytes } from 'node:crypto';
import type { Region } from '../../src/contract';
import { type EmulatorClock, createEmulatorClock } from './clock';
import { Faults } from './faults';
import { type LocalForgeSigner, createLocalForgeSigner } from './forgeTokens';
import { loadState, saveState } from './persistence';
import { startDueBackups } from './scheduler';
import {
  type EmulatorState,
  type InstanceRecord,
  type InstanceSettings,
  emptyState,
} from './state';

const ACCESS_TOKEN_LIFETIME_MS = 30 * 86_400_000;

export interface CoreOptions {
  baseClock: { now(): Date };
  /** Where a new state's clock starts; a loaded state keeps its own. */
  startAt?: Date;
  stateFile?: string;
  defaults: InstanceSettings;
  instanceDomain: string;
  /** The app whose Forge Invocation Tokens registrations must carry (`aud`, `app.id`). */
  appId: string;
}

/** Contract requests counted, all together and by `METHOD /contract/path`. */
export interface RequestCounts {
  requests: number;
  byRoute: Record<string, number>;
}

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  accessTokenExpiresAt: string;
}

/** The emulator's state and the operations both the contract and the control routes share. */
export class EmulatorCore {
  state: EmulatorState;
  readonly clock: EmulatorClock;
  /** The clock's offset when this emulator started, which a reset goes back to. */
  private readonly startOffsetMs: number;
  readonly faults = new Faults();
  /** Plays Atlassian: its public JWKS is what registrations are verified against. */
  readonly forgeSigner: LocalForgeSigner;
  /** Forge Invocation Tokens that proved a registration, by `jti`, kept until they expire. */
  readonly usedForgeTokens = new Map<string, number>();
  /** Contract requests received, counted as they arrive (before any fault). */
  stats: RequestCounts = noRequests();
  /**
   * Contract requests answered: counted once the emulator has finished its reply, after any
   * injected latency, whether or not the client still waits for it. A request hung, reset or
   * flooded without end is never counted. Tests wait for these to know that a late request has
   * had its effect.
   */
  answered: RequestCounts = noRequests();

  constructor(readonly options: CoreOptions) {
    const loaded = options.stateFile ? loadState(options.stateFile) : undefined;
    this.state = loaded || emptyState({ ...options.defaults });
    if (!loaded && options.startAt) {
      this.state.clockOffsetMs = options.startAt.getTime() - options.baseClock.now().getTime();
    }
    this.startOffsetMs = this.state.clockOffsetMs;
    this.clock = createEmulatorClock(
      options.baseClock,
      { get: () => this.state.clockOffsetMs, set: (ms) => (this.state.clockOffsetMs = ms) },
      () => {
        this.startDueBackups();
        this.commit();
      },
    );
    // A new key at every start, as no FIT outlives a few minutes anyway.
    this.forgeSigner = createLocalForgeSigner({ clock: this.clock });
  }

  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  /** A wait that close() can cancel, so an injected latency never holds the process open. */
  delay(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  cancelDelays(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  now(): Date {
    return this.clock.now();
  }

  /** Writes the state file, when there is one; called after every change. */
  commit(): void {
    if (this.options.stateFile) saveState(this.options.stateFile, this.state);
  }

  startDueBackups(): void {
    const now = this.now();
    let started = false;
    for (const instance of Object.values(this.state.instances)) {
      started = startDueBackups(instance, now) || started;
    }
    if (started) this.commit();
  }

  /** Forgets every instance, fault and count, and moves the clock back to where it started. */
  reset(): void {
    this.state = { ...emptyState({ ...this.options.defaults }), clockOffsetMs: this.startOffsetMs };
    this.faults.clear();
    this.resetStats();
    this.commit();
  }

  resetStats(): void {
    this.stats = noRequests();
    this.answered = noRequests();
  }

  count(route: string | undefined): void {
    addRequest(this.stats, route);
  }

  countAnswered(route: string | undefined): void {
    addRequest(this.answered, route);
  }

  issueSession(cloudId: string, refreshToken = `gpr_${token()}`): IssuedSession {
    const now = this.now();
    this.forgetExpiredTokens(now);
    const accessToken = `gpa_${token()}`;
    const expiresAt = new Date(now.getTime() + ACCESS_TOKEN_LIFETIME_MS).toISOString();
    this.state.lastTokenSerial += 1;
    this.state.accessTokens[accessToken] = {
      cloudId,
      serial: this.state.lastTokenSerial,
      issuedAt: now.toISOString(),
      expiresAt,
      expiredByFault: false,
    };
    this.state.refreshTokens[refreshToken] = cloudId;
    return { accessToken, refreshToken, accessTokenExpiresAt: expiresAt };
  }

  /** Only cloudIds of instances in this region count: each region is a separate service. */
  findInstance(cloudId: string | undefined, region?: Region): InstanceRecord | undefined {
    const candidates = Object.values(this.state.instances).filter(
      (instance) => region === undefined || instance.region === region,
    );
    if (cloudId !== undefined) return candidates.find((instance) => instance.cloudId === cloudId);
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  private forgetExpiredTokens(now: Date): void {
    const longAgo = now.getTime() - ACCESS_TOKEN_LIFETIME_MS;
    for (const [value, record] of Object.entries(this.state.accessTokens)) {
      if (Date.parse(record.expiresAt) < longAgo) delete this.state.accessTokens[value];
    }
  }
}

export function token(): string {
  return randomBytes(24).toString('base64url');
}

export function shortId(): string {
  return randomBytes(4).toString('hex');
}

function noRequests(): RequestCounts {
  return { requests: 0, byRoute: {} };
}

function addRequest(counts: RequestCounts, route: string | undefined): void {
  counts.requests += 1;
  if (route) counts.byRoute[route] = (counts.byRoute[route] ?? 0) + 1;
}
