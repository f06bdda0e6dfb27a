import type { AuditEntry, BackupJob, Region, TokenMetadata, VersionedSchedule } from '../contract';
import type { InstanceSummary, ServiceSession, SessionVault } from '../ports/managementService';
import type { Store } from '../ports/store';
import { UpstreamError } from '../ports/upstreamError';
import { HOURLY_SYNC_TIMEOUT_SECONDS } from './deps';

/** Typed access to what the app keeps per installation. Tokens live only in secrets. */

const KEYS = {
  connection: 'connection',
  jiraCredentials: 'jira-credentials-metadata',
  snapshot: 'status-snapshot',
  auditPrefix: 'audit:',
  syncLock: 'lock:hourly-sync',
  connectClaim: 'lock:connection-change',
  sessionSecret: 'gitprotect-session',
  scheduleChangePrefix: 'schedule-change:',
} as const;

export const AUDIT_LIMIT = 50;

/** The hourly sync's lock expires when Forge would have ended the run that took it. */
export const SYNC_LOCK_SECONDS = HOURLY_SYNC_TIMEOUT_SECONDS;

/**
 * How long a connect (or disconnect) holds its claim: past Forge's 25 s resolver limit, so a
 * claim outlives no run, and a run that died holding it blocks the next for seconds only.
 */
export const CONNECTION_CLAIM_SECONDS = 30;

/** How long a schedule version's change stays claimed: a replay comes minutes later, not weeks. */
export const SCHEDULE_CHANGE_SECONDS = 30 * 86_400;

interface SyncLock {
  /** The id of the run that took the lock. */
  holder: string;
}

export interface Connection {
  region: Region;
  instanceId: string;
  managementHost: string;
  cloudId: string;
  connectedAt: string;
  /**
   * New at every connect: the state written for this connection (session, snapshot) names it,
   * so a write for a connection forgotten or replaced since is dropped. Absent on connections
   * made before generations existed, which then match state without one.
   */
  generation?: string;
}

/** The connection a piece of state was written for. */
interface OfGeneration {
  generation?: string;
}

/** Jira credentials as the app remembers them: never the token itself. */
export interface CredentialsMetadata {
  email: string;
  lastFour: string;
  updatedAt: string;
  expiresOn: string | null;
}

/** The last live reading of the service, for when it cannot be reached. */
export interface StatusSnapshot {
  asOf: string;
  summary: InstanceSummary;
  scheduleVersion: string;
  schedule: VersionedSchedule | null;
  recentJobs: BackupJob[];
  siteProjects: number | null;
  /** The connection this reading was taken for (see `Connection.generation`). */
  generation?: string;
}

/**
 * THE RULE for state that belongs to one connection (the GitProtect session, the status
 * snapshot): every write names the connection's generation and is checked after it is made.
 * If the connection was forgotten or replaced meanwhile (a disconnect, or a disconnect and a new
 * connect, while a slow sync or overview was reading the service), the write is undone, as long
 * as what is stored is still that write; and every read ignores state of another generation, so
 * a write undone too late is never used. `forget` deletes the connection first, so a write
 * checked after the forget began always sees it gone. Disconnect and connect also hold the
 * hourly sync's lock while they change the connection, so no sync starts in between.
 */
