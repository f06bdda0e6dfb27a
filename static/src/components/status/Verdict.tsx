import { Stack, Text } from '@atlaskit/primitives/compiled';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { Alert, AlertAction, ConnectedOverview } from '../../../../src/contract';
import { describeProgress, lastSuccessToName } from '../../wording/describe';
import { useBackendNow } from '../../hooks/useBackendNow';
import { useI18n } from '../../hooks/useI18n';
import type { I18n } from '../../i18n';
import { alertText, type Reader } from './alertText';
import { OtherCauses } from './OtherCauses';

/** The calm line of a protected site: "Last backup 2 hours ago, next in 22 hours." */
function protectedText(overview: ConnectedOverview, { t, format }: I18n, now: Date) {
  const lastSuccess = overview.health.lastSuccessAt ?? overview.lastBackup?.finishedAt ?? null;
  const next = overview.nextBackupAt ? format.upcoming(overview.nextBackupAt, now) : null;
  if (lastSuccess === null) {
    return {
      title: t('verdict.PROTECTED.firstTitle'),
      body: next
        ? t('verdict.PROTECTED.firstBody', { next })
        : t('verdict.PROTECTED.firstBodyNoNext'),
    };
  }
  const last = format.relative(lastSuccess, now);
  return {
    title: t('verdict.PROTECTED.title'),
    body: next
      ? t('verdict.PROTECTED.body', { last, next })
      : t('verdict.PROTECTED.bodyNoNext', { last }),
  };
}

/** "A backup is running: 7 of 25 spaces so far." while one runs, else nothing. */
function RunningLine({ overview }: { overview: ConnectedOverview }) {
  const { t } = useI18n();
  const job = overview.runningJob;
  if (!job) return null;
  return <Text as="p">{t('verdict.running', { progress: describeProgress(job, t) })}</Text>;
}

/** While the last backup did not succeed: when the last one that did finished, or that none has. */
function lastSuccessWords(overview: ConnectedOverview, { t, format }: I18n, now: Date) {
  const at = lastSuccessToName(overview);
  if (at === undefined) return null;
  return at === null
    ? t('verdict.noSuccess')
    : t('verdict.lastSuccess', { date: format.dateTime(at), ago: format.relative(at, now) });
}

interface VerdictProps {
  overview: ConnectedOverview;
  /** Absent for viewers who cannot act: they are told whom to ask instead. */
  onAction?: (action: AlertAction, alert?: Alert) => void;
  onRetry: () => void;
}

/**
 * One verdict at the top of the page: whether Jira is protected, or the root cause of what is
 * wrong (the backend orders `alerts` root cause first), in one headline and one sentence, with
 * the one action that fixes it. The other causes wait, collapsed, below.
 */
export function Verdict({ overview, onAction, onRetry }: VerdictProps) {
  const i18n = useI18n();
  const now = useBackendNow();
  const reader: Reader = { isAdmin: onAction !== undefined, now };
  const [root, ...others] = overview.alerts;

  if (!root) {
    const { title, body } = protectedText(overview, i18n, now);
    return (
      <div data-verdict="PROTECTED">
        <SectionMessage appearance="success" title={title}>
          <Text as="p">{body}</Text>
          <RunningLine overview={overview} />
        </SectionMessage>
      </div>
    );
  }

  const { title, body } = alertText(root, i18n, reader, overview.asOf);
  const lastSuccess = lastSuccessWords(overview, i18n, now);
  // A backup already running is the fix under way: its line shows it, with no second start.
  const underWay = root.action === 'BACKUP_NOW' && overview.runningJob !== null;
  // Retry only reads again: anyone may. Every other fix is an admin's.
  const act = underWay
    ? undefined
    : root.action === 'RETRY'
      ? onRetry
      : onAction
        ? () => onAction(root.action, root)
        : undefined;
  // A backup's details in the app come first; the service's logs stay one step away.
  const logs =
    root.action === 'OPEN_JOB_DETAILS' && onAction
      ? () => onAction('OPEN_MANAGEMENT_SERVICE')
      : undefined;
  return (
    <div data-verdict={root.code}>
      <Stack space="space.075">
        <SectionMessage
          appearance={root.severity === 'error' ? 'error' : 'warning'}
          title={title}
          actions={
            act
              ? [
                  <SectionMessageAction key="fix" onClick={act}>
                    {i18n.t(`alertAction.${root.action}`)}
                  </SectionMessageAction>,
                  ...(logs
                    ? [
                        <SectionMessageAction key="logs" onClick={logs}>
                          {i18n.t('alertAction.OPEN_MANAGEMENT_SERVICE')}
                        </SectionMessageAction>,
                      ]
                    : []),
                ]
              : []
          }
        >
          <Text as="p">{body}</Text>
          {/* An overdue verdict already says when the running backup started. */}
          {root.code === 'BACKUP_OVERDUE' ? null : <RunningLine overview={overview} />}
          {/* An overdue verdict already says since when no backup has succeeded. */}
          {root.code === 'BACKUP_OVERDUE' || lastSuccess === null ? null : (
            <Text as="p">{lastSuccess}</Text>
          )}
        </SectionMessage>
        <OtherCauses alerts={others} />
      </Stack>
    </div>
  );
}
