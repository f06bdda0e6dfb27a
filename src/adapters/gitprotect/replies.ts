import type { TokenRejection } from '../../contract';
import type { Checker } from '../../domain/validation';
import { UpstreamError } from '../../ports/upstreamError';
import { credentialsRejectedReply, errorReply, versionMismatchReply } from './schemas';
import type { ServiceReply, ServiceRequest } from './transport';

/**
 * Turns the service's replies into values or typed failures. Messages name the call and the
 * status only: a reply body may echo what was sent, so it never reaches an error or a log.
 */

export function callOf(request: ServiceRequest): string {
  return `${request.method} ${request.path}`;
}

/** The `error.code` of an error body, when it is a plain lower_snake_case word. */
export function errorCodeOf(reply: ServiceReply): string | undefined {
  const parsed = errorReply(parseJson(reply.text));
  const code = parsed.ok ? parsed.value.error.code : undefined;
  return code !== undefined && /^[a-z][a-z0-9_]{0,63}$/.test(code) ? code : undefined;
}

export function isTokenExpired(reply: ServiceReply): boolean {
  return reply.status === 401 && errorCodeOf(reply) === 'token_expired';
}

export function readReply<T>(request: ServiceRequest, reply: ServiceReply, schema: Checker<T>): T {
  const parsed = schema(parseJson(reply.text));
  if (parsed.ok) return parsed.value;
  const where = parsed.issue.path.join('.') || 'body';
  throw new UpstreamError(
    'MALFORMED',
    `GitProtect's reply to ${callOf(request)} does not follow the contract (at ${where}).`,
  );
}

export function failureOf(request: ServiceRequest, reply: ServiceReply): UpstreamError {
  const call = callOf(request);
  const code = errorCodeOf(reply);
  switch (reply.status) {
    case 401:
      return connectionLost(`GitProtect no longer accepts the app's session (${call}).`);
    case 403:
      if (code === 'session_revoked') {
        return connectionLost(`GitProtect revoked the app's session (${call}).`);
      }
      break;
    case 404:
      if (code === 'instance_not_found') {
        return connectionLost(`GitProtect no longer knows this site's instance (${call}).`);
      }
      break;
    case 409:
      return new UpstreamError(
        'CONFLICT',
        `GitProtect reported a conflict for ${call} (${code ?? 'conflict'}).`,
      );
    case 412:
      return new UpstreamError('CONFLICT', 'The backup schedule was changed by someone else.', {
        detail: readReply(request, reply, versionMismatchReply).current,
      });
    case 422:
      if (code === 'credentials_rejected') {
        return new UpstreamError(
          'CREDENTIALS_REJECTED',
          'Jira did not accept the email and API token: check them, or create a new API token.',
          { detail: { rejection: rejectionOf(reply) } },
        );
      }
      break;
  }
  return new UpstreamError(
    'MALFORMED',
    `GitProtect refused ${call} with HTTP ${reply.status} (${code ?? 'no error code'}).`,
  );
}

const REJECTIONS: Record<string, TokenRejection> = {
  token_format: 'FORMAT',
  email_mismatch: 'WRONG_EMAIL',
  token_expired: 'EXPIRED',
  no_access: 'NO_ACCESS',
};

/** Why Jira refused the credentials, when the service said so in words the app knows. */
function rejectionOf(reply: ServiceReply): TokenRejection | undefined {
  const parsed = credentialsRejectedReply(parseJson(reply.text));
  const reason = parsed.ok ? parsed.value.error.reason : undefined;
  return reason !== undefined && Object.hasOwn(REJECTIONS, reason) ? REJECTIONS[reason] : undefined;
}

/**
 * The service says the instance or the session is gone (see the contract's "Lost connections"):
 * no retry or refresh can help, only connecting the site again.
 */
export function connectionLost(message: string): UpstreamError {
  return new UpstreamError('CONNECTION_LOST', message);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
