import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import {
  type Checker,
  type Infer,
  INVALID,
  array,
  boolean,
  emailAddress,
  httpsUrl,
  isoDateTime,
  matches,
  maxLength,
  minLength,
  nullable,
  object,
  oneOf,
  optional,
  rule,
  strictObject,
  string,
  tagged,
  wholeNumber,
} from '../../../src/domain/validation';
import { BUNDLE_DIR, ROOT, requireBundle } from '../../support/forgeBundle';

/** The checkers one by one: each edge of each rule, and what they refuse to read. */

function refusal<T>(checker: Checker<T>, input: unknown) {
  const result = checker(input);
  if (result.ok) throw new Error(`Expected a refusal of ${JSON.stringify(input)}`);
  return result.issue;
}

function accepted<T>(checker: Checker<T>, input: unknown): T {
  const result = checker(input);
  if (!result.ok) throw new Error(`Refused ${JSON.stringify(input)}: ${result.issue.message}`);
  return result.value;
}

describe('string', () => {
  const name = string(
    'Enter a name.',
    minLength(1),
    maxLength(5, 'Too long.'),
    matches(/^[a-z]*$/),
  );

  it('accepts a string that keeps every rule', () => {
    expect(accepted(name, 'abc')).toBe('abc');
    expect(accepted(name, 'abcde')).toBe('abcde');
  });

  it('names the wrong type with its own message, and only a string passes', () => {
    for (const input of [undefined, null, 3, ['a'], { toString: () => 'a' }, new String('a')]) {
      expect(refusal(name, input)).toEqual({ path: [], message: 'Enter a name.' });
    }
  });

  it('reports the first broken rule, in the order given; a rule without words uses the type’s', () => {
    expect(refusal(name, '').message).toBe('Enter a name.');
    expect(refusal(name, 'abcdef').message).toBe('Too long.');
    expect(refusal(name, 'ABCDEF').message).toBe('Too long.');
    expect(refusal(name, 'AB').message).toBe('Enter a name.');
    expect(refusal(string(), 1).message).toBe(INVALID);
  });

  it('stops at the first broken rule, so a huge string never reaches a costly one', () => {
    const costly = jest.fn(() => true);
    const short = string('x', maxLength(10), rule(costly));
    refusal(short, 'x'.repeat(600_000));
    expect(costly).not.toHaveBeenCalled();
  });

  it('counts length in UTF-16 units, as String.length does', () => {
    expect(accepted(string('x', maxLength(2)), '😀')).toBe('😀');
    refusal(string('x', maxLength(1)), '😀');
  });
});

