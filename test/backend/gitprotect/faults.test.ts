import { DEFAULT_BUDGET_MS } from '../../../src/adapters/gitprotect';
import { isUpstreamError } from '../../../src/ports/upstreamError';
import type { ManagementService } from '../../../src/ports/managementService';
import { type TestEmulator, startTestEmulator } from '../../support/emulator';
import { ADMIN, type Harness, connect, failureOf, harness, timed, untilAnswered } from './harness';

/**
 * Each fault the emulator can inject ends in the right UpstreamError inside the call's budget.
 * Budgets are short so the suite stays fast; the slack absorbs a slow machine, not a bug.
 */

const BUDGET_MS = 1_500;
const ATTEMPT_TIMEOUT_MS = 400;
const SLACK_MS = 1_000;

let emulator: TestEmulator;
let h: Harness;
let service: ManagementService;
let secrets: string[];

beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(() => emulator.close());
beforeEach(async () => {
  await emulator.control.reset();
  // Registered with the client's own timeouts (a busy machine can take longer than 400 ms to
  // register); only the calls under test get the short budget.
  const connected = await connect(harness(emulator));
  h = harness(emulator, { budgetMs: BUDGET_MS, attemptTimeoutMs: ATTEMPT_TIMEOUT_MS });
  service = h.directory.instance('EU', connected.vault);
  secrets = [
    connected.registration.session.accessToken,
    connected.registration.session.refreshToken,
  ];
  await emulator.control.resetStats();
});

async function requestsTo(route: string): Promise<number> {
  return (await emulator.control.stats()).byRoute[route] ?? 0;
}

function expectSafe(error: unknown): void {
  const text = `${String(error)} ${JSON.stringify(error)}`;
  for (const secret of secrets) expect(text).not.toContain(secret);
  expect(text).not.toContain('limit=');
  expect(text).not.toContain('127.0.0.1');
}

describe.each([
  ['error500', 'UNAVAILABLE'],
  ['reset', 'UNAVAILABLE'],
  ['hang', 'UNAVAILABLE'],
  ['rateLimit', 'RATE_LIMITED'],
] as const)('a lasting %s fault', (mode, kind) => {
  it(`ends in ${kind} within the budget, after retrying`, async () => {
    await emulator.control.faults({ mode });
    const { error, elapsedMs } = await failureOf(() => service.listJobs(10));
    expect(isUpstreamError(error, kind)).toBe(true);
    expect(elapsedMs).toBeLessThan(BUDGET_MS + SLACK_MS);
    expect(await requestsTo('GET /instance/backups')).toBeGreaterThan(1);
    expectSafe(error);
  });
});

describe.each(['error500', 'reset', 'hang', 'rateLimit'] as const)('a passing %s fault', (mode) => {
  it('is retried away', async () => {
    await emulator.control.faults({ mode, count: 1 });
    await expect(service.getSummary()).resolves.toMatchObject({ securedProjects: 25 });
    expect(await requestsTo('GET /instance')).toBe(2);
    expect(h.violations).toEqual([]);
  });
});

it('reports a broken reply as MALFORMED at once, without retrying', async () => {
  await emulator.control.faults({ mode: 'malformed' });
  const { error, elapsedMs } = await failureOf(() => service.getSummary());
  expect(isUpstreamError(error, 'MALFORMED')).toBe(true);
  expect(elapsedMs).toBeLessThan(BUDGET_MS);
  expect(await requestsTo('GET /instance')).toBe(1);
  expectSafe(error);
});

it('waits out a short latency, and gives up on one longer than the attempt timeout', async () => {
  await emulator.control.faults({ mode: 'latency', ms: 150 });
  const quick = await timed(() => service.getSchedule());
  expect(quick.elapsedMs).toBeGreaterThanOrEqual(140);

  await emulator.control.faults({ mode: 'latency', ms: 5_000 });
  const { error, elapsedMs } = await failureOf(() => service.getSchedule());
  expect(isUpstreamError(error, 'UNAVAILABLE')).toBe(true);
  expect(elapsedMs).toBeLessThan(BUDGET_MS + SLACK_MS);
});

