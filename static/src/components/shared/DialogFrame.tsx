import { useContext, type ReactNode, type RefObject } from 'react';
import Button from '@atlaskit/button/new';
import Modal, {
  ModalBody,
  ModalFooter,
  ModalHeader,
  ModalTitle,
  ModalTransition,
  type ModalDialogProps,
} from '@atlaskit/modal-dialog';
import { DialogOpenContext } from '../../hooks/useDialogs';
import { useI18n } from '../../hooks/useI18n';

export interface DialogFrameProps {
  title: string;
  onClose: () => void;
  width?: ModalDialogProps['width'];
  /** What has the focus as the dialog opens; the first focusable element by default. */
  autoFocus?: RefObject<HTMLElement>;
  /** False when closing leads elsewhere, so the focus is not taken back to the opener. */
  shouldReturnFocus?: boolean;
  /** The dialog's buttons; a lone Close by default, primary (the only way on). */
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * Every dialog's frame: its title with a Close button, its body and its buttons, fading in and
 * out (Atlaskit's ModalTransition). Closing hands the focus back to the button that opened it.
 */
export function DialogFrame({ title, footer, children, ...modal }: DialogFrameProps) {
  const { t } = useI18n();
  const { isOpen, onExited } = useContext(DialogOpenContext);
  return (
    <ModalTransition>
      {isOpen ? (
        <Modal {...modal} onCloseComplete={onExited}>
          <ModalHeader hasCloseButton closeButtonLabel={t('action.close')}>
            <ModalTitle>{title}</ModalTitle>
          </ModalHeader>
          <ModalBody>{children}</ModalBody>
          <ModalFooter>
            {footer ?? (
              <Button appearance="primary" onClick={modal.onClose}>
                {t('action.close')}
              </Button>
            )}
          </ModalFooter>
        </Modal>
      ) : null}
    </ModalTransition>
  );
}
