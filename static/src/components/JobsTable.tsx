import DynamicTable from '@atlaskit/dynamic-table';
import type { BackupJob } from '../../../src/contract';
import { useI18n } from '../hooks/useI18n';
import { styles } from '../styles';
import { StatusLozenge } from './StatusLozenge';

const ROWS_PER_PAGE = 10;

/** The recent backups table: its own chunk, with Atlaskit's dynamic table (see RecentJobs). */
export default function JobsTable({ jobs }: { jobs: BackupJob[] }) {
  const { t, format } = useI18n();
  const head = {
    cells: [
      { key: 'start', content: t('jobs.start') },
      { key: 'duration', content: t('jobs.duration') },
      { key: 'outcome', content: t('jobs.outcome') },
      { key: 'succeeded', content: t('jobs.succeeded') },
      { key: 'failed', content: t('jobs.failed') },
      { key: 'trigger', content: t('jobs.trigger') },
    ],
  };
  const rows = jobs.map((job) => ({
    key: job.id,
    cells: [
      {
        key: 'start',
        content: <span style={styles.nowrap}>{format.dateTime(job.startedAt)}</span>,
      },
      {
        key: 'duration',
        content:
          job.finishedAt === null ? (
            <span style={{ ...styles.subtle, ...styles.nowrap }}>
              {t('jobs.soFar', {
                duration: format.duration(Date.now() - Date.parse(job.startedAt)),
              })}
            </span>
          ) : (
            <span style={styles.nowrap}>
              {format.duration(Date.parse(job.finishedAt) - Date.parse(job.startedAt))}
            </span>
          ),
      },
      { key: 'outcome', content: <StatusLozenge status={job.outcome} /> },
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
  }));
  return (
    <DynamicTable
      label={t('jobs.heading')}
      head={head}
      rows={rows}
      rowsPerPage={ROWS_PER_PAGE}
      emptyView={<p style={styles.subtle}>{t('jobs.empty')}</p>}
      paginationi18n={{
        label: t('pagination.label'),
        pageLabel: t('pagination.page'),
        prev: t('pagination.prev'),
        next: t('pagination.next'),
      }}
    />
  );
}
