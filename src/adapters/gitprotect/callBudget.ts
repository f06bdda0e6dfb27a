import { UpstreamError } from '../../ports/upstreamError';

/** The time left for one call of the client, retries and a session refresh included. */
export interface Deadline {
  remainingMs(): number;
  elapsedMs(): number;
}

export function startDeadline(budgetMs: number): Deadline {
  const startedAt = performance.now();
  return {
    elapsedMs: () => Math.round(performance.now() - startedAt),
    remainingMs: () => Math.max(0, budgetMs - (performance.now() - startedAt)),
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits for work another call started (a shared refresh) no longer than this call may take. */
export async function withinDeadline<T>(work: Promise<T>, deadline: Deadline): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new UpstreamError('UNAVAILABLE', 'GitProtect did not answer in time.', {
            reason: 'timeout',
          }),
        ),
      deadline.remainingMs(),
    );
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
