import { LOCAL_USERS } from '../../../src/adapters/local/jiraSite';
import { createResolverHandler } from '../../../src/resolvers';
import { CLOUD_ID, startTestApp, type TestApp } from '../../support/app';

/**
 * The page can invoke any function key. @forge/resolver looks keys up with `in` on a plain object,
 * so Object.prototype's members were dispatched: `valueOf` echoed the request context, others
 * threw past the envelope. Only the app's own keys may run; the rest get INVALID_INPUT.
 */

const PLANTED = 'PLANTEDpayloadMARKER42';
const OBJECT_PROTOTYPE_KEYS = [
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  '__proto__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
];
const randomKey = `noSuchResolver${Math.random().toString(36).slice(2)}`;

let app: TestApp;
let handler: ReturnType<typeof createResolverHandler>;
beforeAll(async () => {
  app = await startTestApp();
  handler = createResolverHandler(app.deps);
});
afterAll(() => app.close());

/** As Forge calls the resolver function: the invocation, then the runtime's own payload. */
function call(functionKey: unknown, payload: unknown = { marker: PLANTED }) {
  return handler(
    { call: { functionKey: functionKey as string, payload }, context: { marker: PLANTED } },
    {
      principal: { accountId: LOCAL_USERS.admin.accountId },
      installContext: `ari:cloud:jira::site/${CLOUD_ID}`,
    },
  );
}

function storedState() {
  return `${app.store.plainDump()}\n${app.store.secretDump()}`;
}

describe.each([...OBJECT_PROTOTYPE_KEYS, randomKey])('function key %s', (functionKey) => {
  it('gets INVALID_INPUT in the envelope, echoes nothing, runs nothing and is logged without the payload', async () => {
    const before = storedState();
    await app.emulator.control.resetStats();
    const logged = app.logLines.length;

    const result = await call(functionKey);

    expect(result).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.any(String), field: 'functionKey' },
    });
    const text = JSON.stringify(result);
    expect(text).not.toContain(PLANTED);
    expect(text).not.toContain(LOCAL_USERS.admin.accountId);
    expect(text).not.toMatch(/Resolver has no definition|is not a function|callback/);
    expect(storedState()).toBe(before);
    expect((await app.emulator.control.stats()).requests).toBe(0);

    const lines = app.logLines.slice(logged);
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toEqual({
      level: 'warn',
      message: 'Refused a call to a function key this app does not define',
      functionKey,
    });
    expect(lines.join('\n')).not.toContain(PLANTED);
  });
});

it('refuses a function key that is not a string, or no call at all, the same way', async () => {
  for (const functionKey of [undefined, null, 42, ['getOverview'], { toString: 'getOverview' }]) {
    expect(await call(functionKey)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'functionKey' },
    });
  }
  const noCall = await handler({} as Parameters<typeof handler>[0], {
    principal: { accountId: LOCAL_USERS.admin.accountId },
    installContext: `ari:cloud:jira::site/${CLOUD_ID}`,
  });
  expect(noCall).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

it('still dispatches the app’s own keys', async () => {
  expect(await app.invoke('admin', 'getOverview')).toMatchObject({ ok: true });
  expect(await app.invoke('member', 'startBackup')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' },
  });
});
