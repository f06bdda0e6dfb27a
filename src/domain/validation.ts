/**
 * Run-time checks of untrusted values: resolver payloads and the Management Service's replies.
 * Forge bundles without minifying, so a validation library ships whole; these few checkers are
 * what the app's payloads and the contract's replies use, and nothing more.
 *
 * A checker returns the value, or the first issue with the path to it. Objects come back as new
 * objects holding only the declared keys, read from the input's own properties.
 */

export const INVALID = 'Invalid input';

export interface Issue {
  /** Keys and array indices from the checked value down to the fault. */
  path: (string | number)[];
  message: string;
  /** Set when a strict object meets a key it does not declare. */
  unknownKey?: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issue: Issue };

export interface Checker<T> {
  (input: unknown): Checked<T>;
  /** An object may leave the key of an optional checker out. */
  readonly optional?: boolean;
}

export interface OptionalChecker<T> extends Checker<T | undefined> {
  readonly optional: true;
}

/** The type a checker accepts, as `z.infer` gives a schema's. */
export type Infer<C> = C extends Checker<infer T> ? T : never;

/** A test of a value that already has the right type; without a message, the checker's own. */
export interface Rule<T> {
  test: (value: T) => boolean;
  message?: string;
}

type Shape = Record<string, Checker<unknown>>;
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjectOf<S extends Shape> = Flat<
  { [K in keyof S as S[K] extends OptionalChecker<unknown> ? never : K]: Infer<S[K]> } & {
    [K in keyof S as S[K] extends OptionalChecker<unknown> ? K : never]?: Infer<S[K]>;
  }
>;
type TaggedOf<K extends string, O extends Record<string, Shape>> = {
  [T in keyof O & string]: Flat<{ [P in K]: T } & ObjectOf<O[T]>>;
}[keyof O & string];

// The patterns zod/mini checked replies and emails with, so that what passed before passes now.
const ISO_DATE_TIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
export const EMAIL_PATTERN =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

function pass<T>(value: T): Checked<T> {
  return { ok: true, value };
}

function fail(message: string, path: (string | number)[] = []): { ok: false; issue: Issue } {
  return { ok: false, issue: { path, message } };
}

function under<T>(key: string | number, result: Checked<T>): Checked<T> {
  if (!result.ok) result.issue.path.unshift(key);
  return result;
}

