import { useState, type CSSProperties } from 'react';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type {
  Alert,
  AlertAction,
  BackupJob,
  ConnectedOverview,
  Overview,
  TokenMetadata,
} from '../../../../src/contract';
import { useAdminActions } from '../../hooks/useAdminActions';
import { useBackendNow } from '../../hooks/useBackendNow';
import { DialogsContext } from '../../hooks/useDialogs';
import { useFinishedJobNotice } from '../../hooks/useFinishedJobNotice';
import { useI18n } from '../../hooks/useI18n';
import { useIdleRefresh } from '../../hooks/useIdleRefresh';
import { useJobPolling } from '../../hooks/useJobPolling';
import type { NoticeControls } from '../../hooks/useNotices';
import type { RefreshOptions } from '../../hooks/useOverview';
import type { SettingsFocus } from '../connection/SettingsTab';
import * as updates from '../../overviewUpdates';
import { parts } from '../../parts';
import { DialogHost, useDialogState } from './DialogHost';
import { LazyBoundary } from '../shared/LazyBoundary';
import { PageHeader } from '../shared/PageHeader';
import { RecentJobs } from '../backups/RecentJobs';
import { StatusSummary } from '../status/StatusSummary';
import { Verdict } from '../status/Verdict';

const tabPanelStyles: CSSProperties = {
  width: '100%',
  paddingBlockStart: token('space.200', '16px'),
};

const BACKUP_TAB = 0;
const SETTINGS_TAB = 1;

/** The backup an alert names (`params.jobId`), when the page has it; else the logs open. */
function jobOf(overview: ConnectedOverview, alert?: Alert): BackupJob | null {
  const id = alert?.params.jobId;
  if (typeof id !== 'string') return null;
  const jobs = [...(overview.lastBackup ? [overview.lastBackup] : []), ...overview.recentJobs];
  return jobs.find((job) => job.id === id) ?? null;
}

export interface DashboardProps {
  overview: ConnectedOverview;
  refresh: (options?: RefreshOptions) => Promise<Overview | null>;
  replace: (update: (current: Overview) => Overview) => void;
  notices: NoticeControls;
}

/** The page of a connected site: status, recent jobs and, for admins, the actions. */
export function Dashboard({ overview, refresh, replace, notices }: DashboardProps) {
  const { t } = useI18n();
  const isAdmin = overview.viewer.isAdmin;
  const { shown, dialogs, exited } = useDialogState();
  const actions = useAdminActions({ overview, refresh, replace, notify: notices.notify, dialogs });
  const [tab, setTab] = useState(BACKUP_TAB);
  // Each request is new (its count goes up), so that a second click focuses again.
  const [settingsFocus, setSettingsFocus] = useState<SettingsFocus | null>(null);
  const focusSettings = (field: SettingsFocus['field']) => {
    setTab(SETTINGS_TAB);
    setSettingsFocus((last) => ({ field, request: (last?.request ?? 0) + 1 }));
  };
  const now = useBackendNow();
  // No backup yet: the jobs table offers the first one (RecentJobs' empty state).
  const firstRun = overview.recentJobs.length === 0 && overview.runningJob === null;

  const running = overview.runningJob !== null || overview.status === 'RUNNING';
  useJobPolling(running, refresh, overview);
  useIdleRefresh(!running, refresh, overview);
  useFinishedJobNotice(overview, notices.notify);

  const onTokenUpdated = (token: TokenMetadata) => {
    replace(updates.tokenUpdated(token));
    // Token alerts are worked out by the backend: read them again.
    void refresh();
  };

  const onAlertAction = (action: AlertAction, alert?: Alert) => {
    if (action === 'UPDATE_TOKEN') {
      focusSettings('token');
    } else if (action === 'RECONNECT') {
      // Reconnecting starts with Disconnect, on the Settings tab, then the setup form: straight
      // to Disconnect.
      focusSettings('disconnect');
    } else if (action === 'BACKUP_NOW') {
      actions.backupNow();
    } else if (action === 'RETRY') {
      void refresh();
    } else if (action === 'OPEN_SPACES') {
      dialogs.open({ kind: 'spaces' });
    } else {
      const job = action === 'OPEN_JOB_DETAILS' ? jobOf(overview, alert) : null;
      if (job) dialogs.open({ kind: 'jobDetails', job });
      else actions.openMoreFeatures();
    }
  };

  const backupView = (
    <>
      <StatusSummary overview={overview} />
      <RecentJobs overview={overview} onFirstBackup={isAdmin ? actions.backupNow : undefined} />
    </>
  );

  return (
    <DialogsContext.Provider value={dialogs}>
      <PageHeader
        actions={
          isAdmin
            ? {
                onEdit: tab === BACKUP_TAB ? actions.openEdit : undefined,
                onBackupNow: actions.backupNow,
                // Right after setup the empty table's "Start the first backup" is the one
                // primary action on the Backup tab.
                backupNowPrimary: !(tab === BACKUP_TAB && firstRun),
                onMoreFeatures: actions.openMoreFeatures,
                onPrepare: (dialog) =>
                  (dialog === 'edit' ? parts.editSchedule : parts.confirm).preload(),
              }
            : undefined
        }
      />
      <Stack space="space.200">
        <Verdict
          overview={overview}
          onAction={isAdmin ? onAlertAction : undefined}
          onRetry={() => void refresh()}
        />
        {isAdmin ? null : (
          <Text as="p" color="color.text.subtle">
            {t('readOnly.body')}
          </Text>
        )}
      </Stack>
      {isAdmin ? (
        <Box paddingBlockStart="space.300">
          <Tabs
            id="gitprotect-tabs"
            selected={tab}
            onChange={(index) => {
              setTab(index);
              if (index !== SETTINGS_TAB) setSettingsFocus(null);
            }}
          >
            <TabList>
              <Tab>{t('tabs.backup')}</Tab>
              <Tab>{t('tabs.settings')}</Tab>
            </TabList>
            <TabPanel>
              <div style={tabPanelStyles}>{backupView}</div>
            </TabPanel>
            <TabPanel>
              <div style={tabPanelStyles}>
                <LazyBoundary part={parts.settings}>
                  <parts.settings.Component
                    token={overview.token}
                    onTokenUpdated={onTokenUpdated}
                    focus={settingsFocus}
                  />
                </LazyBoundary>
              </div>
            </TabPanel>
          </Tabs>
        </Box>
      ) : (
        <Box paddingBlockStart="space.300">{backupView}</Box>
      )}
      {isAdmin ? (
        <DialogHost
          shown={shown}
          dialogs={dialogs}
          exited={exited}
          overview={overview}
          now={now}
          actions={actions}
          onFix={onAlertAction}
        />
      ) : null}
    </DialogsContext.Provider>
  );
}
