/**
 * Schedule maths shared by the backend, the emulator and the page (which loads it lazily), so it
 * stays small, pure and imports nothing but the contract: zone rules come from `Intl`.
 */
import { WEEKDAYS, type Schedule, type Weekday } from '../contract';

const SECOND_MS = 1_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

const MAX_ZONE_NAME_LENGTH = 64;
// Newer Intl versions accept bare offsets ("+02:00") as zones; a real IANA name starts with a
// letter and uses only these characters, so the shape check keeps offsets out everywhere.
const ZONE_NAME_SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

const WEEKDAY_INDEX: ReadonlyMap<string, number> = new Map(WEEKDAYS.map((day, i) => [day, i]));
// Local days are counted from 1970-01-01, which was a Thursday (index 3 in MON..SUN).
const EPOCH_WEEKDAY_INDEX = 3;

/** A zone the wall clock can be read in: its name and the formatter that reads it. */
interface Zone {
  name: string;
  reader: Intl.DateTimeFormat;
}

/**
 * One formatter per zone name found valid: building one costs far more than using it. Only valid
 * names get in, but Intl ignores case, so the spellings of a name are many: past the number of
 * IANA names the cache starts afresh rather than grow without end in a long-lived process.
 */
const readers = new Map<string, Intl.DateTimeFormat>();
const MAX_CACHED_ZONES = 1_000;

/**
 * True for the IANA zone names Intl knows ("Europe/Warsaw", "UTC", "Etc/GMT+5" and other links),
 * matched case-insensitively as Intl does. Bare offsets and names over 64 characters are refused.
 */
export function isValidTimeZone(zone: string): boolean {
  return readerOf(zone) !== undefined;
}

function readerOf(zone: string): Intl.DateTimeFormat | undefined {
  if (typeof zone !== 'string') return undefined;
  const known = readers.get(zone);
  if (known) return known;
  if (zone.length > MAX_ZONE_NAME_LENGTH || !ZONE_NAME_SHAPE.test(zone)) return undefined;
  let reader: Intl.DateTimeFormat;
  try {
    reader = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined; // RangeError: Intl does not know the zone.
  }
  if (readers.size >= MAX_CACHED_ZONES) readers.clear();
  readers.set(zone, reader);
  return reader;
}

/**
 * The next `count` instants strictly after `from` when the schedule fires. A run is the first
 * instant the zone's wall clock reads hour:00 or later on a chosen local day: in a spring-forward
 * gap that is the end of the gap, and in a fall-back repeat it is the first of the two readings.
 */
export function nextBackupTimes(schedule: Schedule, from: Date, count: number): Date[] {
  const zone = zoneOf(schedule.timezone);
  const chosen = chosenWeekdays(schedule.days);
  const hour = checkedHour(schedule.hour);
  if (!Number.isInteger(count) || count < 0) {
    throw new RangeError(`count must be a whole number >= 0, got ${count}`);
  }
  const fromMs = from.getTime();
  if (Number.isNaN(fromMs)) throw new RangeError('from is an invalid date');

  const runs: number[] = [];
  // A gap that swallows the end of a local day moves that day's run into the next day, so the
  // day before `from` may still have its run ahead of `from`.
  let day = localDayOf(zone, fromMs) - 1;
  while (runs.length < count) {
    day = nextChosenDay(chosen, day);
    const run = runInstant(zone, day, hour);
    const last = runs[runs.length - 1];
    // A gap of a whole day (Pacific/Apia, 2011) gives two local days the same run: keep it once.
    if (run > fromMs && (last === undefined || run > last)) runs.push(run);
    day += 1;
  }
  return runs.map((ms) => new Date(ms));
}

/**
 * The longest wait between two runs over a week, in hours, counting every day as 24 hours: the
 * same hour every chosen day makes the hour itself irrelevant.
 */
export function longestGapHours(schedule: Schedule): number {
  const chosen = chosenWeekdays(schedule.days);
  const indices = chosen.flatMap((isChosen, i) => (isChosen ? [i] : []));
  let longestDays = 0;
  indices.forEach((index, i) => {
    const next = indices[(i + 1) % indices.length] ?? index;
    longestDays = Math.max(longestDays, (next - index + WEEKDAYS.length) % WEEKDAYS.length || 7);
  });
  return longestDays * 24;
}

/**
 * The audit log's English detail of a saved schedule, days Monday first whatever their order:
 * "Mon, Wed, Fri at 02:00 (Europe/Warsaw)" or "Every day at 23:00 (UTC)". (The page words a
 * schedule itself, in the viewer's language: static/src/wording/describe.ts.)
 */
