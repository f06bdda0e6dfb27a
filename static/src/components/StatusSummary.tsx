import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import type { BackupJob, ConnectedOverview } from '../../../src/contract';
import { describeSchedule } from '../describe';
import { useI18n } from '../hooks/useI18n';
import { styles } from '../styles';
import { BackupProgress } from './BackupProgress';
import { StatusLozenge } from './StatusLozenge';

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div style={wide ? { ...styles.fact, ...styles.wideFact } : styles.fact}>
      <dt style={styles.factLabel}>{label}</dt>
      <dd style={styles.factValue}>{children}</dd>
    </div>
  );
}

function LastBackup({ job }: { job: BackupJob | null }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  if (!job) return <span style={styles.subtle}>{t('summary.noLastBackup')}</span>;
  const took =
    job.finishedAt === null
      ? null
      : format.duration(Date.parse(job.finishedAt) - Date.parse(job.startedAt));
  return (
    <span style={styles.column}>
      <span>
        {format.dateTime(job.startedAt)}
        {took ? (
          <span style={styles.subtle}> · {t('summary.took', { duration: took })}</span>
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

export function StatusSummary({ overview }: { overview: ConnectedOverview }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const secured =
    overview.siteProjects === null
      ? format.number(overview.securedProjects)
      : t('summary.securedOf', {
          secured: overview.securedProjects,
          total: overview.siteProjects,
        });
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
            {overview.runningJob ? <BackupProgress job={overview.runningJob} /> : null}
          </span>
        </Fact>
        <Fact label={t('summary.securedProjects')}>{secured}</Fact>
        <Fact label={t('summary.serviceRegion')}>{t(`region.${overview.serviceRegion}`)}</Fact>
        <Fact label={t('summary.storageRegion')}>{overview.storageRegion}</Fact>
        <Fact label={t('summary.lastBackup')}>
          <LastBackup job={overview.lastBackup} />
        </Fact>
        <Fact label={t('summary.nextBackup')}>
          {overview.nextBackupAt ? (
            format.dateTime(overview.nextBackupAt)
          ) : (
            <span style={styles.subtle}>{t('summary.noNextBackup')}</span>
          )}
        </Fact>
        <Fact label={t('summary.schedule')} wide>
          {overview.schedule ? describeSchedule(overview.schedule, i18n) : t('summary.defaultPlan')}
        </Fact>
      </dl>
    </section>
  );
}
