import { useCallback, useEffect, useMemo, useState } from 'react';
import Button from '@atlaskit/button/new';
import VisuallyHidden from '@atlaskit/visually-hidden';
import { Checkbox } from '@atlaskit/checkbox';
import { Label } from '@atlaskit/form';
import Textfield from '@atlaskit/textfield';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import type { GetCoverageInput, ProjectCoveragePage } from '../../../../src/contract';
import { api } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useHandOff } from '../../hooks/useHandOff';
import { useI18n } from '../../hooks/useI18n';
import { CallFailure } from '../shared/CallFailure';
import { DialogFrame } from '../shared/DialogFrame';
import { ruleAbove } from '../shared/rules';
import { CoverageRow } from './CoverageRow';
import { CoverageSummary } from './CoverageSummary';

const loadingStyles = xcss({ padding: 'space.800', color: 'color.text.subtle' });
const listStyles = xcss({
  listStyle: 'none',
  margin: 'space.0',
  padding: 'space.0',
  ...ruleAbove,
});
const searchStyles = xcss({ maxWidth: '400px' });
const moreStyles = xcss({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'stretch',
  gap: 'space.100',
});

/** How long typing must pause before the search goes to Jira. */
export const SEARCH_DEBOUNCE_MS = 300;
/** As the backend's bound: Jira's project names have at most 80 characters. */
const SEARCH_MAX_LENGTH = 80;
const naturalOrder = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** What the admin narrowed the list to; Jira and the backend do the narrowing. */
interface Filters {
  query: string;
  onlyUnprotected: boolean;
}

/** One page of the spaces, from `startAt`, under the filters. */
function getCoverage(startAt: number, wanted: Filters) {
  const input: GetCoverageInput = {};
  if (startAt > 0) input.startAt = startAt;
  if (wanted.query !== '') input.query = wanted.query;
  if (wanted.onlyUnprotected) input.onlyUnprotected = true;
  return api.getCoverage(input);
}

export interface CoverageDialogProps {
  /** The backend's "now", so "2 hours ago" agrees with the rest of the page. */
  now: Date;
  onClose: () => void;
}

type Loaded = { pages: ProjectCoveragePage[]; filters: Filters };

/**
 * Every space of the site, page by page as Jira lists them: whether the plan covers it, how its
 * last backup went and, when it is not protected, why and what fixes it. The totals at the top
 * come with the first page, so the admin learns what is wrong before scrolling a thousand rows.
 * The search goes to Jira (by key or name) and the filter to the backend, so both reach every
 * space of a large site, not only those loaded.
 */
