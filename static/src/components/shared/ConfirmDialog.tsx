import { useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Inline, Stack } from '@atlaskit/primitives/compiled';
import type { Result } from '../../api';
import { useCall } from '../../hooks/useCall';
import { useI18n } from '../../hooks/useI18n';
import { CallFailure } from './CallFailure';
import { DialogFrame } from './DialogFrame';
import { StillWorking } from './StillWorking';

export interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  /**
   * Does what was confirmed: on success the dialog closes, on failure it says why. Null: a later
   * call answers instead (the dialog closes, as that one's answer is shown elsewhere).
   */
  onConfirm: () => Promise<Result<unknown> | null>;
  onClose: () => void;
  /** The heading of the message shown when `onConfirm` fails. */
  failureTitle: string;
  /** `danger` for a step that cannot be undone from the page (Disconnect). */
  appearance?: 'primary' | 'danger';
  /**
   * The step that must come first (while no backup can succeed, Update token or Reconnect): it
   * becomes the primary way forward, and the confirm button a subtle one beside it.
   */
  fix?: { label: string; onClick: () => void };
}

/**
 * A question with one way forward and Cancel: Backup now, More features and Disconnect. With a
 * `fix`, the fix is the way forward and confirming anyway is secondary.
 */
export default function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useI18n();
  const {
    run,
    pending: busy,
    error,
  } = useCall(
    async (): Promise<Result<unknown>> => (await props.onConfirm()) ?? { ok: true, data: null },
  );
  // The way forward has the focus when the dialog opens, so Enter confirms (the modal moves it).
  const confirmButton = useRef<HTMLButtonElement>(null);
  const fixButton = useRef<HTMLButtonElement>(null);
  const { fix } = props;
  // Taking the fix leads elsewhere (a field to fill in): the dialog then closes without handing
  // the focus back to the button that opened it, which would take it from there.
  const [takingFix, setTakingFix] = useState(false);
  const latestFix = useRef(fix);
  latestFix.current = fix;
  useEffect(() => {
    if (takingFix) latestFix.current?.onClick();
  }, [takingFix]);

  const confirm = async () => {
    const result = await run();
    if (result?.ok) props.onClose();
  };

  return (
    <DialogFrame
      title={props.title}
      onClose={props.onClose}
      width="small"
      autoFocus={fix ? fixButton : confirmButton}
      shouldReturnFocus={!takingFix}
      footer={
        // Three buttons do not fit beside each other on a phone: they wrap, kept to the end.
        <Inline space="space.100" alignInline="end" alignBlock="center" shouldWrap grow="fill">
          <StillWorking busy={busy} />
          <Button appearance="subtle" onClick={props.onClose}>
            {t('action.cancel')}
          </Button>
          <Button
            appearance={fix ? 'subtle' : (props.appearance ?? 'primary')}
            onClick={() => void confirm()}
            isLoading={busy}
            ref={confirmButton}
          >
            {props.confirmLabel}
          </Button>
          {fix ? (
            <Button appearance="primary" onClick={() => setTakingFix(true)} ref={fixButton}>
              {fix.label}
            </Button>
          ) : null}
        </Inline>
      }
    >
      <Stack space="space.200">
        <p>{props.body}</p>
        {error ? <CallFailure title={props.failureTitle} error={error} /> : null}
      </Stack>
    </DialogFrame>
  );
}
