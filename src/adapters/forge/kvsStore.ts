import { kvs, MetadataField, WhereConditions } from '@forge/kvs';
import type { Store } from '../../ports/store';

/** The most values one `kvs.query()` page may ask for (Forge's documented maximum). */
const QUERY_PAGE_LIMIT = 100;

/**
 * Forge answers a storage request over its quota with 429 `RATE_LIMIT_EXCEEDED`
 * (storage-reference/handling-errors-kvs): storage is busy, and the request was not carried out.
 * It is sent again after these waits (2.1 s in all, far inside a resolver's 25 s and the budgets
 * it keeps for the service); the next 429 is raised.
 */
export const STORAGE_BUSY_WAITS_MS = [150, 450, 1_500] as const;

/** Forge's key-value storage; secrets go through its encrypted, unqueryable API. */
export const kvsStore: Store = {
  get: (key) => whenNotBusy(() => kvs.get(key)),
  set: (key, value) => whenNotBusy(() => kvs.set(key, value)),
  delete: (key) => whenNotBusy(() => kvs.delete(key)),
  async setIfAbsent(key, value, ttlSeconds) {
    try {
      await whenNotBusy(() =>
        kvs.set(key, value, {
          keyPolicy: 'FAIL_IF_EXISTS',
          ttl: { value: ttlSeconds, unit: 'SECONDS' },
        }),
      );
      return true;
    } catch (error) {
      if (isKeyConflict(error)) return false;
      throw error;
    }
  },
  /** kvs returns an expired key until it deletes it (up to 48 h): its `expireTime` tells. */
  async getWithExpiry<T>(key: string) {
    const result = await whenNotBusy(() =>
      kvs.get<T>(key, { metadataFields: [MetadataField.EXPIRE_TIME] }),
    );
    if (result === undefined) return undefined;
    const expireAt = result.expireTime === undefined ? Number.NaN : Date.parse(result.expireTime);
    return { value: result.value, expired: expireAt <= Date.now() };
  },
  async replace<T>(key: string, value: T, ttlSeconds: number) {
    const previous = await whenNotBusy(() =>
      kvs.set<T>(key, value, {
        keyPolicy: 'OVERRIDE',
        returnValue: 'PREVIOUS',
        ttl: { value: ttlSeconds, unit: 'SECONDS' },
      }),
    );
    return previous?.value ?? undefined;
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
      const page = await whenNotBusy(() => (cursor ? query.cursor(cursor) : query).getMany<T>());
      entries.push(...page.results.map(({ key, value }) => ({ key, value })));
      cursor = page.nextCursor;
      if (!cursor || page.results.length === 0) break;
    }
    return entries;
  },
  getSecret: (key) => whenNotBusy(() => kvs.getSecret(key)),
  setSecret: (key, value) => whenNotBusy(() => kvs.setSecret(key, value)),
  deleteSecret: (key) => whenNotBusy(() => kvs.deleteSecret(key)),
};

async function whenNotBusy<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await request();
    } catch (error) {
      const wait = STORAGE_BUSY_WAITS_MS[attempt];
      if (!isStorageBusy(error) || wait === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

function isStorageBusy(error: unknown): boolean {
  const details = error as { code?: unknown; responseDetails?: { status?: unknown } };
  return details?.code === 'RATE_LIMIT_EXCEEDED' || details?.responseDetails?.status === 429;
}

function isKeyConflict(error: unknown): boolean {
  const details = error as { code?: unknown; responseDetails?: { status?: unknown } };
  return details?.code === 'KEY_CONFLICT' || details?.responseDetails?.status === 409;
}
