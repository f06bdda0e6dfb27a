import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import type { BackupJob, JobProjectResult } from '../../../../src/contract';
import { type PageError, api } from '../../api';
import { describeDuration } from '../../wording/describe';
import { useCall } from '../../hooks/useCall';
import { useI18n } from '../../hooks/useI18n';
import { CallFailure } from '../shared/CallFailure';
import { DialogFrame } from '../shared/DialogFrame';
import { StatusLozenge } from '../status/StatusLozenge';
import { Fact, Facts } from '../shared/Facts';
import { Disclosure } from '../shared/Disclosure';
import { HandOffButton } from '../shared/HandOffButton';
import { ruleAbove } from '../shared/rules';

/** Per-space results a page at a time: a site can have thousands of spaces. */
const SPACES_PAGE = 50;

const listStyles = xcss({ listStyle: 'none', margin: 'space.0', padding: 'space.0' });
const rowStyles = xcss({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  justifyContent: 'space-between',
  gap: 'space.100',
  paddingBlock: 'space.150',
  ...ruleAbove,
});
// The reason takes the line; the button keeps to the right, or goes under it when narrow.
const whatStyles = xcss({ flex: '1 1 280px', minWidth: '0' });
const actionStyles = xcss({ flex: '0 0 auto' });
const countStyles = xcss({
  color: 'color.text.subtle',
  font: 'font.body.small',
  margin: 'space.0',
});
// The names of the spaces that failed for one reason: as many to a line as fit.
const namesStyles = xcss({
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
  gap: 'space.050',
  listStyle: 'none',
  margin: 'space.0',
  paddingBlockStart: 'space.050',
  // Under the disclosure's words, past its chevron.
  paddingInlineStart: 'space.400',
});
// Without the reset's space above every list item but the first, which breaks a grid's rows.
const nameStyles = xcss({ margin: 'space.0' });
const sectionStyles = xcss({ display: 'flex', flexDirection: 'column', gap: 'space.200' });
const loadingStyles = xcss({ padding: 'space.300', color: 'color.text.subtle' });

const PAGE_REPEATED: PageError = {
  code: 'PAGE_REPEATED',
  message: 'A page repeated what was already shown.',
};

interface Spaces {
  /** The filter these are the spaces of. */
  failedOnly: boolean;
  results: JobProjectResult[];
  nextCursor: string | null;
}

/**
 * One job's per-space results under a filter, a page at a time, read again when the job ends
 * (its spaces then have their final outcomes). Answers to an earlier filter that arrive late are
 * dropped.
 */
function useJobSpaces(jobId: string, failedOnly: boolean, running: boolean) {
  const [loaded, setLoaded] = useState<Spaces | null>(null);
  const [repeated, setRepeated] = useState(false);
  const {
    run,
    pending: loading,
    error,
  } = useCall((cursor: string | null) =>
    api.getJob({
      jobId,
      limit: SPACES_PAGE,
      ...(failedOnly ? { outcome: 'FAILED' as const } : {}),
      ...(cursor ? { cursor } : {}),
    }),
  );
  /** The keys of the spaces shown, so that a page repeating them is caught. */
  const shown = useRef(new Set<string>());

  const load = useCallback(
    async (cursor: string | null) => {
      setRepeated(false);
      const result = await run(cursor);
      if (!result?.ok) return;
      // A page that repeats spaces already shown ends the paging: the rest could loop.
      const earlier = cursor ? shown.current : new Set<string>();
      const fresh = result.data.projects.filter((row) => !earlier.has(row.key));
      const repeats = fresh.length < result.data.projects.length;
      shown.current = new Set([...earlier, ...fresh.map((row) => row.key)]);
      setLoaded((current) => ({
        failedOnly,
        results: [...(cursor && current ? current.results : []), ...fresh],
        nextCursor: repeats ? null : result.data.nextCursor,
      }));
      setRepeated(repeats);
    },
    [run, failedOnly],
  );

  useEffect(() => {
    void load(null);
  }, [load, jobId, running]);

  // Under another filter, the spaces shown so far are not this one's: its first page is coming.
  const spaces = loaded?.failedOnly === failedOnly ? loaded : null;
  return { spaces, loading, failure: error ?? (repeated ? PAGE_REPEATED : null), load };
}

