import { backendNow } from '../../backendClock';
import {
  credentialProblems,
  type CredentialField,
  type CredentialProblem,
} from '../../../../src/domain/credentialRules';
import type { I18n, MessageKey } from '../../i18n';
import type { FieldErrors, TokenValues } from './tokenValues';
import { dateExample } from './typedDate';

const PROBLEM_WORDS: Record<CredentialField, Partial<Record<CredentialProblem, MessageKey>>> = {
  email: {
    missing: 'field.required',
    tooLong: 'problem.email.tooLong',
    spaces: 'problem.email.spaces',
    notAnEmail: 'invalid.email',
  },
  token: {
    missing: 'field.required',
    tooShort: 'rejected.FORMAT',
    tooLong: 'problem.token.tooLong',
    spaces: 'invalid.token',
  },
  expiresOn: {
    notADate: 'problem.expiresOn.notADate',
    noSuchDay: 'problem.expiresOn.noSuchDay',
    past: 'problem.expiresOn.past',
    tooFar: 'problem.expiresOn.tooFar',
  },
};

/**
 * Every field the server would refuse, with the page's words for each: the rules are the
 * server's own (credentialRules), so what passes here passes there.
 */
export function credentialErrors(
  values: TokenValues,
  { t, format }: I18n,
  today = backendNow(),
): FieldErrors {
  const problems = credentialProblems(
    { email: values.email.trim(), token: values.token, expiresOn: values.expiresOn },
    today,
  );
  const errors: FieldErrors = {};
  for (const [field, problem] of Object.entries(problems) as [
    CredentialField,
    CredentialProblem,
  ][]) {
    const key = PROBLEM_WORDS[field][problem];
    errors[field] = key
      ? t(key, { example: dateExample(today, format.locale) })
      : t('field.required');
  }
  return errors;
}
