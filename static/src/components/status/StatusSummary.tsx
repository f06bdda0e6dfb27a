import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives/compiled';
import type { BackupJob, ConnectedOverview } from '../../../../src/contract';
import { DEFAULT_SCHEDULE } from '../../../../src/domain/defaultSchedule';
import { describeDuration, describeSchedule, lastSuccessToName } from '../../wording/describe';
import { parts } from '../../parts';
import { describeStorageRegion } from '../../wording/storageRegion';
import { useBackendNow } from '../../hooks/useBackendNow';
import { useDialogs } from '../../hooks/useDialogs';
import { useI18n } from '../../hooks/useI18n';
import { BackupProgress } from './BackupProgress';
import { Fact, Facts } from '../shared/Facts';
import { LinkButton } from '../shared/LinkButton';
import { StatusLozenge } from './StatusLozenge';

/** "2 hours ago", with the exact time on hover and for assistive technology's asking. */
/** `upcoming`: a time still to come, never written "ago" (`format.upcoming`). */
function Relative({ instant, now, upcoming }: { instant: string; now: Date; upcoming?: boolean }) {
  const { format } = useI18n();
  const exact = format.dateTime(instant);
  return (
    <time dateTime={instant} title={exact}>
      {upcoming ? format.upcoming(instant, now) : format.relative(instant, now)}
    </time>
  );
}

/** Beside a last backup that did not succeed: when the last one that did finished, or none. */
function LastSuccess({ at, now }: { at: string | null; now: Date }) {
  const { t, format } = useI18n();
  if (at === null) {
    return (
      <Text size="small" color="color.text.subtle">
        {t('summary.noSuccess')}
      </Text>
    );
  }
  return (
    <Text size="small" color="color.text.subtle">
      {t('summary.lastSuccess', { date: format.dateTime(at), ago: format.relative(at, now) })}
    </Text>
  );
}

function LastBackup({
  job,
  lastSuccess,
  now,
}: {
  job: BackupJob | null;
  /** `lastSuccessToName` of the overview. */
  lastSuccess: string | null | undefined;
  now: Date;
}) {
  const i18n = useI18n();
  const { t, format } = i18n;
  if (!job) return <Text color="color.text.subtle">{t('summary.noLastBackup')}</Text>;
  const took = job.finishedAt === null ? null : describeDuration(job, now, i18n);
  return (
    <Stack as="span" space="space.075">
      <Relative instant={job.finishedAt ?? job.startedAt} now={now} />
      <Text size="small" color="color.text.subtle">
        {format.dateTime(job.startedAt)}
        {took ? (
          <span style={{ whiteSpace: 'nowrap' }}> · {t('summary.took', { duration: took })}</span>
        ) : null}
      </Text>
      <span>
        <StatusLozenge status={job.outcome} />
        {job.projectsFailed > 0 ? (
          <Text color="color.text.subtle">
            {' '}
            {t('summary.projectsFailed', { count: job.projectsFailed })}
          </Text>
        ) : null}
      </span>
      {lastSuccess === undefined ? null : <LastSuccess at={lastSuccess} now={now} />}
    </Stack>
  );
}

/**
 * When the next backup runs, in the viewer's time; when the plan is kept in another zone, the
 * plan's own hour beside it, so "1:00 AM your time" is visibly the plan's "02:00 Europe/Warsaw".
 * While no backup can run, why not, instead of a date on which nothing will happen.
 */
function NextBackup({ overview, now }: { overview: ConnectedOverview; now: Date }) {
  const { t, format } = useI18n();
  const paused = overview.health.pausedUntil;
  if (paused) return <span>{t(`summary.nextPaused.${paused}`)}</span>;
  const next = overview.nextBackupAt;
  if (!next) return <Text color="color.text.subtle">{t('summary.noNextBackup')}</Text>;
  const planZone = overview.schedule?.timezone;
  return (
    <Stack as="span" space="space.075">
      <Relative instant={next} now={now} upcoming />
      <Text size="small" color="color.text.subtle">
        {format.dateTime(next)}
      </Text>
      {planZone && planZone !== format.timeZone ? (
        <Text size="small" color="color.text.subtle">
          {t('summary.planTime', { time: format.time(next, planZone), zone: planZone })}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * What "secured" counts: spaces in the plan (of those in Jira), and what the last run saved. For
 * admins the count opens every space, protected or why not (its code loads on first open).
 */
function Spaces({ overview, onOpen }: { overview: ConnectedOverview; onOpen?: () => void }) {
  const { t, format } = useI18n();
  const last = overview.lastBackup;
  const count =
    overview.siteProjects === null
      ? format.number(overview.securedProjects)
      : t('summary.securedOf', {
          secured: overview.securedProjects,
          total: overview.siteProjects,
        });
  return (
    <Stack as="span" space="space.075">
      <span>
        {onOpen ? (
          <LinkButton
            title={t('coverage.open')}
            aria-haspopup="dialog"
            onClick={onOpen}
            onPointerEnter={parts.coverage.preload}
            onFocus={parts.coverage.preload}
          >
            {count}
          </LinkButton>
        ) : (
          count
        )}
      </span>
      {last ? (
        <Text size="small" color="color.text.subtle">
          {t('summary.lastRunSaved', { saved: last.projectsSucceeded, total: last.projectsTotal })}
        </Text>
      ) : null}
    </Stack>
  );
}

export function StatusSummary({ overview }: { overview: ConnectedOverview }) {
  const i18n = useI18n();
  const { t } = i18n;
  const now = useBackendNow();
  const paused = overview.health.pausedUntil;
  const dialogs = useDialogs();
  // data-status: where `npm run bench` times the status's first paint.
  return (
    <section aria-labelledby="status-heading" data-status={overview.status}>
      <Heading size="medium" as="h2" id="status-heading">
        {t('summary.heading')}
      </Heading>
      <Facts>
        <Fact label={t('summary.status')}>
          <Stack as="span" space="space.075">
            <span>
              <StatusLozenge status={overview.status} />
            </span>
            {paused ? (
              <Text size="small" color="color.text.subtle">
                {t(`summary.paused.${paused}`)}
              </Text>
            ) : null}
            {overview.runningJob ? <BackupProgress job={overview.runningJob} /> : null}
          </Stack>
        </Fact>
        <Fact label={t('summary.securedProjects')}>
          <Spaces
            overview={overview}
            onOpen={overview.viewer.isAdmin ? () => dialogs.open({ kind: 'spaces' }) : undefined}
          />
        </Fact>
        <Fact label={t('summary.serviceRegion')}>{t(`region.${overview.serviceRegion}`)}</Fact>
        <Fact label={t('summary.storageRegion')}>
          {describeStorageRegion(overview.storageRegion, i18n)}
        </Fact>
        <Fact label={t('summary.lastBackup')}>
          <LastBackup
            job={overview.lastBackup}
            lastSuccess={lastSuccessToName(overview)}
            now={now}
          />
        </Fact>
        <Fact label={t('summary.nextBackup')}>
          <NextBackup overview={overview} now={now} />
        </Fact>
        <Fact label={t('summary.schedule')} wide>
          {overview.schedule
            ? describeSchedule(overview.schedule, i18n)
            : t('summary.defaultPlan', { plan: describeSchedule(DEFAULT_SCHEDULE, i18n) })}
        </Fact>
      </Facts>
    </section>
  );
}