/**
 * A space that this backup saved offers its restore; one that failed has nothing to restore
 * from this backup, so it offers the reason (beside it) and this job's logs.
 */
function SpaceRow({ space, jobId }: { space: JobProjectResult; jobId: string }) {
  const { t } = useI18n();
  const name = t('jobDetails.spaceName', { name: space.name, key: space.key });
  return (
    <Box as="li" xcss={rowStyles}>
      <Stack space="space.050" xcss={whatStyles}>
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <strong>{name}</strong>
          <Lozenge
            appearance={
              space.outcome === 'FAILED'
                ? 'removed'
                : space.outcome === 'SUCCEEDED'
                  ? 'success'
                  : 'default'
            }
          >
            {t(`spaceOutcome.${space.outcome}`)}
          </Lozenge>
        </Inline>
        {space.outcome === 'FAILED' ? (
          <Text as="p">{space.failureReason ?? t('jobDetails.noReason')}</Text>
        ) : null}
      </Stack>
      {space.outcome === 'SUCCEEDED' ? (
        <Box xcss={actionStyles}>
          <HandOffButton
            destination={{ kind: 'RESTORE_PROJECT', projectKey: space.key }}
            label={t('handOff.restoreSpace', { name })}
            appearance="subtle"
          >
            {t('handOff.restore')}
          </HandOffButton>
        </Box>
      ) : space.outcome === 'FAILED' ? (
        <Box xcss={actionStyles}>
          <HandOffButton
            destination={{ kind: 'JOB_LOGS', jobId }}
            label={t('handOff.spaceLogs', { name })}
            appearance="subtle"
          >
            {t('handOff.logs')}
          </HandOffButton>
        </Box>
      ) : null}
    </Box>
  );
}

/** Spaces that failed for the same reason, shown once with how many and which. */
interface ReasonGroup {
  reason: string | null;
  spaces: JobProjectResult[];
}

type Row = { space: JobProjectResult } | ReasonGroup;

/**
 * The spaces in the order given, but those that failed for the same reason (a token refused:
 * every space) are one row, where the first of them was. A reason only one space had stays
 * that space's row.
 */
function rowsOf(results: JobProjectResult[]): Row[] {
  const groups = new Map<string | null, ReasonGroup>();
  const rows: Row[] = [];
  for (const space of results) {
    if (space.outcome !== 'FAILED') {
      rows.push({ space });
      continue;
    }
    const group = groups.get(space.failureReason);
    if (group) {
      group.spaces.push(space);
      continue;
    }
    const started: ReasonGroup = { reason: space.failureReason, spaces: [space] };
    groups.set(space.failureReason, started);
    rows.push(started);
  }
  return rows.map((row) =>
    'spaces' in row && row.spaces.length === 1 ? { space: row.spaces[0]! } : row,
  );
}

function ReasonRow({ group, jobId }: { group: ReasonGroup; jobId: string }) {
  const { t } = useI18n();
  const count = group.spaces.length;
  return (
    <Box as="li" xcss={rowStyles}>
      <Stack space="space.050" xcss={whatStyles}>
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <strong>{t('jobDetails.reasonCount', { count })}</strong>
          <Lozenge appearance="removed">{t('spaceOutcome.FAILED')}</Lozenge>
        </Inline>
        <Text as="p">{group.reason ?? t('jobDetails.noReason')}</Text>
        <Disclosure label={t('jobDetails.reasonSpaces', { count })}>
          <Box as="ul" xcss={namesStyles}>
            {group.spaces.map((space) => (
              <Box as="li" key={space.key} xcss={nameStyles}>
                {t('jobDetails.spaceName', { name: space.name, key: space.key })}
              </Box>
            ))}
          </Box>
        </Disclosure>
      </Stack>
      <Box xcss={actionStyles}>
        <HandOffButton
          destination={{ kind: 'JOB_LOGS', jobId }}
          label={t('handOff.reasonLogs', { count })}
          appearance="subtle"
        >
          {t('handOff.logs')}
        </HandOffButton>
      </Box>
    </Box>
  );
}

export interface JobDetailsDialogProps {
  /** The job as the page has it: kept current by the page's polling while it runs. */
  job: BackupJob;
  /** The backend's clock: a running job's duration counts from it. */
  now: Date;
  onClose: () => void;
}

