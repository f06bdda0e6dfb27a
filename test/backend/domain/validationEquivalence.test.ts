import fc from 'fast-check';
import * as z from 'zod/mini';
import * as replies from '../../../src/adapters/gitprotect/schemas';
import { REGIONS, SCHEDULE_VERSION_PATTERN, WEEKDAYS } from '../../../src/contract';
import {
  type Validation,
  validateConnect,
  validateEmpty,
  validateGetOverview,
  validateSaveSchedule,
  validateUpdateJiraToken,
} from '../../../src/domain/inputs';
import { isValidTimeZone } from '../../../src/domain/schedule';
import type { Checker } from '../../../src/domain/validation';

/**
 * The backend validated with zod/mini until the bundle had to shrink (issue 10). The schemas it
 * used live on here, unchanged, as the oracle: the checkers that replaced them must give the same
 * outcome for every input (accepted or not, the value, the first error's path and message).
 */

// ---- The zod/mini schemas of src/domain/inputs.ts, as they were ----------------------------

const CONTROL_OR_SPACE = /[\s\p{Cc}\p{Cf}]/u;
const MAX_TOKEN_LENGTH = 1024;
const MAX_TOKEN_LIFETIME_DAYS = 366;

const zodEmail = z.pipe(
  z.string({ error: 'Enter the email address of the Jira account the token belongs to.' }).check(
    z.maxLength(254, 'The email address is too long.'),
    z.refine(
      (value) => !CONTROL_OR_SPACE.test(value),
      'The email address contains spaces or control characters.',
    ),
  ),
  z.email('Enter a valid email address.'),
);

const zodToken = z.string({ error: 'Enter the Jira API token.' }).check(
  z.minLength(1, 'Enter the Jira API token.'),
  z.maxLength(MAX_TOKEN_LENGTH, 'The API token is too long.'),
  z.refine(
    (value) => !CONTROL_OR_SPACE.test(value),
    'The API token contains spaces or control characters.',
  ),
);

function zodExpiresOn(today: Date) {
  return z.string({ error: 'Enter the expiry date as YYYY-MM-DD.' }).check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the expiry date as YYYY-MM-DD.'),
    z.refine(isCalendarDate, 'This date does not exist.'),
    z.refine(
      (value) => value >= isoDay(today),
      'The expiry date is in the past: create a new token.',
    ),
    z.refine(
      (value) => value <= isoDay(addDays(today, MAX_TOKEN_LIFETIME_DAYS)),
      'Jira API tokens expire within a year: check the date.',
    ),
  );
}

const HOUR_MESSAGE = 'The hour is a whole number from 0 to 23.';

const zodSaveSchedule = z.strictObject({
  days: z
    .array(z.enum(WEEKDAYS, { error: 'Days are MON, TUE, WED, THU, FRI, SAT or SUN.' }), {
      error: 'Choose the days of the week.',
    })
    .check(
      z.minLength(1, 'Choose at least one day.'),
      z.maxLength(WEEKDAYS.length, 'Choose each day at most once.'),
      z.refine((days) => new Set(days).size === days.length, 'Choose each day at most once.'),
    ),
  hour: z
    .number({ error: HOUR_MESSAGE })
    .check(z.int(HOUR_MESSAGE), z.minimum(0, HOUR_MESSAGE), z.maximum(23, HOUR_MESSAGE)),
  timezone: z
    .string({ error: 'Choose a time zone.' })
    .check(
      z.refine(
        isValidTimeZone,
        'Choose a time zone from the list (an IANA name such as Europe/Warsaw).',
      ),
    ),
  // Issue 11: the contract's ScheduleVersion charset replaced the bare 1..128 length.
  version: z
    .string({ error: 'The schedule version is missing.' })
    .check(
      z.regex(
        SCHEDULE_VERSION_PATTERN,
        'The schedule version is not one GitProtect issued. Reload the page and save again.',
      ),
    ),
});

const zodTokenPayload = (today: Date) =>
  z.strictObject({ email: zodEmail, token: zodToken, expiresOn: z.optional(zodExpiresOn(today)) });

const zodConnect = (today: Date) =>
  z.strictObject({
    region: z.enum(REGIONS, { error: 'Choose a region: EU, US or AU.' }),
    email: zodEmail,
    token: zodToken,
    expiresOn: z.optional(zodExpiresOn(today)),
  });

