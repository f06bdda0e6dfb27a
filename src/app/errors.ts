import type { AppError, Envelope, ErrorCode, VersionedSchedule } from '../contract';
import { isUpstreamError } from '../ports/errors';
import { DeadlineExceeded } from './deadline';
import type { StoredSchedule } from '../ports/managementService';

/** Raised inside the app to end a call with a specific envelope error. */
export class AppFailure extends Error {
  readonly appError: AppError;
  constructor(code: ErrorCode, message: string, extra: Omit<AppError, 'code' | 'message'> = {}) {
    super(message);
    this.name = 'AppFailure';
    this.appError = { code, message, ...extra };
  }
}

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });

export const fail = <T>(
  code: ErrorCode,
  message: string,
  extra: Omit<AppError, 'code' | 'message'> = {},
): Envelope<T> => ({ ok: false, error: { code, message, ...extra } });

/** The one place where typed failures become envelope codes. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppFailure) return error.appError;
  if (error instanceof DeadlineExceeded) {
    return {
      code: 'UPSTREAM_UNAVAILABLE',
      message: 'Jira or GitProtect took too long to answer. Try again in a minute.',
    };
  }
  if (!isUpstreamError(error)) {
    return { code: 'INTERNAL', message: 'Something went wrong in the app. Try again.' };
  }
  switch (error.kind) {
    case 'RATE_LIMITED': {
      const seconds = error.retryAfterSeconds;
      return {
        code: 'UPSTREAM_RATE_LIMITED',
        message: `GitProtect is busy. Try again in ${seconds ?? 'a few'} seconds.`,
        ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
      };
    }
    case 'CREDENTIALS_REJECTED':
      return {
        code: 'TOKEN_REJECTED',
        message: 'Jira rejected this token. Check the email and create a new API token.',
        field: 'token',
      };
    case 'CONFLICT':
      return {
        code: 'CONFLICT',
        message: 'Someone else changed the backup schedule. Review the current one and save again.',
        ...currentSchedule(error.detail),
      };
    case 'UNAUTHORIZED':
      return {
        code: 'UPSTREAM_UNAVAILABLE',
        message:
          'GitProtect did not accept this app’s sign-in. Try again later; if it persists, reconnect the app.',
      };
    case 'NOT_FOUND':
      return {
        code: 'UPSTREAM_UNAVAILABLE',
        message: 'GitProtect does not know this Jira site’s instance any more.',
      };
    case 'MALFORMED':
    case 'UNAVAILABLE':
      return {
        code: 'UPSTREAM_UNAVAILABLE',
        message:
          'The GitProtect Management Service cannot be reached right now. Try again in a minute.',
      };
  }
}

function currentSchedule(detail: unknown): {
  current: VersionedSchedule | null;
  currentVersion?: string;
} {
  const stored = detail as StoredSchedule | undefined;
  if (!stored) return { current: null };
  return {
    current: stored.schedule ? { ...stored.schedule, version: stored.version } : null,
    currentVersion: stored.version,
  };
}
