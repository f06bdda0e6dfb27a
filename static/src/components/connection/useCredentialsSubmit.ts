import { useState } from 'react';
import type { FormApi } from '@atlaskit/form';
import type { PageError, Result } from '../../api';
import { fieldAtFault } from '../../wording/errors';
import { useCall } from '../../hooks/useCall';
import { useI18n } from '../../hooks/useI18n';
import { credentialErrors } from './credentialErrors';
import { refusal } from './refusal';
import type { FieldErrors, TokenField, TokenValues } from './tokenValues';

/** The credentials as the backend takes them: the email trimmed, the expiry only when set. */
export interface Credentials {
  email: string;
  token: string;
  expiresOn?: string;
}

/** The Form's values: each field under its input's id, `<idPrefix>-<field>`. */
export type CredentialsValues = Record<string, unknown>;

interface CredentialsSubmit<T> {
  /** The id prefix of the form's fields: the Form names each field by its input's id. */
  idPrefix: string;
  /** The fields a server refusal may name. */
  fields: readonly string[];
  /** What the form asks beyond the credentials, with its errors (setup's region). */
  check?: (values: CredentialsValues) => FieldErrors;
  send: (credentials: Credentials, values: CredentialsValues) => Promise<Result<T>>;
  onAccepted: (data: T) => void;
}

/**
 * The submit flow setup and Settings share, as the Atlaskit Form's `onSubmit`: every wrong field
 * named before anything is sent, the token gone once the request has taken it, a refusal placed
 * at the field at fault (the token cleared only when it is the token that was refused), any
 * other failure for the form. Field errors are what `onSubmit` answers: the Form shows each
 * under its field and focuses the first one.
 */
export function useCredentialsSubmit<T>({
  idPrefix,
  fields,
  check,
  send,
  onAccepted,
}: CredentialsSubmit<T>) {
  const i18n = useI18n();
  const call = useCall(send);
  const [failure, setFailure] = useState<PageError | null>(null);
  const name = (field: string) => `${idPrefix}-${field}`;
  const named = (errors: FieldErrors) =>
    Object.fromEntries(Object.entries(errors).map(([field, words]) => [name(field), words]));

  const onSubmit = async (values: CredentialsValues, form: FormApi<CredentialsValues>) => {
    setFailure(null);
    const text = (field: TokenField) => {
      const value = values[name(field)];
      return typeof value === 'string' ? value : '';
    };
    const typed: TokenValues = {
      email: text('email'),
      token: text('token'),
      expiresOn: text('expiresOn'),
    };
    const found = { ...credentialErrors(typed, i18n), ...check?.(values) };
    if (Object.keys(found).length > 0) return named(found);
    const result = await call.run(
      {
        email: typed.email.trim(),
        token: typed.token,
        ...(typed.expiresOn ? { expiresOn: typed.expiresOn } : {}),
      },
      values,
    );
    if (!result) return undefined;
    if (result.ok) {
      // The secret leaves the page with the request.
      form.change(name('token'), '');
      onAccepted(result.data);
      return undefined;
    }
    const field = fieldAtFault(result.error, fields);
    if (!field) {
      setFailure(result.error);
      return undefined;
    }
    const refused = refusal(result.error, field, i18n);
    if (refused.clearToken) form.change(name('token'), '');
    return named(refused.errors);
  };

  return { onSubmit, failure, busy: call.pending };
}
