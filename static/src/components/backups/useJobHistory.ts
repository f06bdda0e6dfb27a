import { useCallback, useMemo, useState } from 'react';
import type { BackupJob } from '../../../../src/contract';
import { type PageError, api } from '../../api';
import { useCall } from '../../hooks/useCall';

/** The overview's recent jobs are the history's first page: a full one may have older ones. */
const PAGE = 10;
const LARGEST_PAGE = 50;

interface History {
  /** Every job fetched beyond the overview's, kept whole so a newer run never leaves a gap. */
  fetched: BackupJob[];
  /** Undefined until the first older page is asked for; null after the last one. */
  nextCursor: string | null | undefined;
}

/** Newest first, each job once: the overview's fresher copy wins over a fetched one. */
function merge(recent: BackupJob[], fetched: BackupJob[]): BackupJob[] {
  const byId = new Map<string, BackupJob>();
  for (const job of [...fetched, ...recent]) byId.set(job.id, job);
  return [...byId.values()].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt));
}

/**
 * The backup history under the overview's recent jobs, a page at a time. Cursors are the
 * service's: the first older page is asked for as the newest jobs plus one page more, so the
 * jobs shown so far and the cursor come from the same read.
 */
export function useJobHistory(recent: BackupJob[]) {
  const [history, setHistory] = useState<History>({ fetched: [], nextCursor: undefined });
  const [repeated, setRepeated] = useState(false);
  // Asked twice, the later click's page is the one added: both ask for the same page.
  const { run, pending: loading, error } = useCall(api.listJobs);
  const jobs = useMemo(() => merge(recent, history.fetched), [recent, history.fetched]);

  const loadOlder = useCallback(async () => {
    setRepeated(false);
    const result = await run(
      history.nextCursor
        ? { cursor: history.nextCursor, limit: PAGE }
        : { limit: Math.min(LARGEST_PAGE, jobs.length + PAGE) },
    );
    if (!result?.ok) return;
    // An older page that repeats jobs already fetched ends the paging: the rest could loop.
    const fetched = new Set(history.fetched.map((job) => job.id));
    const fresh = result.data.jobs.filter((job) => !fetched.has(job.id));
    const repeats = history.nextCursor !== undefined && fresh.length < result.data.jobs.length;
    setHistory((current) => ({
      fetched: [...current.fetched, ...fresh],
      nextCursor: repeats ? null : result.data.nextCursor,
    }));
    setRepeated(repeats);
  }, [run, history.nextCursor, history.fetched, jobs.length]);
  const failure: PageError | null =
    error ??
    (repeated ? { code: 'PAGE_REPEATED', message: 'A page repeated jobs already shown.' } : null);

  const hasOlder =
    history.nextCursor === undefined ? recent.length >= PAGE : history.nextCursor !== null;
  return {
    jobs,
    hasOlder,
    loading,
    failure,
    loadOlder,
    pagedBeyondRecent: history.fetched.length > 0,
  };
}
