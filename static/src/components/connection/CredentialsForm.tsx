import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { Box, Inline, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { PageError } from '../../api';
import { describeError } from '../../wording/errors';
import { useI18n } from '../../hooks/useI18n';
import { StillWorking } from '../shared/StillWorking';

const formStyles = xcss({
  display: 'flex',
  flexDirection: 'column',
  gap: 'space.200',
  maxWidth: '480px',
  margin: 'space.0',
});
const spacedStyles = xcss({ marginBlockStart: 'space.300' });

interface CredentialsFormProps {
  /** The failure that is the form's rather than one field's, under this title. */
  failure: PageError | null;
  failureTitle: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: () => Promise<void>;
  /** Space above the form, where it follows other content in its section. */
  spaced?: boolean;
  children: ReactNode;
}

/** The form of setup and of Settings: its failure, its fields, the submit button. */
export function CredentialsForm({
  failure,
  failureTitle,
  submitLabel,
  busy,
  onSubmit,
  spaced,
  children,
}: CredentialsFormProps) {
  const i18n = useI18n();
  return (
    <Box
      as="form"
      noValidate
      xcss={spaced ? [formStyles, spacedStyles] : formStyles}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {failure ? (
        <SectionMessage appearance="error" title={failureTitle}>
          <p>{describeError(failure, i18n)}</p>
        </SectionMessage>
      ) : null}
      {children}
      <Inline space="space.150" alignBlock="center" shouldWrap>
        <Button type="submit" appearance="primary" isLoading={busy}>
          {submitLabel}
        </Button>
        <StillWorking busy={busy} />
      </Inline>
    </Box>
  );
}
