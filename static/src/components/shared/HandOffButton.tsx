import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Box, xcss } from '@atlaskit/primitives';
import type { ManagementDestination } from '../../../../src/contract';
import { api, openInNewTab } from '../../api';
import { describeError } from '../../wording/errors';
import { useI18n } from '../../hooks/useI18n';

const failureStyles = xcss({
  color: 'color.text.danger',
  font: 'font.body.small',
  margin: 'space.0',
  marginBlockStart: 'space.075',
});

interface HandOffButtonProps {
  destination: ManagementDestination;
  children: string;
  /** A longer name for screen readers when the button repeats, e.g. on each space's row. */
  label?: string;
  appearance?: 'default' | 'subtle' | 'primary';
}

/**
 * Signs the admin in to the Management Service straight at one place (a job's logs, a space's
 * restore, the notification settings): one click, as the place is named on the button.
 */
export function HandOffButton({ destination, children, label, appearance }: HandOffButtonProps) {
  const i18n = useI18n();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const open = async () => {
    setBusy(true);
    setFailure(null);
    const result = await api.openManagementServiceAt(destination);
    setBusy(false);
    if (!result.ok) {
      setFailure(i18n.t('handOff.failed', { reason: describeError(result.error, i18n) }));
      return;
    }
    // Declining to leave Jira is the admin's choice, not a failure to report.
    void openInNewTab(result.data.url);
  };

  return (
    <div>
      <div>
        <Button
          appearance={appearance ?? 'default'}
          isLoading={busy}
          onClick={() => void open()}
          aria-label={label}
        >
          {children}
        </Button>
      </div>
      <div role="status">
        {failure ? (
          <Box as="p" xcss={failureStyles}>
            {failure}
          </Box>
        ) : null}
      </div>
    </div>
  );
}
