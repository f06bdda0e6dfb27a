import { Text } from '@atlaskit/primitives/compiled';
import { useI18n } from '../../hooks/useI18n';
import { useStillWorking } from '../../hooks/useStillWorking';

/**
 * "Still working…" beside a button whose action has waited about 2 s: a spinner alone looks
 * the same as one that hangs. A live region, so a screen reader hears it too.
 */
export function StillWorking({ busy }: { busy: boolean }) {
  const { t } = useI18n();
  const long = useStillWorking(busy);
  return (
    <span role="status">
      <Text size="small" color="color.text.subtle">
        {long ? t('wait.stillWorking') : ''}
      </Text>
    </span>
  );
}
