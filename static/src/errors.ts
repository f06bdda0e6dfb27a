import type { PageError } from './api';
import type { I18n, MessageKey } from './i18n';

/** The words for a failed call, including when to retry after a rate limit. */
export function describeError(error: PageError, { t, format }: I18n): string {
  switch (error.code) {
    case 'UPSTREAM_RATE_LIMITED':
      return error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0
        ? t('error.UPSTREAM_RATE_LIMITED', { when: format.inSeconds(error.retryAfterSeconds) })
        : t('error.UPSTREAM_RATE_LIMITED.later');
    case 'INVALID_INPUT':
      return t('error.INVALID_INPUT', { message: error.message });
    default:
      return t(`error.${error.code}`);
  }
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
  if (error.code === 'TOKEN_REJECTED') return i18n.t('error.TOKEN_REJECTED');
  const hint = error.field ? FIELD_HINTS[error.field] : undefined;
  if (i18n.language === 'en' || hint === undefined) return error.message;
  return i18n.t(hint);
}

/**
 * The form field a refusal is about, when the form shows that field: a rejected token is the
 * token's fault; anything else (a field the form does not show) is a message for the whole form.
 */
export function fieldAtFault(error: PageError, fields: readonly string[]): string | null {
  const field = error.code === 'TOKEN_REJECTED' ? 'token' : error.field;
  const aboutAField = error.code === 'TOKEN_REJECTED' || error.code === 'INVALID_INPUT';
  return aboutAField && field !== undefined && fields.includes(field) ? field : null;
}
