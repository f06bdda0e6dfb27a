import { data, startTestApp, type TestApp } from '../../support/app';
import { connectedOverview } from '../support/siteAdmin';

/**
 * Issue 11, item 9: a schedule version outside the contract's `ScheduleVersion` charset is a bad
 * payload (INVALID_INPUT on `version`), refused before anything reaches the service.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it.each([
  ['*', '*'],
  ['CRLF', 'v1\r\nX-Injected: 1'],
  ['ą', 'wersją'],
  ['too long', 'v'.repeat(129)],
])('a version with %s is INVALID_INPUT on version, and nothing is sent', async (_case, version) => {
  await app.emulator.control.resetStats();
  const result = await app.invoke('admin', 'saveSchedule', {
    days: ['MON'],
    hour: 2,
    timezone: 'UTC',
    version,
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'version' } });
  expect((await app.emulator.control.stats()).requests).toBe(0);
});

it('a version of the contract charset still saves', async () => {
  const overview = await connectedOverview(app);
  expect(overview.scheduleVersion).toMatch(/^[A-Za-z0-9._~+=-]{1,128}$/);
  const saved = data(
    await app.invoke('admin', 'saveSchedule', {
      days: ['MON'],
      hour: 2,
      timezone: 'UTC',
      version: overview.scheduleVersion,
    }),
  );
  expect(saved.schedule.hour).toBe(2);
});
