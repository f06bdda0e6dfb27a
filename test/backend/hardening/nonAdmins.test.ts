import type { FunctionKey } from '../../../src/contract';
import { ADMIN_EMAIL, startTestApp, type TestApp } from '../../support/app';
import { connectFields, connectedOverview, updateTokenFields } from '../support/siteAdmin';

/**
 * Every resolver but getOverview and listJobs (which show a member what the overview shows) is
 * for Jira administrators only, checked on every call.
 */

let app: TestApp;
let validPayloads: Array<[FunctionKey, unknown]>;

beforeAll(async () => {
  app = await startTestApp();
  const overview = await connectedOverview(app);
  validPayloads = [
    [
      'saveSchedule',
      { days: ['SAT'], hour: 4, timezone: 'UTC', version: overview.scheduleVersion },
    ],
    ['startBackup', {}],
    ['openManagementService', {}],
    ['openManagementService', { destination: { kind: 'NOTIFICATION_SETTINGS' } }],
    ['getCoverage', {}],
    ['getJob', { jobId: 'job_0123456789abcdef' }],
    ['updateJiraToken', updateTokenFields(app, 60)],
    ['connect', connectFields(app, 60, 'US')],
    ['disconnect', {}],
  ];
});
afterAll(() => app.close());

const stored = () => `${app.store.plainDump()}\n${app.store.secretDump()}`;

async function expectRefusedWithoutEffect(why: () => Promise<void>) {
  for (const [key, payload] of validPayloads) {
    await app.emulator.control.resetStats();
    const before = stored();
    await why();
    const result = await app.invoke('member', key, payload);
    expect({ key, result }).toMatchObject({
      key,
      result: { ok: false, error: { code: 'FORBIDDEN' } },
    });
    expect(stored()).toBe(before);
    expect((await app.emulator.control.stats()).requests).toBe(0);
  }
}

describe('non-admins', () => {
  it('are refused every action, and nothing changes or reaches the service', async () => {
    await expectRefusedWithoutEffect(async () => undefined);
  });

  it('are told a read is for administrators to see, and a change for them to make', async () => {
    const reads: FunctionKey[] = ['getCoverage', 'getJob'];
    for (const [key, payload] of validPayloads) {
      const result = await app.invoke('member', key, payload);
      const message = !result.ok && result.error.message;
      if (reads.includes(key)) {
        expect({ key, message }).toEqual({
          key,
          message: 'Only Jira administrators can see this. Ask your Jira administrator.',
        });
      } else {
        expect({ key, message }).toEqual({ key, message: expect.stringMatching(/^Only Jira/) });
        expect(message).not.toContain('see this');
      }
    }
  });

  it('see the status without token details or the audit trail', async () => {
    const overview = await connectedOverview(app, 'member');
    expect(overview.token).toEqual({ configured: true });
    expect(JSON.stringify(overview)).not.toContain(ADMIN_EMAIL);
    expect(overview.audit).toEqual([]);
  });
});

describe('the admin check fails closed', () => {
  afterEach(() => {
    app.jira.unavailable = false;
    app.jira.latencyMs = 0;
  });

  it('refuses an admin when Jira answers with an error', async () => {
    for (const [key, payload] of validPayloads) {
      app.jira.unavailable = true;
      const before = stored();
      expect(await app.invoke('admin', key, payload)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
      expect(stored()).toBe(before);
    }
  });

  it('refuses an admin, in time, when Jira does not answer', async () => {
    app.jira.latencyMs = 60_000;
    const started = Date.now();
    const results = await Promise.all(
      validPayloads.map(([key, payload]) => app.invoke('admin', key, payload)),
    );
    for (const result of results)
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 20_000);
});
