import fc from 'fast-check';
import type { FunctionKey } from '../../../src/contract';
import {
  ADMIN_EMAIL,
  JIRA_TOKEN,
  isoDay,
  startTestApp,
  type Acting,
  type TestApp,
} from '../../support/app';
import { connectedOverview } from '../support/siteAdmin';

/**
 * Any Jira user can call any resolver with any payload. Every hostile payload must get
 * INVALID_INPUT naming the field, reach nothing upstream, and leave storage byte-for-byte alone.
 */

const HUGE = 'x'.repeat(600_000);
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'];
const tried: Record<string, number> = {};

let app: TestApp;
let version: string;
let today: Date;

beforeAll(async () => {
  app = await startTestApp();
  await app.emulator.control.seedHistory();
  const overview = await connectedOverview(app);
  version = overview.scheduleVersion;
  today = app.emulator.clock.now();
  await app.emulator.control.resetStats();
});
afterAll(async () => {
  await app.close();
  console.log(`Hostile inputs tried per resolver: ${JSON.stringify(tried)}`);
});

function storedState() {
  return `${app.store.plainDump()}\n${app.store.secretDump()}`;
}

/** Sends the payload as Forge would (JSON on the wire) and checks the refusal. */
async function expectRefused(
  key: FunctionKey,
  payload: unknown,
  field: string,
  as: Acting = 'admin',
) {
  tried[key] = (tried[key] ?? 0) + 1;
  const before = storedState();
  const wire = payload === undefined ? undefined : (JSON.parse(JSON.stringify(payload)) as unknown);
  const result = await app.invoke(as, key, wire);
  expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field } });
  expect(storedState()).toBe(before);
}

const goodSchedule = () => ({ days: ['MON', 'THU'], hour: 2, timezone: 'Europe/Warsaw', version });
const goodToken = () => ({ email: ADMIN_EMAIL, token: JIRA_TOKEN, expiresOn: isoDay(today, 30) });
const goodConnect = () => ({ region: 'EU', ...goodToken() });

const notString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);
const anyValue = fc.oneof(notString, fc.string());

