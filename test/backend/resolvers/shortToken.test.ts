import { startTestApp, type TestApp } from '../../support/app';
import { connectFields, updateTokenFields } from '../support/siteAdmin';

/** Issue 22, item 10: a token too short to be any Atlassian API token never reaches the service. */
describe('a token shorter than any Atlassian API token', () => {
  let app: TestApp;
  afterEach(() => app.close());

  const formatRefusal = {
    ok: false,
    error: { code: 'TOKEN_REJECTED', field: 'token', tokenRejection: 'FORMAT' },
  };

  test.each([['x'], ['ATATT'], ['a'.repeat(23)]])(
    'connect refuses %j for its format, without a call, and stores nothing',
    async (token) => {
      app = await startTestApp({ connected: false });
      await app.emulator.control.resetStats();
      const refused = await app.invoke('admin', 'connect', { ...connectFields(app, 90), token });
      expect(refused).toMatchObject(formatRefusal);
      expect((await app.emulator.control.stats()).requests).toBe(0);
      expect(app.store.plainDump()).toBe('{}');
      expect(app.store.secretDump()).toBe('{}');
    },
  );

  test('updateJiraToken refuses it for its format, without a call', async () => {
    app = await startTestApp();
    await app.emulator.control.resetStats();
    const refused = await app.invoke('admin', 'updateJiraToken', updateTokenFields(app, 90, 'x'));
    expect(refused).toMatchObject(formatRefusal);
    expect((await app.emulator.control.stats()).requests).toBe(0);
  });

  test('24 characters, the oldest format, still go to the service', async () => {
    app = await startTestApp({ connected: false });
    await app.emulator.control.resetStats();
    const refused = await app.invoke('admin', 'connect', {
      ...connectFields(app, 90),
      token: 'a'.repeat(24),
    });
    // The emulator knows only today's format, so it refuses; what matters is that it was asked.
    expect(refused).toMatchObject(formatRefusal);
    expect((await app.emulator.control.stats()).byRoute['POST /instances']).toBe(1);
  });
});