export function scheduleAuditDetail(schedule: Schedule): string {
  const chosen = chosenWeekdays(schedule.days);
  const hour = checkedHour(schedule.hour);
  // The zone is admin-typed text; only a real zone name may reach the audit trail.
  if (!isValidTimeZone(schedule.timezone)) throw new RangeError('Unknown time zone');
  const days = chosen.every(Boolean)
    ? 'Every day'
    : WEEKDAYS.filter((_, i) => chosen[i])
        .map((day) => day.charAt(0) + day.slice(1).toLowerCase())
        .join(', ');
  return `${days} at ${String(hour).padStart(2, '0')}:00 (${schedule.timezone})`;
}

function weekdayIndex(day: string): number {
  const index = WEEKDAY_INDEX.get(day);
  if (index === undefined) throw new RangeError('Unknown weekday');
  return index;
}

function chosenWeekdays(days: readonly Weekday[]): boolean[] {
  if (!Array.isArray(days) || days.length === 0) throw new RangeError('No days chosen');
  const chosen: boolean[] = WEEKDAYS.map(() => false);
  for (const day of days) chosen[weekdayIndex(day)] = true;
  return chosen;
}

function checkedHour(hour: number): number {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new RangeError(`hour must be a whole number from 0 to 23, got ${hour}`);
  }
  return hour;
}

function zoneOf(name: string): Zone {
  const reader = readerOf(name);
  if (!reader) throw new RangeError('Unknown time zone');
  return { name, reader };
}

/** The wall-clock reading at `ms`, as the UTC instant with the same reading. */
function wallClockAt(zone: Zone, ms: number): number {
  // Intl reads whole seconds; zone offsets are whole seconds too, so the rest carries over.
  const second = Math.floor(ms / SECOND_MS) * SECOND_MS;
  let era = 'AD';
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let secondOfMinute = 0;
  for (const { type, value } of zone.reader.formatToParts(second)) {
    if (type === 'era') era = value;
    else if (type === 'year') year = Number(value);
    else if (type === 'month') month = Number(value);
    else if (type === 'day') day = Number(value);
    else if (type === 'hour') hour = Number(value) % 24;
    else if (type === 'minute') minute = Number(value);
    else if (type === 'second') secondOfMinute = Number(value);
  }
  // Years before 1 AD are shown as 1 BC, 2 BC... and stand for 0, -1...
  if (era === 'BC') year = 1 - year;
  // Not Date.UTC: it reads years 0 to 99 as 1900 to 1999.
  const reading = new Date(0);
  reading.setUTCFullYear(year, month - 1, day);
  return reading.setUTCHours(hour, minute, secondOfMinute) + (ms - second);
}

/** How far the zone's wall clock is ahead of UTC at `ms`, in milliseconds. */
function offsetAt(zone: Zone, ms: number): number {
  return wallClockAt(zone, ms) - ms;
}

function localDayOf(zone: Zone, ms: number): number {
  return Math.floor(wallClockAt(zone, ms) / DAY_MS);
}

function nextChosenDay(chosen: readonly boolean[], day: number): number {
  for (let candidate = day; ; candidate += 1) {
    const index = (((candidate + EPOCH_WEEKDAY_INDEX) % 7) + 7) % 7;
    if (chosen[index]) return candidate;
  }
}

/** The first instant whose wall-clock reading is `hour`:00 on `day` or later. */
function runInstant(zone: Zone, day: number, hour: number): number {
  const wall = day * DAY_MS + hour * HOUR_MS;
  // Every offset is under a day, so the readings a day either side give the offsets in force
  // before and after any transition near this wall time.
  const offsetBefore = offsetAt(zone, wall - DAY_MS);
  const offsetAfter = offsetAt(zone, wall + DAY_MS);
  // The larger offset reaches the reading sooner; trying it first picks the first of two
  // readings in a fall-back repeat.
  const earlier = wall - Math.max(offsetBefore, offsetAfter);
  const later = wall - Math.min(offsetBefore, offsetAfter);
  if (wallClockAt(zone, earlier) === wall) return earlier;
  if (wallClockAt(zone, later) === wall) return later;
  return gapEnd(zone, wall, earlier, later);
}

/**
 * The wall clock skips `wall`: find the transition that jumps over it, which lies between the
 * instant read with the offset after it (still before the jump) and the one read with the offset
 * before it (already after). Zone transitions fall on whole seconds.
 */
function gapEnd(zone: Zone, wall: number, earlier: number, later: number): number {
  const reached = (second: number) => wallClockAt(zone, second * SECOND_MS) >= wall;
  let notYet = Math.floor(earlier / SECOND_MS);
  let already = Math.ceil(later / SECOND_MS);
  if (reached(notYet) || !reached(already)) {
    throw new Error(
      `Zone ${zone.name} changes offset twice within a day of ${new Date(wall).toISOString()} local`,
    );
  }
  while (already - notYet > 1) {
    const middle = Math.floor((notYet + already) / 2);
    if (reached(middle)) already = middle;
    else notYet = middle;
  }
  return already * SECOND_MS;
}
