import fc from 'fast-check';
import { WEEKDAYS, type Schedule, type Weekday } from '../../../src/contract';
import {
  isValidTimeZone,
  longestGapHours,
  nextBackupTimes,
  scheduleAuditDetail,
} from '../../../src/domain/schedule';

const SECOND_MS = 1_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const EVERY_DAY: Weekday[] = [...WEEKDAYS];

function runs(schedule: Schedule, fromIso: string, count: number): string[] {
  return nextBackupTimes(schedule, new Date(fromIso), count).map((run) => run.toISOString());
}

function daily(hour: number, timezone: string): Schedule {
  return { days: EVERY_DAY, hour, timezone };
}

describe('nextBackupTimes at chosen instants', () => {
  it('runs every day at the hour in UTC', () => {
    expect(runs(daily(2, 'UTC'), '2026-05-05T12:00:00Z', 3)).toEqual([
      '2026-05-06T02:00:00.000Z',
      '2026-05-07T02:00:00.000Z',
      '2026-05-08T02:00:00.000Z',
    ]);
  });

  it('runs later the same day when the hour is still ahead', () => {
    expect(runs(daily(23, 'UTC'), '2026-05-05T12:00:00Z', 2)).toEqual([
      '2026-05-05T23:00:00.000Z',
      '2026-05-06T23:00:00.000Z',
    ]);
  });

  it('reads the hour in the schedule zone, not in UTC', () => {
    expect(runs(daily(2, 'Europe/Warsaw'), '2026-05-05T12:00:00Z', 1)).toEqual([
      '2026-05-06T00:00:00.000Z',
    ]);
    expect(runs(daily(2, 'Asia/Tokyo'), '2026-05-05T12:00:00Z', 1)).toEqual([
      '2026-05-05T17:00:00.000Z',
    ]);
  });

  it('runs a weekly schedule once a week', () => {
    const mondays: Schedule = { days: ['MON'], hour: 2, timezone: 'Europe/Warsaw' };
    // Monday 02:30 in Warsaw: this Monday's run has just passed.
    expect(runs(mondays, '2026-05-04T00:30:00Z', 3)).toEqual([
      '2026-05-11T00:00:00.000Z',
      '2026-05-18T00:00:00.000Z',
      '2026-05-25T00:00:00.000Z',
    ]);
  });

  it('runs on each of several days in week order, whatever order they were chosen in', () => {
    const schedule: Schedule = { days: ['FRI', 'MON', 'WED'], hour: 2, timezone: 'Europe/Warsaw' };
    expect(runs(schedule, '2026-05-05T12:00:00Z', 4)).toEqual([
      '2026-05-06T00:00:00.000Z',
      '2026-05-08T00:00:00.000Z',
      '2026-05-11T00:00:00.000Z',
      '2026-05-13T00:00:00.000Z',
    ]);
  });

  it('returns the following run when `from` is exactly a run instant', () => {
    expect(runs(daily(2, 'UTC'), '2026-05-05T02:00:00.000Z', 1)).toEqual([
      '2026-05-06T02:00:00.000Z',
    ]);
    expect(runs(daily(2, 'UTC'), '2026-05-05T01:59:59.999Z', 1)).toEqual([
      '2026-05-05T02:00:00.000Z',
    ]);
  });

  it('crosses the year boundary', () => {
    const fridays: Schedule = { days: ['FRI'], hour: 23, timezone: 'UTC' };
    expect(runs(fridays, '2026-12-30T00:00:00Z', 2)).toEqual([
      '2027-01-01T23:00:00.000Z',
      '2027-01-08T23:00:00.000Z',
    ]);
    // New Year's Day 02:00 in Auckland is still 31 December in UTC.
    expect(runs(daily(2, 'Pacific/Auckland'), '2026-12-31T12:00:00Z', 2)).toEqual([
      '2026-12-31T13:00:00.000Z',
      '2027-01-01T13:00:00.000Z',
    ]);
  });

  it('uses the local weekday in zones a day away from UTC', () => {
    // 2026-03-01 is a Sunday in UTC but already Monday in Kiritimati (+14).
    const kiritimati: Schedule = { days: ['MON'], hour: 2, timezone: 'Pacific/Kiritimati' };
    expect(runs(kiritimati, '2026-03-01T11:00:00Z', 2)).toEqual([
      '2026-03-01T12:00:00.000Z',
      '2026-03-08T12:00:00.000Z',
    ]);
    // Monday 23:00 in Pago Pago (-11) is Tuesday in UTC.
    const pagoPago: Schedule = { days: ['MON'], hour: 23, timezone: 'Pacific/Pago_Pago' };
    expect(runs(pagoPago, '2026-03-02T12:00:00Z', 1)).toEqual(['2026-03-03T10:00:00.000Z']);
  });

  it('lands a Sunday in Pago Pago and a Monday in Kiritimati on the same instant', () => {
    const sunday: Schedule = { days: ['SUN'], hour: 12, timezone: 'Pacific/Pago_Pago' };
    const monday: Schedule = { days: ['MON'], hour: 13, timezone: 'Pacific/Kiritimati' };
    expect(runs(sunday, '2026-03-01T00:00:00Z', 1)).toEqual(['2026-03-01T23:00:00.000Z']);
    expect(runs(monday, '2026-03-01T00:00:00Z', 1)).toEqual(['2026-03-01T23:00:00.000Z']);
  });

  it('returns nothing for a count of 0', () => {
    expect(runs(daily(2, 'UTC'), '2026-05-05T12:00:00Z', 0)).toEqual([]);
  });

  it.each([
    ['no days', { days: [], hour: 2, timezone: 'UTC' }],
    ['an unknown day', { days: ['MON', 'FUNDAY' as Weekday], hour: 2, timezone: 'UTC' }],
    ['an unknown zone', { days: ['MON'], hour: 2, timezone: 'Mars/Phobos' }],
    ['an offset for a zone', { days: ['MON'], hour: 2, timezone: '+02:00' }],
    ['hour 24', { days: ['MON'], hour: 24, timezone: 'UTC' }],
    ['hour -1', { days: ['MON'], hour: -1, timezone: 'UTC' }],
    ['hour 1.5', { days: ['MON'], hour: 1.5, timezone: 'UTC' }],
  ] as [string, Schedule][])('throws a RangeError for %s', (_, schedule) => {
    expect(() => nextBackupTimes(schedule, new Date('2026-05-05T12:00:00Z'), 1)).toThrow(
      RangeError,
    );
    expect(() => nextBackupTimes(schedule, new Date('2026-05-05T12:00:00Z'), 0)).toThrow(
      RangeError,
    );
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'throws a RangeError for count %p',
    (count) => {
      expect(() => nextBackupTimes(daily(2, 'UTC'), new Date(), count)).toThrow(RangeError);
    },
  );

  it('throws a RangeError for an invalid `from`', () => {
    expect(() => nextBackupTimes(daily(2, 'UTC'), new Date('not a date'), 1)).toThrow(RangeError);
  });

  it('does not modify the schedule', () => {
    const schedule: Schedule = { days: ['SUN', 'MON'], hour: 2, timezone: 'UTC' };
    nextBackupTimes(schedule, new Date('2026-05-05T12:00:00Z'), 3);
    expect(schedule).toEqual({ days: ['SUN', 'MON'], hour: 2, timezone: 'UTC' });
  });
});

describe('nextBackupTimes on DST nights', () => {
  // One run on the transition day, then the same hour on the next day for contrast.
  it.each([
    // Warsaw springs forward at 02:00 CET -> 03:00 CEST (01:00Z): 02:00 does not exist.
    [
      'Europe/Warsaw',
      1,
      '2026-03-28T12:00:00Z',
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T23:00:00.000Z',
    ],
    [
      'Europe/Warsaw',
      2,
      '2026-03-28T12:00:00Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:00:00.000Z',
    ],
    [
      'Europe/Warsaw',
      3,
      '2026-03-28T12:00:00Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T01:00:00.000Z',
    ],
    // Warsaw falls back at 03:00 CEST -> 02:00 CET (01:00Z): 02:00 happens twice.
    [
      'Europe/Warsaw',
      1,
      '2026-10-24T12:00:00Z',
      '2026-10-24T23:00:00.000Z',
      '2026-10-26T00:00:00.000Z',
    ],
    [
      'Europe/Warsaw',
      2,
      '2026-10-24T12:00:00Z',
      '2026-10-25T00:00:00.000Z',
      '2026-10-26T01:00:00.000Z',
    ],
    [
      'Europe/Warsaw',
      3,
      '2026-10-24T12:00:00Z',
      '2026-10-25T02:00:00.000Z',
      '2026-10-26T02:00:00.000Z',
    ],
    // New York: 02:00 EST -> 03:00 EDT (07:00Z); 02:00 EDT -> 01:00 EST (06:00Z).
    [
      'America/New_York',
      2,
      '2026-03-07T12:00:00Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-09T06:00:00.000Z',
    ],
    [
      'America/New_York',
      3,
      '2026-03-07T12:00:00Z',
      '2026-03-08T07:00:00.000Z',
      '2026-03-09T07:00:00.000Z',
    ],
    [
      'America/New_York',
      1,
      '2026-10-31T12:00:00Z',
      '2026-11-01T05:00:00.000Z',
      '2026-11-02T06:00:00.000Z',
    ],
    [
      'America/New_York',
      2,
      '2026-10-31T12:00:00Z',
      '2026-11-01T07:00:00.000Z',
      '2026-11-02T07:00:00.000Z',
    ],
    // Sydney falls back in April (03:00 AEDT -> 02:00 AEST) and springs forward in October.
    [
      'Australia/Sydney',
      2,
      '2026-04-04T00:00:00Z',
      '2026-04-04T15:00:00.000Z',
      '2026-04-05T16:00:00.000Z',
    ],
    [
      'Australia/Sydney',
      3,
      '2026-04-04T00:00:00Z',
      '2026-04-04T17:00:00.000Z',
      '2026-04-05T17:00:00.000Z',
    ],
    [
      'Australia/Sydney',
      2,
      '2026-10-03T00:00:00Z',
      '2026-10-03T16:00:00.000Z',
      '2026-10-04T15:00:00.000Z',
    ],
    // Lord Howe shifts by 30 minutes: 02:00 -> 02:30 in October, 02:00 -> 01:30 in April.
    [
      'Australia/Lord_Howe',
      2,
      '2026-10-03T00:00:00Z',
      '2026-10-03T15:30:00.000Z',
      '2026-10-04T15:00:00.000Z',
    ],
    [
      'Australia/Lord_Howe',
      1,
      '2026-04-04T00:00:00Z',
      '2026-04-04T14:00:00.000Z',
      '2026-04-05T14:30:00.000Z',
    ],
    [
      'Australia/Lord_Howe',
      2,
      '2026-04-04T00:00:00Z',
      '2026-04-04T15:30:00.000Z',
      '2026-04-05T15:30:00.000Z',
    ],
    // Troll (Antarctica) jumps two hours, 01:00 -> 03:00: both missing hours run at the jump.
    [
      'Antarctica/Troll',
      1,
      '2026-03-28T12:00:00Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T23:00:00.000Z',
    ],
    [
      'Antarctica/Troll',
      2,
      '2026-03-28T12:00:00Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:00:00.000Z',
    ],
    // Santiago changes at midnight: 00:00 -> 01:00 in September, 00:00 -> 23:00 in April.
    [
      'America/Santiago',
      0,
      '2026-09-05T12:00:00Z',
      '2026-09-06T04:00:00.000Z',
      '2026-09-07T03:00:00.000Z',
    ],
    [
      'America/Santiago',
      23,
      '2026-04-04T12:00:00Z',
      '2026-04-05T02:00:00.000Z',
      '2026-04-06T03:00:00.000Z',
    ],
    [
      'America/Santiago',
      0,
      '2026-04-04T12:00:00Z',
      '2026-04-05T04:00:00.000Z',
      '2026-04-06T04:00:00.000Z',
    ],
    // Tokyo keeps +09:00 all year.
    [
      'Asia/Tokyo',
      2,
      '2026-03-28T12:00:00Z',
      '2026-03-28T17:00:00.000Z',
      '2026-03-29T17:00:00.000Z',
    ],
  ])('%s at %i:00 from %s runs at %s, then %s', (zone, hour, from, first, second) => {
    expect(runs(daily(hour, zone), from, 2)).toEqual([first, second]);
  });

  it('moves a late hour skipped by a gap ending at midnight to the next day (America/Nuuk)', () => {
    // Nuuk (-02) switches with the EU at 01:00Z: Saturday 23:00 jumps to Sunday 00:00 (-01).
    const weekend: Schedule = { days: ['SAT', 'SUN'], hour: 23, timezone: 'America/Nuuk' };
    expect(runs(weekend, '2026-03-27T12:00:00Z', 3)).toEqual([
      '2026-03-29T01:00:00.000Z', // Saturday's run, at Sunday 00:00 local
      '2026-03-30T00:00:00.000Z', // Sunday 23:00 local
      '2026-04-05T00:00:00.000Z',
    ]);
    // In October Saturday 23:00 happens twice; the run is the first, at -01.
    expect(runs(weekend, '2026-10-23T12:00:00Z', 2)).toEqual([
      '2026-10-25T00:00:00.000Z',
      '2026-10-26T01:00:00.000Z',
    ]);
  });

  it('runs once on a fall-back night even when every day is chosen', () => {
    const all = runs(daily(2, 'Europe/Warsaw'), '2026-10-24T12:00:00Z', 3);
    expect(all).toEqual([
      '2026-10-25T00:00:00.000Z',
      '2026-10-26T01:00:00.000Z',
      '2026-10-27T01:00:00.000Z',
    ]);
  });

  it('runs a day skipped by the zone once, at the start of the next day (Apia, 2011)', () => {
    // Samoa went from 29 December straight to 31 December 2011.
    expect(runs(daily(2, 'Pacific/Apia'), '2011-12-29T13:00:00Z', 2)).toEqual([
      '2011-12-30T10:00:00.000Z',
      '2011-12-30T12:00:00.000Z',
    ]);
    expect(runs(daily(0, 'Pacific/Apia'), '2011-12-29T11:00:00Z', 2)).toEqual([
      '2011-12-30T10:00:00.000Z',
      '2011-12-31T10:00:00.000Z',
    ]);
  });
});

describe('nextBackupTimes cost', () => {
  it('reads the wall clock no more than the chosen days need, with one formatter per zone', () => {
    // The prototype's method first: spying on the constructor replaces Intl.DateTimeFormat.
    const readings = jest.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    const formatters = jest.spyOn(Intl, 'DateTimeFormat');
    try {
      const mondays: Schedule = { days: ['MON'], hour: 2, timezone: 'Europe/Warsaw' };
      nextBackupTimes(mondays, new Date('2026-05-05T12:00:00Z'), 3);
      // One reading for `from`, then at most four for each chosen day from the day before
      // `from` up to the third run: here Monday 4, 11, 18 and 25 May.
      expect(readings.mock.calls.length).toBeLessThanOrEqual(1 + 4 * 4);
      readings.mockClear();
      // A spring-forward night adds a search of the gap, about a dozen more readings.
      nextBackupTimes(daily(2, 'Europe/Warsaw'), new Date('2026-03-28T12:00:00Z'), 3);
      expect(readings.mock.calls.length).toBeLessThanOrEqual(1 + 4 * 5 + 20);
      // Building a formatter costs far more than reading one: each zone's is built once.
      nextBackupTimes(daily(2, 'Europe/Warsaw'), new Date('2026-07-01T12:00:00Z'), 3);
      expect(formatters.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      formatters.mockRestore();
      readings.mockRestore();
    }
  });
});

/**
 * An oracle for the property tests that reads wall clocks through Intl directly, so it shares no
 * code with the implementation under test.
 */
const readers = new Map<string, Intl.DateTimeFormat>();
function wallClock(zone: string, ms: number): number {
  let reader = readers.get(zone);
  if (!reader) {
    reader = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    readers.set(zone, reader);
  }
  const part = Object.fromEntries(
    reader.formatToParts(ms).map((p) => [p.type, Number(p.value)] as const),
  ) as Record<string, number>;
  const second = Math.floor(ms / SECOND_MS) * SECOND_MS;
  const reading = Date.UTC(
    part.year!,
    part.month! - 1,
    part.day!,
    part.hour!,
    part.minute!,
    part.second!,
  );
  return reading + (ms - second);
}

const weekdayOfDay = (day: number): Weekday =>
  (['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const)[new Date(day * DAY_MS).getUTCDay()]!;

function nextChosen(days: readonly Weekday[], day: number): number {
  let candidate = day;
  while (!days.includes(weekdayOfDay(candidate))) candidate += 1;
  return candidate;
}

function previousChosen(days: readonly Weekday[], day: number): number {
  let candidate = day - 1;
  while (!days.includes(weekdayOfDay(candidate))) candidate -= 1;
  return candidate;
}

/** Whether the wall clock read `wall` or later at some instant up to `ms`. */
function hasReached(zone: string, wall: number, ms: number): boolean {
  // An earlier reading of `wall` can only come from a fall back, which repeats at most a few hours.
  for (let back = 0; back <= 3 * HOUR_MS; back += 5 * MINUTE_MS) {
    if (wallClock(zone, ms - back) >= wall) return true;
  }
  return false;
}

/** The local day whose `hour`:00 the run at `ms` stands for, or undefined if it stands for none. */
function runDay(zone: string, hour: number, ms: number): number | undefined {
  const atRun = wallClock(zone, ms);
  const justBefore = wallClock(zone, ms - SECOND_MS);
  for (const day of new Set([Math.floor(justBefore / DAY_MS), Math.floor(atRun / DAY_MS)])) {
    const wall = day * DAY_MS + hour * HOUR_MS;
    if (justBefore < wall && wall <= atRun) return day;
  }
  return undefined;
}

const ZONES = [
  'UTC',
  'Etc/GMT+5',
  'Europe/Warsaw',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Africa/Casablanca',
  'Africa/Cairo',
  'Asia/Beirut',
  'Asia/Gaza',
  'Asia/Tehran',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Pacific/Apia',
  'America/New_York',
  'America/Los_Angeles',
  'America/St_Johns',
  'America/Havana',
  'America/Santiago',
  'America/Sao_Paulo',
  'America/Asuncion',
  'America/Argentina/Buenos_Aires',
  'America/Nuuk',
  'America/Scoresbysund',
  'Antarctica/Troll',
];
const RANGE_START = Date.UTC(2024, 0, 1);
const RANGE_END = Date.UTC(2030, 11, 31);

interface Transition {
  zone: string;
  at: number;
}

/** Offset changes of every zone over the range, so that instants can cluster around them. */
function findTransitions(): Transition[] {
  const found: Transition[] = [];
  const offsetAt = (zone: string, ms: number) => wallClock(zone, ms) - ms;
  for (const zone of ZONES) {
    for (let start = RANGE_START; start < RANGE_END; start += WEEK_MS) {
      if (offsetAt(zone, start) === offsetAt(zone, start + WEEK_MS)) continue;
      let before = start / SECOND_MS;
      let after = (start + WEEK_MS) / SECOND_MS;
      while (after - before > 1) {
        const middle = Math.floor((before + after) / 2);
        if (offsetAt(zone, middle * SECOND_MS) === offsetAt(zone, start)) before = middle;
        else after = middle;
      }
      found.push({ zone, at: after * SECOND_MS });
    }
  }
  return found;
}

interface Case {
  schedule: Schedule;
  from: number;
  count: number;
}

const daysArb = fc.subarray([...WEEKDAYS], { minLength: 1 });
const hourArb = fc.integer({ min: 0, max: 23 });
const countArb = fc.integer({ min: 1, max: 8 });

function caseArb(transitions: readonly Transition[]): fc.Arbitrary<Case> {
  const anywhere = fc.record({
    schedule: fc.record({ days: daysArb, hour: hourArb, timezone: fc.constantFrom(...ZONES) }),
    from: fc.integer({ min: RANGE_START, max: RANGE_END }),
    count: countArb,
  });
  // Around a transition, the hours it touches and its local day make the awkward cases likely.
  const nearTransition = fc.constantFrom(...transitions).chain(({ zone, at }) => {
    const before = wallClock(zone, at - SECOND_MS);
    const after = wallClock(zone, at);
    const touched = [before, after].flatMap((wall) => {
      const hour = new Date(wall).getUTCHours();
      return [(hour + 23) % 24, hour, (hour + 1) % 24];
    });
    const localDays = [before, after].map((wall) => weekdayOfDay(Math.floor(wall / DAY_MS)));
    return fc.record({
      schedule: fc.record({
        days: daysArb.map((days) =>
          WEEKDAYS.filter((day) => days.includes(day) || localDays.includes(day)),
        ),
        hour: fc.oneof({ arbitrary: fc.constantFrom(...touched), weight: 3 }, hourArb),
        timezone: fc.constant(zone),
      }),
      from: fc.integer({ min: at - 3 * DAY_MS, max: at + DAY_MS }),
      count: countArb,
    });
  });
  return fc.oneof(anywhere, nearTransition);
}

describe('nextBackupTimes properties over many zones', () => {
  const transitions = findTransitions();
  const cases = caseArb(transitions);

  it('finds offset changes to cluster around in most zones', () => {
    expect(new Set(transitions.map((t) => t.zone)).size).toBeGreaterThan(20);
  });

  it('runs each hour a transition skips at the end of the gap, and a repeated hour at its first reading', () => {
    let checkedHours = 0;
    for (const { zone, at } of transitions) {
      const unshifted = wallClock(zone, at - SECOND_MS) + SECOND_MS;
      const shifted = wallClock(zone, at);
      const [low, high] = [Math.min(unshifted, shifted), Math.max(unshifted, shifted)];
      for (let wall = Math.ceil(low / HOUR_MS) * HOUR_MS; wall < high; wall += HOUR_MS) {
        const hour = new Date(wall).getUTCHours();
        // Skipped: the run is the jump itself. Repeated: the run is the reading before the jump.
        const expected = shifted > unshifted ? at : at - (unshifted - wall);
        const [run] = nextBackupTimes(daily(hour, zone), new Date(expected - 1), 1);
        expect({ zone, hour, run: run?.toISOString() }).toEqual({
          zone,
          hour,
          run: new Date(expected).toISOString(),
        });
        checkedHours += 1;
      }
    }
    expect(checkedHours).toBeGreaterThanOrEqual(transitions.length);
  });

  it('runs at the hour on each chosen local day, or at the end of the gap that skips it, skipping no day', () => {
    fc.assert(
      fc.property(cases, ({ schedule, from, count }) => {
        const { timezone: zone, hour, days } = schedule;
        const result = nextBackupTimes(schedule, new Date(from), count).map((d) => d.getTime());
        expect(result).toHaveLength(count);

        let previous = from;
        let previousDay: number | undefined;
        for (const run of result) {
          expect(run).toBeGreaterThan(previous);
          const day = runDay(zone, hour, run);
          // The clock crosses the hour at this very instant: exactly at it, or jumping over it.
          expect(day).toBeDefined();
          if (day === undefined) return;
          const wall = day * DAY_MS + hour * HOUR_MS;
          const calendarDay = Math.floor(wallClock(zone, run) / DAY_MS);
          if (wallClock(zone, run) === wall) {
            expect(calendarDay).toBe(day);
          } else {
            expect(wallClock(zone, run) - wallClock(zone, run - SECOND_MS)).toBeGreaterThan(
              SECOND_MS,
            );
            // A gap ending at midnight (America/Nuuk) moves a late hour to the next morning.
            expect([day, day + 1]).toContain(calendarDay);
          }
          // ...and for the first time that day, so a repeated hour runs at its first reading.
          expect(hasReached(zone, wall, run - SECOND_MS)).toBe(false);
          expect(days).toContain(weekdayOfDay(day));
          // No chosen day is skipped, neither between runs nor between `from` and the first.
          if (previousDay === undefined) {
            expect(hasReached(zone, wall, from)).toBe(false);
            const skipped = previousChosen(days, day);
            expect(hasReached(zone, skipped * DAY_MS + hour * HOUR_MS, from)).toBe(true);
          } else {
            expect(day).toBe(nextChosen(days, previousDay + 1));
          }
          previous = run;
          previousDay = day;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same runs whether asked for few or many', () => {
    fc.assert(
      fc.property(cases, fc.integer({ min: 1, max: 10 }), ({ schedule, from, count }, more) => {
        const few = nextBackupTimes(schedule, new Date(from), count);
        const many = nextBackupTimes(schedule, new Date(from), count + more);
        expect(many.slice(0, count)).toEqual(few);
      }),
      { numRuns: 200 },
    );
  });

  it('chains: the run after each run is the next one, and just before a run is that run', () => {
    fc.assert(
      fc.property(cases, ({ schedule, from, count }) => {
        const result = nextBackupTimes(schedule, new Date(from), count + 1);
        for (let i = 0; i + 1 < result.length; i += 1) {
          expect(nextBackupTimes(schedule, result[i]!, 1)).toEqual([result[i + 1]]);
        }
        for (const run of result) {
          expect(nextBackupTimes(schedule, new Date(run.getTime() - 1), 1)).toEqual([run]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('isValidTimeZone', () => {
  it.each([
    'Europe/Warsaw',
    'UTC',
    'America/Argentina/Buenos_Aires',
    'America/North_Dakota/New_Salem',
    'America/Port-au-Prince',
    'Asia/Kathmandu',
    'Pacific/Kiritimati',
    // Valid IANA names for fixed offsets (note the inverted sign: Etc/GMT+5 is UTC-5).
    'Etc/GMT+5',
    'Etc/GMT-14',
    // Backward-compatible links are IANA names too.
    'Asia/Calcutta',
    'US/Pacific',
    // Intl matches zone names without regard to case.
    'europe/warsaw',
  ])('accepts %p', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
  });

  it.each([
    '',
    ' ',
    'Mars/Phobos',
    'UTC+25',
    'GMT+5',
    'Etc/GMT+15',
    '+02:00',
    '-05:00',
    '+0200',
    'Z',
    'Europe/Warsaw ',
    ' Europe/Warsaw',
    'Europe/Warsaw\n',
    'Europe//Warsaw',
    'Europe/Warsaw/',
    '/Europe/Warsaw',
    '../../etc/passwd',
    'Europe/Warsaw;DROP TABLE',
    'ATATT3xFfGF0abcdefghijklmnop',
    'x'.repeat(65),
    `America/${'A'.repeat(60)}`,
  ])('rejects %p', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, ['UTC']]) {
      expect(isValidTimeZone(value as unknown as string)).toBe(false);
    }
  });

  it('accepts every zone the property tests use', () => {
    for (const zone of ZONES) expect(isValidTimeZone(zone)).toBe(true);
  });
});

describe('longestGapHours', () => {
  it.each([
    [EVERY_DAY, 24],
    [['MON'], 168],
    [['SUN'], 168],
    [['MON', 'THU'], 96],
    [['THU', 'MON'], 96],
    [['MON', 'TUE', 'WED', 'THU', 'FRI'], 72],
    [['SAT', 'SUN'], 144],
    [['MON', 'MON'], 168],
    [['SUN', 'MON'], 144],
  ] as [Weekday[], number][])('%p -> %i hours', (days, hours) => {
    expect(longestGapHours({ days, hour: 2, timezone: 'Europe/Warsaw' })).toBe(hours);
  });

  it('throws a RangeError for no days', () => {
    expect(() => longestGapHours({ days: [], hour: 2, timezone: 'UTC' })).toThrow(RangeError);
  });

  it('matches the longest wait between runs in UTC, where days are 24 hours', () => {
    fc.assert(
      fc.property(daysArb, hourArb, (days, hour) => {
        const schedule: Schedule = { days, hour, timezone: 'UTC' };
        const week = nextBackupTimes(schedule, new Date('2026-05-04T00:00:00Z'), days.length + 1);
        const waits = week.slice(1).map((run, i) => (run.getTime() - week[i]!.getTime()) / HOUR_MS);
        expect(longestGapHours(schedule)).toBe(Math.max(...waits));
      }),
    );
  });
});

describe('scheduleAuditDetail', () => {
  it.each([
    [
      { days: ['MON', 'WED', 'FRI'], hour: 2, timezone: 'Europe/Warsaw' },
      'Mon, Wed, Fri at 02:00 (Europe/Warsaw)',
    ],
    [
      { days: ['FRI', 'MON', 'WED', 'MON'], hour: 2, timezone: 'Europe/Warsaw' },
      'Mon, Wed, Fri at 02:00 (Europe/Warsaw)',
    ],
    [{ days: EVERY_DAY, hour: 23, timezone: 'UTC' }, 'Every day at 23:00 (UTC)'],
    [
      { days: ['SUN'], hour: 0, timezone: 'America/Argentina/Buenos_Aires' },
      'Sun at 00:00 (America/Argentina/Buenos_Aires)',
    ],
    [{ days: ['SAT', 'SUN'], hour: 9, timezone: 'Etc/GMT+5' }, 'Sat, Sun at 09:00 (Etc/GMT+5)'],
  ] as [Schedule, string][])('%j', (schedule, text) => {
    expect(scheduleAuditDetail(schedule)).toBe(text);
  });

  it('refuses to echo anything but a real zone name into the audit trail', () => {
    const tokenLike = 'ATATT3xFfGF0abcdefghijklmnop';
    expect(() => scheduleAuditDetail({ days: ['MON'], hour: 2, timezone: tokenLike })).toThrow(
      RangeError,
    );
  });

  it.each([
    ['no days', { days: [], hour: 2, timezone: 'UTC' }],
    ['hour 24', { days: ['MON'], hour: 24, timezone: 'UTC' }],
  ] as [string, Schedule][])('throws a RangeError for %s', (_, schedule) => {
    expect(() => scheduleAuditDetail(schedule)).toThrow(RangeError);
  });
});

describe('scheduleAuditDetail lists the days Monday first', () => {
  const dayName = (day: Weekday) => day.charAt(0) + day.slice(1).toLowerCase();
  /** The days part of the detail, "Mon, Wed" or "Every day". */
  const listed = (days: Weekday[]) =>
    scheduleAuditDetail({ days, hour: 2, timezone: 'UTC' }).replace(/ at 02:00 \(UTC\)$/, '');

  it('orders days Monday first, without changing its input', () => {
    const days: Weekday[] = ['SUN', 'WED', 'MON', 'SAT'];
    expect(listed(days)).toBe('Mon, Wed, Sat, Sun');
    expect(days).toEqual(['SUN', 'WED', 'MON', 'SAT']);
  });

  it('names each chosen day once, in MON..SUN order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WEEKDAYS), { minLength: 1 }), (days) => {
        const chosen = [...new Set(days)];
        const shown = listed(days);
        if (chosen.length === WEEKDAYS.length) {
          expect(shown).toBe('Every day');
          return;
        }
        const names = shown.split(', ');
        expect([...names].sort()).toEqual(chosen.map(dayName).sort());
        const indices = names.map((name) => WEEKDAYS.findIndex((day) => dayName(day) === name));
        expect(indices).toEqual([...indices].sort((a, b) => a - b));
      }),
    );
  });
});