function isRecord(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

function own(input: object, key: string | number): unknown {
  return Object.hasOwn(input, key) ? (input as Record<string | number, unknown>)[key] : undefined;
}

function firstBroken<T>(value: T, rules: readonly Rule<T>[], message: string): Checked<T> {
  for (const rule of rules) if (!rule.test(value)) return fail(rule.message ?? message);
  return pass(value);
}

export function rule<T>(test: (value: T) => boolean, message?: string): Rule<T> {
  return { test, message };
}

export function minLength(min: number, message?: string): Rule<{ length: number }> {
  return rule((value) => value.length >= min, message);
}

export function maxLength(max: number, message?: string): Rule<{ length: number }> {
  return rule((value) => value.length <= max, message);
}

export function matches(pattern: RegExp, message?: string): Rule<string> {
  return rule((value) => pattern.test(value), message);
}

/** Date and time with seconds and a `Z` or `±hh:mm` offset, on a day that exists. */
export function isoDateTime(message?: string): Rule<string> {
  return matches(ISO_DATE_TIME, message);
}

export function emailAddress(message?: string): Rule<string> {
  return matches(EMAIL_PATTERN, message);
}

/** A string; `message` tells a wrong type, and a broken rule that has none of its own. */
export function string(message = INVALID, ...rules: Rule<string>[]): Checker<string> {
  return (input) =>
    typeof input === 'string' ? firstBroken(input, rules, message) : fail(message);
}

export function boolean(message = INVALID): Checker<boolean> {
  return (input) => (typeof input === 'boolean' ? pass(input) : fail(message));
}

/** A safe integer from `min` to `max`. */
export function wholeNumber(min: number, max: number, message = INVALID): Checker<number> {
  return (input) =>
    typeof input === 'number' && Number.isSafeInteger(input) && input >= min && input <= max
      ? pass(input)
      : fail(message);
}

export function oneOf<const V extends readonly string[]>(
  values: V,
  message = INVALID,
): Checker<V[number]> {
  return (input) =>
    (values as readonly unknown[]).includes(input) ? pass(input as V[number]) : fail(message);
}

/**
 * An array of `item`s. Longer than `max`, it is refused on its length alone before any item is
 * read, so a huge array costs nothing; otherwise the first bad item, then the first broken rule.
 */
export function array<T>(
  item: Checker<T>,
  options: { message?: string; max?: number; tooLong?: string } = {},
  ...rules: Rule<T[]>[]
): Checker<T[]> {
  const { message = INVALID, max = Infinity, tooLong = message } = options;
  return (input) => {
    if (!Array.isArray(input)) return fail(message);
    if (input.length > max) return fail(tooLong);
    const value: T[] = [];
    for (let i = 0; i < input.length; i += 1) {
      const result = item(own(input, i));
      if (!result.ok) return under(i, result);
      value.push(result.value);
    }
    return firstBroken(value, rules, message);
  };
}

/** What `checker` accepts that also keeps every rule: a check across a value's fields. */
export function refined<T>(checker: Checker<T>, ...rules: Rule<T>[]): Checker<T> {
  return (input) => {
    const result = checker(input);
    return result.ok ? firstBroken(result.value, rules, INVALID) : result;
  };
}

export function nullable<T>(checker: Checker<T>): Checker<T | null> {
  return (input) => (input === null ? pass(null) : checker(input));
}

export function optional<T>(checker: Checker<T>): OptionalChecker<T> {
  const check = (input: unknown) => (input === undefined ? pass(undefined) : checker(input));
  return Object.assign(check, { optional: true as const });
}

function fields<S extends Shape>(shape: S, input: Record<string, unknown>): Checked<ObjectOf<S>> {
  // Only our own declared keys are ever written, so no input key can reach the prototype.
  const value: Record<string, unknown> = {};
  for (const [key, checker] of Object.entries(shape)) {
    const present = Object.hasOwn(input, key);
    if (!present && checker.optional) continue;
    const result = checker(present ? input[key] : undefined);
    if (!result.ok) return under(key, result);
    value[key] = result.value;
  }
  return pass(value as ObjectOf<S>);
}

/** An object with the declared keys; other keys are left out of the value. */
export function object<S extends Shape>(shape: S): Checker<ObjectOf<S>> {
  return (input) => (isRecord(input) ? fields(shape, input) : fail(INVALID));
}

/** An object with the declared keys and no other (reported after any bad declared key). */
export function strictObject<S extends Shape>(shape: S): Checker<ObjectOf<S>> {
  return (input) => {
    if (!isRecord(input)) return fail(INVALID);
    const result = fields(shape, input);
    if (!result.ok) return result;
    const unknownKey = Object.keys(input).find((key) => !Object.hasOwn(shape, key));
    return unknownKey === undefined
      ? result
      : { ok: false, issue: { path: [], message: INVALID, unknownKey } };
  };
}

/** One of several objects, told apart by the string at `key` (path `key` when none matches). */
export function tagged<K extends string, O extends Record<string, Shape>>(
  key: K,
  options: O,
): Checker<TaggedOf<K, O>> {
  const variants = new Map(Object.entries(options).map(([tag, shape]) => [tag, object(shape)]));
  return (input) => {
    if (!isRecord(input)) return fail(INVALID);
    const tag = own(input, key);
    const variant = typeof tag === 'string' ? variants.get(tag) : undefined;
    if (!variant) return fail(INVALID, [key]);
    const result = variant(input);
    return result.ok ? pass({ [key]: tag, ...result.value } as TaggedOf<K, O>) : result;
  };
}

/**
 * An absolute https URL, trimmed, without the tabs and line breaks the URL parser would skip
 * (so the text kept is the address that was checked).
 */
export function httpsUrl(message = INVALID): Checker<string> {
  return (input) => {
    if (typeof input !== 'string') return fail(message);
    const trimmed = input.trim();
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      return fail(message);
    }
    return url.protocol === 'https:' ? pass(trimmed.replace(/[\t\n\r]/g, '')) : fail(message);
  };
}
