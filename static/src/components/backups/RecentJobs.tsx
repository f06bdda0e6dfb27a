import { useMemo } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Stack, Text } from '@atlaskit/primitives/compiled';
import { token } from '@atlaskit/tokens';
import type { ConnectedOverview } from '../../../../src/contract';
import { useAfterPaint } from '../../hooks/useAfterPaint';
import { useBackendNow } from '../../hooks/useBackendNow';
import { useI18n } from '../../hooks/useI18n';
import { parts } from '../../parts';
import { LazyBoundary } from '../shared/LazyBoundary';
import '../../focus.css';

function NoJobs({ onFirstBackup }: { onFirstBackup?: () => void }) {
  const { t } = useI18n();
  if (!onFirstBackup) return <p style={{ color: token('color.text.subtle') }}>{t('jobs.empty')}</p>;
  return (
    <Box paddingBlockStart="space.200">
      <Stack space="space.150">
        <Text as="p" color="color.text.subtle">
          {t('jobs.emptyAdmin')}
        </Text>
        <div>
          <Button appearance="primary" onClick={onFirstBackup}>
            {t('jobs.firstBackup')}
          </Button>
        </div>
      </Stack>
    </Box>
  );
}

/** The table's place while it waits for the first paint and then for its code. */
const tableComing = <div aria-busy="true" />;

export interface RecentJobsProps {
  overview: ConnectedOverview;
  /** Admins: an empty table offers the first backup. */
  onFirstBackup?: () => void;
}

/**
 * The recent backups: the heading at once, the table once the status is on screen and the
 * table's code has arrived (its download starts after that first paint, so it does not hold the
 * status up). The running job is in it as soon as the status says a backup runs, even before the
 * next read lists it among the recent jobs.
 */
export function RecentJobs({ overview, onFirstBackup }: RecentJobsProps) {
  const { t } = useI18n();
  const now = useBackendNow();
  const { recentJobs, runningJob } = overview;
  const afterPaint = useAfterPaint(parts.jobsTable.loaded());
  const jobs = useMemo(
    () =>
      runningJob && !recentJobs.some((job) => job.id === runningJob.id)
        ? [runningJob, ...recentJobs]
        : recentJobs,
    [recentJobs, runningJob],
  );
  return (
    <Box as="section" aria-labelledby="jobs-heading" paddingBlockStart="space.300">
      <Heading size="medium" as="h2" id="jobs-heading">
        {t('jobs.heading')}
      </Heading>
      {jobs.length === 0 ? (
        <NoJobs onFirstBackup={onFirstBackup} />
      ) : !afterPaint ? (
        tableComing
      ) : (
        <LazyBoundary part={parts.jobsTable} fallback={tableComing}>
          <parts.jobsTable.Component
            jobs={jobs}
            now={now}
            canOpenDetails={overview.viewer.isAdmin}
          />
        </LazyBoundary>
      )}
    </Box>
  );
}
