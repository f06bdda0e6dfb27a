import Heading from '@atlaskit/heading';
import { Box, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { REGIONS, type Overview, type Region } from '../../../../src/contract';
import { api } from '../../api';
import { useI18n } from '../../hooks/useI18n';
import { FormFieldOf, RequiredNote } from '../shared/FormParts';
import { CredentialsForm } from './CredentialsForm';
import { TokenFields } from './TokenFields';
import { TOKEN_FIELDS, type FieldErrors } from './tokenValues';
import { useCredentialsSubmit, type CredentialsValues } from './useCredentialsSubmit';

const ID_PREFIX = 'setup';
const REGION_INPUT = `${ID_PREFIX}-region`;
/** The fields a refusal may name, in the order they are shown. */
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
  const regions = REGIONS.map((value) => ({ value, label: t(`region.${value}`) }));
  const chosenRegion = (values: CredentialsValues) =>
    (values[REGION_INPUT] as RegionOption | null | undefined)?.value ?? null;
  const { onSubmit, failure, busy } = useCredentialsSubmit({
    idPrefix: ID_PREFIX,
    fields: SETUP_FIELDS,
    check: (values): FieldErrors => (chosenRegion(values) ? {} : { region: t('field.required') }),
    // check() has refused a missing region before anything is sent.
    send: (credentials, values) =>
      api.connect({ region: chosenRegion(values) as Region, ...credentials }),
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
        onSubmit={onSubmit}
      >
        <FormFieldOf<RegionOption | null>
          name={REGION_INPUT}
          label={t('field.region')}
          required
          hint={t('field.regionHint')}
          defaultValue={regions.find((option) => option.value === previous?.region) ?? null}
        >
          {({ id, value, isInvalid, onChange, onBlur, onFocus, ...fieldProps }) => (
            <Select<RegionOption>
              inputId={id}
              options={regions}
              // The option in the viewer's words (the Form keeps the one first chosen).
              value={regions.find((option) => option.value === value?.value) ?? null}
              onChange={(option) => option && onChange(option)}
              onBlur={onBlur}
              onFocus={onFocus}
              isInvalid={isInvalid}
              aria-describedby={fieldProps['aria-describedby']}
              aria-required
              placeholder={t('field.regionPlaceholder')}
            />
          )}
        </FormFieldOf>
        <TokenFields idPrefix={ID_PREFIX} initialEmail={previous?.email ?? ''} />
      </CredentialsForm>
    </Box>
  );
}
