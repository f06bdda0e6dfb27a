import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { Overview } from '../../src/contract';
import { getViewerContext } from './api';
import { firstContext } from './pendingRead';
import { Dashboard } from './components/Dashboard';
import { LazyBoundary } from './components/LazyBoundary';
import { PageHeader } from './components/PageHeader';
import { describeError } from './errors';
import { en } from './i18n/en';
import {
  createI18n,
  defaultI18n,
  I18nContext,
  loadCatalogue,
  pickLanguage,
  type I18n,
} from './i18n';
import { useI18n } from './hooks/useI18n';
import { useNotices, type NoticeControls } from './hooks/useNotices';
import { useOverview, type OverviewControls } from './hooks/useOverview';
import { parts } from './parts';
import { styles } from './styles';

async function loadI18n(): Promise<I18n> {
  const context = await (firstContext.take() ?? getViewerContext());
  const locale = context.locale ?? navigator.language;
  const language = pickLanguage(locale);
  try {
    return createI18n(await loadCatalogue(language), language, locale, context.timeZone);
  } catch {
    // A language chunk that fails to download must not cost the admin the whole page.
    return createI18n(en, 'en', locale, context.timeZone);
  }
}

function Loading() {
  const { t } = useI18n();
  return (
    <div style={styles.center} aria-busy="true">
      <Spinner size="large" label={t('loading.overview')} />
    </div>
  );
}

function Page({ controls, notices }: { controls: OverviewControls; notices: NoticeControls }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { state, reload, refresh, replace } = controls;

  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'failed') {
    return (
      <>
        <PageHeader />
        <SectionMessage appearance="error" title={t('loadError.title')}>
          <div style={styles.stack}>
            <p>{describeError(state.error, i18n)}</p>
            <div>
              <Button onClick={() => void reload()}>{t('action.retry')}</Button>
            </div>
          </div>
        </SectionMessage>
      </>
    );
  }
  const overview = state.overview;
  if (overview.connected) {
    return <Dashboard overview={overview} refresh={refresh} replace={replace} notices={notices} />;
  }
  if (!overview.viewer.isAdmin) {
    return (
      <>
        <PageHeader />
        <SectionMessage appearance="information" title={t('notSet.title')}>
          <p>{t('notSet.body')}</p>
        </SectionMessage>
      </>
    );
  }
  const onConnected = (connected: Overview) => {
    replace(() => connected);
    notices.notify({ appearance: 'success', title: t('setup.connected') });
  };
  return (
    <>
      <PageHeader />
      <LazyBoundary onRetry={parts.setup.reset}>
        {() => <parts.setup.Component onConnected={onConnected} />}
      </LazyBoundary>
    </>
  );
}

export function App() {
  const [i18n, setI18n] = useState<I18n | null>(null);
  const controls = useOverview();
  const notices = useNotices();

  useEffect(() => {
    let current = true;
    void loadI18n().then((loaded) => {
      if (!current) return;
      document.documentElement.lang = loaded.language;
      setI18n(loaded);
    });
    return () => {
      current = false;
    };
  }, []);

  return (
    <I18nContext.Provider value={i18n ?? defaultI18n}>
      <main style={styles.page}>
        {i18n ? <Page controls={controls} notices={notices} /> : <Loading />}
      </main>
      {notices.notices.length > 0 ? (
        <LazyBoundary onRetry={parts.notifications.reset} fallback={null}>
          {() => (
            <parts.notifications.Component notices={notices.notices} onDismiss={notices.dismiss} />
          )}
        </LazyBoundary>
      ) : null}
    </I18nContext.Provider>
  );
}
