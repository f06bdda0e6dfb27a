import { createContext } from 'react';
import { createFormatter, normaliseLocale, type Formatter } from '../format';
import { en, type MessageKey } from './en';

export type { MessageKey } from './en';

/** Plural forms follow `Intl.PluralRules` categories; `other` is always required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Catalogue = Record<MessageKey, Message>;
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

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
  return translatorOf((key) => catalogue[key] ?? en[key], locale);
}

/**
 * A translator for a lazily loaded part's own words (`messages`, one catalogue per language),
 * so they download with the part rather than with the first load.
 */
export function createPartTranslator<K extends string>(
  messages: Record<K, Message>,
  locale: string,
): (key: K, params?: Params) => string {
  return translatorOf((key) => messages[key], locale);
}

function translatorOf<K extends string>(
  messageOf: (key: K) => Message | undefined,
  locale: string,
): (key: K, params?: Params) => string {
  const plurals = new Intl.PluralRules(locale);
  let numbers: Intl.NumberFormat | undefined;
  return (key, params = {}) => {
    const message: Message = messageOf(key) ?? key;
    const template =
      typeof message === 'string'
        ? message
        : (message[plurals.select(Number(params.count ?? 0))] ?? message.other);
    return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
      const value = params[name];
      if (value === undefined) return placeholder;
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
