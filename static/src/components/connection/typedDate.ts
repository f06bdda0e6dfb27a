export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a date typed in the viewer's locale ("30.06.2027" in Polish, "30/06/2027" in British
 * English, "6/30/2027" in American) or as `YYYY-MM-DD`; an invalid Date when it is neither.
 */
export function parseTypedDate(text: string, locale: string): Date {
  const trimmed = text.trim();
  const numbers = trimmed.match(/\d+/g)?.map(Number) ?? [];
  if (ISO_DAY.test(trimmed)) return localDate(numbers[0]!, numbers[1]!, numbers[2]!);
  if (numbers.length !== 3) return new Date(NaN);
  const order = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  })
    .formatToParts(new Date(2000, 0, 2))
    .map((part) => part.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year');
  const at = (type: string) => numbers[order.indexOf(type as 'day')] ?? NaN;
  return localDate(at('year'), at('month'), at('day'));
}

function localDate(year: number, month: number, day: number): Date {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : new Date(NaN);
}

/** The viewer's calendar day of `date` as `YYYY-MM-DD`. */
export function localIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A date as the viewer would type it: "30.06.2027", "30/06/2027", "6/30/2027". */
export function dateExample(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(date);
}
