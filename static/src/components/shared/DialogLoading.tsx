import type { CSSProperties } from 'react';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../../hooks/useI18n';

// Where the modal's blanket will be, under Atlaskit's modal layer (510).
const overlayStyles: CSSProperties = {
  position: 'fixed',
  inset: 0,
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  backgroundColor: token('color.blanket'),
  zIndex: 510,
};

/** Over the page while a dialog's code downloads: the first time a dialog opens. */
export function DialogLoading() {
  const { t } = useI18n();
  return (
    <div style={overlayStyles}>
      <Spinner size="large" label={t('loading.part')} />
    </div>
  );
}
