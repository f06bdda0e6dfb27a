import type { JobHistoryPage } from '../contract';
import { isAdmin } from '../app/caller';
import { requireConnection } from '../app/connection';
import type { AppDeps } from '../app/deps';
import { ok } from '../app/appError';
import { HISTORY_PAGE, validateListJobs } from '../domain/browseInputs';
import { memberJob } from '../domain/memberJobs';
import { handle, valid } from './handle';
import { orInvalidInput } from './notFound';

/**
 * The backup history a page at a time, newest first, beyond the overview's last 10 runs. Anyone
 * who sees the overview's jobs may page them; a member, as there, without the admins' names.
 */
export const listJobs = (deps: AppDeps) =>
  handle<JobHistoryPage>(deps, 'listJobs', async (caller, payload) => {
    const input = valid(validateListJobs(payload));
    const adminCheck = isAdmin(deps, caller);
    const { service } = await requireConnection(deps);
    const [page, viewerIsAdmin] = await Promise.all([
      orInvalidInput(service.listJobPage(input.limit ?? HISTORY_PAGE.fallback, input.cursor), {}),
      adminCheck,
    ]);
    return ok({
      jobs: viewerIsAdmin ? page.jobs : page.jobs.map(memberJob),
      nextCursor: page.nextCursor,
    });
  });
