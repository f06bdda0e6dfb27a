import { FAULT_MODES } from '../../../dev/emulator';
import type { FunctionKey } from '../../../src/contract';
import type { ServiceSession } from '../../../src/ports/managementService';
import { ADMIN_EMAIL, JIRA_TOKEN, data, startTestApp, type TestApp } from '../../support/app';
import { updateTokenFields } from '../support/siteAdmin';

/**
 * Plants recognisable tokens, runs every flow and every fault, and searches every resolver
 * response, every log line and everything stored outside secrets for them.
 */

const REPLACEMENT_TOKEN = 'ATATT3xFfGF0PLANTEDreplacementTOKEN0009z8y';
const REJECTED_TOKEN = 'PLANTED-rejected-token-0000000000000000';

let app: TestApp;
const serviceTokens = new Set<string>();

async function collectSession() {
  const session = await app.store.getSecret<ServiceSession>('gitprotect-session');
  if (session) {
    serviceTokens.add(session.accessToken);
    serviceTokens.add(session.refreshToken);
  }
}

async function everyFlow(as: 'admin' | 'member') {
  const overview = data(await app.invoke(as, 'getOverview'));
  const version = overview.connected ? overview.scheduleVersion : 'none';
  const calls: Array<[FunctionKey, unknown]> = [
    ['saveSchedule', { days: ['WED'], hour: 5, timezone: 'Asia/Tokyo', version }],
    ['saveSchedule', { days: ['WED'], hour: 5, timezone: 'Asia/Tokyo', version: 'stale' }],
    ['startBackup', {}],
    ['openManagementService', {}],
    ['updateJiraToken', updateTokenFields(app, 30, REPLACEMENT_TOKEN)],
    ['updateJiraToken', { email: ADMIN_EMAIL, token: REJECTED_TOKEN }],
    ['updateJiraToken', { email: ADMIN_EMAIL, token: `${JIRA_TOKEN}\n` }],
    ['connect', { region: 'EU', email: ADMIN_EMAIL, token: JIRA_TOKEN }],
    ['getOverview', { token: JIRA_TOKEN }],
  ];
  for (const [key, payload] of calls) {
    await app.invoke(as, key, payload);
    await collectSession();
  }
  await app.trigger();
  await collectSession();
}

beforeAll(async () => {
  app = await startTestApp();
  await collectSession();
  await app.emulator.control.seedHistory();
  await everyFlow('admin');
  await everyFlow('member');
  await app.emulator.control.advance(24 * 86_400_000);
  await app.trigger();
  await collectSession();
  for (const mode of FAULT_MODES) {
    await app.emulator.control.faults({ mode, ms: mode === 'latency' ? 6_000 : 2_000, count: 3 });
    await Promise.all([
      app.invoke('admin', 'getOverview'),
      app.invoke('admin', 'startBackup'),
      app.trigger(),
    ]);
    await app.emulator.control.clearFaults();
    await collectSession();
  }
}, 120_000);
afterAll(() => app.close());

const planted = () => [
  ['the Jira API token', JIRA_TOKEN],
  ['the replacement Jira API token', REPLACEMENT_TOKEN],
  ['the rejected Jira API token', REJECTED_TOKEN],
  ...[...serviceTokens].map((token, i) => [`service token #${i + 1}`, token]),
];

describe('secrets', () => {
  it('were planted and the flows ran', () => {
    expect(serviceTokens.size).toBeGreaterThanOrEqual(3);
    expect(app.responses.length).toBeGreaterThan(30);
    expect(app.logLines.length).toBeGreaterThan(30);
  });

  it.each([
    ['resolver responses', () => JSON.stringify(app.responses)],
    ['log lines, at every level', () => app.logLines.join('\n')],
    ['storage outside secrets, keys and values', () => app.store.plainDump()],
  ])('appear nowhere in %s', (_, text) => {
    const haystack = text();
    for (const [name, token] of planted()) {
      expect({ name, found: haystack.includes(token as string) }).toEqual({ name, found: false });
    }
  });

  it('keep only the service session in secret storage, never a Jira API token', () => {
    const secrets = app.store.secretDump();
    expect(secrets).not.toContain(JIRA_TOKEN);
    expect(secrets).not.toContain(REPLACEMENT_TOKEN);
    expect(Object.keys(JSON.parse(secrets) as object)).toEqual(['gitprotect-session']);
  });

  it('leave a masked token that admins can recognise', async () => {
    const overview = data(await app.invoke('admin', 'getOverview'));
    expect(overview.connected && overview.token).toMatchObject({ lastFour: '9z8y' });
  });
});
