import type { JobDetails } from '../contract';
import { requireConnectedAdmin } from '../app/connection';
import type { AppDeps } from '../app/deps';
import { ok } from '../app/appError';
import { RESULTS_PAGE, validateGetJob } from '../domain/browseInputs';
import { handle, valid } from './handle';
import { orInvalidInput } from './notFound';

/**
 * One backup job: when it ran, how long, who started it, and per project the outcome and the
 * service's reason for a failure. Admins only: the results name every project of the site,
 * also those a member cannot browse.
 */
export const getJob = (deps: AppDeps) =>
  handle<JobDetails>(deps, 'getJob', async (caller, payload) => {
    const input = valid(validateGetJob(payload));
    const { service } = await requireConnectedAdmin(deps, caller, 'read');
    const details = await orInvalidInput(
      service.getJob(input.jobId, {
        limit: input.limit ?? RESULTS_PAGE.fallback,
        ...(input.outcome ? { outcome: input.outcome } : {}),
        ...(input.cursor ? { cursor: input.cursor } : {}),
      }),
      {},
    );
    const { job } = details;
    return ok({
      job,
      durationMs:
        job.finishedAt === null ? null : Date.parse(job.finishedAt) - Date.parse(job.startedAt),
      projects: details.projects,
      nextCursor: details.nextCursor,
    });
  });