function zodCheck<T>(schema: z.ZodMiniType<T>, payload: unknown): Validation<T> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, field: 'payload', message: 'The request must be an object.' };
  }
  const result = schema.safeParse(payload);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  if (!issue) return { ok: false, field: 'payload', message: 'The request is not valid.' };
  if (issue.code === 'unrecognized_keys') {
    const key = String(issue.keys[0] ?? 'payload').slice(0, 64);
    return { ok: false, field: key, message: `Unknown field "${key}".` };
  }
  const field = issue.path.length > 0 ? String(issue.path[0]) : 'payload';
  return { ok: false, field, message: issue.message };
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

// ---- The zod/mini schemas of src/adapters/gitprotect/schemas.ts, as they were ---------------
// Issue 22 held the replies to every bound of the contract (maxLength, the JobId pattern, days
// once each, a job that does not end before it starts): the oracle says the same.

const instant = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const count = z.number().check(z.int(), z.minimum(0));
const jobId = z.string().check(z.regex(/^(?!\.{1,2}$)[A-Za-z0-9._~-]{1,128}$/));

const zodErrorReply = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
const zodSessionReply = z.object({
  accessToken: text(1024),
  refreshToken: text(1024),
  accessTokenExpiresAt: instant,
});
const zodRegistrationReply = z.object({
  instance: z.object({ id: text(128), managementHost: text(253) }),
  session: zodSessionReply,
});
const zodTrigger = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('SCHEDULE') }),
  z.object({ kind: z.literal('ADMIN'), accountId: text(128), displayName: text(255) }),
]);
const zodJob = z
  .object({
    id: jobId,
    outcome: z.enum([
      'RUNNING',
      'SUCCEEDED',
      'SUCCEEDED_WITH_WARNINGS',
      'FAILED',
      'CANCELED',
      'NOT_STARTED',
    ]),
    startedAt: instant,
    finishedAt: z.nullable(instant),
    projectsTotal: count,
    projectsSucceeded: count,
    projectsFailed: count,
    trigger: zodTrigger,
  })
  .check(
    z.refine(
      (job) => job.finishedAt === null || Date.parse(job.finishedAt) >= Date.parse(job.startedAt),
    ),
  );
const zodSummaryReply = z.object({
  id: text(128),
  serviceRegion: z.enum(REGIONS),
  storageRegion: text(64),
  storageProvider: text(128),
  securedProjects: count,
  visibleProjects: count,
  protectedProjects: count,
  credentials: z.object({ status: z.enum(['VALID', 'REJECTED']), checkedAt: instant }),
  lastJob: z.nullable(zodJob),
  runningJob: z.nullable(zodJob),
  nextBackupAt: z.nullable(instant),
});
const zodSchedule = z.object({
  days: z.array(z.enum(WEEKDAYS)).check(
    z.minLength(1),
    z.maxLength(7),
    z.refine((days) => new Set(days).size === days.length),
  ),
  hour: z.number().check(z.int(), z.minimum(0), z.maximum(23)),
  timezone: text(64),
});
const zodStoredScheduleReply = z.object({ version: text(128), schedule: z.nullable(zodSchedule) });
const zodConfiguredScheduleReply = z.object({ version: text(128), schedule: zodSchedule });
const zodVersionMismatchReply = z.object({ current: zodStoredScheduleReply });
const zodStartedJobReply = z.object({ job: zodJob, created: z.boolean() });
const zodJobListReply = z.object({ jobs: z.array(zodJob) });
const zodSsoReply = z.object({ url: z.url({ protocol: /^https$/ }), expiresAt: instant });

// ---- Generators: valid values, near misses field by field, and anything at all ---------------

const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];
const ZONES = ['UTC', 'Europe/Warsaw', 'America/New_York', 'Pacific/Apia', 'Asia/Kolkata'];
const HUGE = 'x'.repeat(600_000);

