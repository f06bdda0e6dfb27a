import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STACK_START } from '../../../dev/host';
import { type TestEmulator, memoryVault, startTestEmulator } from '../../support/emulator';
import { headerRecord } from '../../support/openapi';
import { ADMIN, JIRA, SITE, answeredRequests, connect, contract, harness } from './harness';

/** The emulator's replies as any HTTP client sees them, checked against the contract. */

let emulator: TestEmulator;
let token: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await emulator.control.reset();
  token = (await connect(harness(emulator))).registration.session.accessToken;
});

/** One raw exchange with the EU service; fails the test if either side breaks the contract. */
async function exchange(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: unknown; auth?: string | null } = {},
) {
  const headers = {
    ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(options.auth === null ? {} : { authorization: `Bearer ${options.auth ?? token}` }),
    ...options.headers,
  };
  const response = await fetch(`${emulator.baseUrls.EU}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  const reply = { status: response.status, headers: headerRecord(response.headers), text };
  expect(contract.validateResponse(method, path, reply)).toEqual([]);
  return {
    ...reply,
    json: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}

describe('contract replies', () => {
  it('tags the schedule with an ETag equal to its version, and accepts it quoted', async () => {
    const read = await exchange('GET', '/instance/plan/schedule');
    expect(read.headers.etag).toBe(read.json?.version);
    const saved = await exchange('PUT', '/instance/plan/schedule', {
      headers: { 'if-match': `"${String(read.json?.version)}"` },
      body: { days: ['FRI'], hour: 0, timezone: 'Australia/Sydney' },
    });
    expect(saved.status).toBe(200);
    expect(saved.headers.etag).toBe(saved.json?.version);
  });

  it('asks for If-Match (428), refuses a bad schedule (400) and a stale version (412)', async () => {
    const schedule = { days: ['MON'], hour: 1, timezone: 'UTC' };
    expect((await exchange('PUT', '/instance/plan/schedule', { body: schedule })).status).toBe(428);
    for (const bad of [
      { ...schedule, hour: 24 },
      { ...schedule, days: [] },
      { ...schedule, days: ['MON', 'MON'] },
      { ...schedule, timezone: 'Mars/Olympus' },
      { ...schedule, extra: true },
    ]) {
      const reply = await exchange('PUT', '/instance/plan/schedule', {
        headers: { 'if-match': 'x' },
        body: bad,
      });
      expect([reply.status, reply.json?.error]).toEqual([
        400,
        expect.objectContaining({ code: 'invalid_request' }),
      ]);
    }
    const stale = await exchange('PUT', '/instance/plan/schedule', {
      headers: { 'if-match': 'old' },
      body: schedule,
    });
    expect(stale.status).toBe(412);
    expect(stale.json).toMatchObject({
      error: { code: 'version_mismatch' },
      current: { schedule: null },
    });
  });

  it('answers 401 unauthorized to an unknown token and to none', async () => {
    for (const auth of ['gpa_nobody', null]) {
      const reply = await exchange('GET', '/instance', { auth });
      expect([reply.status, reply.json?.error]).toEqual([
        401,
        expect.objectContaining({ code: 'unauthorized' }),
      ]);
    }
  });

  it('answers 401 token_expired once the access token is 30 days old', async () => {
    await emulator.control.advance(30 * 86_400_000);
    const reply = await exchange('GET', '/instance');
    expect([reply.status, reply.json?.error]).toEqual([
      401,
      expect.objectContaining({ code: 'token_expired' }),
    ]);
  });

  it('asks for an Idempotency-Key and checks the limit of the job list', async () => {
    const started = await exchange('POST', '/instance/backups', { body: { triggeredBy: ADMIN } });
    expect(started.status).toBe(400);
    for (const limit of ['0', '101', 'ten']) {
      expect((await exchange('GET', `/instance/backups?limit=${limit}`)).status).toBe(400);
    }
    expect((await exchange('GET', '/instance/backups?limit=100')).status).toBe(200);
  });

  it('refuses credentials Jira would reject with a clear message', async () => {
    const reply = await exchange('PUT', '/instance/credentials', {
      body: { ...JIRA, apiToken: 'ATATT!nope' },
    });
    expect(reply.status).toBe(422);
    expect(reply.json?.error).toEqual({
      code: 'credentials_rejected',
      message: expect.stringMatching(/^Jira rejected these credentials: /),
      reason: 'token_format',
    });
    for (const [apiToken, expiresOn, reason] of [
      [`${JIRA.apiToken}_email_mismatch`, undefined, 'email_mismatch'],
      [`${JIRA.apiToken}_no_access`, undefined, 'no_access'],
      [JIRA.apiToken, '2020-01-31', 'token_expired'],
    ] as const) {
      const told = await exchange('PUT', '/instance/credentials', {
        body: { ...JIRA, apiToken, ...(expiresOn ? { expiresOn } : {}) },
      });
      expect([told.status, told.json?.error]).toEqual([
        422,
        expect.objectContaining({ code: 'credentials_rejected', reason }),
      ]);
    }
  });

  it('refuses a refresh token it does not know', async () => {
    const reply = await exchange('POST', '/auth/refresh', {
      body: { refreshToken: 'gpr_nobody' },
      auth: null,
    });
    expect(reply.status).toBe(401);
  });

  it('refuses registration with the region of another service', async () => {
    const reply = await exchange('POST', '/instances', {
      auth: null,
      body: { region: 'US', cloudId: 'x', siteUrl: SITE.siteUrl, jira: JIRA },
    });
    expect([reply.status, reply.json?.error]).toEqual([
      400,
      expect.objectContaining({ code: 'region_mismatch' }),
    ]);
  });
});

describe('controls', () => {
  it('counts contract requests per route until the stats are cleared', async () => {
    await emulator.control.resetStats();
    await exchange('GET', '/instance');
    await exchange('GET', '/instance');
    await exchange('GET', '/instance/backups?limit=2');
    await expect(emulator.control.stats()).resolves.toEqual({
      requests: 3,
      byRoute: { 'GET /instance': 2, 'GET /instance/backups': 1 },
    });
    await emulator.control.resetStats();
    await expect(emulator.control.stats()).resolves.toEqual({ requests: 0, byRoute: {} });
  });

  it('counts a request as answered once its reply is out, after any latency', async () => {
    await emulator.control.resetStats();
    await emulator.control.faults({ mode: 'latency', ms: 300, count: 1, route: 'GET /instance' });
    const late = exchange('GET', '/instance');
    // The quick request has its answer while the late one waits out its latency.
    await exchange('GET', '/instance/backups?limit=2');
    await expect(answeredRequests(emulator)).resolves.toEqual({
      requests: 1,
      byRoute: { 'GET /instance/backups': 1 },
    });
    expect((await late).status).toBe(200);
    await expect(answeredRequests(emulator)).resolves.toEqual({
      requests: 2,
      byRoute: { 'GET /instance': 1, 'GET /instance/backups': 1 },
    });
    await emulator.control.resetStats();
    await expect(answeredRequests(emulator)).resolves.toEqual({ requests: 0, byRoute: {} });
  });

  it('hits only as many requests as the fault count says, and never the controls', async () => {
    await emulator.control.faults({ mode: 'error500', count: 2 });
    await expect(emulator.control.state()).resolves.toMatchObject({
      faults: { mode: 'error500', remaining: 2 },
    });
    expect((await exchange('GET', '/instance')).status).toBe(500);
    expect((await exchange('GET', '/instance')).status).toBe(500);
    expect((await exchange('GET', '/instance')).status).toBe(200);

    await emulator.control.faults({ mode: 'rateLimit', ms: 2_500 });
    const limited = await exchange('GET', '/instance');
    expect([limited.status, limited.headers['retry-after']]).toEqual([429, '3']);
    await emulator.control.clearFaults();
    expect((await exchange('GET', '/instance')).status).toBe(200);
  });

  it('shows the fault in force at GET /__control/faults, null when none', async () => {
    const faults = async () =>
      (await (await fetch(`${emulator.url}/__control/faults`)).json()) as { fault: unknown };
    await expect(faults()).resolves.toEqual({ fault: null });
    await emulator.control.faults({ mode: 'latency', ms: 5, route: 'GET /instance', count: 3 });
    await expect(faults()).resolves.toEqual({
      fault: { mode: 'latency', ms: 5, route: 'GET /instance', remaining: 3 },
    });
    await emulator.control.clearFaults();
    await expect(faults()).resolves.toEqual({ fault: null });
  });

  it('refuses an unknown fault mode', async () => {
    await expect(emulator.control.faults({ mode: 'flood' as 'hang' })).rejects.toThrow(/400/);
  });

  it('forgets everything on reset', async () => {
    await emulator.control.reset();
    expect((await exchange('GET', '/instance')).status).toBe(401);
    await expect(emulator.control.state()).resolves.toMatchObject({ instances: {} });
  });
});

describe('a state file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gitprotect-emulator-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps instances, sessions, jobs and the clock across restarts', async () => {
    const stateFile = join(dir, 'state.json');
    // From a quiet hour: the hour moved below must not reach the default plan's 02:00 UTC run,
    // whose job would then be listed too.
    const first = await startTestEmulator({ stateFile, startAt: STACK_START });
    const h = harness(first);
    const { registration, service } = await connect(h);
    const { job } = await service.startBackup(ADMIN, 'before-restart');
    await first.control.advance(3_600_000);
    const clockBefore = first.clock.now().getTime();
    await first.close();
    expect(existsSync(stateFile)).toBe(true);
    expect(readdirSync(dir)).toEqual(['state.json']);

    const second = await startTestEmulator({ stateFile });
    try {
      expect(second.clock.now().getTime()).toBeGreaterThanOrEqual(clockBefore);
      const again = harness(second).directory.instance('EU', memoryVault(registration.session));
      await expect(again.listJobs(5)).resolves.toMatchObject([
        { id: job.id, outcome: 'SUCCEEDED' },
      ]);
    } finally {
      await second.close();
    }
    expect(h.violations).toEqual([]);
  });
  it('starts a new state at startAt, and a kept state on its own clock whatever startAt says', async () => {
    const stateFile = join(dir, 'started.json');
    const first = await startTestEmulator({ stateFile, startAt: STACK_START });
    const sinceStart = (emulator: TestEmulator) =>
      emulator.clock.now().getTime() - STACK_START.getTime();
    try {
      expect(sinceStart(first)).toBeGreaterThanOrEqual(0);
      expect(sinceStart(first)).toBeLessThan(60_000);
      await first.control.advance(86_400_000);
      expect(sinceStart(first)).toBeGreaterThanOrEqual(86_400_000);
      await first.control.reset();
      expect(sinceStart(first)).toBeLessThan(60_000);
      await first.control.advance(86_400_000);
    } finally {
      await first.close();
    }

    const second = await startTestEmulator({
      stateFile,
      startAt: new Date('2030-01-01T00:00:00Z'),
    });
    try {
      expect(sinceStart(second)).toBeGreaterThanOrEqual(86_400_000);
      expect(sinceStart(second)).toBeLessThan(86_400_000 + 60_000);
    } finally {
      await second.close();
    }
  });
});