describe('wholeNumber', () => {
  const hour = wholeNumber(0, 23, 'An hour.');

  it('accepts both ends of the range, and -0', () => {
    expect(accepted(hour, 0)).toBe(0);
    expect(accepted(hour, 23)).toBe(23);
    expect(Object.is(accepted(hour, -0), -0)).toBe(true);
  });

  it('refuses fractions, out of range, non-finite, unsafe and numeric strings, with one message', () => {
    for (const input of [-1, 24, 2.5, NaN, Infinity, -Infinity, '2', null, true, 1e21, [2]]) {
      expect(refusal(hour, input)).toEqual({ path: [], message: 'An hour.' });
    }
    const count = wholeNumber(0, Number.MAX_SAFE_INTEGER);
    expect(accepted(count, Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(refusal(count, 2 ** 53).message).toBe(INVALID);
  });
});

describe('boolean', () => {
  it('accepts true and false only', () => {
    expect(accepted(boolean(), false)).toBe(false);
    for (const input of ['true', 0, 1, null, new Boolean(true)]) refusal(boolean(), input);
  });
});

describe('oneOf', () => {
  const region = oneOf(['EU', 'US'], 'A region.');

  it('accepts exactly the listed strings, typed as their union', () => {
    const value: 'EU' | 'US' = accepted(region, 'US');
    expect(value).toBe('US');
  });

  it('refuses other spellings and types', () => {
    for (const input of ['eu', 'EU ', '', 'toString', null, 0, ['EU']]) {
      expect(refusal(region, input)).toEqual({ path: [], message: 'A region.' });
    }
  });
});

describe('array', () => {
  const day = oneOf(['MON', 'TUE', 'WED'], 'A day.');
  const days = array(
    day,
    { message: 'Days.', max: 3, tooLong: 'At most three.' },
    minLength(1, 'At least one.'),
    rule((list: unknown[]) => new Set(list).size === list.length, 'Each once.'),
  );

  it('returns a new array of the checked items', () => {
    const input = ['MON', 'TUE'];
    const value = accepted(days, input);
    expect(value).toEqual(['MON', 'TUE']);
    expect(value).not.toBe(input);
  });

  it('names a bad item by its index, before any rule of the whole array', () => {
    expect(refusal(days, ['MON', 'mon'])).toEqual({ path: [1], message: 'A day.' });
    expect(refusal(days, ['MON', 'MON', 'x'])).toEqual({ path: [2], message: 'A day.' });
  });

  it('then applies the rules in order', () => {
    expect(refusal(days, [])).toEqual({ path: [], message: 'At least one.' });
    expect(refusal(days, ['MON', 'MON'])).toEqual({ path: [], message: 'Each once.' });
  });

  it('refuses an array longer than `max` on its length, without reading an item', () => {
    const item = jest.fn(day);
    const capped = array(item, { max: 3, tooLong: 'At most three.' });
    expect(
      refusal(
        capped,
        Array.from({ length: 100_000 }, () => 'nope'),
      ),
    ).toEqual({
      path: [],
      message: 'At most three.',
    });
    expect(item).not.toHaveBeenCalled();
    expect(refusal(array(day, { max: 1 }), ['MON', 'TUE']).message).toBe(INVALID);
  });

  it('refuses what is not an array, array-likes included', () => {
    for (const input of [{ 0: 'MON', length: 1 }, 'MON', null, new Set(['MON'])]) {
      expect(refusal(days, input)).toEqual({ path: [], message: 'Days.' });
    }
  });

  it('reads holes, and indices inherited from a prototype, as missing', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(refusal(days, [, 'MON'])).toEqual({ path: [0], message: 'A day.' });
    const inherited: unknown[] = [];
    inherited.length = 1;
    Object.setPrototypeOf(inherited, Object.assign(Object.create(Array.prototype), { 0: 'MON' }));
    expect(Array.isArray(inherited)).toBe(true);
    expect(refusal(days, inherited)).toEqual({ path: [0], message: 'A day.' });
  });
});

describe('nullable and optional', () => {
  it('nullable lets null through and checks anything else', () => {
    const when = nullable(string('A text.'));
    expect(accepted(when, null)).toBeNull();
    expect(refusal(when, undefined).message).toBe('A text.');
  });

  it('optional lets undefined through and checks anything else', () => {
    const when = optional(string('A text.'));
    expect(accepted(when, undefined)).toBeUndefined();
    expect(refusal(when, null).message).toBe('A text.');
  });
});

describe('object (loose) and strictObject', () => {
  const shape = { name: string('A name.'), note: optional(string('A note.')) };
  const loose = object(shape);
  const strict = strictObject(shape);

  it('returns a new plain object with the declared keys only, in declared order', () => {
    const input = { note: 'n', extra: 1, name: 'a' };
    const value = accepted(loose, input);
    expect(value).toStrictEqual({ name: 'a', note: 'n' });
    expect(Object.keys(value)).toEqual(['name', 'note']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(input).toEqual({ note: 'n', extra: 1, name: 'a' });
  });

  it('leaves an absent optional key out, and keeps one that is present as undefined', () => {
    expect(accepted(loose, { name: 'a' })).toStrictEqual({ name: 'a' });
    expect(accepted(loose, { name: 'a', note: undefined })).toStrictEqual({
      name: 'a',
      note: undefined,
    });
  });

  it('names a missing or bad key with its own message, first in declared order', () => {
    expect(refusal(loose, {})).toEqual({ path: ['name'], message: 'A name.' });
    expect(refusal(loose, { note: 3, name: 3 })).toEqual({ path: ['name'], message: 'A name.' });
    expect(refusal(loose, { name: 'a', note: 3 })).toEqual({ path: ['note'], message: 'A note.' });
  });

  it('refuses what is not a plain record: null, arrays, primitives', () => {
    for (const input of [null, [], ['a'], 'a', 1, undefined]) {
      expect(refusal(loose, input)).toEqual({ path: [], message: INVALID });
    }
  });

  it('reads own properties only: an inherited value counts as missing', () => {
    expect(refusal(loose, Object.create({ name: 'a' }))).toEqual({
      path: ['name'],
      message: 'A name.',
    });
    const nullPrototype = Object.assign(Object.create(null), { name: 'a' });
    expect(accepted(loose, nullPrototype)).toStrictEqual({ name: 'a' });
  });

  it('drops an own __proto__ key from JSON without touching the result’s prototype', () => {
    const input = JSON.parse('{"name":"a","__proto__":{"isAdmin":true}}') as unknown;
    const value = accepted(loose, input) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(value.isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('strict: reports the first unknown key, after any bad declared key', () => {
    expect(refusal(strict, { name: 'a', b: 1, c: 2 })).toEqual({
      path: [],
      message: INVALID,
      unknownKey: 'b',
    });
    expect(refusal(strict, { b: 1, name: 3 })).toEqual({ path: ['name'], message: 'A name.' });
  });

  it('strict: prototype names are unknown keys, never looked up', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype']) {
      const input = JSON.parse(`{"name":"a",${JSON.stringify(key)}:{"x":1}}`) as unknown;
      expect(refusal(strict, input).unknownKey).toBe(key);
    }
  });

  it('strict: only own enumerable string keys count, as in JSON', () => {
    const input: Record<string | symbol, unknown> = Object.create({ inherited: 1 });
    input.name = 'a';
    input[Symbol('s')] = 1;
    Object.defineProperty(input, 'hidden', { value: 1, enumerable: false });
    expect(accepted(strict, input)).toStrictEqual({ name: 'a' });
  });
});

describe('tagged', () => {
  const text = string(undefined, minLength(1));
  const trigger = tagged('kind', {
    SCHEDULE: {},
    ADMIN: { accountId: text, displayName: text },
  });

  it('picks the variant by its tag and keeps only that variant’s keys, tag first', () => {
    expect(accepted(trigger, { kind: 'SCHEDULE', accountId: 'x' })).toStrictEqual({
      kind: 'SCHEDULE',
    });
    const admin = accepted(trigger, { displayName: 'Ann', kind: 'ADMIN', accountId: 'a1', x: 1 });
    expect(admin).toStrictEqual({ kind: 'ADMIN', accountId: 'a1', displayName: 'Ann' });
    expect(Object.keys(admin)).toEqual(['kind', 'accountId', 'displayName']);
  });

  it('names the tag when no variant matches, and the field when the variant is bad', () => {
    for (const kind of ['admin', '', 'toString', '__proto__', 'hasOwnProperty', 1, null]) {
      expect(refusal(trigger, { kind })).toEqual({ path: ['kind'], message: INVALID });
    }
    expect(refusal(trigger, {})).toEqual({ path: ['kind'], message: INVALID });
    expect(refusal(trigger, Object.create({ kind: 'SCHEDULE' }))).toEqual({
      path: ['kind'],
      message: INVALID,
    });
    expect(refusal(trigger, { kind: 'ADMIN', accountId: 'a' })).toEqual({
      path: ['displayName'],
      message: INVALID,
    });
    expect(refusal(trigger, 'ADMIN')).toEqual({ path: [], message: INVALID });
  });

  it('types the result as the union of the variants', () => {
    const value: Infer<typeof trigger> = accepted(trigger, { kind: 'SCHEDULE' });
    // @ts-expect-error: an ADMIN trigger needs its account.
    const wrong: Infer<typeof trigger> = { kind: 'ADMIN' };
    expect([value, wrong]).toBeDefined();
  });
});

describe('formats', () => {
  const instant = string(undefined, isoDateTime());

  it('isoDateTime: seconds and a Z or ±hh:mm offset, on a real day', () => {
    for (const input of [
      '2026-11-26T10:00:00Z',
      '2026-11-26T23:59:59.123456789+14:00',
      '2024-02-29T00:00:00-23:59',
      '2000-02-29T00:00:00Z',
      '0001-01-01T00:00:00Z',
    ]) {
      expect(accepted(instant, input)).toBe(input);
    }
    for (const input of [
      '2026-11-26T10:00Z',
      '2026-11-26T10:00:00',
      '2026-11-26T24:00:00Z',
      '2026-11-26T10:60:00Z',
      '2026-11-26T10:00:00.Z',
      '2026-11-26T10:00:00z',
      '2026-11-26t10:00:00Z',
      '2026-11-26 10:00:00Z',
      '2026-11-26T10:00:00+0200',
      '2026-11-26T10:00:00+24:00',
      '2026-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '+2026-11-26T10:00:00Z',
      '2026-11-26',
    ]) {
      refusal(instant, input);
    }
  });

  it('emailAddress: the shape zod/mini accepted', () => {
    const email = string(undefined, emailAddress());
    for (const input of ['a@b.co', "o'neil@example.com", 'a.b+c@x-y.example.io', 'a_b@x.io']) {
      expect(accepted(email, input)).toBe(input);
    }
    for (const input of [
      'a@b',
      'a@b.c',
      '.a@b.co',
      'a.@b.co',
      'a..b@b.co',
      'a@-b.co',
      'a b@b.co',
      'a@b.co ',
      '@b.co',
      'a@@b.co',
      'ä@b.co',
    ]) {
      refusal(email, input);
    }
  });

  it('httpsUrl: parsed by URL, https only; kept trimmed and without tabs or line breaks', () => {
    const url = httpsUrl('A link.');
    expect(accepted(url, 'https://eu.app.gitprotect.io/sso/abc')).toBe(
      'https://eu.app.gitprotect.io/sso/abc',
    );
    expect(accepted(url, '  https://x.io/a\n')).toBe('https://x.io/a');
    expect(accepted(url, 'https://x.\tio/a\r\nb')).toBe('https://x.io/ab');
    expect(accepted(url, 'HTTPS://X.IO')).toBe('HTTPS://X.IO');
    for (const input of [
      'http://x.io',
      'ftp://x.io',
      'javascript:alert(1)',
      'https://',
      '//x.io',
      'x.io',
      '',
      3,
    ]) {
      expect(refusal(url, input)).toEqual({ path: [], message: 'A link.' });
    }
  });
});

describe('paths and types through nesting', () => {
  const job = object({ id: string(), trigger: tagged('kind', { SCHEDULE: {} }) });
  const list = object({ jobs: array(job), next: nullable(object({ at: string() })) });

  it('gives the full path to the first fault', () => {
    const good = { id: 'j', trigger: { kind: 'SCHEDULE' } };
    expect(
      refusal(list, { jobs: [good, good, { id: 'j', trigger: { kind: 'X' } }], next: null }).path,
    ).toEqual(['jobs', 2, 'trigger', 'kind']);
    expect(refusal(list, { jobs: [], next: { at: 1 } }).path).toEqual(['next', 'at']);
  });

  it('infers the type the checker accepts, optional keys included', () => {
    const payload = strictObject({
      region: oneOf(['EU', 'US']),
      days: array(oneOf(['MON', 'TUE'])),
      expiresOn: optional(string()),
      at: nullable(wholeNumber(0, 1)),
    });
    const value: Infer<typeof payload> = { region: 'EU', days: ['MON'], at: null };
    // @ts-expect-error: a region outside the list.
    const wrongRegion: Infer<typeof payload> = { region: 'AU', days: [], at: null };
    // @ts-expect-error: `at` may be null but not left out.
    const missing: Infer<typeof payload> = { region: 'EU', days: [] };
    expect(accepted(payload, value)).toStrictEqual(value);
    expect([wrongRegion, missing]).toBeDefined();
  });
});

describe('the shipped backend', () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sourceFiles(path.join(dir, entry.name))
        : /\.tsx?$/.test(entry.name)
          ? [path.join(dir, entry.name)]
          : [],
    );
  }

  it('imports zod nowhere in src/', () => {
    const importing = sourceFiles(path.join(ROOT, 'src')).filter((file) =>
      /(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]zod(?:\/[^'"]*)?['"]/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(importing).toEqual([]);
  });

  it('carries no zod in the Forge bundle (npm run package)', () => {
    requireBundle();
    const map = JSON.parse(readFileSync(path.join(BUNDLE_DIR, 'index.cjs.map'), 'utf8')) as {
      sources: string[];
    };
    expect(map.sources.some((source) => source.includes('src/domain/validation.ts'))).toBe(true);
    expect(map.sources.filter((source) => /node_modules\/zod\//.test(source))).toEqual([]);
  });
});