export function appState(store: Store) {
  const syncLock = heldLock(store, KEYS.syncLock);
  const connectClaim = heldLock(store, KEYS.connectClaim);

  /** Whether `generation` is still that of the stored connection. */
  const isCurrent = async (generation: string | undefined) => {
    const connection = await store.get<Connection>(KEYS.connection);
    return connection !== undefined && connection.generation === generation;
  };

  /** Writes `value` for its generation; undoes the write if that generation has ended. */
  const writeFor = async <T extends OfGeneration>(
    kind: 'plain' | 'secret',
    key: string,
    value: T,
  ): Promise<boolean> => {
    const get = kind === 'plain' ? store.get.bind(store) : store.getSecret.bind(store);
    const remove = kind === 'plain' ? store.delete.bind(store) : store.deleteSecret.bind(store);
    await (kind === 'plain' ? store.set(key, value) : store.setSecret(key, value));
    if (await isCurrent(value.generation)) return true;
    const stored = await get<T>(key);
    if (stored !== undefined && JSON.stringify(stored) === JSON.stringify(value)) {
      await remove(key);
    }
    return false;
  };

  return {
    connection: () => store.get<Connection>(KEYS.connection),
    saveConnection: (connection: Connection) => store.set(KEYS.connection, connection),

    credentials: () => store.get<CredentialsMetadata>(KEYS.jiraCredentials),
    saveCredentials: (metadata: CredentialsMetadata) => store.set(KEYS.jiraCredentials, metadata),

    /** The last snapshot of `connection`; one of another connection is none. */
    snapshot: async (connection: Connection): Promise<StatusSnapshot | undefined> => {
      const stored = await store.get<StatusSnapshot>(KEYS.snapshot);
      return stored?.generation === connection.generation ? stored : undefined;
    },
    /** False when the connection has ended meanwhile: then nothing stays stored (THE RULE). */
    saveSnapshot: (snapshot: StatusSnapshot, connection: Connection) =>
      writeFor('plain', KEYS.snapshot, { ...snapshot, generation: connection.generation }),

    audit: async (): Promise<AuditEntry[]> =>
      (await store.list<AuditEntry>(KEYS.auditPrefix, AUDIT_LIMIT)).map((entry) => entry.value),
    /** One key per entry, so that concurrent writers never overwrite each other's lines. */
    appendAudit: (entry: AuditEntry) => store.set(auditKey(entry), entry),
    pruneAudit: async () => {
      const entries = await store.list<AuditEntry>(KEYS.auditPrefix, AUDIT_LIMIT * 3);
      await Promise.all(entries.slice(AUDIT_LIMIT).map((entry) => store.delete(entry.key)));
    },

    /**
     * True for the first caller only, per schedule version: one version is one change, audited
     * once, however often a replay with a stale version meets it (412 with an equal schedule).
     * The key is a digest, as a version may hold characters kvs keys may not.
     */
    claimScheduleChange: async (version: string) =>
      store.setIfAbsent(
        `${KEYS.scheduleChangePrefix}${await sha256Prefix(version)}`,
        { version },
        SCHEDULE_CHANGE_SECONDS,
      ),

    /**
     * Only one hourly sync at a time: Forge may start the trigger twice. The lock names the run
     * that took it and lasts SYNC_LOCK_SECONDS, as long as Forge lets a run live.
     */
    acquireSyncLock: (runId: string, seconds: number) => syncLock.take(runId, seconds),
    /**
     * Deletes the lock only if this handle took it and still holds it: a run that outlived its
     * lock must not delete the next run's. kvs has no compare-and-delete for plain keys
     * (@forge/kvs offers conditional deletes only in transactions on custom entities), so this
     * reads, then deletes. The lock could change hands between the two only if it expired in
     * those milliseconds, and on Forge it cannot expire while its run lives (its TTL is the run's
     * timeout). Were the next run's lock deleted all the same, a third run could overlap that
     * one: a repeated reading of the service, no harm, as every run is idempotent.
     */
    releaseSyncLock: () => syncLock.release(),
    /**
     * Only one connect or disconnect at a time: the claim is taken before anything is
     * registered or forgotten, and released by the call that took it (as the sync lock).
     */
    claimConnectionChange: (callId: string) => connectClaim.take(callId, CONNECTION_CLAIM_SECONDS),
    releaseConnectionChange: () => connectClaim.release(),

    /**
     * One secret read per vault, shared by the parallel calls of one resolver run. Bound to a
     * connection, the vault reads only that connection's session and its writes follow THE
     * RULE: a session refreshed for a connection forgotten meanwhile is not kept. Unbound (a
     * connect before its connection is stored, tests), it reads and writes the session as is.
     */
    sessionVault: (connection?: Connection): SessionVault => {
      let cached: Promise<ServiceSession | undefined> | undefined;
      const bound = connection !== undefined;
      const generation = connection?.generation;
      const readSession = async () => {
        const stored = await store.getSecret<ServiceSession & OfGeneration>(KEYS.sessionSecret);
        if (!stored || (bound && stored.generation !== generation)) return undefined;
        const { generation: _of, ...session } = stored;
        return session;
      };
      return {
        read: () => (cached ??= readSession()),
        write: async (session) => {
          const value = { ...session, ...(generation === undefined ? {} : { generation }) };
          if (!bound) {
            await store.setSecret(KEYS.sessionSecret, value);
          } else if (!(await writeFor('secret', KEYS.sessionSecret, value))) {
            throw new UpstreamError(
              'CONNECTION_LOST',
              'The connection was forgotten while its session was being refreshed.',
            );
          }
          cached = Promise.resolve(session);
        },
      };
    },
    /** Stores the first session of a new connection, before the connection itself. */
    saveFirstSession: (session: ServiceSession, generation: string) =>
      store.setSecret(KEYS.sessionSecret, { ...session, generation }),

    /** Forgets the connection, its session, credentials' details and snapshot; keeps the audit. */
    forget: async () => {
      // The connection first: a write checked after this sees its generation ended (THE RULE).
      await store.delete(KEYS.connection);
      await Promise.all([
        store.deleteSecret(KEYS.sessionSecret),
        store.delete(KEYS.jiraCredentials),
        store.delete(KEYS.snapshot),
      ]);
    },
  };
}

