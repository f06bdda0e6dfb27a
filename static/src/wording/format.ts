/**
 * Dates, times, durations and numbers in the viewer's locale and time zone. Every time a Jira
 * admin reads names its zone, because the schedule, the browser and the service can each be in
 * a different one.
 */
import { backendNow } from '../backendClock';

export interface Formatter {
  locale: string;
  timeZone: string;
  /** "Mon 26 Nov, 02:00 CET"; the year appears only when it is not the current one. */
  dateTime(instant: string | Date, zone?: string): string;
  /** "Mon 26 Nov, 02:00:07 CET": where two times would otherwise read alike. */
  dateTimeWithSeconds(instant: string | Date): string;
  /** "10:42 CET" for today, the full date and time otherwise. */
  timeOfDay(instant: string | Date): string;
  /**
   * The clock time alone, in the style `dateTime` writes it ("2:00 AM" in en-US, "02:00" in
   * en-GB and Polish): one clock style per locale on the whole page.
   */
  time(instant: string | Date, zone?: string): string;
  /** "in 22 hours", "2 hours ago", "3 days ago", "just now", counted from `now`. */
  relative(instant: string | Date, now: Date): string;
  /**
   * `relative` for a time still to come, such as the next backup: never "ago". Once it has
   * passed, before the page has read what happened then, it is "in a moment".
   */
  upcoming(instant: string | Date, now: Date): string;
  /** A calendar day given as `YYYY-MM-DD`, e.g. "26 Nov 2026". */
  calendarDay(day: string): string;
  duration(milliseconds: number): string;
  number(value: number): string;
  /** "in 30 seconds", "in 2 minutes". */
  inSeconds(seconds: number): string;
  /** Joins names as the language does: "Mon, Wed and Fri". */
  list(items: string[]): string;
  /** Hour H:00 of a schedule, in the same clock style as every other time. */
  hour(hour: number): string;
}

const TIME_PARTS = new Set<Intl.DateTimeFormatPartTypes>(['hour', 'minute', 'dayPeriod']);

/**
 * The span of a formatted date from its first to its last time part (hour, minute, day period)
 * and, with `withZone`, on to the zone's name: the clock time as the full format writes it.
 */
