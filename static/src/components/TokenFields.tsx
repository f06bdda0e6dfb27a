import type { MouseEvent } from 'react';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { openInNewTab } from '../api';
import { useI18n } from '../hooks/useI18n';
import { styles } from '../styles';

export const API_TOKENS_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';

export interface TokenValues {
  email: string;
  token: string;
  expiresOn: string;
}

export type TokenField = keyof TokenValues;
export const TOKEN_FIELDS: readonly TokenField[] = ['email', 'token', 'expiresOn'];
export type FieldErrors = Partial<Record<string, string>>;

interface TokenFieldsProps {
  idPrefix: string;
  values: TokenValues;
  errors: FieldErrors;
  onChange: (change: Partial<TokenValues>) => void;
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} style={styles.error}>
      {message}
    </p>
  ) : null;
}

/** Email, API token and expiry date: the credentials form of setup and of Settings. */
export function TokenFields({ idPrefix, values, errors, onChange }: TokenFieldsProps) {
  const { t } = useI18n();
  const id = (field: TokenField) => `${idPrefix}-${field}`;
  const describedBy = (field: TokenField, hint?: boolean) =>
    [hint ? `${id(field)}-hint` : '', errors[field] ? `${id(field)}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const openTokenPage = (event: MouseEvent) => {
    event.preventDefault();
    void openInNewTab(API_TOKENS_URL);
  };
  return (
    <>
      <div style={styles.field}>
        <label htmlFor={id('email')} style={styles.label}>
          {t('field.email')}
        </label>
        <Textfield
          id={id('email')}
          name="email"
          type="email"
          autoComplete="email"
          isRequired
          value={values.email}
          isInvalid={Boolean(errors.email)}
          aria-describedby={describedBy('email')}
          onChange={(event) => onChange({ email: event.currentTarget.value })}
        />
        <FieldError id={`${id('email')}-error`} message={errors.email} />
      </div>
      <div style={styles.field}>
        <label htmlFor={id('token')} style={styles.label}>
          {t('field.token')}
        </label>
        <Textfield
          id={id('token')}
          name="token"
          type="password"
          autoComplete="off"
          spellCheck={false}
          isRequired
          value={values.token}
          isInvalid={Boolean(errors.token)}
          aria-describedby={describedBy('token', true)}
          onChange={(event) => onChange({ token: event.currentTarget.value })}
        />
        <p id={`${id('token')}-hint`} style={styles.hint}>
          {t('field.tokenHint')}{' '}
          <a
            href={API_TOKENS_URL}
            onClick={openTokenPage}
            style={{ color: token('color.link'), textDecoration: 'underline' }}
          >
            {t('field.createToken')}
          </a>
        </p>
        <FieldError id={`${id('token')}-error`} message={errors.token} />
      </div>
      <div style={styles.field}>
        <label htmlFor={id('expiresOn')} style={styles.label}>
          {t('field.expiresOn')}
        </label>
        <Textfield
          id={id('expiresOn')}
          name="expiresOn"
          type="date"
          min={today()}
          value={values.expiresOn}
          isInvalid={Boolean(errors.expiresOn)}
          aria-describedby={describedBy('expiresOn', true)}
          onChange={(event) => onChange({ expiresOn: event.currentTarget.value })}
        />
        <p id={`${id('expiresOn')}-hint`} style={styles.hint}>
          {t('field.expiresOnHint')}
        </p>
        <FieldError id={`${id('expiresOn')}-error`} message={errors.expiresOn} />
      </div>
    </>
  );
}

/** The fields a submit may not leave empty, with the words for each. */
export function missingFields(values: TokenValues, required: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.email.trim()) errors.email = required;
  if (!values.token) errors.token = required;
  return errors;
}
