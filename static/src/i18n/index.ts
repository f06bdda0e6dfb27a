import { createContext } from 'react';
import { createFormatter, normaliseLocale, type Formatter } from '../wording/format';
import { en, type MessageKey } from './en';

export type { MessageKey } from './en';

/** Plural forms follow `Intl.PluralRules` categories; `other` is always required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalogue = Record<MessageKey, Message>;

/** The `{name}` placeholders of one template, as a union of their names. */
type PlaceholdersOf<Template extends string> =
  Template extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/**
 * What a message must be given: a value for each placeholder of each of its forms, and, for a
 * plural message, the `count` that picks the form (even a form that does not show it).
 */
export type ParamsOf<M> = M extends string
  ? { [Name in PlaceholdersOf<M>]: string | number }
  : {
      [Name in PlaceholdersOf<Extract<M[keyof M], string>> | 'count']: Name extends 'count'
        ? number
        : string | number;
    };

/**
 * The params argument of `t(key, …)`: required when the message has placeholders, else none. A
 * key chosen at run time (`status.${code}`) may be called as any of the messages it may be.
 */
export type ParamsArg<M> = M extends unknown
  ? keyof ParamsOf<M> extends never
    ? []
    : [params: ParamsOf<M>]
  : never;

/** A translator over one catalogue whose messages are the literal types of `Messages`. */
export type TranslatorOf<Messages> = <K extends keyof Messages & string>(
  key: K,
  ...params: ParamsArg<Messages[K]>
) => string;

export type Translate = TranslatorOf<typeof en>;

type Params = Record<string, string | number>;

export const LANGUAGES = ['en', 'pl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The catalogue language for a Jira locale such as "pl-PL"; English for anything else. */
export function pickLanguage(locale: string | undefined): Language {
  const language = locale?.split(/[-_]/)[0]?.toLowerCase();
  return LANGUAGES.find((candidate) => candidate === language) ?? 'en';
}

// English ships with the first paint; other languages only reach the viewers who need them.
export async function loadCatalogue(language: Language): Promise<Catalogue> {
  if (language === 'pl') return (await import('./pl')).pl;
  return en;
}

export function createTranslator(catalogue: Catalogue, locale: string): Translate {
  // A key from a newer backend (an alert action, say) shows as itself rather than breaking.
  return translatorOf((key: MessageKey) => catalogue[key] ?? en[key], locale);
}

/**
 * A translator for a lazily loaded part's own words (`messages`, one catalogue per language),
 * so they download with the part rather than with the first load. `Messages` is the English
 * catalogue's type, whose templates say which params each key needs.
 */
export function createPartTranslator<Messages extends Record<string, Message>>(
  messages: Record<keyof Messages, Message>,
  locale: string,
): TranslatorOf<Messages> {
  return translatorOf((key: keyof Messages) => messages[key], locale);
}

function translatorOf<Messages>(
  messageOf: (key: keyof Messages & string) => Message | undefined,
  locale: string,
): TranslatorOf<Messages> {
  const plurals = new Intl.PluralRules(locale);
  let numbers: Intl.NumberFormat | undefined;
  return (key, ...[params]: [Params?]) => {
    const given: Params = params ?? {};
    const message: Message = messageOf(key) ?? key;
    const template =
      typeof message === 'string'
        ? message
        : (message[plurals.select(Number(given.count ?? 0))] ?? message.other);
    // A value the types could not demand (a key from a newer backend) shows as nothing, never
    // as its `{placeholder}`.
    return template.replace(/\{(\w+)\}/g, (_placeholder, name: string) => {
      const value = given[name];
      if (value === undefined) return '';
      if (typeof value !== 'number') return value;
      numbers ??= new Intl.NumberFormat(locale);
      return numbers.format(value);
    });
  };
}

export interface I18n {
  t: Translate;
  format: Formatter;
  language: Language;
}

export function createI18n(
  catalogue: Catalogue,
  language: Language,
  locale: string,
  timeZone: string | undefined,
): I18n {
  const tag = normaliseLocale(locale);
  const t = createTranslator(catalogue, tag);
  return {
    t,
    format: createFormatter(tag, timeZone, {
      justNow: t('time.justNow'),
      inAMoment: t('time.inAMoment'),
    }),
    language,
  };
}

let fallback: I18n | undefined;

/**
 * English in the browser's zone, for the moments before the viewer's context arrives. Built on
 * first use: a page whose first reads arrive in time never needs it.
 */
export function defaultI18n(): I18n {
  fallback ??= createI18n(en, 'en', 'en-GB', undefined);
  return fallback;
}

/** Null outside a provider; read it through useI18n() or i18nOf(). */
export const I18nContext = createContext<I18n | null>(null);

export function i18nOf(context: I18n | null): I18n {
  return context ?? defaultI18n();
}