it('honours Retry-After before trying again', async () => {
  const slow = harness(emulator, { budgetMs: 4_000, attemptTimeoutMs: ATTEMPT_TIMEOUT_MS });
  const { vault } = await connect(slow);
  await emulator.control.faults({ mode: 'rateLimit', ms: 1_000, count: 1 });
  const { elapsedMs } = await timed(() => slow.directory.instance('EU', vault).getSummary());
  expect(elapsedMs).toBeGreaterThanOrEqual(950);
  expect(slow.violations).toEqual([]);
});

it('gives up at once when Retry-After is longer than the budget left', async () => {
  await emulator.control.faults({ mode: 'rateLimit', ms: 30_000 });
  const { error, elapsedMs } = await failureOf(() => service.getSummary());
  expect(isUpstreamError(error, 'RATE_LIMITED')).toBe(true);
  expect((error as { retryAfterSeconds?: number }).retryAfterSeconds).toBe(30);
  // Waiting for the Retry-After, or for the budget to run out, would take the whole budget.
  expect(elapsedMs).toBeLessThan(BUDGET_MS);
  expect(await requestsTo('GET /instance')).toBe(1);
});

it('never retries registration or the sign-in link', async () => {
  await emulator.control.faults({ mode: 'error500' });
  const register = await failureOf(() =>
    h.directory.register(
      'EU',
      { cloudId: 'another-site', siteUrl: 'https://other.atlassian.net' },
      {
        email: 'a@other.example',
        apiToken: 'ATATT3xFfGF0AnotherTokenForTheEmulator',
      },
    ),
  );
  const sso = await failureOf(() => service.createSsoUrl(ADMIN));
  expect(isUpstreamError(register.error, 'UNAVAILABLE')).toBe(true);
  expect(isUpstreamError(sso.error, 'UNAVAILABLE')).toBe(true);
  expect(await requestsTo('POST /instances')).toBe(1);
  expect(await requestsTo('POST /instance/sso')).toBe(1);
});

it('starts a single job when the first attempt times out but the service got it', async () => {
  // Jobs that finish at once: a running job, which any start request gets back, cannot stand
  // in for the idempotency key this is about.
  await emulator.control.setInstance({ projectDurationMs: 0 });
  await emulator.control.faults({ mode: 'latency', ms: ATTEMPT_TIMEOUT_MS + 150, count: 1 });
  const started = await service.startBackup(ADMIN, 'click-once');
  expect(await requestsTo('POST /instance/backups')).toBe(2);
  await emulator.control.clearFaults();
  // The first attempt, late, reaches the service after the client gave up on it: list the jobs
  // only once the emulator has answered both attempts.
  await untilAnswered(emulator, 'POST /instance/backups', 2);
  const jobs = await service.listJobs(10);
  expect(jobs.map((job) => job.id)).toEqual([started.job.id]);
});

it('lets a resolver ask for a shorter budget', async () => {
  const { vault } = await connect(harness(emulator));
  const slowDirectory = harness(emulator, { budgetMs: 8_000 }).directory;
  await emulator.control.resetStats();
  await emulator.control.faults({ mode: 'hang' });
  const { error } = await failureOf(() =>
    slowDirectory.instance('EU', vault, { budgetMs: 600 }).getSummary(),
  );
  expect(isUpstreamError(error, 'UNAVAILABLE')).toBe(true);
  // The 8 s budget would try again after the first 5 s attempt; 600 ms ends inside the first.
  expect(await requestsTo('GET /instance')).toBe(1);
});

it('stops after four attempts against a service that keeps failing, well inside the budget', async () => {
  const { service: patient } = await connect(harness(emulator));
  await emulator.control.resetStats();
  await emulator.control.faults({ mode: 'error500' });
  const { error, elapsedMs } = await failureOf(() => patient.getSummary());
  expect(isUpstreamError(error, 'UNAVAILABLE')).toBe(true);
  expect(await requestsTo('GET /instance')).toBe(4);
  expect(elapsedMs).toBeLessThan(DEFAULT_BUDGET_MS);
});
