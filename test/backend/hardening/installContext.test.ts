import { LOCAL_USERS } from '../../../src/adapters/local/jiraSite';
import { createResolverHandler } from '../../../src/resolvers';
import {
  ADMIN_EMAIL,
  CLOUD_ID,
  JIRA_TOKEN,
  isoDay,
  startTestApp,
  type TestApp,
} from '../../support/app';

/**
 * Forge names the installation (`installContext`) in every invocation. Without it the app cannot
 * tell which site a call is for: it used to carry on as `unknown-site` (and register that with
 * GitProtect). Now nothing runs: the resolver answers INTERNAL, the trigger logs and stops.
 */

const NOT_A_JIRA_SITE: unknown[] = [
  undefined,
  '',
  'unknown-site',
  CLOUD_ID,
  'ari:cloud:jira::site/',
  `ari:cloud:confluence::site/${CLOUD_ID}`,
  `ari:cloud:jira::site/${CLOUD_ID}/extra`,
  `ari:cloud:jira::site/../${CLOUD_ID}`,
  42,
  { cloudId: CLOUD_ID },
];

let app: TestApp;
let handler: ReturnType<typeof createResolverHandler>;
beforeEach(async () => {
  app = await startTestApp({ connected: false });
  handler = createResolverHandler(app.deps);
});
afterEach(() => app.close());

function storedState() {
  return `${app.store.plainDump()}\n${app.store.secretDump()}`;
}

const connectPayload = () => ({
  region: 'EU',
  email: ADMIN_EMAIL,
  token: JIRA_TOKEN,
  expiresOn: isoDay(app.emulator.clock.now(), 200),
});

describe.each(
  NOT_A_JIRA_SITE.map((installContext) => [
    JSON.stringify(installContext) ?? 'none',
    installContext,
  ]),
)('installContext %s', (_name, installContext) => {
  it('answers INTERNAL to an admin’s connect, registers nothing, stores nothing', async () => {
    const before = storedState();
    const logged = app.logLines.length;
    const result = await handler(
      // The page's own context cannot stand in for Forge's: @forge/resolver overwrites it.
      {
        call: { functionKey: 'connect', payload: connectPayload() },
        context: { installContext: `ari:cloud:jira::site/${CLOUD_ID}`, cloudId: CLOUD_ID },
      },
      {
        principal: { accountId: LOCAL_USERS.admin.accountId },
        ...(installContext === undefined ? {} : { installContext }),
      },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.any(String) },
    });
    expect(storedState()).toBe(before);
    expect((await app.emulator.control.stats()).requests).toBe(0);
    const lines = app.logLines.slice(logged).map((line) => JSON.parse(line) as object);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 'error',
        message: 'Resolver failed',
        resolver: 'connect',
        code: 'INTERNAL',
        reason: 'MissingInstallContext',
      }),
    ]);
  });
});

it('refuses every resolver, for members too, when Forge sends no runtime payload at all', async () => {
  for (const functionKey of ['getOverview', 'startBackup', 'saveSchedule'] as const) {
    const result = await handler({ call: { functionKey, payload: {} }, context: {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  }
  expect((await app.emulator.control.stats()).requests).toBe(0);
});

it('connects the site Forge names, by its cloudId', async () => {
  const result = await app.invoke('admin', 'connect', connectPayload());
  expect(result).toMatchObject({ ok: true });
  expect(await app.store.get('connection')).toMatchObject({ cloudId: CLOUD_ID });
});

describe('the hourly-sync trigger as Forge calls it (src/index.ts)', () => {
  type ForgeGlobals = { __forge_fetch__?: unknown };
  const forgeGlobals = globalThis as ForgeGlobals;
  let requests: string[];
  let output: string[];
  let restoreLog: () => void;

  beforeEach(() => {
    requests = [];
    output = [];
    // Where @forge/kvs sends every storage request on Forge: here, refused and recorded.
    forgeGlobals.__forge_fetch__ = async (_target: unknown, path: string) => {
      requests.push(path);
      throw new Error('No Forge API proxy in this test');
    };
    // Forge shows console.log as INFO: an error must reach the runtime through console.error.
    const spies = (['log', 'warn', 'error'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        output.push(`${level} ${args.map(String).join(' ')}`);
      }),
    );
    restoreLog = () => spies.forEach((spy) => spy.mockRestore());
  });
  afterEach(() => {
    restoreLog();
    delete forgeGlobals.__forge_fetch__;
  });

  it.each(
    NOT_A_JIRA_SITE.map((installContext) => [
      JSON.stringify(installContext) ?? 'none',
      installContext,
    ]),
  )('with installContext %s: logs an error and touches nothing', async (_name, installContext) => {
    const { hourlySync } = await import('../../../src/index');
    // A 5xx: Forge records the run as an error.
    await expect(hourlySync({}, { installContext })).resolves.toEqual({
      statusCode: 500,
      statusText: 'No Jira site installation',
    });
    expect(requests).toEqual([]);
    expect(output.map((line) => line.split(' ')[0])).toEqual(['error']);
    expect(output.map((line) => JSON.parse(line.slice('error '.length)) as object)).toEqual([
      expect.objectContaining({
        level: 'error',
        message: 'Hourly sync did not run: Forge named no Jira site installation',
      }),
    ]);
  });

  it('with no context at all: the same', async () => {
    const { hourlySync } = await import('../../../src/index');
    await expect(hourlySync()).resolves.toMatchObject({ statusCode: 500 });
    expect(requests).toEqual([]);
  });

  it('with the site named: goes on to read storage', async () => {
    const { hourlySync } = await import('../../../src/index');
    await expect(
      hourlySync({}, { installContext: `ari:cloud:jira::site/${CLOUD_ID}` }),
    ).rejects.toThrow('No Forge API proxy in this test');
    expect(requests.length).toBeGreaterThan(0);
  });
});
