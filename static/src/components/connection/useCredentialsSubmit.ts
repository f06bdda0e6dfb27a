import { useState } from 'react';
import type { Result } from '../../api';
import { type PageError } from '../../api';
import { fieldAtFault } from '../../errors';
import { useI18n } from '../../hooks/useI18n';
import { credentialErrors } from './credentialErrors';
import { refusal } from './refusal';
import type { FieldErrors, TokenValues } from './tokenValues';

/** The credentials as the backend takes them: the email trimmed, the expiry only when set. */
export interface Credentials {
  email: string;
  token: string;
  expiresOn?: string;
}

interface CredentialsSubmit<T> {
  /** The id prefix of the form's fields: a field at fault gets the focus. */
  idPrefix: string;
  /** The form's fields in the order they are shown: the first one at fault is focused. */
  fields: readonly string[];
  initialEmail: string;
  /** What the form asks beyond the credentials, with its errors (setup's region). */
  check?: () => FieldErrors;
  send: (credentials: Credentials) => Promise<Result<T>>;
  onAccepted: (data: T) => void;
}

/**
 * The submit flow setup and Settings share: every wrong field named before anything is sent,
 * the token gone once the request has taken it, a refusal placed at the field at fault (the
 * token cleared only when it is the token that was refused), any other failure for the form.
 */
export function useCredentialsSubmit<T>({
  idPrefix,
  fields,
  initialEmail,
  check,
  send,
  onAccepted,
}: CredentialsSubmit<T>) {
  const i18n = useI18n();
  const [values, setValues] = useState<TokenValues>({
    email: initialEmail,
    token: '',
    expiresOn: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<PageError | null>(null);
  const [busy, setBusy] = useState(false);
  const focus = (field: string) => document.getElementById(`${idPrefix}-${field}`)?.focus();
  const clearToken = () => setValues((current) => ({ ...current, token: '' }));

  const submit = async () => {
    setFailure(null);
    const found = { ...credentialErrors(values, i18n), ...check?.() };
    setErrors(found);
    const firstWrong = fields.find((field) => found[field]);
    if (firstWrong) {
      focus(firstWrong);
      return;
    }
    setBusy(true);
    const result = await send({
      email: values.email.trim(),
      token: values.token,
      ...(values.expiresOn ? { expiresOn: values.expiresOn } : {}),
    });
    setBusy(false);
    if (result.ok) {
      // The secret leaves the page with the request.
      clearToken();
      onAccepted(result.data);
      return;
    }
    const field = fieldAtFault(result.error, fields);
    if (field) {
      const refused = refusal(result.error, field, i18n);
      setErrors(refused.errors);
      if (refused.clearToken) clearToken();
      focus(field);
      return;
    }
    setFailure(result.error);
  };

  const change = (change: Partial<TokenValues>) =>
    setValues((current) => ({ ...current, ...change }));

  return { values, change, errors, failure, busy, submit, focus };
}
