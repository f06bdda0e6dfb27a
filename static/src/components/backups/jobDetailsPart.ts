import { lazyPart } from '../../lazyPart';

/**
 * Job details, a chunk of its own. Opened from the recent backups table (itself a lazy part) and
 * from the verdict; kept apart from `parts` so the table does not import the module that loads it.
 */
export const jobDetailsPart = lazyPart(() => import('./JobDetailsDialog'));
