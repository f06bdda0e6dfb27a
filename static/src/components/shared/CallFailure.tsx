import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { PageError } from '../../api';
import { describeError } from '../../errors';
import { useI18n } from '../../hooks/useI18n';

export type CallFailureProps = {
  /** What did not happen, e.g. "The spaces could not be loaded". */
  title?: string;
  /** Tries the same call again. */
  onRetry?: () => void;
  /** Offered beside Retry when what failed is optional, e.g. a dialog. */
  onCancel?: () => void;
} & (
  | { error: PageError; message?: never }
  /** Words of the page's own, for a failure no resolver answered (a part's download). */
  | { message: string; error?: never }
);

/** A call that failed: what did not happen, why in the viewer's words, and Retry. */
export function CallFailure({ title, error, message, onRetry, onCancel }: CallFailureProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const actions = [];
  if (onRetry) {
    actions.push(
      <SectionMessageAction key="retry" onClick={onRetry}>
        {t('action.retry')}
      </SectionMessageAction>,
    );
  }
  if (onCancel) {
    actions.push(
      <SectionMessageAction key="cancel" onClick={onCancel}>
        {t('action.cancel')}
      </SectionMessageAction>,
    );
  }
  return (
    <SectionMessage appearance="error" title={title} actions={actions}>
      <p>{error ? describeError(error, i18n) : message}</p>
    </SectionMessage>
  );
}
