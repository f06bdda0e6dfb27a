/**
 * The page's first read: the overview, where Jira shows the page and the viewer's language, from
 * the moment the page loads to its first render.
 *
 * index.html runs `startEarly` from an entry script of its own (static/firstReadEntry.ts), before
 * the UI code: the getOverview round trip is under way while the browser is still fetching and
 * compiling React and Atlaskit. main.tsx then takes the reads over with `startFirstReads` and
 * waits a moment for them with `firstViewWithin`.
 */
import type { Overview } from '../../src/contract';
import { api, enableTheme, getViewerContext, type Result, type ViewerContext } from './api';
import { browserTimeZone } from './wording/format';
import { createI18n, loadCatalogue, pickLanguage, type I18n } from './i18n';
import { en } from './i18n/en';

/** What the page shows first: the viewer's language and the overview, each once it arrives. */
export interface FirstReads {
  i18n: Promise<I18n>;
  overview: Promise<Result<Overview>>;
  /** Where Jira shows the page (which module) and how to reach the main page. */
  context: Promise<ViewerContext>;
}

/** The first reads, once they have arrived. */
export interface FirstView {
  i18n: I18n;
  overview: Result<Overview>;
  context: ViewerContext;
}

/** The reads `startEarly` started, until `startFirstReads` takes them over (once). */
let early: FirstReads | undefined;

/**
 * Starts the first reads before the UI code is evaluated; the entry script's only call.
 */
export function startEarly(): void {
  early ??= readAll();
  // Jira's theme stylesheet then applies to a still-empty page, instead of restyling the whole
  // rendered page when it arrives.
  enableTheme();
  // A page's first Intl date format loads the browser's locale and zone data: 20 to 40 ms of main
  // thread on a busy machine. Here it fills a wait (the requests are out, the UI code is still
  // arriving) instead of delaying the first render, whose dates need it. Never later than there.
  browserTimeZone();
}

/**
 * Takes over the reads `startEarly` started, or starts them when it did not run. Once per page:
 * a second call starts a second getOverview.
 */
export function startFirstReads(): FirstReads {
  const reads = early ?? readAll();
  early = undefined;
  return reads;
}

/** The first view when all the reads arrive within `ms`; undefined when any takes longer. */
export function firstViewWithin(reads: FirstReads, ms: number): Promise<FirstView | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  const all = Promise.all([reads.i18n, reads.overview, reads.context]).then(
    ([i18n, overview, context]) => ({ i18n, overview, context }),
  );
  return Promise.race([all, late]).finally(() => clearTimeout(timer));
}

function readAll(): FirstReads {
  // getOverview first: the round trip the first render waits for leaves before anything else.
  const overview = api.getOverview();
  const context = getViewerContext();
  return { overview, context, i18n: loadI18n(context) };
}

async function loadI18n(context: Promise<ViewerContext>): Promise<I18n> {
  const { locale = navigator.language, timeZone } = await context;
  const language = pickLanguage(locale);
  let i18n: I18n;
  try {
    i18n = createI18n(await loadCatalogue(language), language, locale, timeZone);
  } catch {
    // A language chunk that fails to download must not cost the admin the whole page.
    i18n = createI18n(en, 'en', locale, timeZone);
  }
  prepareFormats(i18n);
  return i18n;
}

const DAY_MS = 86_400_000;

/**
 * Builds the Intl formatters the status's first paint writes with (its dates, "3 days ago", the
 * schedule's days and hour, a backup's duration) while the page still waits for its overview, which
 * Jira's context usually precedes: each costs milliseconds the first time, in the first render
 * otherwise (`npm run bench:first-path` showed format.ts there).
 */
function prepareFormats({ format }: I18n): void {
  const now = new Date();
  format.dateTime(now);
  format.relative(new Date(now.getTime() - DAY_MS), now);
  format.list(['', '']);
  format.hour(2);
  format.duration(90 * 60_000);
}
