import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import Form from '@atlaskit/form';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import type { PageError } from '../../api';
import { CallFailure } from '../shared/CallFailure';
import { StillWorking } from '../shared/StillWorking';
import type { CredentialsValues, useCredentialsSubmit } from './useCredentialsSubmit';

const formStyles = xcss({ maxWidth: '480px' });
const spacedStyles = xcss({ marginBlockStart: 'space.300' });

interface CredentialsFormProps {
  /** The failure that is the form's rather than one field's, under this title. */
  failure: PageError | null;
  failureTitle: string;
  submitLabel: string;
  busy: boolean;
  onSubmit: ReturnType<typeof useCredentialsSubmit>['onSubmit'];
  /** Space above the form, where it follows other content in its section. */
  spaced?: boolean;
  children: ReactNode;
}

/** The form of setup and of Settings (an Atlaskit Form): its failure, its fields, the submit. */
export function CredentialsForm({
  failure,
  failureTitle,
  submitLabel,
  busy,
  onSubmit,
  spaced,
  children,
}: CredentialsFormProps) {
  return (
    <Form<CredentialsValues> onSubmit={onSubmit} noValidate>
      <Box xcss={spaced ? [formStyles, spacedStyles] : formStyles}>
        <Stack space="space.200">
          {failure ? <CallFailure title={failureTitle} error={failure} /> : null}
          {children}
          <Inline space="space.150" alignBlock="center" shouldWrap>
            <Button type="submit" appearance="primary" isLoading={busy}>
              {submitLabel}
            </Button>
            <StillWorking busy={busy} />
          </Inline>
        </Stack>
      </Box>
    </Form>
  );
}
