import { type ForgeProxy, startForgeProxy } from '../../support/forgeProxy';

/**
 * The fake Forge proxy's storage, as storage-reference/kvs-api and handling-errors-kvs document
 * it: an expired key is deleted late (up to 48 hours) and read until then, its `expireTime` is
 * returned only when asked, and refusals carry the documented codes.
 */

const LAG_MS = 48 * 3_600_000;
let proxy: ForgeProxy;
let now = 1_800_000_000_000;
let token: string;

beforeAll(async () => {
  proxy = await startForgeProxy({
    users: [],
    projects: 0,
    now: () => now,
    expiredReadableForMs: LAG_MS,
  });
  token = proxy.issueToken({ invocationId: 'storage-test' });
});
afterAll(() => proxy.close());

async function kvs(operation: string, body: unknown) {
  const response = await fetch(`${proxy.url}/kvs/api/v1/${operation}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'forge-proxy-target': JSON.stringify({ type: 'kvs' }),
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

it('keeps an expired key readable, and refusing FAIL_IF_EXISTS, until the lag has passed', async () => {
  const ttl = { value: 60, unit: 'SECONDS' };
  expect(await kvs('set', { key: 'lock', value: { holder: 'a' }, options: { ttl } })).toEqual({
    status: 204,
    body: undefined,
  });
  now += 61_000;
  expect(await kvs('get', { key: 'lock' })).toEqual({
    status: 200,
    body: { key: 'lock', value: { holder: 'a' } },
  });
  expect(await kvs('get', { key: 'lock', options: { metadataFields: ['EXPIRE_TIME'] } })).toEqual({
    status: 200,
    body: {
      key: 'lock',
      value: { holder: 'a' },
      expireTime: new Date(now - 1_000).toISOString(),
    },
  });
  const refused = await kvs('set', {
    key: 'lock',
    value: { holder: 'b' },
    options: { ttl, keyPolicy: 'FAIL_IF_EXISTS' },
  });
  expect(refused).toMatchObject({ status: 409, body: { code: 'KEY_CONFLICT' } });

  now += LAG_MS;
  expect(await kvs('get', { key: 'lock' })).toMatchObject({
    status: 404,
    body: { code: 'KEY_NOT_FOUND' },
  });
  expect(
    await kvs('set', {
      key: 'lock',
      value: { holder: 'b' },
      options: { ttl, keyPolicy: 'FAIL_IF_EXISTS' },
    }),
  ).toEqual({ status: 204, body: undefined });
});

it('swaps a value in one step, returning the previous one', async () => {
  await kvs('set', { key: 'swap', value: 1 });
  expect(
    await kvs('set', {
      key: 'swap',
      value: 2,
      options: { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' },
    }),
  ).toEqual({ status: 200, body: { key: 'swap', value: 1 } });
  expect(proxy.kvs.get('swap')).toBe(2);
});

it.each([
  ['a key of whitespace only', 'set', { key: '   ', value: 1 }, 'INVALID_KEY'],
  ['a key with a slash', 'get', { key: 'a/b' }, 'INVALID_KEY'],
  ['a key past 500 characters', 'get', { key: 'k'.repeat(501) }, 'KEY_TOO_LONG'],
  ['an empty key', 'get', { key: '' }, 'KEY_TOO_SHORT'],
  ['a value past 240 KiB', 'set', { key: 'big', value: 'x'.repeat(240 * 1024) }, 'MAX_SIZE'],
  [
    'a value deeper than 32 levels',
    'set',
    { key: 'deep', value: JSON.parse(`${'{"a":'.repeat(33)}1${'}'.repeat(33)}`) as unknown },
    'MAX_DEPTH',
  ],
  ['a query page past 100', 'query', { limit: 101 }, 'LIST_QUERY_LIMIT_EXCEEDED'],
  ['two where clauses', 'query', { where: [{}, {}] }, 'QUERY_WHERE_INVALID'],
  [
    'a filter on the value',
    'query',
    { where: [{ property: 'value', condition: 'BEGINS_WITH', values: ['a'] }] },
    'QUERY_WHERE_FIELD_INVALID',
  ],
  [
    'a condition other than BEGINS_WITH',
    'query',
    { where: [{ property: 'key', condition: 'CONTAINS', values: ['a'] }] },
    'INVALID_FILTER_CONDITION',
  ],
])('refuses %s with 400 %s', async (_name, operation, body, code) => {
  expect(await kvs(operation, body)).toMatchObject({ status: 400, body: { code } });
});

it('answers an injected 429 RATE_LIMIT_EXCEEDED, then storage as before', async () => {
  proxy.failStorage({ status: 429, code: 'RATE_LIMIT_EXCEEDED' });
  expect(await kvs('get', { key: 'swap' })).toMatchObject({
    status: 429,
    body: { code: 'RATE_LIMIT_EXCEEDED' },
  });
  expect(await kvs('get', { key: 'swap' })).toEqual({
    status: 200,
    body: { key: 'swap', value: 2 },
  });
});
