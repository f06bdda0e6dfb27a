import { useEffect, useRef, useState, type CSSProperties } from 'react';
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Box, Inline, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { BackupJob } from '../../../../src/contract';
import { describeDuration } from '../../wording/describe';
import { useDialogs } from '../../hooks/useDialogs';
import { useI18n } from '../../hooks/useI18n';
import { jobDetailsPart } from './jobDetailsPart';
import { useJobHistory } from './useJobHistory';
import { CallFailure } from '../shared/CallFailure';
import { LinkButton } from '../shared/LinkButton';
import { StatusLozenge } from '../status/StatusLozenge';
import '../../focus.css';

/**
 * Fixed shares of the width (percent): a running job's "so far" or a long admin name arriving
 * does not move the columns; a long date (one with its year) wraps rather than being cut off.
 * Below the table's least width the box scrolls instead, so the outcome and the start come
 * first: on a phone's 390 px they are what shows before any scrolling.
 */
const WIDTHS = { outcome: 21, start: 18, duration: 16, succeeded: 12, failed: 12, trigger: 21 };
const COLUMNS = ['outcome', 'start', 'duration', 'succeeded', 'failed', 'trigger'] as const;
const local: Record<string, CSSProperties> = {
  table: { minWidth: '880px' },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
};

/**
 * Whether the box is narrower than what it holds: only then is it a tab stop, so a keyboard
 * can scroll the table on a narrow screen without an extra stop on a wide one.
 */
function useOverflows<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth + 1);
    // The box keeps its width when the table arrives or grows: watch the content as well.
    const resized = new ResizeObserver(measure);
    const changed = new MutationObserver(measure);
    resized.observe(box);
    changed.observe(box, { childList: true, subtree: true });
    measure();
    return () => {
      resized.disconnect();
      changed.disconnect();
    };
  }, []);
  return { ref, overflows };
}

export interface JobsTableProps {
  /** The overview's recent jobs, the running one included. */
  jobs: BackupJob[];
  /** The backend's clock: a running job's "so far" counts from it. */
  now: Date;
  /** Admins: each start time opens that backup's details. */
  canOpenDetails: boolean;
}

/**
 * The backups table, older pages on request, and (for admins) each backup's details: its own
 * chunk, with Atlaskit's dynamic table (see RecentJobs).
 */
export default function JobsTable({ jobs: recent, now, canOpenDetails }: JobsTableProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const { ref, overflows } = useOverflows<HTMLDivElement>();
  const history = useJobHistory(recent);
  const dialogs = useDialogs();

  const head = {
    cells: COLUMNS.map((key) => ({ key, content: t(`jobs.${key}`), width: WIDTHS[key] })),
  };
  // Rows whose start would read alike (the same minute) show the seconds.
  const byMinute = new Map<string, number>();
  for (const job of history.jobs) {
    const shown = format.dateTime(job.startedAt);
    byMinute.set(shown, (byMinute.get(shown) ?? 0) + 1);
  }
  const rows = history.jobs.map((job) => {
    const minute = format.dateTime(job.startedAt);
    const start =
      (byMinute.get(minute) ?? 0) > 1 ? format.dateTimeWithSeconds(job.startedAt) : minute;
    return {
      key: job.id,
      cells: [
        { key: 'outcome', content: <StatusLozenge status={job.outcome} /> },
        {
          key: 'start',
          content: canOpenDetails ? (
            <LinkButton
              aria-label={t('jobs.details', { start })}
              onPointerEnter={jobDetailsPart.preload}
              onFocus={jobDetailsPart.preload}
              onClick={() => dialogs.open({ kind: 'jobDetails', job })}
            >
              {start}
            </LinkButton>
          ) : (
            <span>{start}</span>
          ),
        },
        {
          key: 'duration',
          content: (
            <span
              style={
                job.finishedAt === null
                  ? { color: token('color.text.subtle') }
                  : { whiteSpace: 'nowrap' }
              }
            >
              {describeDuration(job, now, i18n)}
            </span>
          ),
        },
        { key: 'succeeded', content: format.number(job.projectsSucceeded) },
        { key: 'failed', content: format.number(job.projectsFailed) },
        {
          key: 'trigger',
          content:
            job.trigger.kind === 'ADMIN'
              ? (job.trigger.displayName ?? t('jobs.byAdmin'))
              : t('jobs.bySchedule'),
        },
      ],
    };
  });

  return (
    <>
      <div
        ref={ref}
        className="gp-focus-ring"
        style={local.scroller}
        // A box that scrolls sideways must be reachable by keyboard to be scrolled (axe:
        // scrollable-region-focusable); it is a tab stop only while it scrolls.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={overflows ? 0 : undefined}
        role="group"
        aria-labelledby="jobs-heading"
      >
        <div style={local.table}>
          <DynamicTable
            label={t('jobs.heading')}
            head={head}
            rows={rows}
            isFixedSize
            emptyView={
              <Text as="p" color="color.text.subtle">
                {t('jobs.empty')}
              </Text>
            }
          />
        </div>
      </div>
      {overflows && history.jobs.length > 0 ? (
        <Box paddingBlockStart="space.100">
          <Text size="small" color="color.text.subtle">
            {t('jobs.scrollHint')}
          </Text>
        </Box>
      ) : null}
      <Box paddingBlockStart="space.150">
        <Inline space="space.150" alignBlock="center" shouldWrap>
          {history.hasOlder ? (
            <Button isLoading={history.loading} onClick={() => void history.loadOlder()}>
              {t('jobs.older')}
            </Button>
          ) : null}
          <span role="status">
            <Text size="small" color="color.text.subtle">
              {history.pagedBeyondRecent ? t('jobs.shown', { count: history.jobs.length }) : ''}
            </Text>
          </span>
        </Inline>
      </Box>
      {history.failure ? (
        <Box paddingBlockStart="space.300">
          <CallFailure
            title={t('jobs.olderFailed')}
            error={history.failure}
            onRetry={() => void history.loadOlder()}
          />
        </Box>
      ) : null}
    </>
  );
}
