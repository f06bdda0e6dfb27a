import { kvs, WhereConditions } from '@forge/kvs';
import type { Store } from '../../ports/store';

/** Forge's key-value storage; secrets go through its encrypted, unqueryable API. */
export const kvsStore: Store = {
  get: (key) => kvs.get(key),
  set: (key, value) => kvs.set(key, value),
  delete: (key) => kvs.delete(key),
  async setIfAbsent(key, value, ttlSeconds) {
    try {
      await kvs.set(key, value, {
        keyPolicy: 'FAIL_IF_EXISTS',
        ttl: { value: ttlSeconds, unit: 'SECONDS' },
      });
      return true;
    } catch (error) {
      if (isKeyConflict(error)) return false;
      throw error;
    }
  },
  async list<T>(prefix: string, limit: number) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(prefix))
      .limit(limit)
      .getMany<T>();
    return page.results.map(({ key, value }) => ({ key, value }));
  },
  getSecret: (key) => kvs.getSecret(key),
  setSecret: (key, value) => kvs.setSecret(key, value),
  deleteSecret: (key) => kvs.deleteSecret(key),
};

function isKeyConflict(error: unknown): boolean {
  const details = error as { code?: unknown; responseDetails?: { status?: unknown } };
  return details?.code === 'KEY_CONFLICT' || details?.responseDetails?.status === 409;
}
