import { useState } from 'react';
import Heading from '@atlaskit/heading';
import { Box, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { REGIONS, type Overview, type Region } from '../../../../src/contract';
import { api } from '../../api';
import { useI18n } from '../../hooks/useI18n';
import { FormField, RequiredNote } from '../shared/FormParts';
import { CredentialsForm } from './CredentialsForm';
import { TokenFields } from './TokenFields';
import { TOKEN_FIELDS, type FieldErrors } from './tokenValues';
import { useCredentialsSubmit } from './useCredentialsSubmit';

const ID_PREFIX = 'setup';
const REGION_INPUT = `${ID_PREFIX}-region`;
const SETUP_FIELDS = ['region', ...TOKEN_FIELDS];

const sectionStyles = xcss({ display: 'flex', flexDirection: 'column', gap: 'space.200' });

interface RegionOption {
  value: Region;
  label: string;
}

export interface SetupFormProps {
  onConnected: (overview: Overview) => void;
  /**
   * After Disconnect, the email and region of the connection just ended, for the new one
   * (never the token).
   */
  previous?: { email: string; region: Region } | null;
}

/** First run: an admin connects the site to a GitProtect region with a Jira API token. */
export default function SetupForm({ onConnected, previous = null }: SetupFormProps) {
  const { t } = useI18n();
  const [region, setRegion] = useState<Region | null>(previous?.region ?? null);
  const regions = REGIONS.map((value) => ({ value, label: t(`region.${value}`) }));
  const { values, change, errors, failure, busy, submit } = useCredentialsSubmit({
    idPrefix: ID_PREFIX,
    fields: SETUP_FIELDS,
    initialEmail: previous?.email ?? '',
    check: (): FieldErrors => (region ? {} : { region: t('field.required') }),
    // check() has refused a missing region before anything is sent.
    send: (credentials) => api.connect({ region: region as Region, ...credentials }),
    onAccepted: onConnected,
  });

  return (
    <Box as="section" aria-labelledby="setup-heading" xcss={sectionStyles}>
      <Heading size="medium" as="h2" id="setup-heading">
        {t('setup.title')}
      </Heading>
      <Text as="p">{t('setup.intro')}</Text>
      <RequiredNote />
      <CredentialsForm
        failure={failure}
        failureTitle={t('setup.failed')}
        submitLabel={t('setup.submit')}
        busy={busy}
        onSubmit={submit}
      >
        <FormField
          id={REGION_INPUT}
          name="region"
          label={t('field.region')}
          required
          hint={t('field.regionHint')}
          error={errors.region}
        >
          {(describedBy) => (
            <Select<RegionOption>
              inputId={REGION_INPUT}
              options={regions}
              value={regions.find((option) => option.value === region) ?? null}
              onChange={(option) => option && setRegion(option.value)}
              isInvalid={Boolean(errors.region)}
              aria-describedby={describedBy}
              aria-required
              placeholder={t('field.regionPlaceholder')}
            />
          )}
        </FormField>
        <TokenFields idPrefix={ID_PREFIX} values={values} errors={errors} onChange={change} />
      </CredentialsForm>
    </Box>
  );
}
