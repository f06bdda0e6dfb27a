import type { PageError } from '../../api';
import { fieldMessage } from '../../wording/errors';
import type { I18n } from '../../i18n';
import type { FieldErrors } from './tokenValues';

/**
 * What a refused submit changes in the form: the error under the field at fault, and whether
 * the typed token goes. It goes only when it is the token that was refused: a token kept after
 * a wrong email saves the admin pasting it again.
 */
export function refusal(
  error: PageError,
  field: string,
  i18n: I18n,
): { errors: FieldErrors; clearToken: boolean } {
  return {
    errors: { [field]: fieldMessage(error, i18n) },
    clearToken: field === 'token',
  };
}
