/**
 * Dates, times, durations and numbers in the viewer's locale and time zone. Every time a Jira
 * admin reads names its zone, because the schedule, the browser and the service can each be in
 * a different one.
 */

export interface Formatter {
  locale: string;
  timeZone: string;
  /** "Mon 26 Nov, 02:00 CET"; the year appears only when it is not the current one. */
  dateTime(instant: string | Date, zone?: string): string;
  /** "10:42" for today, the full date and time otherwise. */
  timeOfDay(instant: string | Date): string;
  /** A calendar day given as `YYYY-MM-DD`, e.g. "26 Nov 2026". */
  calendarDay(day: string): string;
  duration(milliseconds: number): string;
  number(value: number): string;
  /** "in 30 seconds", "in 2 minutes". */
  inSeconds(seconds: number): string;
  /** Joins names as the language does: "Mon, Wed and Fri". */
  list(items: string[]): string;
  hour(hour: number): string;
}

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

export function createFormatter(
  requestedLocale: string,
  requestedZone: string | undefined,
  now: () => Date = () => new Date(),
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

  const dateTime = (instant: string | Date, zone: string = timeZone) => {
    const date = toDate(instant);
    if (Number.isNaN(date.getTime())) return String(instant);
    const sameYear = yearOf(date, zone) === yearOf(now(), zone);
    return dateFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: sameYear ? undefined : 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZone: zone,
      timeZoneName: 'short',
    }).format(date);
  };

  return {
    locale,
    timeZone,
    dateTime,
    timeOfDay(instant) {
      const date = toDate(instant);
      const day = (d: Date) => dateFormat('en-CA', { timeZone }).format(d);
      if (day(date) !== day(now())) return dateTime(date);
      return dateFormat(locale, {
        hour: 'numeric',
        minute: '2-digit',
        timeZone,
        timeZoneName: 'short',
      }).format(date);
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
    hour: (hour) => `${String(hour).padStart(2, '0')}:00`,
  };
}