/** Values on the edge of some rule: types, bounds, formats, prototype names. */
const edgy = fc.constantFrom<unknown>(
  '',
  ' ',
  'MON',
  'mon',
  'EU',
  'ADMIN',
  0,
  -0,
  -1,
  24,
  2.5,
  1e21,
  -1e21,
  2 ** 53,
  NaN,
  Infinity,
  null,
  undefined,
  true,
  [],
  {},
  ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN', 'MON'],
  Array.from({ length: 10_000 }, () => 'MON'),
  '2026-11-26',
  '2026-11-26T00:00:00Z',
  'https://eu.app.gitprotect.io/sso/x',
  'admin@example.com',
  HUGE,
  ...PROTO_KEYS,
);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  edgy,
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
  fc.anything({
    maxDepth: 2,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
    withBigInt: true,
  }),
);

const extraKey = fc.oneof(
  fc.constantFrom(...PROTO_KEYS, 'extra', '0', 'kind', 'x'.repeat(100)),
  fc.string({ maxLength: 20 }),
);

/** A field's valid values, and its near misses mixed with them (mostly valid). */
interface Field {
  valid: fc.Arbitrary<unknown>;
  near: fc.Arbitrary<unknown>;
  /** Half valid, half wrong: for checking one field's rules on their own. */
  edge: fc.Arbitrary<unknown>;
}

const ABSENT = Symbol('absent');

function field(valid: fc.Arbitrary<unknown>, ...misses: fc.Arbitrary<unknown>[]): Field {
  return {
    valid,
    near: fc.oneof(
      { arbitrary: valid, weight: 4 },
      { arbitrary: fc.oneof(...misses, edgy, fc.constant(ABSENT)), weight: 1 },
    ),
    edge: fc.oneof(valid, ...misses),
  };
}

function objectOf(fields: Record<string, Field>, kind: 'valid' | 'near'): fc.Arbitrary<unknown> {
  const entries = Object.entries(fields);
  return fc.tuple(...entries.map(([, f]) => f[kind])).map((values) => {
    const value: Record<string, unknown> = {};
    entries.forEach(([key], i) => {
      if (values[i] !== ABSENT) define(value, key, values[i]);
    });
    return value;
  });
}

/**
 * A near miss of a whole reply: every field valid but one, which takes its near form (valid or
 * not). With every field near at once, a reply of a dozen fields would almost never pass, and
 * the mix of accepted and refused replies would rest on chance.
 */
function nearMissOf(fields: Record<string, Field>): fc.Arbitrary<unknown> {
  const keys = Object.keys(fields);
  return fc.tuple(objectOf(fields, 'valid'), fc.constantFrom(...keys)).chain(([valid, key]) =>
    fields[key]!.near.map((near) => {
      const value = { ...(valid as Record<string, unknown>) };
      delete value[key];
      if (near !== ABSENT) define(value, key, near);
      return value;
    }),
  );
}

/** Sets an own key, `__proto__` too (assignment would set the prototype instead). */
function define(target: object, key: string, value: unknown) {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
}

/** An object field whose valid and near-miss forms are built from its own fields. */
function nested(fields: Record<string, Field>): Field {
  return field(objectOf(fields, 'valid'), objectOf(fields, 'near'));
}

function nullableField(inner: Field): Field {
  return {
    valid: fc.option(inner.valid, { nil: null }),
    near: fc.option(inner.near, { nil: null }),
    edge: fc.option(inner.edge, { nil: null }),
  };
}

type Json = unknown;
type Step = { at: number; action: 'replace' | 'remove' | 'add'; key: string; value: unknown };

const step: fc.Arbitrary<Step> = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('replace', 'replace', 'remove', 'add'),
  key: extraKey,
  value: anyValue,
});

/** Every key of every plain object and array in a tree, with its container. */
function placesOf(value: Json, places: Array<[object, string | number]> = []) {
  // Not instanceof: jest's realm and Node's make different Objects and Arrays.
  if (Array.isArray(value) || Object.prototype.toString.call(value) === '[object Object]') {
    const container = value as Record<string, Json>;
    for (const key of Object.keys(container)) {
      places.push([container, Array.isArray(container) ? Number(key) : key]);
      placesOf(container[key], places);
    }
  }
  return places;
}

