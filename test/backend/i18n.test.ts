import { relative } from 'node:path';
import ts from 'typescript';
import { getStartedEn, getStartedPl } from '../../static/src/components/onboarding/messages';
import { en } from '../../static/src/i18n/en';
import {
  createPartTranslator,
  createTranslator,
  type Message,
  type Translate,
} from '../../static/src/i18n/index';
import { pl } from '../../static/src/i18n/pl';

/*
 * The page's words in English and Polish: both catalogues say the same things with the same
 * placeholders, plural messages carry every form their language needs, every word is used, and a
 * call that leaves out a placeholder's value does not compile.
 */

type Catalogue = Record<string, Message>;

/*
 * The strings each source file can produce, as TypeScript sees them: every string literal, and
 * every template the key is built from (`status.${code}`) as the union of the keys it can be.
 */
const program = (() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    'static/tsconfig.json',
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('static/tsconfig.json could not be read');
  return ts.createProgram(config.fileNames, config.options);
})();

const usedWords = new Map<string, Set<string>>();
{
  const checker = program.getTypeChecker();
  for (const source of program.getSourceFiles()) {
    const file = relative('.', source.fileName);
    if (!file.startsWith('static/src/')) continue;
    const words = new Set<string>();
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteralLike(node)) words.add(node.text);
      if (ts.isTemplateExpression(node)) {
        const type = checker.getTypeAtLocation(node);
        for (const part of type.isUnion() ? type.types : [type]) {
          if (part.isStringLiteral()) words.add(part.value);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    usedWords.set(file, words);
  }
}

const CATALOGUES: { name: string; en: Catalogue; pl: Catalogue; code: string[] }[] = [
  {
    name: 'the page',
    en,
    pl,
    code: [...usedWords.keys()].filter(
      (file) => !/^static\/src\/i18n\/(en|pl)\.ts$/.test(file) && !file.endsWith('/messages.ts'),
    ),
  },
  {
    name: 'Get started',
    en: getStartedEn,
    pl: getStartedPl,
    code: ['static/src/components/onboarding/GetStarted.tsx'],
  },
];

function placeholders(message: Message): string[] {
  const forms = typeof message === 'string' ? [message] : Object.values(message);
  const names = forms.flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
  return [...new Set(names)].sort();
}

function pluralForms(message: Message): string[] | null {
  return typeof message === 'string' ? null : Object.keys(message).sort();
}

const categories = (locale: string) =>
  [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();

describe.each(CATALOGUES)('the words of $name', (catalogue) => {
  test('English and Polish have the same keys, in the same order', () => {
    expect(Object.keys(catalogue.pl)).toEqual(Object.keys(catalogue.en));
  });

  test('each key has the same placeholders in both languages', () => {
    const differ = Object.keys(catalogue.en).filter(
      (key) =>
        placeholders(catalogue.en[key]!).join() !== placeholders(catalogue.pl[key] ?? '').join(),
    );
    expect(differ).toEqual([]);
  });

  test('a plural message has every form its language needs, and no other', () => {
    const enForms = categories('en');
    const plForms = categories('pl');
    expect(plForms).toEqual(['few', 'many', 'one', 'other']);
    const wrong = Object.keys(catalogue.en).flatMap((key) => {
      const english = pluralForms(catalogue.en[key]!);
      const polish = pluralForms(catalogue.pl[key] ?? '');
      if (english === null && polish === null) return [];
      const problems: string[] = [];
      if (english?.join() !== enForms.join()) problems.push(`${key} (en: ${String(english)})`);
      if (polish?.join() !== plForms.join()) problems.push(`${key} (pl: ${String(polish)})`);
      return problems;
    });
    expect(wrong).toEqual([]);
  });

  test('a plural message is chosen by count, so each of them has one', () => {
    const withoutCount = Object.keys(catalogue.en).filter(
      (key) =>
        pluralForms(catalogue.en[key]!) !== null &&
        !/\{count\}/.test(JSON.stringify(catalogue.en[key])),
    );
    // Forms may leave the number out ("The site’s only space"), but some form shows it.
    expect(withoutCount).toEqual([]);
  });

  test('every key is used by the code', () => {
    const unused = Object.keys(catalogue.en).filter(
      (key) => !catalogue.code.some((file) => usedWords.get(file)?.has(key)),
    );
    expect(unused).toEqual([]);
  });
});

describe('filling in a message', () => {
  const t = createTranslator(en, 'en-GB');

  test('a count of spaces reads right for one and for many', () => {
    expect(t('coverage.allInPlan', { count: 1 })).toBe('The only space is in the backup plan.');
    expect(t('coverage.allInPlan', { count: 40 })).toBe('All 40 spaces are in the backup plan.');
    expect(t('coverage.shown', { shown: 1, count: 1 })).toBe('Loaded 1 of 1 space');
    expect(t('coverage.shown', { shown: 20, count: 1_200 })).toBe('Loaded 20 of 1,200 spaces');
    expect(t('progress.text', { done: 0, count: 1 })).toBe('0 of 1 space');
    expect(t('progress.text', { done: 3, count: 40 })).toBe('3 of 40 spaces');
    const unprotected = (count: number) =>
      t('alert.SPACES_UNPROTECTED.body', { protected: 0, count, causes: 'none seen' });
    expect(unprotected(1)).toBe('0 of 1 space is protected: none seen.');
    expect(unprotected(2)).toBe('0 of 2 spaces are protected: none seen.');
    expect(t('verdict.member.SPACES_UNPROTECTED', { protected: 0, count: 1 })).toBe(
      '0 of 1 space is protected. Ask a Jira administrator to protect it.',
    );
  });

  test('in Polish, with the forms for 1, for 2 to 4 and for 5 or more', () => {
    const polish = createTranslator(pl, 'pl-PL');
    const all = (count: number) => polish('coverage.allInPlan', { count });
    expect([1, 3, 5, 22].map(all)).toEqual([
      'Jedyna przestrzeń jest w planie kopii.',
      'Wszystkie 3 przestrzenie są w planie kopii.',
      'Wszystkich 5 przestrzeni jest w planie kopii.',
      'Wszystkie 22 przestrzenie są w planie kopii.',
    ]);
    expect(polish('coverage.shown', { shown: 1, count: 1 })).toBe('Wczytano 1 z 1 przestrzeni');
    expect(polish('progress.text', { done: 2, count: 5 })).toBe('2 z 5 przestrzeni');
  });

  test('a value missing at run time shows as nothing, never as its {placeholder}', () => {
    // Only a caller the types cannot see (a key from a newer backend) can leave one out.
    const untyped = t as unknown as (key: string, params?: object) => string;
    expect(untyped('summary.took')).toBe('took ');
    expect(untyped('summary.took', {})).not.toContain('{');
  });

  test('a missing or unknown param does not compile', () => {
    const typeChecked = (translate: Translate) => [
      // @ts-expect-error: "took {duration}" needs its duration.
      translate('summary.took'),
      // @ts-expect-error: and nothing else.
      translate('summary.took', { duration: '42 min', extra: 1 }),
      // @ts-expect-error: a plural message needs the count that picks its form.
      translate('summary.projectsFailed', {}),
      // @ts-expect-error: a message without placeholders takes no params.
      translate('action.retry', { count: 1 }),
      translate('summary.took', { duration: '42 min' }),
      translate('summary.projectsFailed', { count: 2 }),
      translate('action.retry'),
    ];
    expect(typeChecked(t)).toEqual([
      'took ',
      'took 42 min',
      ' spaces failed',
      'Retry',
      'took 42 min',
      '2 spaces failed',
      'Retry',
    ]);
    const part = createPartTranslator<typeof getStartedEn>(getStartedEn, 'en-GB');
    // @ts-expect-error: a part's own words are typed from their templates too.
    expect(part('connect.done', { region: 'Europe' })).toBe(
      'Connected in Europe with the account .',
    );
  });
});
