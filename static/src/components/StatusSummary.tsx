import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import type { BackupJob, ConnectedOverview } from '../../../src/contract';
import { describeSchedule } from '../describe';
import { describeStorageRegion } from '../storageRegion';
import { useI18n } from '../hooks/useI18n';
import { styles } from '../styles';
import { BackupProgress } from './BackupProgress';
import { StatusLozenge } from './StatusLozenge';
import { useBackendNow } from './Verdict';

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { ...styles.fact, ...styles.wideFact } : styles.fact}>
      <dt style={styles.factLabel}>{label}</dt>
      <dd style={styles.factValue}>{children}</dd>
    </div>
  );
}

/** "2 hours ago", with the exact time on hover and for assistive technology's asking. */
function Relative({ instant, now }: { instant: string; now: Date }) {
  const { format } = useI18n();
  const exact = format.dateTime(instant);
  return (
    <time dateTime={instant} title={exact}>
      {format.relative(instant, now)}
    </time>
  );
}

function LastBackup({ job, now }: { job: BackupJob | null; now: Date }) {
  const { t, format } = useI18n();
  if (!job) return <span style={styles.subtle}>{t('summary.noLastBackup')}</span>;
  const took =
    job.finishedAt === null
      ? null
      : format.duration(Date.parse(job.finishedAt) - Date.parse(job.startedAt));
  return (
    <span style={styles.column}>
      <Relative instant={job.finishedAt ?? job.startedAt} now={now} />
      <span style={styles.small}>
        {format.dateTime(job.startedAt)}
        {took ? (
          <span style={styles.nowrap}> · {t('summary.took', { duration: took })}</span>
        ) : null}
      </span>
      <span>
        <StatusLozenge status={job.outcome} />
        {job.projectsFailed > 0 ? (
          <span style={styles.subtle}>
            {' '}
            {t('summary.projectsFailed', { count: job.projectsFailed })}
          </span>
        ) : null}
      </span>
    </span>
  );
}

/**
 * When the next backup runs, in the viewer's time; when the plan is kept in another zone, the
 * plan's own hour beside it, so "1:00 AM your time" is visibly the plan's "02:00 Europe/Warsaw".
 * While no backup can run, why not, instead of a date on which nothing will happen.
 */
function NextBackup({ overview, now }: { overview: ConnectedOverview; now: Date }) {
  const { t, format } = useI18n();
  const paused = overview.health?.pausedUntil ?? null;
  if (paused) return <span>{t(`summary.nextPaused.${paused}`)}</span>;
  const next = overview.nextBackupAt;
  if (!next) return <span style={styles.subtle}>{t('summary.noNextBackup')}</span>;
  const planZone = overview.schedule?.timezone;
  return (
    <span style={styles.column}>
      <Relative instant={next} now={now} />
      <span style={styles.small}>{format.dateTime(next)}</span>
      {planZone && planZone !== format.timeZone ? (
        <span style={styles.small}>
          {t('summary.planTime', { time: format.time(next, planZone), zone: planZone })}
        </span>
      ) : null}
    </span>
  );
}

/** What "secured" counts: spaces in the plan (of those in Jira), and what the last run saved. */
function Spaces({ overview }: { overview: ConnectedOverview }) {
  const { t, format } = useI18n();
  const last = overview.lastBackup;
  return (
    <span style={styles.column}>
      <span>
        {overview.siteProjects === null
          ? format.number(overview.securedProjects)
          : t('summary.securedOf', {
              secured: overview.securedProjects,
              total: overview.siteProjects,
            })}
      </span>
      {last ? (
        <span style={styles.small}>
          {t('summary.lastRunSaved', { saved: last.projectsSucceeded, total: last.projectsTotal })}
        </span>
      ) : null}
    </span>
  );
}

export function StatusSummary({ overview }: { overview: ConnectedOverview }) {
  const i18n = useI18n();
  const { t } = i18n;
  const now = useBackendNow(overview);
  const paused = overview.health?.pausedUntil ?? null;
  // data-status: where `npm run bench` times the status's first paint.
  return (
    <section aria-labelledby="status-heading" data-status={overview.status}>
      <Heading size="medium" as="h2" id="status-heading">
        {t('summary.heading')}
      </Heading>
      <dl style={styles.facts}>
        <Fact label={t('summary.status')}>
          <span style={styles.column}>
            <span>
              <StatusLozenge status={overview.status} />
            </span>
            {paused ? <span style={styles.small}>{t(`summary.paused.${paused}`)}</span> : null}
            {overview.runningJob ? <BackupProgress job={overview.runningJob} /> : null}
          </span>
        </Fact>
        <Fact label={t('summary.securedProjects')}>
          <Spaces overview={overview} />
        </Fact>
        <Fact label={t('summary.serviceRegion')}>{t(`region.${overview.serviceRegion}`)}</Fact>
        <Fact label={t('summary.storageRegion')}>
          {describeStorageRegion(overview.storageRegion, i18n)}
        </Fact>
        <Fact label={t('summary.lastBackup')}>
          <LastBackup job={overview.lastBackup} now={now} />
        </Fact>
        <Fact label={t('summary.nextBackup')}>
          <NextBackup overview={overview} now={now} />
        </Fact>
        <Fact label={t('summary.schedule')} wide>
          {overview.schedule ? describeSchedule(overview.schedule, i18n) : t('summary.defaultPlan')}
        </Fact>
      </dl>
    </section>
  );
}