/** Copies a value and breaks it in one to three places, at any depth. */
function mutated(valid: fc.Arbitrary<Json>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.array(step, { minLength: 1, maxLength: 3 })).map(([value, steps]) => {
    const copy = JSON.parse(JSON.stringify(value)) as Json;
    // Places in the copy only: a replacement may be a shared constant, never to be changed.
    const places = placesOf(copy);
    for (const { at, action, key, value: replacement } of steps) {
      const place = places[at % Math.max(1, places.length)];
      if (!place) continue;
      const [container, slot] = place;
      if (action === 'remove' && !Array.isArray(container)) {
        delete (container as Record<string | number, unknown>)[slot];
      } else if (action === 'add' && !Array.isArray(container)) {
        define(container, key, replacement);
      } else {
        (container as Record<string | number, unknown>)[slot] = replacement;
      }
    }
    return copy;
  });
}

/**
 * Sent as Forge sends it: JSON text, here with a prototype key half the time (first or last),
 * which JSON.parse makes an own key.
 */
function wire(payloads: fc.Arbitrary<Json>): fc.Arbitrary<unknown> {
  const protoKey = fc.option(
    fc.tuple(fc.constantFrom(...PROTO_KEYS), fc.jsonValue(), fc.boolean()),
  );
  return fc.tuple(payloads, protoKey).map(([value, proto]) => {
    const text = JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
    if (proto === null) return JSON.parse(text) as unknown;
    const [key, extra, first] = proto;
    const fields = text.slice(1, -1);
    const added = `${JSON.stringify(key)}:${JSON.stringify(extra)}`;
    const all = fields === '' ? added : first ? `${added},${fields}` : `${fields},${added}`;
    return JSON.parse(`{${all}}`) as unknown;
  });
}

/** One character replaced, inserted or removed. */
function typo(valid: fc.Arbitrary<string>, chars: string): fc.Arbitrary<string> {
  return fc
    .tuple(valid, fc.nat(), fc.constantFrom(...chars.split('')), fc.constantFrom(0, 1))
    .map(([value, at, char, keep]) => {
      const i = at % (value.length + 1);
      return value.slice(0, i) + char + value.slice(i + keep);
    });
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** The end of February in any year: which years are leap years is easy to get wrong. */
const leapDay = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(1900, 2000, 2004, 2100, 2400)),
    fc.constantFrom(28, 29, 30),
  )
  .map(([year, day]) => `${pad(year, 4)}-02-${day}`);

// ---- Payload generators ----------------------------------------------------------------------

