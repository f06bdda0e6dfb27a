import type { TokenRejection } from '../contract';
import { AppFailure } from '../app/appError';
import { tokenProblem } from '../domain/credentialRules';
import { isUpstreamError } from '../ports/upstreamError';

/**
 * Runs a call that hands Jira credentials to the service. A refusal becomes TOKEN_REJECTED with
 * the reason when the service gave one, so the page can say what to fix; a wrong email is the
 * email's fault, not the token's. Every other failure passes through unchanged.
 */
export async function withTokenRejection<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (!isUpstreamError(error, 'CREDENTIALS_REJECTED')) throw error;
    const rejection = (error.detail as { rejection?: TokenRejection } | undefined)?.rejection;
    throw tokenRejected(rejection);
  }
}

/**
 * Refuses, before any call, a token too short to be any Atlassian API token, as the service
 * would: TOKEN_REJECTED for its FORMAT.
 */
export function refuseTokenOfNoKnownFormat(token: string): void {
  if (tokenProblem(token) === 'tooShort') throw tokenRejected('FORMAT');
}

function tokenRejected(rejection: TokenRejection | undefined): AppFailure {
  return new AppFailure(
    'TOKEN_REJECTED',
    'Jira rejected this token. Check the email and create a new API token.',
    {
      field: rejection === 'WRONG_EMAIL' ? 'email' : 'token',
      ...(rejection ? { tokenRejection: rejection } : {}),
    },
  );
}
