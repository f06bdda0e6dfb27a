import { AppFailure } from '../app/appError';
import { isUpstreamError } from '../ports/upstreamError';

/**
 * The service's NOT_FOUND for a job or a cursor it does not know is the caller's input at fault:
 * INVALID_INPUT naming the field. Anything else goes on as it is.
 */
export async function orInvalidInput<T>(work: Promise<T>, fields: { job?: string }): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!isUpstreamError(error, 'NOT_FOUND')) throw error;
    const what = (error.detail as { what?: unknown } | undefined)?.what;
    if (what === 'job') {
      throw new AppFailure(
        'INVALID_INPUT',
        'GitProtect has no such backup job. Reload the page to see the current history.',
        { field: fields.job ?? 'jobId' },
      );
    }
    if (what === 'cursor') {
      throw new AppFailure(
        'INVALID_INPUT',
        'This page of the history is no longer available. Start again from the first page.',
        { field: 'cursor' },
      );
    }
    throw error;
  }
}
