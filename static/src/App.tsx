import { useEffect, useState, type CSSProperties } from 'react';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { Overview, Region } from '../../src/contract';
import { Dashboard } from './components/dashboard/Dashboard';
import { CallFailure } from './components/shared/CallFailure';
import { LazyBoundary } from './components/shared/LazyBoundary';
import { PageHeader } from './components/shared/PageHeader';
import { StatusSkeleton } from './components/status/StatusSkeleton';
import type { ViewerContext } from './api';
import { startFirstReads, type FirstReads, type FirstView } from './firstRead';
import { defaultI18n, I18nContext, type I18n } from './i18n';
import { useI18n } from './hooks/useI18n';
import { useNotices, type NoticeControls } from './hooks/useNotices';
import { useOverview, type OverviewControls } from './hooks/useOverview';
import * as updates from './overviewUpdates';
import { parts } from './parts';

/** The page's column: as wide as Jira's content area allows, centred. */
const pageStyles: CSSProperties = {
  color: token('color.text'),
  padding: token('space.300', '24px'),
  maxWidth: '1120px',
  margin: '0 auto',
};

/** A slow first read: the page's header and the shape of what is coming, not a lone spinner. */
function Loading() {
  return (
    // data-first-load: what the page tests wait to see gone before they look at the page.
    <div aria-busy="true" data-first-load="">
      <PageHeader />
      <StatusSkeleton />
    </div>
  );
}

/** manifest.yml's `jira:adminPage` that Jira's apps manager opens as "Get started". */
export const GET_STARTED_MODULE = 'gitprotect-get-started';

/** After Connect, focus goes to the page's heading, not to the body the form left behind. */
function focusPageHeading() {
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}

function Page({
  controls,
  notices,
  context,
}: {
  controls: OverviewControls;
  notices: NoticeControls;
  context: ViewerContext;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { state, reload, refresh, replace } = controls;
  // Each connect is one more: the heading takes the focus once the page drawn for it is there.
  const [connects, setConnects] = useState(0);
  // The email and region of the last connection seen, kept for reconnecting after Disconnect.
  const [previous, setPrevious] = useState<{ email: string; region: Region } | null>(null);
  const seen = state.kind === 'ready' && state.overview.connected ? state.overview : null;
  const seenEmail = seen?.token.email ?? null;
  const seenRegion = seen?.region ?? null;
  useEffect(() => {
    if (seenRegion !== null) setPrevious({ email: seenEmail ?? '', region: seenRegion });
  }, [seenEmail, seenRegion]);
  useEffect(() => {
    if (connects > 0) focusPageHeading();
  }, [connects]);

  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'failed') {
    return (
      <>
        <PageHeader />
        <CallFailure
          title={t('loadError.title')}
          error={state.error}
          onRetry={() => void reload()}
        />
      </>
    );
  }
  const overview = state.overview;
  const onConnected = (connected: Overview) => {
    replace(updates.connected(connected));
    setConnects((count) => count + 1);
    notices.notify({ appearance: 'success', title: t('setup.connected') });
  };
  const setupForm = (
    <LazyBoundary part={parts.setup}>
      <parts.setup.Component onConnected={onConnected} previous={previous} />
    </LazyBoundary>
  );
  // Right after install Jira opens "Get started": the steps to a protected site, not the status.
  if (context.moduleKey === GET_STARTED_MODULE && overview.viewer.isAdmin) {
    return (
      <LazyBoundary part={parts.getStarted}>
        <parts.getStarted.Component
          overview={overview}
          mainPageUrl={context.mainPageUrl}
          setupForm={overview.connected ? null : setupForm}
        />
      </LazyBoundary>
    );
  }
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
  return (
    <>
      <PageHeader />
      {setupForm}
    </>
  );
}

export interface AppProps {
  /** The first reads, already under way; started here when absent. */
  reads?: FirstReads;
  /** Both first reads, when they arrived before the first render. */
  ready?: FirstView;
}

export function App({ reads, ready }: AppProps) {
  const [first] = useState(() => reads ?? startFirstReads());
  const [i18n, setI18n] = useState<I18n | null>(ready?.i18n ?? null);
  const [context, setContext] = useState<ViewerContext | null>(ready?.context ?? null);
  const controls = useOverview(first.overview, ready?.overview);
  const notices = useNotices();

  useEffect(() => {
    let current = true;
    void Promise.all([first.i18n, first.context]).then(([loaded, where]) => {
      if (!current) return;
      document.documentElement.lang = loaded.language;
      setI18n(loaded);
      setContext(where);
    });
    return () => {
      current = false;
    };
  }, [first]);

  return (
    <I18nContext.Provider value={i18n ?? defaultI18n()}>
      <main style={pageStyles}>
        {i18n && context ? (
          <Page controls={controls} notices={notices} context={context} />
        ) : (
          <Loading />
        )}
      </main>
    </I18nContext.Provider>
  );
}