const weekday = fc.constantFrom(...WEEKDAYS);
const daysField = field(
  fc.shuffledSubarray([...WEEKDAYS], { minLength: 1 }),
  fc.array(fc.oneof(weekday, fc.constantFrom('mon', 'MONDAY', '', 7, null)), { maxLength: 12 }),
  fc.array(weekday, { maxLength: 12 }),
);
const hourField = field(
  fc.integer({ min: 0, max: 23 }),
  fc.integer({ min: -3, max: 30 }),
  fc.constantFrom(2.5, -0.5, 23.0001, 1e21, -(2 ** 53), '2', '02'),
  fc.double(),
);
const zoneField = field(
  fc.oneof(
    fc.constantFrom(...ZONES),
    fc.constantFrom(...ZONES).map((zone) => zone.toLowerCase()),
    fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
  ),
  fc.constantFrom('Mars/Phobos', 'UTC+25', '+02:00', 'Europe/Warsaw\n', ' UTC', 'x'.repeat(65)),
  typo(fc.constantFrom(...ZONES), '/_ -+x'),
  fc.string({ maxLength: 20 }),
);
const versionField = field(
  fc.stringMatching(SCHEDULE_VERSION_PATTERN),
  fc.constantFrom('', 'v'.repeat(129), HUGE, '*', 'v1\r\nX: 1', 'wersją', '"v1"', 'v 1'),
  fc.string({ minLength: 120, maxLength: 140 }),
);
const emailField = field(
  fc.oneof(fc.emailAddress(), fc.constantFrom('admin@example.com', "o'neil@x.co")),
  typo(fc.constantFrom('admin@example.com', 'a.b@x.io'), ' \n\r\t\u0000\u200b\u2028@.-_\'+"'),
  fc.constantFrom('admin', 'admin@', '@example.com', `${'a'.repeat(250)}@example.com`),
  fc.integer({ min: 238, max: 246 }).map((n) => `${'a'.repeat(n)}@example.com`),
  fc.string({ maxLength: 30 }),
);
const tokenField = field(
  fc.string({
    unit: fc.constantFrom(...'ATabcxyz0123456789_-=+/'.split('')),
    minLength: 1,
    maxLength: 1024,
  }),
  typo(fc.constant('ATATT3xFfGF0abcdef'), ' \n\r\t\u0000\u001b\u200b\u2028x'),
  fc.constantFrom('', 'x'.repeat(1025), HUGE),
  fc.string({ minLength: 1020, maxLength: 1030 }),
);
const expiresField = (today: Date) =>
  field(
    fc
      .integer({ min: 0, max: MAX_TOKEN_LIFETIME_DAYS })
      .map((days) => isoDay(addDays(today, days))),
    fc.integer({ min: -400, max: 800 }).map((days) => isoDay(addDays(today, days))),
    fc
      .tuple(
        fc.integer({ min: 1999, max: 2101 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
    typo(fc.constant(isoDay(addDays(today, 30))), '0189-/T '),
    leapDay,
    fc.constant(undefined),
  );
const regionField = field(
  fc.constantFrom(...REGIONS),
  fc.constantFrom('eu', 'EUROPE', 'us-east-1', ''),
);

const scheduleFields = {
  days: daysField,
  hour: hourField,
  timezone: zoneField,
  version: versionField,
};
const tokenFields = (today: Date) => ({
  email: emailField,
  token: tokenField,
  expiresOn: expiresField(today),
});
const connectFields = (today: Date) => ({ region: regionField, ...tokenFields(today) });

/** Near misses of a strict object sometimes also carry a key it does not declare. */
function nearPayload(fields: Record<string, Field>): fc.Arbitrary<unknown> {
  return fc
    .tuple(objectOf(fields, 'near'), fc.option(fc.tuple(extraKey, anyValue), { freq: 3 }))
    .map(([value, extra]) => {
      if (extra === null) return value;
      define(value as object, extra[0], extra[1]);
      return value;
    });
}

const todayArb = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});

type Kind = 'valid' | 'near misses' | 'mutated' | 'over the wire' | 'anything';
const KINDS: Kind[] = ['valid', 'near misses', 'mutated', 'over the wire', 'anything'];

function payloads(fields: Record<string, Field>, kind: Kind): fc.Arbitrary<unknown> {
  const valid = objectOf(fields, 'valid');
  switch (kind) {
    case 'valid':
      return valid;
    case 'near misses':
      return nearPayload(fields);
    case 'mutated':
      return mutated(valid);
    case 'over the wire':
      return wire(fc.oneof(valid, nearPayload(fields)));
    case 'anything':
      return anyValue;
  }
}

// ---- Comparing outcomes -----------------------------------------------------------------------

const RUNS = { numRuns: 300 };
let cases = 0;
afterAll(() => console.log(`Validation equivalence: ${cases} inputs, each checked by both`));

/** Counts both outcomes, so a generator that only ever passes or fails is noticed. */
class Tally {
  accepted = 0;
  refused = 0;

  record(ok: boolean) {
    cases += 1;
    if (ok) this.accepted += 1;
    else this.refused += 1;
  }

  expectMix(kind: Kind) {
    // Arbitrary and mutated inputs pass only by chance (a mutation that happens to give another
    // valid value): in 300 runs that can be none, so only the kinds built to pass must pass.
    if (kind !== 'anything' && kind !== 'mutated') expect(this.accepted).toBeGreaterThan(0);
    if (kind !== 'valid') expect(this.refused).toBeGreaterThan(0);
  }
}

function sameVerdict<T>(
  tally: Tally,
  ours: (payload: unknown) => Validation<T>,
  oracle: (payload: unknown) => Validation<T>,
  payload: unknown,
) {
  const verdict = ours(payload);
  tally.record(verdict.ok);
  expect(verdict).toStrictEqual(oracle(payload));
}

/** A payload whose rules depend on the day (a token's expiry): ours and the oracle agree on any day. */
function expectSameVerdictOnAnyDay<T>(
  kind: Kind,
  fields: (today: Date) => Record<string, Field>,
  ours: (payload: unknown, today: Date) => Validation<T>,
  oracle: (today: Date) => z.ZodMiniType<T>,
): void {
  const tally = new Tally();
  fc.assert(
    fc.property(
      todayArb.chain((today) => fc.tuple(fc.constant(today), payloads(fields(today), kind))),
      ([today, payload]) =>
        sameVerdict(
          tally,
          (p) => ours(p, today),
          (p) => zodCheck(oracle(today), p),
          payload,
        ),
    ),
    RUNS,
  );
  tally.expectMix(kind);
}

describe('payload validation gives what zod gave', () => {
  it.each(KINDS)('saveSchedule: %s', (kind) => {
    const tally = new Tally();
    fc.assert(
      fc.property(payloads(scheduleFields, kind), (payload) =>
        sameVerdict(tally, validateSaveSchedule, (p) => zodCheck(zodSaveSchedule, p), payload),
      ),
      RUNS,
    );
    tally.expectMix(kind);
  });

  it.each(KINDS)('updateJiraToken, on any day: %s', (kind) => {
    expectSameVerdictOnAnyDay(kind, tokenFields, validateUpdateJiraToken, zodTokenPayload);
  });

  it.each(KINDS)('connect, on any day: %s', (kind) => {
    expectSameVerdictOnAnyDay(kind, connectFields, validateConnect, zodConnect);
  });

  it.each(KINDS)('getOverview: %s', (kind) => {
    const tally = new Tally();
    const zodOverview = z.strictObject({
      idle: z.optional(z.literal(true, 'idle is true or left out.')),
    });
    const idleField = field(fc.constantFrom(true, ABSENT), fc.constantFrom(false, 'true', 1, null));
    fc.assert(
      fc.property(payloads({ idle: idleField }, kind), (payload) =>
        sameVerdict(tally, validateGetOverview, (p) => zodCheck(zodOverview, p), payload),
      ),
      RUNS,
    );
    tally.expectMix(kind);
  });

  it.each(KINDS)('payload-less resolvers: %s', (kind) => {
    const tally = new Tally();
    const zodEmpty = z.strictObject({});
    fc.assert(
      fc.property(payloads({}, kind), (payload) =>
        sameVerdict(tally, validateEmpty, (p) => zodCheck(zodEmpty, p), payload),
      ),
      RUNS,
    );
    if (kind !== 'mutated') tally.expectMix(kind); // {} has no place to break.
  });
});

// ---- Reply generators ---------------------------------------------------------------------------

const textField = field(
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.constantFrom(''),
  fc.integer(),
);
const countField = field(
  fc.oneof(fc.nat(), fc.constantFrom(0, Number.MAX_SAFE_INTEGER)),
  fc.constantFrom(-1, 1.5, 2 ** 53, 1e21, '3', -0),
  fc.double(),
);
const validInstant = fc
  .tuple(
    fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
    fc.constantFrom('', '.5', '.123', '.123456789'),
    fc.constantFrom('Z', '+00:00', '+02:00', '-05:30', '+23:59'),
  )
  .map(([date, fraction, zone]) => `${date.toISOString().slice(0, 19)}${fraction}${zone}`);
/** Mostly in range, sometimes just past either end. */
const part = (min: number, max: number, ...outside: number[]) =>
  fc.oneof(
    { arbitrary: fc.integer({ min, max }), weight: 6 },
    { arbitrary: fc.constantFrom(min - 1, max + 1, ...outside), weight: 1 },
  );
/** Date and time parts, each mostly in range and now and then just outside it. */
const instantParts = fc
  .tuple(
    part(0, 9999, 1900, 2000, 2024, 2100),
    part(1, 12),
    part(1, 28, 29, 30, 31),
    part(0, 23),
    part(0, 59),
    part(0, 59),
    fc.constantFrom('', '', '.', '.0', '.123456789', ',5'),
    fc.constantFrom('Z', 'Z', '+00:00', '-23:59', 'z', '', '+24:00', '+02:60', '+0200', '+02'),
  )
  .map(
    ([y, mo, d, h, mi, s, fraction, zone]) =>
      `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}${fraction}${zone}`,
  );
const instantField = field(
  validInstant,
  instantParts,
  leapDay.map((date) => `${date}T12:00:00Z`),
  typo(validInstant, '0129:T Z-+.t'),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 16) + 'Z'),
);
const triggerField = field(
  fc.oneof(
    fc.constant({ kind: 'SCHEDULE' }),
    objectOf(
      { kind: field(fc.constant('ADMIN')), accountId: textField, displayName: textField },
      'valid',
    ),
  ),
  objectOf(
    {
      kind: field(fc.constantFrom('ADMIN', 'SCHEDULE'), fc.constantFrom('admin', '', 'OTHER', 1)),
      accountId: textField,
      displayName: textField,
    },
    'near',
  ),
);
const jobFields = {
  id: textField,
  outcome: field(
    fc.constantFrom(
      'RUNNING',
      'SUCCEEDED',
      'SUCCEEDED_WITH_WARNINGS',
      'FAILED',
      'CANCELED',
      'NOT_STARTED',
    ),
    fc.constantFrom('running', 'UNKNOWN', ''),
  ),
  startedAt: instantField,
  finishedAt: nullableField(instantField),
  projectsTotal: countField,
  projectsSucceeded: countField,
  projectsFailed: countField,
  trigger: triggerField,
};
const jobField = nested(jobFields);
const sessionFields = {
  accessToken: textField,
  refreshToken: textField,
  accessTokenExpiresAt: instantField,
};
const scheduleReplyField = nested({
  days: field(fc.array(weekday, { minLength: 1, maxLength: 9 }), daysField.near),
  hour: hourField,
  timezone: textField,
});
const storedFields = { version: textField, schedule: nullableField(scheduleReplyField) };
const validUrl = fc.webUrl({
  validSchemes: ['https'],
  withQueryParameters: true,
  withFragments: true,
});
const urlField = field(
  validUrl,
  fc
    .tuple(validUrl, fc.constantFrom(' ', '\t', '\n', '\r\n', '\u00a0'))
    .map(([url, p]) => `${p}${url}${p}`),
  typo(validUrl, '\t\n\r :/@x'),
  fc.webUrl({ validSchemes: ['http', 'ftp'] }),
  fc.constantFrom('https:eu.app.gitprotect.io', 'https://', 'HTTPS://X.IO', 'javascript:alert(1)'),
);
/** Fields a newer service may add: dropped, never refused. */
const extras = {
  extra: field(fc.constant(ABSENT), anyValue),
  ['__proto__']: field(fc.constant(ABSENT), anyValue),
};

