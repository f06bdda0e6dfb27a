import Button from '@atlaskit/button/new';
import { Box, xcss } from '@atlaskit/primitives';
import type { ManagementDestination } from '../../../../src/contract';
import { describeError } from '../../wording/errors';
import { useHandOff } from '../../hooks/useHandOff';
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
  const handOff = useHandOff();
  const failure = handOff.error
    ? i18n.t('handOff.failed', { reason: describeError(handOff.error, i18n) })
    : null;

  return (
    <div>
      <div>
        <Button
          appearance={appearance ?? 'default'}
          isLoading={handOff.pending}
          onClick={() => void handOff.open(destination)}
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
