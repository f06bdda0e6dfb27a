import type { Envelope } from '../contract';
import type { Caller } from '../app/caller';
import { callerFrom } from '../app/caller';
import type { AppDeps } from '../app/deps';
import { AppFailure, errorName, failureReason, toAppError } from '../app/appError';
import type { Validation } from '../domain/inputs';

export interface ResolverRequest {
  payload: unknown;
  context: Record<string, unknown>;
}

/** Runs a resolver body and always returns an envelope: nothing is thrown past it. */
export function handle<T>(
  deps: AppDeps,
  name: string,
  body: (caller: Caller, payload: unknown) => Promise<Envelope<T>>,
): (request: ResolverRequest) => Promise<Envelope<T>> {
  return async (request) => {
    const started = Date.now();
    try {
      const result = await body(callerFrom(request.context ?? {}), request.payload);
      deps.log.info('Resolver finished', {
        resolver: name,
        ok: result.ok,
        code: result.ok ? undefined : result.error.code,
        ms: Date.now() - started,
      });
      return result;
    } catch (error) {
      const appError = toAppError(error);
      const log = appError.code === 'INTERNAL' ? deps.log.error : deps.log.warn;
      log('Resolver failed', {
        resolver: name,
        code: appError.code,
        reason: errorName(error),
        failure: failureReason(error),
        ms: Date.now() - started,
      });
      return { ok: false, error: appError };
    }
  };
}

/** The validated payload, or an INVALID_INPUT failure naming the field. */
export function valid<T>(validation: Validation<T>): T {
  if (!validation.ok) {
    throw new AppFailure('INVALID_INPUT', validation.message, { field: validation.field });
  }
  return validation.value;
}
