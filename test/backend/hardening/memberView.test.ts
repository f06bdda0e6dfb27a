import { LOCAL_USERS } from '../../../src/adapters/local/jiraSite';
import { data, startTestApp, type TestApp } from '../../support/app';
import { connectedOverview, updateTokenFields } from '../support/siteAdmin';

/**
 * Issue 11, item 5: a Jira user who is not an admin gets status-level facts only, through the
 * real resolvers over HTTP against the emulator: no token expiry date (in alerts neither), no
 * admin's account id or name on any job.
 */

let app: TestApp;
let expiresOn: string;
beforeAll(async () => {
  app = await startTestApp();
  // A token about to expire, and a backup an admin started by hand.
  const fields = updateTokenFields(app, 5);
  expiresOn = fields.expiresOn;
  data(await app.invoke('admin', 'updateJiraToken', fields));
  data(await app.invoke('secondAdmin', 'startBackup', {}));
  await app.emulator.control.seedHistory({ weeks: 1 });
});
afterAll(() => app.close());

const adminIdentities = [
  LOCAL_USERS.admin.accountId,
  LOCAL_USERS.admin.displayName,
  LOCAL_USERS.secondAdmin.accountId,
  LOCAL_USERS.secondAdmin.displayName,
];

it('the admin sees the expiry date and who started a job', async () => {
  const overview = await connectedOverview(app);
  const expiring = overview.alerts.find((alert) => alert.code === 'TOKEN_EXPIRING');
  expect(expiring?.params).toMatchObject({ expiresOn, daysLeft: expect.any(Number) });
  expect(overview.runningJob?.trigger).toEqual({
    kind: 'ADMIN',
    accountId: LOCAL_USERS.secondAdmin.accountId,
    displayName: LOCAL_USERS.secondAdmin.displayName,
  });
});

it('a member gets the alert without the expiry date, in its parameters or its text', async () => {
  const overview = await connectedOverview(app, 'member');
  const expiring = overview.alerts.find((alert) => alert.code === 'TOKEN_EXPIRING');
  expect(expiring).toMatchObject({ severity: 'warning', action: 'UPDATE_TOKEN', params: {} });
  expect(expiring?.message).toMatch(/administrator/);
  const text = JSON.stringify(overview);
  expect(text).not.toContain(expiresOn);
  expect(text).not.toContain('daysLeft');
  expect(overview.token).toEqual({ configured: true });
  expect(overview.audit).toEqual([]);
  expect(overview.viewer).toEqual({ accountId: LOCAL_USERS.member.accountId, isAdmin: false });
});

it('a member sees job triggers reduced to their kind, no admin account id or name', async () => {
  const overview = await connectedOverview(app, 'member');
  const jobs = [overview.runningJob, overview.lastBackup, ...overview.recentJobs];
  expect(overview.runningJob?.trigger).toEqual({ kind: 'ADMIN' });
  for (const job of jobs) {
    if (job) expect([{ kind: 'ADMIN' }, { kind: 'SCHEDULE' }]).toContainEqual(job.trigger);
  }
  const text = JSON.stringify(overview);
  for (const identity of adminIdentities) expect(text).not.toContain(identity);
});

it('status-level facts stay: counts, status, schedule, other alerts with their numbers', async () => {
  const [admin, member] = await Promise.all([
    connectedOverview(app),
    connectedOverview(app, 'member'),
  ]);
  expect(member.status).toBe(admin.status);
  expect(member.securedProjects).toBe(admin.securedProjects);
  expect(member.schedule).toEqual(admin.schedule);
  expect(member.recentJobs.map((job) => job.id)).toEqual(admin.recentJobs.map((job) => job.id));
  expect(member.alerts.map((alert) => alert.code)).toEqual(admin.alerts.map((alert) => alert.code));
  for (const [i, alert] of member.alerts.entries()) {
    if (alert.code.startsWith('LAST_BACKUP')) expect(alert).toEqual(admin.alerts[i]);
  }
});