/**
 * What one backup did: when and how long, who started it, and per space the outcome and, for
 * a failure, GitProtect's reason. Failures come first: with any, the list opens on them.
 */
export default function JobDetailsDialog({ job, now, onClose }: JobDetailsDialogProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [failedOnly, setFailedOnly] = useState(job.projectsFailed > 0);
  const { spaces, loading, failure, load } = useJobSpaces(
    job.id,
    failedOnly,
    job.outcome === 'RUNNING',
  );
  const start = format.dateTime(job.startedAt);
  const duration = describeDuration(job, now, i18n);
  const total = failedOnly ? job.projectsFailed : job.projectsTotal;

  const facts: [string, ReactNode][] = [
    [t('jobDetails.outcome'), <StatusLozenge key="outcome" status={job.outcome} />],
    [t('jobDetails.started'), start],
    [
      t('jobDetails.finished'),
      job.finishedAt ? format.dateTime(job.finishedAt) : t('jobDetails.stillRunning'),
    ],
    [t('jobDetails.duration'), duration],
    [
      t('jobDetails.trigger'),
      job.trigger.kind === 'ADMIN'
        ? (job.trigger.displayName ?? t('jobs.byAdmin'))
        : t('jobs.bySchedule'),
    ],
    [
      t('jobDetails.spaces'),
      t('jobDetails.spacesSummary', {
        succeeded: job.projectsSucceeded,
        failed: job.projectsFailed,
        total: job.projectsTotal,
      }),
    ],
  ];

  return (
    <DialogFrame title={t('jobDetails.title', { start })} onClose={onClose} width="large">
      <Stack space="space.200">
        <Facts flush>
          {facts.map(([label, value]) => (
            <Fact key={label} label={label}>
              {value}
            </Fact>
          ))}
        </Facts>
        <HandOffButton destination={{ kind: 'JOB_LOGS', jobId: job.id }}>
          {t('handOff.jobLogs')}
        </HandOffButton>
        <Box as="section" aria-labelledby="job-spaces-heading" xcss={sectionStyles}>
          <Inline space="space.100" alignBlock="center" spread="space-between" shouldWrap>
            <Heading size="small" as="h2" id="job-spaces-heading">
              {t('jobDetails.spacesHeading')}
            </Heading>
            {job.projectsFailed > 0 ? (
              <Checkbox
                isChecked={failedOnly}
                onChange={(event) => setFailedOnly(event.target.checked)}
                label={t('jobDetails.failedOnly')}
              />
            ) : null}
          </Inline>
          {spaces && spaces.results.length === 0 ? (
            <Text as="p" color="color.text.subtle">
              {failedOnly ? t('jobDetails.noneFailed') : t('jobDetails.none')}
            </Text>
          ) : null}
          {spaces && spaces.results.length > 0 ? (
            <>
              <Box as="ul" xcss={listStyles} aria-labelledby="job-spaces-heading">
                {rowsOf(spaces.results).map((row) =>
                  'spaces' in row ? (
                    <ReasonRow key={row.spaces[0]!.key} group={row} jobId={job.id} />
                  ) : (
                    <SpaceRow key={row.space.key} space={row.space} jobId={job.id} />
                  ),
                )}
              </Box>
              <Box as="p" xcss={countStyles} role="status">
                {t('jobDetails.count', { shown: spaces.results.length, total })}
              </Box>
            </>
          ) : null}
          {!spaces && !failure ? (
            <Stack alignInline="center" space="space.200" xcss={loadingStyles}>
              <Spinner size="medium" label={t('jobDetails.loading')} />
            </Stack>
          ) : null}
          {failure ? (
            <CallFailure
              title={t('jobDetails.loadFailed')}
              error={failure}
              onRetry={() => void load(spaces?.nextCursor ?? null)}
            />
          ) : null}
          {spaces?.nextCursor && !failure ? (
            // The button stays while the next page loads, so the focus stays on it.
            <div>
              <Button isLoading={loading} onClick={() => void load(spaces.nextCursor)}>
                {t('jobDetails.more')}
              </Button>
            </div>
          ) : null}
        </Box>
      </Stack>
    </DialogFrame>
  );
}