const REPLIES: Array<[string, Checker<unknown>, z.ZodMiniType, Record<string, Field>]> = [
  [
    'error',
    replies.errorReply,
    zodErrorReply,
    { error: nested({ code: field(fc.string(), fc.integer()), message: field(fc.string()) }) },
  ],
  ['session', replies.sessionReply, zodSessionReply, sessionFields],
  [
    'registration',
    replies.registrationReply,
    zodRegistrationReply,
    {
      instance: nested({ id: textField, managementHost: textField }),
      session: nested(sessionFields),
    },
  ],
  ['job', replies.job, zodJob, { ...jobFields, ...extras }],
  [
    'summary',
    replies.summaryReply,
    zodSummaryReply,
    {
      id: textField,
      serviceRegion: regionField,
      storageRegion: textField,
      storageProvider: textField,
      securedProjects: countField,
      visibleProjects: countField,
      protectedProjects: countField,
      credentials: nested({
        status: field(fc.constantFrom('VALID', 'REJECTED'), fc.constantFrom('valid', 'EXPIRED')),
        checkedAt: instantField,
      }),
      lastJob: nullableField(jobField),
      runningJob: nullableField(jobField),
      nextBackupAt: nullableField(instantField),
      ...extras,
    },
  ],
  ['stored schedule', replies.storedScheduleReply, zodStoredScheduleReply, storedFields],
  [
    'configured schedule',
    replies.configuredScheduleReply,
    zodConfiguredScheduleReply,
    { version: textField, schedule: scheduleReplyField },
  ],
  [
    'version mismatch',
    replies.versionMismatchReply,
    zodVersionMismatchReply,
    { current: nested(storedFields) },
  ],
  [
    'started job',
    replies.startedJobReply,
    zodStartedJobReply,
    { job: jobField, created: field(fc.boolean(), fc.constantFrom('true', 0, 1)) },
  ],
  [
    'job list',
    replies.jobListReply,
    zodJobListReply,
    {
      jobs: field(
        fc.array(jobField.valid, { maxLength: 4 }),
        fc.array(jobField.near, { maxLength: 4 }),
      ),
    },
  ],
  ['sso link', replies.ssoReply, zodSsoReply, { url: urlField, expiresAt: instantField }],
];

