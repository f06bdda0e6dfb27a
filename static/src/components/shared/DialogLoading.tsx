import Spinner from '@atlaskit/spinner';
import { useI18n } from '../../hooks/useI18n';
import { styles } from '../../styles';

/** Over the page while a dialog's code downloads: the first time a dialog opens. */
export function DialogLoading() {
  const { t } = useI18n();
  return (
    <div style={styles.dialogLoading}>
      <Spinner size="large" label={t('loading.part')} />
    </div>
  );
}
