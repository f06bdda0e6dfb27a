import { kvs, WhereConditions } from '@forge/kvs';
import type { Store } from '../../ports/store';

/** The most values one `kvs.query()` page may ask for (Forge's documented maximum). */
const QUERY_PAGE_LIMIT = 100;

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
  /** Forge's query pages hold at most 100 values: a longer list is read page by page. */
  async list<T>(prefix: string, limit: number) {
    const entries: Array<{ key: string; value: T }> = [];
    let cursor: string | undefined;
    while (entries.length < limit) {
      const query = kvs
        .query()
        .where('key', WhereConditions.beginsWith(prefix))
        .limit(Math.min(limit - entries.length, QUERY_PAGE_LIMIT));
      const page = await (cursor ? query.cursor(cursor) : query).getMany<T>();
      entries.push(...page.results.map(({ key, value }) => ({ key, value })));
      cursor = page.nextCursor;
      if (!cursor || page.results.length === 0) break;
    }
    return entries;
  },
  getSecret: (key) => kvs.getSecret(key),
  setSecret: (key, value) => kvs.setSecret(key, value),
  deleteSecret: (key) => kvs.deleteSecret(key),
};

function isKeyConflict(error: unknown): boolean {
  const details = error as { code?: unknown; responseDetails?: { status?: unknown } };
  return details?.code === 'KEY_CONFLICT' || details?.responseDetails?.status === 409;
}
