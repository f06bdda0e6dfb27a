import type { BackupJob } from '../contract';

/**
 * A job as a Jira user who is not an admin sees it, as in `memberView`'s overview: who started
 * it only as "an admin", without the admin's account id or name.
 */
export function memberJob(job: BackupJob): BackupJob {
  return {
    ...job,
    trigger: job.trigger.kind === 'ADMIN' ? { kind: 'ADMIN' } : { kind: 'SCHEDULE' },
  };
}