export default function CoverageDialog({ now, onClose }: CoverageDialogProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Only the latest request's answer is shown: an earlier search may answer after it.
  const { run, pending: loading, error: failure } = useCall(getCoverage);
  /** Where the failed request started: 0 for a new search, the next page's for "Show more". */
  const [failedAt, setFailedAt] = useState(0);
  const handOff = useHandOff();
  const [openingKey, setOpeningKey] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Filters>({ query: '', onlyUnprotected: false });

  const last = loaded?.pages.at(-1) ?? null;
  /** Nothing shown yet, and no failure to say: the first page is on its way. */
  const firstLoading = !last && failure === null;

  const load = useCallback(
    async (startAt: number, wanted: Filters) => {
      const result = await run(startAt, wanted);
      if (!result) return;
      if (!result.ok) {
        setFailedAt(startAt);
        return;
      }
      setLoaded((current) =>
        startAt === 0 || !current
          ? { pages: [result.data], filters: wanted }
          : { pages: [...current.pages, result.data], filters: wanted },
      );
    },
    [run],
  );

  useEffect(() => {
    void load(0, filters);
  }, [load, filters]);

  useEffect(() => {
    const query = search.trim();
    if (query === filters.query) return undefined;
    const timer = setTimeout(
      () => setFilters((current) => ({ ...current, query })),
      SEARCH_DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
  }, [search, filters.query]);

  // Jira lists keys as text (ANL49, ANL5, ANL50); what is loaded reads in natural order.
  const projects = useMemo(
    () =>
      (loaded?.pages.flatMap((page) => page.projects) ?? []).sort((a, b) =>
        naturalOrder.compare(a.key, b.key),
      ),
    [loaded],
  );
  const shown = loaded?.filters ?? filters;
  const retry = () => void load(failedAt, failedAt === 0 ? filters : shown);
  const searching = loading && loaded !== null && loaded.filters !== filters;

  let body;
  if (firstLoading) {
    body = (
      <Stack alignInline="center" space="space.200" xcss={loadingStyles}>
        <Spinner size="large" label={t('coverage.loading')} />
        <span aria-hidden>{t('coverage.loading')}</span>
      </Stack>
    );
  } else if (!last) {
    body = failure ? (
      <CallFailure title={t('coverage.loadFailed')} error={failure} onRetry={retry} />
    ) : null;
  } else {
    const email = last.backupAccount.email;
    let status: string;
    // One space to look at, and it was: say what it is, not "1 of 1 spaces".
    const onlyOne =
      shown.onlyUnprotected && last.matchingProjects === 1 && last.nextStartAt === null;
    const unprotected = projects.length > 0;
    if (onlyOne && shown.query) {
      status = unprotected
        ? t('coverage.onlyMatchNotProtected', { query: shown.query })
        : t('coverage.onlyMatchProtected', { query: shown.query });
    } else if (onlyOne) {
      status = t(unprotected ? 'coverage.onlySpaceNotProtected' : 'coverage.onlySpaceProtected');
    } else if (shown.onlyUnprotected) {
      status = t(shown.query ? 'coverage.lookedAtMatching' : 'coverage.lookedAt', {
        count: projects.length,
        looked: format.number(last.lookedAt),
        total: format.number(last.matchingProjects),
        query: shown.query,
      });
    } else if (shown.query) {
      status = t('coverage.matching', {
        count: last.matchingProjects,
        shown: format.number(projects.length),
        query: shown.query,
      });
    } else {
      status = t('coverage.shown', {
        shown: format.number(projects.length),
        count: last.siteProjects,
      });
    }
    // Nothing to list at all: the status is heard saying these words, not "Loaded 0 of 0 spaces".
    let nothing: string | null = null;
    if (projects.length === 0 && last.siteProjects === 0) nothing = t('coverage.empty');
    else if (projects.length === 0 && shown.query && last.matchingProjects === 0)
      nothing = t('coverage.noMatch', { query: shown.query });
    const empty =
      nothing ??
      (projects.length === 0 && shown.onlyUnprotected && !onlyOne
        ? t(last.nextStartAt === null ? 'coverage.noProblems' : 'coverage.noProblemsYet')
        : null);
    body = (
      <Stack space="space.200">
        <CoverageSummary page={last} />
        {handOff.error ? (
          <CallFailure title={t('coverage.goFailed')} error={handOff.error} />
        ) : null}
        {last.siteProjects === 0 ? null : (
          <Stack space="space.100">
            <Box xcss={searchStyles}>
              <Label htmlFor="coverage-search">{t('coverage.search')}</Label>
              <Textfield
                id="coverage-search"
                type="search"
                value={search}
                maxLength={SEARCH_MAX_LENGTH}
                autoComplete="off"
                placeholder={t('coverage.searchHint')}
                onChange={(event) => setSearch(event.currentTarget.value)}
                elemAfterInput={
                  searching ? (
                    <Box paddingInline="space.100">
                      <Spinner size="small" label={t('coverage.searching')} />
                    </Box>
                  ) : null
                }
              />
            </Box>
            <Checkbox
              isChecked={filters.onlyUnprotected}
              onChange={(event) => {
                const onlyUnprotected = event.target.checked;
                setFilters((current) => ({ ...current, onlyUnprotected }));
              }}
              label={t('coverage.onlyProblems')}
            />
          </Stack>
        )}
        {empty ? <Text as="p">{empty}</Text> : null}
        {projects.length === 0 ? null : (
          <Box
            as="ul"
            xcss={listStyles}
            aria-label={t('coverage.list')}
            aria-busy={searching ? true : undefined}
          >
            {projects.map((project) => (
              <CoverageRow
                key={project.key}
                project={project}
                email={email}
                now={now}
                opening={handOff.pending && openingKey === project.key}
                onHandOff={(destination) => {
                  setOpeningKey(project.key);
                  void handOff.open(destination);
                }}
              />
            ))}
          </Box>
        )}
        <Box xcss={moreStyles}>
          <Text size="small" color="color.text.subtle">
            {/* Announced as the search or the filter answers: how many it found. */}
            <span role="status" data-coverage-status>
              {nothing ? <VisuallyHidden>{nothing}</VisuallyHidden> : status}
            </span>
          </Text>
          {failure ? (
            <CallFailure
              title={t(failedAt === 0 ? 'coverage.searchFailed' : 'coverage.moreFailed')}
              error={failure}
              onRetry={retry}
            />
          ) : last.nextStartAt !== null && !searching ? (
            <Button
              isLoading={loading}
              onClick={() => void load(last.nextStartAt ?? 0, shown)}
              shouldFitContainer
            >
              {t(shown.onlyUnprotected ? 'coverage.lookFurther' : 'coverage.showMore')}
            </Button>
          ) : null}
        </Box>
      </Stack>
    );
  }

  return (
    <DialogFrame title={t('coverage.title')} onClose={onClose} width="x-large">
      <div aria-busy={firstLoading ? true : undefined}>{body}</div>
    </DialogFrame>
  );
}
