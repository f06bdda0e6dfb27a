import type { Overview } from '../../src/contract';
import { api, getViewerContext, type Result, type ViewerContext } from './api';
import { createI18n, loadCatalogue, pickLanguage, type I18n } from './i18n';
import { en } from './i18n/en';
import { firstContext, firstOverview } from './pendingRead';

/** What the page shows first: the viewer's language and the overview, each once it arrives. */
export interface FirstReads {
  i18n: Promise<I18n>;
  overview: Promise<Result<Overview>>;
  /** Where Jira shows the page (which module) and how to reach the main page. */
  context: Promise<ViewerContext>;
}

/** Both first reads, once they have arrived. */
export interface FirstView {
  i18n: I18n;
  overview: Result<Overview>;
  context: ViewerContext;
}

async function loadI18n(context: Promise<ViewerContext>): Promise<I18n> {
  const { locale = navigator.language, timeZone } = await context;
  const language = pickLanguage(locale);
  try {
    return createI18n(await loadCatalogue(language), language, locale, timeZone);
  } catch {
    // A language chunk that fails to download must not cost the admin the whole page.
    return createI18n(en, 'en', locale, timeZone);
  }
}

/**
 * Takes over the reads firstRead.ts started before the UI code was evaluated, or starts them
 * when it did not run. Once per page: a second call starts a second getOverview.
 */
export function startFirstReads(): FirstReads {
  const context = firstContext.take() ?? getViewerContext();
  return {
    i18n: loadI18n(context),
    overview: firstOverview.take() ?? api.getOverview(),
    context,
  };
}

/** The first view when both reads arrive within `ms`; undefined when either takes longer. */
export function firstViewWithin(reads: FirstReads, ms: number): Promise<FirstView | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  const both = Promise.all([reads.i18n, reads.overview, reads.context]).then(
    ([i18n, overview, context]) => ({ i18n, overview, context }),
  );
  return Promise.race([both, late]).finally(() => clearTimeout(timer));
}
