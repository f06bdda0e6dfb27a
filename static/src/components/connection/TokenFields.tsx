import { useRef, type MouseEvent, type ReactNode } from 'react';
import { DatePicker } from '@atlaskit/datetime-picker';
import { Anchor, Box, xcss } from '@atlaskit/primitives';
import Textfield, { type TextFieldProps } from '@atlaskit/textfield';
import type { PageError } from '../../api';
import { openInNewTab } from '../../api';
import { backendNow } from '../../backendClock';
import {
  credentialProblems,
  latestExpiry,
  type CredentialField,
  type CredentialProblem,
} from '../../../../src/domain/credentialRules';
import { fieldMessage } from '../../wording/errors';
import type { I18n, MessageKey } from '../../i18n';
import { useI18n } from '../../hooks/useI18n';
import { FormField } from '../shared/FormParts';

export const API_TOKENS_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';

export interface TokenValues {
  email: string;
  token: string;
  /** `YYYY-MM-DD`, empty, or the text typed when it is not a date. */
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

const linkStyles = xcss({ color: 'color.link' });
const dateFieldStyles = xcss({ maxWidth: '240px' });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads a date typed in the viewer's locale ("30.06.2027" in Polish, "30/06/2027" in British
 * English, "6/30/2027" in American) or as `YYYY-MM-DD`; an invalid Date when it is neither.
 */
export function parseTypedDate(text: string, locale: string): Date {
  const trimmed = text.trim();
  const numbers = trimmed.match(/\d+/g)?.map(Number) ?? [];
  if (ISO_DAY.test(trimmed)) return localDate(numbers[0]!, numbers[1]!, numbers[2]!);
  if (numbers.length !== 3) return new Date(NaN);
  const order = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  })
    .formatToParts(new Date(2000, 0, 2))
    .map((part) => part.type)
    .filter((type) => type === 'day' || type === 'month' || type === 'year');
  const at = (type: string) => numbers[order.indexOf(type as 'day')] ?? NaN;
  return localDate(at('year'), at('month'), at('day'));
}

function localDate(year: number, month: number, day: number): Date {
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day
    ? date
    : new Date(NaN);
}

function localIsoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Email, API token and expiry date: the credentials form of setup and of Settings. */
export function TokenFields({ idPrefix, values, errors, onChange }: TokenFieldsProps) {
  const { t, format } = useI18n();
  // What the admin typed into the date field: the picker commits it on Enter only, the admin
  // expects it kept when they move on (or straight to the submit button).
  const typedDate = useRef('');
  const id = (field: TokenField) => `${idPrefix}-${field}`;
  const openTokenPage = (event: MouseEvent) => {
    event.preventDefault();
    void openInNewTab(API_TOKENS_URL);
  };
  const now = backendNow();
  const commitTypedDate = () => {
    const text = typedDate.current.trim();
    typedDate.current = '';
    if (!text) return;
    const parsed = parseTypedDate(text, format.locale);
    onChange({ expiresOn: Number.isNaN(parsed.getTime()) ? text : localIsoDay(parsed) });
  };
  /** The two typed fields: the email and the token, both required. */
  const textField = (
    field: 'email' | 'token',
    input: Pick<TextFieldProps, 'type' | 'autoComplete' | 'spellCheck'>,
    hint?: ReactNode,
  ) => (
    <FormField
      id={id(field)}
      name={field}
      label={t(`field.${field}`)}
      required
      hint={hint}
      error={errors[field]}
    >
      {(describedBy) => (
        <Textfield
          id={id(field)}
          name={field}
          {...input}
          isRequired
          value={values[field]}
          isInvalid={Boolean(errors[field])}
          aria-describedby={describedBy}
          onChange={(event) => onChange({ [field]: event.currentTarget.value })}
        />
      )}
    </FormField>
  );
  return (
    <>
      {textField('email', { type: 'email', autoComplete: 'email' })}
      {textField(
        'token',
        { type: 'password', autoComplete: 'off', spellCheck: false },
        <>
          {t('field.tokenHint')}{' '}
          <Anchor href={API_TOKENS_URL} onClick={openTokenPage} xcss={linkStyles}>
            {t('field.createToken')}
          </Anchor>
        </>,
      )}
      <FormField
        id={id('expiresOn')}
        name="expiresOn"
        label={t('field.expiresOn')}
        hint={t('field.expiresOnHint')}
        error={errors.expiresOn}
      >
        {(describedBy) => (
          <Box xcss={dateFieldStyles}>
            <DatePicker
              id={id('expiresOn')}
              name="expiresOn"
              locale={format.locale}
              weekStartDay={format.locale.endsWith('-US') ? 0 : 1}
              value={ISO_DAY.test(values.expiresOn) ? values.expiresOn : ''}
              minDate={localIsoDay(now)}
              maxDate={latestExpiry(now)}
              isInvalid={Boolean(errors.expiresOn)}
              // A date as the viewer writes it, a plausible one: not Atlaskit's 1993 sample.
              placeholder={dateExample(new Date(latestExpiry(now)), format.locale)}
              aria-describedby={describedBy}
              clearControlLabel={t('date.clear')}
              // The calendar opens from its own button or a click: a field focused again to
              // correct (after a refused date) must not have it open over its error and Save.
              shouldShowCalendarButton
              inputLabel={t('field.expiresOn')}
              openCalendarLabel={t('date.openCalendar')}
              nextMonthLabel={t('date.nextMonth')}
              previousMonthLabel={t('date.previousMonth')}
              parseInputValue={(text) => parseTypedDate(text, format.locale)}
              selectProps={{
                onInputChange: (text: string, meta: { action: string }) => {
                  if (meta.action === 'input-change') typedDate.current = text;
                },
              }}
              onChange={(value) => {
                typedDate.current = '';
                onChange({ expiresOn: value });
              }}
              onBlur={commitTypedDate}
            />
          </Box>
        )}
      </FormField>
    </>
  );
}

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

/** A date as the viewer would type it: "30.06.2027", "30/06/2027", "6/30/2027". */
function dateExample(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(date);
}

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
