import { useRef, type MouseEvent, type ReactNode } from 'react';
import { DatePicker } from '@atlaskit/datetime-picker';
import { Anchor, Box, xcss } from '@atlaskit/primitives';
import Textfield, { type TextFieldProps } from '@atlaskit/textfield';
import { openInNewTab } from '../../api';
import { backendNow } from '../../backendClock';
import { latestExpiry } from '../../../../src/domain/credentialRules';
import { useI18n } from '../../hooks/useI18n';
import { FormFieldOf } from '../shared/FormParts';
import type { TokenField } from './tokenValues';
import { ISO_DAY, dateExample, localIsoDay, parseTypedDate } from './typedDate';

export const API_TOKENS_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';

interface TokenFieldsProps {
  /** The fields' names (and their inputs' ids) are `<idPrefix>-email`, `-token`, `-expiresOn`. */
  idPrefix: string;
  initialEmail: string;
}

const linkStyles = xcss({ color: 'color.link' });
const dateFieldStyles = xcss({ maxWidth: '240px' });

/**
 * Email, API token and expiry date: the credentials fields of setup's and Settings' Atlaskit
 * Form, which holds their values and their errors.
 */
export function TokenFields({ idPrefix, initialEmail }: TokenFieldsProps) {
  const { t, format } = useI18n();
  // What the admin typed into the date field: the picker commits it on Enter only, the admin
  // expects it kept when they move on (or straight to the submit button).
  const typedDate = useRef('');
  const name = (field: TokenField) => `${idPrefix}-${field}`;
  const openTokenPage = (event: MouseEvent) => {
    event.preventDefault();
    void openInNewTab(API_TOKENS_URL);
  };
  const now = backendNow();
  const commitTypedDate = (onChange: (value: string) => void) => {
    const text = typedDate.current.trim();
    typedDate.current = '';
    if (!text) return;
    const parsed = parseTypedDate(text, format.locale);
    onChange(Number.isNaN(parsed.getTime()) ? text : localIsoDay(parsed));
  };
  /** The two typed fields: the email and the token, both required. */
  const textField = (
    field: 'email' | 'token',
    defaultValue: string,
    input: Pick<TextFieldProps, 'type' | 'autoComplete' | 'spellCheck'>,
    hint?: ReactNode,
  ) => (
    <FormFieldOf<string>
      name={name(field)}
      label={t(`field.${field}`)}
      required
      hint={hint}
      defaultValue={defaultValue}
    >
      {(fieldProps) => <Textfield {...fieldProps} {...input} />}
    </FormFieldOf>
  );
  return (
    <>
      {textField('email', initialEmail, { type: 'email', autoComplete: 'email' })}
      {textField(
        'token',
        '',
        { type: 'password', autoComplete: 'off', spellCheck: false },
        <>
          {t('field.tokenHint')}{' '}
          <Anchor href={API_TOKENS_URL} onClick={openTokenPage} xcss={linkStyles}>
            {t('field.createToken')}
          </Anchor>
        </>,
      )}
      <FormFieldOf<string>
        name={name('expiresOn')}
        label={t('field.expiresOn')}
        hint={t('field.expiresOnHint')}
        defaultValue=""
      >
        {({ id, value, isInvalid, onChange, onBlur, onFocus, ...fieldProps }) => (
          <Box xcss={dateFieldStyles}>
            <DatePicker
              id={id}
              name={fieldProps.name}
              locale={format.locale}
              weekStartDay={format.locale.endsWith('-US') ? 0 : 1}
              value={ISO_DAY.test(value) ? value : ''}
              minDate={localIsoDay(now)}
              maxDate={latestExpiry(now)}
              isInvalid={isInvalid}
              // A date as the viewer writes it, a plausible one: not Atlaskit's 1993 sample.
              placeholder={dateExample(new Date(latestExpiry(now)), format.locale)}
              aria-describedby={fieldProps['aria-describedby']}
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
              onChange={(picked) => {
                typedDate.current = '';
                onChange(picked);
              }}
              onFocus={onFocus}
              onBlur={() => {
                commitTypedDate(onChange);
                onBlur();
              }}
            />
          </Box>
        )}
      </FormFieldOf>
    </>
  );
}
