/**
 * Typed failures of the outside world. Adapters turn HTTP and network failures into these;
 * resolvers turn these into envelope codes. Nothing else crosses the boundary.
 */
export type UpstreamErrorKind =
  | 'UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'CREDENTIALS_REJECTED'
  | 'UNAUTHORIZED'
  | 'CONFLICT'
  | 'NOT_FOUND'
  | 'MALFORMED';

export class UpstreamError extends Error {
  readonly kind: UpstreamErrorKind;
  readonly retryAfterSeconds?: number;
  /** Extra typed detail, e.g. the current schedule on CONFLICT. */
  readonly detail?: unknown;

  constructor(
    kind: UpstreamErrorKind,
    message: string,
    options: { retryAfterSeconds?: number; detail?: unknown; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'UpstreamError';
    this.kind = kind;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.detail = options.detail;
  }
}

export function isUpstreamError(error: unknown, kind?: UpstreamErrorKind): error is UpstreamError {
  return error instanceof UpstreamError && (kind === undefined || error.kind === kind);
}