/** `getOverview`'s idle flag is true or absent: anything else, `false` and "true" included. */
const badIdle = anyValue.filter((value) => value !== true);
const badJobId = fc.oneof(
  notString,
  fc.constantFrom('', '../instance', 'job 1', 'job_1?x=1', 'j'.repeat(129), HUGE),
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/^[A-Za-z0-9._~-]+$/.test(s)),
);
const badCursor = fc.oneof(
  notString,
  fc.constantFrom('', 'a b', 'at.1&limit=100', 'c'.repeat(257), HUGE),
  fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !/^[A-Za-z0-9._~-]+$/.test(s)),
);
const badPageSize = (max: number) =>
  fc.oneof(
    fc.integer({ min: max + 1 }),
    fc.integer({ max: 0 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
    fc.constantFrom('10', null, true, [], {}, 1e21),
  );
const badStartAt = fc.oneof(
  fc.integer({ max: -1 }),
  fc.integer({ min: 1_000_001 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  fc.constantFrom('0', null, true, [], {}),
);
const DESTINATION_KINDS = ['HOME', 'JOB_LOGS', 'RESTORE_PROJECT', 'NOTIFICATION_SETTINGS'];
const badDestination = fc.oneof(
  notString,
  fc.constantFrom(...DESTINATION_KINDS),
  fc.record({ kind: fc.string().filter((kind) => !DESTINATION_KINDS.includes(kind)) }),
  fc.constantFrom(
    { kind: 'JOB_LOGS' },
    { kind: 'RESTORE_PROJECT' },
    { kind: 'RESTORE_PROJECT', projectKey: 'web' },
    { kind: 'RESTORE_PROJECT', projectKey: 'WEB', jobId: 'job_1' },
    { kind: 'HOME', url: 'https://evil.example/' },
    { kind: 'NOTIFICATION_SETTINGS', jobId: 'job_1' },
    { kind: 'constructor' },
    { kind: '__proto__' },
  ),
  badJobId.map((jobId) => ({ kind: 'JOB_LOGS', jobId })),
);

const badDays = fc.oneof(
  notString.filter((value) => !Array.isArray(value)),
  fc.constant([]),
  fc.array(
    fc.string().filter((s) => !['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].includes(s)),
    { minLength: 1, maxLength: 4 },
  ),
  fc.constantFrom(
    ['MONDAY'],
    ['mon'],
    ['Mon'],
    ['MON', 'MON'],
    ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN', 'MON'],
  ),
  fc.array(fc.constantFrom('MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'), {
    minLength: 8,
    maxLength: 20,
  }),
  fc.constant(Array.from({ length: 100_000 }, () => 'MON')),
);
const badHour = fc.oneof(
  fc.integer({ min: 24 }),
  fc.integer({ max: -1 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Number.isInteger(n)),
  fc.constantFrom(-1, 24, 2.5, '2', '02', null, true, [], {}, 1e21),
  fc.string(),
);
const badZone = fc.oneof(
  notString,
  fc.constantFrom(
    'Mars/Phobos',
    'UTC+25',
    '',
    '+02:00',
    'Europe/Warsaw\n',
    ' Europe/Warsaw',
    'x'.repeat(10_240),
    HUGE,
  ),
  fc.string({ minLength: 1, maxLength: 40 }).map((s) => `Mars/${s}`),
);
const badVersion = fc.oneof(notString, fc.constantFrom('', 'v'.repeat(129), HUGE));
const withControl = (base: string) =>
  fc
    .tuple(
      fc.nat({ max: base.length }),
      fc.constantFrom('\n', '\r', '\t', '\u0000', '\u001b', ' ', '\u2028', '\u200b'),
    )
    .map(([at, char]) => base.slice(0, at) + char + base.slice(at));
const badEmail = fc.oneof(
  notString,
  fc.constantFrom(
    '',
    'admin',
    'admin@',
    '@example.com',
    'a b@example.com',
    `${'a'.repeat(250)}@example.com`,
    HUGE,
  ),
  withControl(ADMIN_EMAIL),
);
const badToken = fc.oneof(
  notString,
  fc.constantFrom('', 'x'.repeat(1025), HUGE),
  withControl(JIRA_TOKEN),
);
const badExpiry = fc.oneof(
  notString,
  fc.constantFrom(
    '2026-02-30',
    '2027-13-01',
    '2027-00-10',
    '26/11/2026',
    '2026-11-26T00:00:00Z',
    '',
    'tomorrow',
    '1999-01-01',
    '2999-01-01',
    HUGE,
  ),
  fc
    .date({ min: new Date('1970-01-01'), max: new Date('2026-11-01'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
);
const badRegion = fc.oneof(
  notString,
  fc.string().filter((s) => !['EU', 'US', 'AU'].includes(s)),
  fc.constantFrom('eu', 'EUROPE', 'us-east-1'),
);
const extraKey = fc.oneof(
  fc.constantFrom(...PROTO_KEYS, 'accountId', 'isAdmin', 'context', 'token\n'),
  fc.string({ minLength: 1, maxLength: 30 }),
);

/** A payload with one field replaced, removed, or one key added. */
function withField(base: Record<string, unknown>, field: string, value: unknown): unknown {
  return JSON.parse(JSON.stringify({ ...base, [field]: value }));
}
function without(base: Record<string, unknown>, field: string): unknown {
  const copy: Record<string, unknown> = { ...base };
  delete copy[field];
  return copy;
}
function withExtra(base: Record<string, unknown>, key: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const RUNS = { numRuns: 60 };

describe.each<
  [FunctionKey, () => Record<string, unknown>, Record<string, fc.Arbitrary<unknown>>, string[]]
>([
  [
    'saveSchedule',
    goodSchedule,
    { days: badDays, hour: badHour, timezone: badZone, version: badVersion },
    ['days', 'hour', 'timezone', 'version'],
  ],
  [
    'updateJiraToken',
    goodToken,
    { email: badEmail, token: badToken, expiresOn: badExpiry },
    ['email', 'token'],
  ],
  [
    'connect',
    goodConnect,
    { region: badRegion, email: badEmail, token: badToken, expiresOn: badExpiry },
    ['region', 'email', 'token'],
  ],
  ['getOverview', () => ({}), { idle: badIdle }, []],
  ['startBackup', () => ({}), {}, []],
  ['openManagementService', () => ({}), { destination: badDestination }, []],
  ['getCoverage', () => ({}), { startAt: badStartAt, limit: badPageSize(100) }, []],
  [
    'getJob',
    () => ({ jobId: 'job_0123456789abcdef' }),
    {
      jobId: badJobId,
      outcome: fc.oneof(notString, fc.constantFrom('DONE', 'failed', '')),
      cursor: badCursor,
      limit: badPageSize(100),
    },
    ['jobId'],
  ],
  ['listJobs', () => ({}), { cursor: badCursor, limit: badPageSize(50) }, []],
])('%s refuses hostile payloads', (key, good, badFields, required) => {
  for (const [field, arbitrary] of Object.entries(badFields)) {
    it(`with a bad ${field}`, async () => {
      await fc.assert(
        fc.asyncProperty(arbitrary, async (value) =>
          expectRefused(key, withField(good(), field, value), field),
        ),
        RUNS,
      );
    }, 60_000);
  }

  for (const field of required) {
    it(`without ${field}`, async () => {
      await expectRefused(key, without(good(), field), field);
      await expectRefused(key, without(good(), field), field, 'member');
    });
  }

  it('with unknown or prototype keys', async () => {
    await fc.assert(
      fc.asyncProperty(extraKey, anyValue, async (extra, value) => {
        fc.pre(!(extra in good()));
        await expectRefused(key, withExtra(good(), extra, value), extra.slice(0, 64));
      }),
      RUNS,
    );
    for (const proto of PROTO_KEYS) {
      const payload = JSON.parse(
        `{${Object.entries(good())
          .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)},`)
          .join('')}"${proto}":{"isAdmin":true}}`,
      ) as unknown;
      await expectRefused(key, payload, proto);
      await expectRefused(key, payload, proto, 'member');
    }
  }, 60_000);

  it('that are not objects', async () => {
    for (const payload of ['x', 42, true, [1, 2], [goodSchedule()]]) {
      await expectRefused(key, payload, 'payload');
    }
  });
});

it('sent none of the hostile payloads on to the Management Service', async () => {
  expect(await app.emulator.control.stats()).toEqual({ requests: 0, byRoute: {} });
});

describe('hostile payloads never throw past the envelope', () => {
  it('answers every resolver with an envelope, whatever arrives', async () => {
    const keys: FunctionKey[] = [
      'getOverview',
      'saveSchedule',
      'startBackup',
      'openManagementService',
      'updateJiraToken',
      'connect',
      'getCoverage',
      'getJob',
      'listJobs',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...keys),
        fc.anything({ withNullPrototype: false }),
        async (key, payload) => {
          fc.pre(
            payload !== undefined &&
              payload !== null &&
              payload !== '' &&
              payload !== 0 &&
              payload !== false,
          );
          fc.pre(
            typeof payload !== 'object' ||
              payload === null ||
              Object.keys(payload).length > 0 ||
              key === 'getOverview',
          );
          let wire: unknown;
          try {
            wire = JSON.parse(JSON.stringify(payload)) as unknown;
          } catch {
            return;
          }
          if (wire === undefined) return;
          // What arrives is the JSON: `{ a: undefined }` arrives as `{}`, a valid empty payload.
          fc.pre(
            typeof wire !== 'object' ||
              wire === null ||
              Object.keys(wire).length > 0 ||
              key === 'getOverview',
          );
          tried[key] = (tried[key] ?? 0) + 1;
          const before = storedState();
          const result = (await app.invoke('admin', key, wire)) as {
            ok: boolean;
            error?: { code: string };
          };
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error?.code).toBe('INVALID_INPUT');
          if (key !== 'getOverview') expect(storedState()).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
