import { useRef, type MouseEvent, type ReactNode } from 'react';
import { DatePicker } from '@atlaskit/datetime-picker';
import { Anchor, Box, xcss } from '@atlaskit/primitives';
import Textfield, { type TextFieldProps } from '@atlaskit/textfield';
import { openInNewTab } from '../../api';
import { backendNow } from '../../backendClock';
import { latestExpiry } from '../../../../src/domain/credentialRules';
import { useI18n } from '../../hooks/useI18n';
import { FormField } from '../shared/FormParts';
import type { FieldErrors, TokenField, TokenValues } from './tokenValues';
import { ISO_DAY, dateExample, localIsoDay, parseTypedDate } from './typedDate';

export const API_TOKENS_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';

interface TokenFieldsProps {
  idPrefix: string;
  values: TokenValues;
  errors: FieldErrors;
  onChange: (change: Partial<TokenValues>) => void;
}

const linkStyles = xcss({ color: 'color.link' });
const dateFieldStyles = xcss({ maxWidth: '240px' });

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
