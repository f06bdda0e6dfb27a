/** Key-value storage for one installation (Forge kvs, or a file for the local host). */
export interface Store {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  /** Sets only when the key is absent; false when it exists. The key expires after `ttlSeconds`. */
  setIfAbsent<T>(key: string, value: T, ttlSeconds: number): Promise<boolean>;
  /** Entries whose key begins with `prefix`, in ascending key order, at most `limit`. */
  list<T>(prefix: string, limit: number): Promise<Array<{ key: string; value: T }>>;
  /** Encrypted storage that cannot be queried: the only place a token may be kept. */
  getSecret<T>(key: string): Promise<T | undefined>;
  setSecret<T>(key: string, value: T): Promise<void>;
  deleteSecret(key: string): Promise<void>;
}