export type AppState = ReturnType<typeof appState>;

/**
 * A lock that names its holder; a handle releases only the lock it took and still holds.
 * It is a key with a TTL, taken with FAIL_IF_EXISTS. Forge deletes an expired key up to 48 hours
 * late and refuses FAIL_IF_EXISTS on it until then, so a lock whose run Forge stopped would block
 * for two days: an expired lock (by its `expireTime`) is taken over instead, in one swap that
 * returns what it replaced. Only the run whose swap replaced that expired lock holds it; a run
 * that lost the race has written its own name over the winner's, so the lock stays held (by no
 * one who will release it) until it expires: never two holders, and never longer than a TTL.
 */
function heldLock(store: Store, key: string) {
  let takenAs: string | undefined;
  const took = (holder: string) => {
    takenAs = holder;
    return true;
  };
  return {
    take: async (holder: string, seconds: number) => {
      if (await store.setIfAbsent<SyncLock>(key, { holder }, seconds)) return took(holder);
      const current = await store.getWithExpiry<SyncLock>(key);
      if (current && !current.expired) return false;
      const replaced = await store.replace<SyncLock>(key, { holder }, seconds);
      // Gone since (Forge deleted it): this write made the lock, and any later one lost to it.
      if (replaced === undefined) return took(holder);
      return current !== undefined && replaced.holder === current.value.holder
        ? took(holder)
        : false;
    },
    release: async () => {
      const holder = takenAs;
      takenAs = undefined;
      if (holder === undefined) return;
      const lock = await store.get<SyncLock>(key);
      if (lock?.holder === holder) await store.delete(key);
    },
  };
}

/**
 * The first 32 hex digits of the SHA-256 of `text`. Web Crypto loads at its first use; importing
 * node:crypto would load it at every cold start, for the few calls that need a digest or an id.
 */
async function sha256Prefix(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('hex').slice(0, 32);
}

/** Newest first in ascending key order: the key counts down from the far future. */
function auditKey(entry: AuditEntry): string {
  const countdown = (9_999_999_999_999 - Date.parse(entry.at)).toString().padStart(13, '0');
  const unique = Math.random().toString(36).slice(2, 8);
  return `${KEYS.auditPrefix}${countdown}:${unique}`;
}

export function tokenMetadata(
  metadata: CredentialsMetadata | undefined,
  viewerIsAdmin: boolean,
): TokenMetadata {
  if (!metadata) return { configured: false };
  if (!viewerIsAdmin) return { configured: true };
  return {
    configured: true,
    email: metadata.email,
    lastFour: metadata.lastFour,
    updatedAt: metadata.updatedAt,
    expiresOn: metadata.expiresOn,
  };
}