function timeSpan(parts: Intl.DateTimeFormatPart[], withZone: boolean): string {
  const wanted = (part: Intl.DateTimeFormatPart) =>
    TIME_PARTS.has(part.type) || (withZone && part.type === 'timeZoneName');
  const first = parts.findIndex(wanted);
  let last = -1;
  parts.forEach((part, index) => {
    if (wanted(part)) last = index;
  });
  if (first < 0) return parts.map((part) => part.value).join('');
  return parts
    .slice(first, last + 1)
    .map((part) => part.value)
    .join('');
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/**
 * Building an Intl formatter costs far more than using one, and a page of jobs formats dozens of
 * dates: each distinct formatter is built once per page. Keys are few (locales, zones, shapes).
 */
const formatters = new Map<string, unknown>();

function memo<T>(key: string, build: () => T): T {
  if (formatters.has(key)) return formatters.get(key) as T;
  const built = build();
  formatters.set(key, built);
  return built;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return memo(
    `date ${locale} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function isSupportedZone(zone: string): boolean {
  try {
    dateFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * A tag every Intl constructor accepts. Hosts and browsers also hand out POSIX forms such as
 * "pl_PL", "en_US.UTF-8" or "en-US@posix", which Intl rejects with a RangeError; anything left
 * unusable becomes "en".
 */
export function normaliseLocale(locale: string | undefined): string {
  const tag = locale?.replace(/[.@].*$/, '').replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(tag || [])[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function toDate(instant: string | Date): Date {
  return typeof instant === 'string' ? new Date(instant) : instant;
}

/** Words for an instant less than a minute away, which Intl would write as a bare "now". */
export interface Moments {
  justNow: string;
  inAMoment: string;
}

export function createFormatter(
  requestedLocale: string,
  requestedZone: string | undefined,
  moments?: Moments,
  now: () => Date = backendNow,
): Formatter {
  const locale = normaliseLocale(requestedLocale);
  const timeZone =
    requestedZone && isSupportedZone(requestedZone) ? requestedZone : browserTimeZone();
  const yearOf = (date: Date, zone: string) =>
    dateFormat('en', { timeZone: zone, year: 'numeric' }).format(date);
  const numbers = new Intl.NumberFormat(locale);
  const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
    memo(
      `unit ${locale} ${name}`,
      () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }),
    ).format(value);

  const dateTimeFormat = (zone: string, withYear: boolean, withSeconds = false) =>
    dateFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: withYear ? 'numeric' : undefined,
      hour: 'numeric',
      minute: '2-digit',
      second: withSeconds ? '2-digit' : undefined,
      timeZone: zone,
      timeZoneName: 'short',
    });

  const dateTime = (instant: string | Date, zone: string = timeZone, withSeconds = false) => {
    const date = toDate(instant);
    if (Number.isNaN(date.getTime())) return String(instant);
    const sameYear = yearOf(date, zone) === yearOf(now(), zone);
    return dateTimeFormat(zone, !sameYear, withSeconds).format(date);
  };

  const clock = (date: Date, zone: string, withZone: boolean) =>
    Number.isNaN(date.getTime())
      ? String(date)
      : timeSpan(dateTimeFormat(zone, false).formatToParts(date), withZone);

  const relative = (instant: string | Date, from: Date): string => {
    const ms = toDate(instant).getTime() - from.getTime();
    const words = memo(
      `relative-long ${locale}`,
      () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
    );
    const size = Math.abs(ms);
    if (Number.isNaN(size)) return String(instant);
    if (size < 45_000) {
      if (!moments) return words.format(0, 'second');
      return ms > 0 ? moments.inAMoment : moments.justNow;
    }
    if (size < 45 * MINUTE_MS)
      return words.format(Math.round(ms / MINUTE_MS) || Math.sign(ms), 'minute');
    if (size < 36 * HOUR_MS) return words.format(Math.round(ms / HOUR_MS), 'hour');
    return words.format(Math.round(ms / DAY_MS), 'day');
  };

  return {
    locale,
    timeZone,
    dateTime: (instant, zone) => dateTime(instant, zone),
    dateTimeWithSeconds: (instant) => dateTime(instant, timeZone, true),
    timeOfDay(instant) {
      const date = toDate(instant);
      const day = (d: Date) => dateFormat('en-CA', { timeZone }).format(d);
      if (day(date) !== day(now())) return dateTime(date);
      return clock(date, timeZone, true);
    },
    time: (instant, zone = timeZone) => clock(toDate(instant), zone, false),
    relative,
    upcoming(instant, from) {
      const at = toDate(instant);
      const passed = at.getTime() <= from.getTime();
      return relative(passed ? new Date(from.getTime() + 1) : at, from);
    },
    calendarDay(day) {
      const [year, month, date] = day.split('-').map(Number);
      if (!year || !month || !date) return day;
      return dateFormat(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(year, month - 1, date)));
    },
    duration(milliseconds) {
      const seconds = Math.max(0, Math.round(milliseconds / 1000));
      if (seconds < 60) return unit(seconds, 'second');
      const minutes = Math.round(seconds / 60);
      if (minutes < 60) return unit(minutes, 'minute');
      const hours = Math.floor(minutes / 60);
      const rest = minutes % 60;
      return rest === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(rest, 'minute')}`;
    },
    number: (value) => numbers.format(value),
    inSeconds(seconds) {
      const relative = memo(
        `relative ${locale}`,
        () => new Intl.RelativeTimeFormat(locale, { numeric: 'always' }),
      );
      return seconds < 90
        ? relative.format(Math.max(1, Math.ceil(seconds)), 'second')
        : relative.format(Math.ceil(seconds / 60), 'minute');
    },
    list: (items) =>
      memo(`list ${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(
        items,
      ),
    hour: (hour) => clock(new Date(Date.UTC(2000, 0, 3, hour)), 'UTC', false),
  };
}
