import type { PageError } from '../api';
import type { I18n, MessageKey } from '../i18n';

/** A day in seconds: a wait longer than that is no longer a time to wait for. */
const LONGEST_WAIT_S = 86_400;

/**
 * When to try again after a rate limit, in units a person reads: "in 30 seconds", "in 5
 * minutes", "in 2 hours" (rounded up: never sooner than the service said); undefined when the service named no sane wait (none, zero, or
 * more than a day, such as a Retry-After of 10^20 seconds).
 */
export function retryWhen(seconds: number | undefined, { format }: I18n): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  if (seconds > LONGEST_WAIT_S) return undefined;
  if (seconds < 3600) return format.inSeconds(seconds);
  return new Intl.RelativeTimeFormat(format.locale, { numeric: 'always' }).format(
    Math.ceil(seconds / 3600),
    'hour',
  );
}

/** The words for a failed call, including when to retry after a rate limit. */
export function describeError(error: PageError, i18n: I18n): string {
  const { t } = i18n;
  switch (error.code) {
    case 'UPSTREAM_RATE_LIMITED': {
      const when = retryWhen(error.retryAfterSeconds, i18n);
      return when
        ? t('error.UPSTREAM_RATE_LIMITED', { when })
        : t('error.UPSTREAM_RATE_LIMITED.later');
    }
    case 'INVALID_INPUT':
      return t('error.INVALID_INPUT', { message: error.message });
    case 'TOKEN_REJECTED':
      return tokenRejected(error, i18n);
    default:
      return t(`error.${error.code}`);
  }
}

function tokenRejected(error: PageError, { t }: I18n): string {
  return error.tokenRejection ? t(`rejected.${error.tokenRejection}`) : t('error.TOKEN_REJECTED');
}

const FIELD_HINTS: Record<string, MessageKey> = {
  email: 'invalid.email',
  token: 'invalid.token',
  expiresOn: 'invalid.expiresOn',
  region: 'invalid.region',
  days: 'invalid.days',
  hour: 'invalid.hour',
  timezone: 'invalid.timezone',
};

/**
 * What to show under a field the backend refused. Its message is the most precise, but it is
 * English: other languages get the page's own hint for that field.
 */
export function fieldMessage(error: PageError, i18n: I18n): string {
  if (error.code === 'TOKEN_REJECTED') return tokenRejected(error, i18n);
  const hint = error.field ? FIELD_HINTS[error.field] : undefined;
  if (i18n.language === 'en' || hint === undefined) return error.message;
  return i18n.t(hint);
}

/**
 * The form field a refusal is about, when the form shows that field: a rejected token is the
 * token's fault, unless the service said the email does not go with it; anything else (a field
 * the form does not show) is a message for the whole form.
 */
export function fieldAtFault(error: PageError, fields: readonly string[]): string | null {
  const field =
    error.code === 'TOKEN_REJECTED'
      ? error.tokenRejection === 'WRONG_EMAIL'
        ? 'email'
        : 'token'
      : error.field;
  const aboutAField = error.code === 'TOKEN_REJECTED' || error.code === 'INVALID_INPUT';
  return aboutAField && field !== undefined && fields.includes(field) ? field : null;
}
