import { useState, type ReactNode } from 'react';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import type {
  AlertAction,
  ConnectedOverview,
  Overview,
  TokenMetadata,
} from '../../../src/contract';
import { useAdminActions, withConnected } from '../hooks/useAdminActions';
import { useFinishedJobNotice } from '../hooks/useFinishedJobNotice';
import { useI18n } from '../hooks/useI18n';
import { useJobPolling } from '../hooks/useJobPolling';
import type { NoticeControls } from '../hooks/useNotices';
import { parts } from '../parts';
import { styles } from '../styles';
import { ActionDialogs } from './ActionDialogs';
import { AlertList } from './AlertList';
import { LazyBoundary } from './LazyBoundary';
import { PageHeader } from './PageHeader';
import { RecentJobs } from './RecentJobs';
import { StatusSummary } from './StatusSummary';

const BACKUP_TAB = 0;
const SETTINGS_TAB = 1;

export interface DashboardProps {
  overview: ConnectedOverview;
  refresh: () => Promise<Overview | null>;
  replace: (update: (current: Overview) => Overview) => void;
  notices: NoticeControls;
}

/** Messages above the tabs; takes no room when there are none. */
function MessageArea({ children }: { children: ReactNode[] }) {
  return children.some(Boolean) ? <div style={styles.stack}>{children}</div> : null;
}

/** The page of a connected site: status, recent jobs and, for admins, the actions. */
export function Dashboard({ overview, refresh, replace, notices }: DashboardProps) {
  const { t, format } = useI18n();
  const isAdmin = overview.viewer.isAdmin;
  const actions = useAdminActions({ overview, refresh, replace, notify: notices.notify });
  const [tab, setTab] = useState(BACKUP_TAB);
  const [focusToken, setFocusToken] = useState(false);

  useJobPolling(overview.runningJob !== null || overview.status === 'RUNNING', refresh, overview);
  useFinishedJobNotice(overview, notices.notify);

  const onTokenUpdated = (token: TokenMetadata) => {
    replace(withConnected((current) => ({ ...current, token })));
    // Token alerts are worked out by the backend: read them again.
    void refresh();
  };

  const onAlertAction = (action: AlertAction) => {
    if (action === 'UPDATE_TOKEN') {
      setTab(SETTINGS_TAB);
      setFocusToken(true);
    } else if (action === 'BACKUP_NOW') {
      actions.backupNow();
    } else {
      actions.openMoreFeatures();
    }
  };

  const backupView = (
    <>
      <StatusSummary overview={overview} />
      <RecentJobs jobs={overview.recentJobs} />
    </>
  );

  return (
    <>
      <PageHeader
        actions={
          isAdmin
            ? {
                onEdit: actions.openEdit,
                onBackupNow: actions.backupNow,
                onMoreFeatures: actions.openMoreFeatures,
                onPrepare: (dialog) =>
                  (dialog === 'edit' ? parts.editSchedule : parts.confirm).preload(),
              }
            : undefined
        }
      />
      <MessageArea>
        {overview.stale ? (
          <SectionMessage
            appearance="warning"
            title={t('stale.title')}
            actions={
              <SectionMessageAction onClick={() => void refresh()}>
                {t('action.retry')}
              </SectionMessageAction>
            }
          >
            <p>{t('stale.body', { time: format.timeOfDay(overview.asOf) })}</p>
          </SectionMessage>
        ) : null}
        {overview.alerts.length > 0 ? (
          <AlertList alerts={overview.alerts} onAction={isAdmin ? onAlertAction : undefined} />
        ) : null}
        {isAdmin ? null : (
          <SectionMessage appearance="information">
            <p>{t('readOnly.body')}</p>
          </SectionMessage>
        )}
      </MessageArea>
      {isAdmin ? (
        <div style={styles.section}>
          <Tabs
            id="gitprotect-tabs"
            selected={tab}
            onChange={(index) => {
              setTab(index);
              if (index !== SETTINGS_TAB) setFocusToken(false);
            }}
          >
            <TabList>
              <Tab>{t('tabs.backup')}</Tab>
              <Tab>{t('tabs.settings')}</Tab>
            </TabList>
            <TabPanel>
              <div style={styles.tabPanel}>{backupView}</div>
            </TabPanel>
            <TabPanel>
              <div style={styles.tabPanel}>
                <LazyBoundary onRetry={parts.settings.reset}>
                  {() => (
                    <parts.settings.Component
                      token={overview.token}
                      onTokenUpdated={onTokenUpdated}
                      onDisconnected={() => void refresh()}
                      focusToken={focusToken}
                    />
                  )}
                </LazyBoundary>
              </div>
            </TabPanel>
          </Tabs>
        </div>
      ) : (
        <div style={styles.section}>{backupView}</div>
      )}
      {isAdmin ? <ActionDialogs overview={overview} actions={actions} /> : null}
    </>
  );
}
