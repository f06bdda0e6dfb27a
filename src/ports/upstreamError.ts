/**
 * Typed failures of the outside world. Adapters turn HTTP and network failures into these;
 * resolvers turn these into envelope codes. Nothing else crosses the boundary.
 */
export type UpstreamErrorKind =
  | 'UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'CREDENTIALS_REJECTED'
  /** The service says the instance or the app's session is gone: only a new connect helps. */
  | 'CONNECTION_LOST'
  /** Registration: the site is registered in another region (`detail: { region }`). */
  | 'REGISTERED_IN_OTHER_REGION'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'MALFORMED';

/** Why an UNAVAILABLE call failed, for logs: the service was not heard, or failed itself. */
export type UnavailableReason = 'timeout' | 'network' | '5xx';

export class UpstreamError extends Error {
  readonly kind: UpstreamErrorKind;
  readonly retryAfterSeconds?: number;
  /** Extra typed detail, e.g. the current schedule on CONFLICT. */
  readonly detail?: unknown;
  readonly reason?: UnavailableReason;

  constructor(
    kind: UpstreamErrorKind,
    message: string,
    options: {
      retryAfterSeconds?: number;
      detail?: unknown;
      cause?: unknown;
      reason?: UnavailableReason;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UpstreamError';
    this.kind = kind;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.detail = options.detail;
    this.reason = options.reason;
  }
}

export function isUpstreamError(error: unknown, kind?: UpstreamErrorKind): error is UpstreamError {
  return error instanceof UpstreamError && (kind === undefined || error.kind === kind);
}
