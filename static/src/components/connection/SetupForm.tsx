import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Field, HelperMessage } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import { REGIONS, type Overview, type Region } from '../../../../src/contract';
import { api } from '../../api';
import { describeError } from '../../errors';
import { useI18n } from '../../hooks/useI18n';
import { styles } from '../../styles';
import { FieldError, FieldLabel, RequiredNote } from '../shared/FormParts';
import { TOKEN_FIELDS, TokenFields, type FieldErrors } from './TokenFields';
import { useCredentialsSubmit } from './useCredentialsSubmit';
import { StillWorking } from '../shared/StillWorking';

const ID_PREFIX = 'setup';
const REGION_INPUT = `${ID_PREFIX}-region`;
const SETUP_FIELDS = ['region', ...TOKEN_FIELDS];

interface RegionOption {
  value: Region;
  label: string;
}

export interface SetupFormProps {
  onConnected: (overview: Overview) => void;
}

/** First run: an admin connects the site to a GitProtect region with a Jira API token. */
export default function SetupForm({ onConnected }: SetupFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [region, setRegion] = useState<Region | null>(null);
  const regions = REGIONS.map((value) => ({ value, label: t(`region.${value}`) }));
  const { values, change, errors, failure, busy, submit } = useCredentialsSubmit({
    idPrefix: ID_PREFIX,
    fields: SETUP_FIELDS,
    initialEmail: '',
    check: (): FieldErrors => (region ? {} : { region: t('field.required') }),
    // check() has refused a missing region before anything is sent.
    send: (credentials) => api.connect({ region: region as Region, ...credentials }),
    onAccepted: onConnected,
  });

  return (
    <section aria-labelledby="setup-heading" style={styles.stack}>
      <Heading size="medium" as="h2" id="setup-heading">
        {t('setup.title')}
      </Heading>
      <p style={styles.text}>{t('setup.intro')}</p>
      <RequiredNote />
      <form
        noValidate
        style={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {failure ? (
          <SectionMessage appearance="error" title={t('setup.failed')}>
            <p>{describeError(failure, i18n)}</p>
          </SectionMessage>
        ) : null}
        <Field id={REGION_INPUT} name="region">
          {() => (
            <>
              <FieldLabel htmlFor={REGION_INPUT} required>
                {t('field.region')}
              </FieldLabel>
              <Select<RegionOption>
                inputId={REGION_INPUT}
                options={regions}
                value={regions.find((option) => option.value === region) ?? null}
                onChange={(option) => option && setRegion(option.value)}
                isInvalid={Boolean(errors.region)}
                aria-describedby={
                  errors.region ? 'setup-region-helper setup-region-error' : 'setup-region-helper'
                }
                aria-required
                placeholder={t('field.regionPlaceholder')}
              />
              <HelperMessage>{t('field.regionHint')}</HelperMessage>
              <FieldError id="setup-region-error" message={errors.region} />
            </>
          )}
        </Field>
        <TokenFields idPrefix={ID_PREFIX} values={values} errors={errors} onChange={change} />
        <Inline space="space.150" alignBlock="center" shouldWrap>
          <Button type="submit" appearance="primary" isLoading={busy}>
            {t('setup.submit')}
          </Button>
          <StillWorking busy={busy} />
        </Inline>
      </form>
    </section>
  );
}