function outcomeOf(checker: Checker<unknown>, input: unknown) {
  const result = checker(input);
  return result.ok
    ? { ok: true, value: result.value }
    : { ok: false, path: result.issue.path, message: result.issue.message };
}

function zodOutcomeOf(schema: z.ZodMiniType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const [issue] = result.error.issues;
  return { ok: false, path: issue?.path, message: issue?.message };
}

describe.each(REPLIES)('the %s reply gives what zod gave', (_, checker, schema, fields) => {
  it.each(KINDS.filter((kind) => kind !== 'over the wire'))('%s', (kind) => {
    const tally = new Tally();
    const replyArb = kind === 'near misses' ? nearMissOf(fields) : payloads(fields, kind);
    fc.assert(
      fc.property(replyArb, (reply) => {
        const ours = outcomeOf(checker, reply);
        tally.record(ours.ok);
        expect(ours).toStrictEqual(zodOutcomeOf(schema, reply));
      }),
      RUNS,
    );
    tally.expectMix(kind);
  });
});

/**
 * Formats on their own, with many more tries: inside a whole reply a near miss of one field is
 * rare, and the edges of a format (hour 24, a leap day, an empty fraction) rarer still.
 */
describe('each format gives what zod gave', () => {
  const FORMAT_RUNS = { numRuns: 3_000 };

  function agree(
    arb: fc.Arbitrary<unknown>,
    ours: (v: unknown) => unknown,
    oracle: (v: unknown) => unknown,
  ) {
    const tally = new Tally();
    fc.assert(
      fc.property(arb, (value) => {
        const outcome = ours(value) as { ok: boolean };
        tally.record(outcome.ok);
        expect(outcome).toStrictEqual(oracle(value));
      }),
      FORMAT_RUNS,
    );
    tally.expectMix('near misses');
  }

  it('date and time instants', () => {
    const session = (instant: unknown) => ({
      accessToken: 'a',
      refreshToken: 'r',
      accessTokenExpiresAt: instant,
    });
    agree(
      instantField.edge,
      (v) => outcomeOf(replies.sessionReply, session(v)),
      (v) => zodOutcomeOf(zodSessionReply, session(v)),
    );
  });

  it('https links', () => {
    const link = (url: unknown) => ({ url, expiresAt: '2026-11-26T10:00:00Z' });
    agree(
      urlField.edge,
      (v) => outcomeOf(replies.ssoReply, link(v)),
      (v) => zodOutcomeOf(zodSsoReply, link(v)),
    );
  });

  it('whole numbers', () => {
    const schedule = (hour: unknown) => ({ days: ['MON'], hour, timezone: 'UTC' });
    agree(
      hourField.edge,
      (v) => outcomeOf(replies.schedule, schedule(v)),
      (v) => zodOutcomeOf(zodSchedule, schedule(v)),
    );
  });

  const today = new Date('2026-11-26T10:00:00Z');
  const tokenWith = (fields: Record<string, unknown>) => ({
    email: 'admin@example.com',
    token: 'ATATT3xFfGF0abcdefghijklmn',
    ...fields,
  });

  it.each<[string, Field, string]>([
    ['email addresses', emailField, 'email'],
    ['API tokens', tokenField, 'token'],
    ['expiry dates', expiresField(today), 'expiresOn'],
  ])('%s', (_, f, key) => {
    agree(
      f.edge,
      (v) => validateUpdateJiraToken(tokenWith({ [key]: v }), today),
      (v) => zodCheck(zodTokenPayload(today), tokenWith({ [key]: v })),
    );
  });

  it.each<[string, Field, string]>([
    ['days', daysField, 'days'],
    ['time zones', zoneField, 'timezone'],
    ['schedule versions', versionField, 'version'],
  ])('%s', (_, f, key) => {
    const payload = (v: unknown) => ({
      days: ['MON'],
      hour: 2,
      timezone: 'UTC',
      version: 'v1',
      [key]: v,
    });
    agree(
      f.edge,
      (v) => validateSaveSchedule(payload(v)),
      (v) => zodCheck(zodSaveSchedule, payload(v)),
    );
  });
});
