import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import { ALERT_CODES, type Alert } from '../../../../src/contract';
import { useI18n } from '../../hooks/useI18n';
import { Disclosure } from '../shared/Disclosure';

// Plain token styles, where the first paint draws: the first load carries the compiled
// primitives but not the runtime `xcss` (Emotion, +2.9 kB gzip), and the compiled primitives take
// styles beyond their props only through `cssMap`, which needs a Compiled build step this page
// does not have. New code uses the compiled primitives and their token props.
const list: CSSProperties = {
  margin: `${token('space.100', '8px')} 0 0`,
  // Under the disclosure's words, past its chevron.
  paddingInlineStart: token('space.500', '40px'),
  display: 'flex',
  flexDirection: 'column',
  gap: token('space.050', '4px'),
};

interface OtherCausesProps {
  alerts: Alert[];
}

/**
 * The causes behind the verdict, collapsed: one line that opens to a short list of headlines,
 * never a stack of banners. Headlines only: their fixes wait until the root cause is fixed (a
 * backup started while the token is expired fails too), and the facts below hold the details.
 */
export function OtherCauses({ alerts }: OtherCausesProps) {
  const { t } = useI18n();
  if (alerts.length === 0) return null;
  return (
    <Disclosure label={t('verdict.others', { count: alerts.length })}>
      <ul style={list}>
        {alerts.map((alert) => (
          <li key={alert.code}>
            {ALERT_CODES.includes(alert.code)
              ? t(`alert.${alert.code}.title`)
              : t('alert.other.title')}
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
