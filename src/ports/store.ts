/** Key-value storage for one installation (Forge kvs, or a file for the local host). */
export interface Store {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Sets only when the key is absent; false when it exists. The key expires after `ttlSeconds`.
   * Forge deletes an expired key up to 48 hours later and refuses this until then: see
   * `getWithExpiry` and `replace` to take over an expired key.
   */
  setIfAbsent<T>(key: string, value: T, ttlSeconds: number): Promise<boolean>;
  /**
   * The value with whether it has expired: kvs may return an expired key until it deletes it
   * (up to 48 hours), so a caller that sets a TTL reads its expiry (kvs `EXPIRE_TIME`).
   */
  getWithExpiry<T>(key: string): Promise<{ value: T; expired: boolean } | undefined>;
  /** Writes the value (expiring after `ttlSeconds`) whatever is there, and returns what it replaced, in one step. */
  replace<T>(key: string, value: T, ttlSeconds: number): Promise<T | undefined>;
  /** Entries whose key begins with `prefix`, in ascending key order, at most `limit`. */
  list<T>(prefix: string, limit: number): Promise<Array<{ key: string; value: T }>>;
  /** Encrypted storage that cannot be queried: the only place a token may be kept. */
  getSecret<T>(key: string): Promise<T | undefined>;
  setSecret<T>(key: string, value: T): Promise<void>;
  deleteSecret(key: string): Promise<void>;
}
