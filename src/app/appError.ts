import type { AppError, Envelope, ErrorCode, Region, VersionedSchedule } from '../contract';
import { isUpstreamError } from '../ports/upstreamError';
import { DeadlineExceeded } from './withDeadline';
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
    case 'CONNECTION_LOST':
      return {
        code: 'CONNECTION_LOST',
        message:
          'GitProtect no longer recognises this Jira site’s connection (the instance was removed or the app’s session was revoked). Disconnect in Settings and connect the site again.',
      };
    case 'REGISTERED_IN_OTHER_REGION': {
      const region = (error.detail as { region?: Region } | undefined)?.region;
      return {
        code: 'REGISTERED_IN_OTHER_REGION',
        message: region
          ? `This Jira site is already connected to GitProtect in the ${region} region. Choose ${region} to connect it again.`
          : 'This Jira site is already connected to GitProtect in another region. Choose that region to connect it again.',
        field: 'region',
        ...(region ? { region } : {}),
      };
    }
    case 'NOT_FOUND':
    case 'MALFORMED':
    case 'UNAVAILABLE':
      return {
        code: 'UPSTREAM_UNAVAILABLE',
        message:
          'The GitProtect Management Service cannot be reached right now. Try again in a minute.',
      };
  }
}

/**
 * Why a call failed, for logs: `rejected` (the service says the connection is gone), `timeout`,
 * `network`, `5xx`, `malformed`, and so on. Never a message: those may name addresses.
 */
export function failureReason(error: unknown): string {
  if (error instanceof DeadlineExceeded) return 'timeout';
  if (error instanceof AppFailure) return error.appError.code.toLowerCase();
  if (!isUpstreamError(error)) return errorName(error);
  switch (error.kind) {
    case 'CONNECTION_LOST':
      return 'rejected';
    case 'UNAVAILABLE':
      return error.reason ?? 'unavailable';
    default:
      return error.kind.toLowerCase();
  }
}

/** An error's class name for logs: never its message, which may name addresses. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
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
