import type { AppError } from '../../../src/contract';
import { AppFailure } from '../../../src/app/appError';
import { failureOf } from '../../../src/adapters/gitprotect/replies';
import type { ServiceRequest } from '../../../src/adapters/gitprotect/transport';
import { UpstreamError } from '../../../src/ports/upstreamError';
import { withTokenRejection } from '../../../src/resolvers/tokenRejection';

const request: ServiceRequest = {
  method: 'PUT',
  path: '/instance/credentials',
  retry: false,
  maxReplyBytes: 1024,
};

function rejectedWith(reason?: unknown) {
  const error: Record<string, unknown> = {
    code: 'credentials_rejected',
    message: 'Jira rejected these credentials.',
  };
  if (reason !== undefined) error.reason = reason;
  return { status: 422, headers: new Headers(), text: JSON.stringify({ error }) };
}

async function appErrorOf(failure: unknown): Promise<AppError> {
  try {
    await withTokenRejection(Promise.reject(failure));
  } catch (error) {
    if (error instanceof AppFailure) return error.appError;
    throw error;
  }
  throw new Error('The call did not fail');
}

describe('a rejected token says why, when the service does', () => {
  test.each([
    ['token_format', 'FORMAT', 'token'],
    ['email_mismatch', 'WRONG_EMAIL', 'email'],
    ['token_expired', 'EXPIRED', 'token'],
    ['no_access', 'NO_ACCESS', 'token'],
  ])('%s: TOKEN_REJECTED with %s, at the %s field', async (reason, tokenRejection, field) => {
    const error = await appErrorOf(failureOf(request, rejectedWith(reason)));
    expect(error).toEqual({
      code: 'TOKEN_REJECTED',
      message: 'Jira rejected this token. Check the email and create a new API token.',
      field,
      tokenRejection,
    });
  });

  test.each([[undefined], ['a_reason_from_a_newer_service'], [42], ['__proto__'], ['toString']])(
    'no reason, or one the app does not know (%p): TOKEN_REJECTED at the token field',
    async (reason) => {
      const error = await appErrorOf(failureOf(request, rejectedWith(reason)));
      expect(error).toEqual({
        code: 'TOKEN_REJECTED',
        message: 'Jira rejected this token. Check the email and create a new API token.',
        field: 'token',
      });
    },
  );

  test('other failures pass through unchanged', async () => {
    const unavailable = new UpstreamError('UNAVAILABLE', 'down');
    await expect(withTokenRejection(Promise.reject(unavailable))).rejects.toBe(unavailable);
    await expect(withTokenRejection(Promise.resolve('fine'))).resolves.toBe('fine');
  });
});
