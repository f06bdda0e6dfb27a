import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import { useI18n } from '../../hooks/useI18n';
import { factStyles } from '../shared/Facts';

const bar = { display: 'block', borderRadius: token('radius.small', '3px') } as const;
const local = {
  column: { display: 'flex', flexDirection: 'column', gap: token('space.150', '12px') },
  bar: { ...bar, height: '16px', backgroundColor: token('color.skeleton') },
  heading: { ...bar, height: '24px', backgroundColor: token('color.skeleton') },
  verdict: {
    display: 'block',
    height: '80px',
    marginBlockEnd: token('space.300', '24px'),
    borderRadius: token('radius.medium', '6px'),
    backgroundColor: token('color.skeleton.subtle'),
  },
  section: { marginBlockStart: token('space.300', '24px') },
} satisfies Record<string, CSSProperties>;

const FACTS = 6;
const ROWS = 3;

function Bar({ width, tall }: { width: string; tall?: boolean }) {
  return <span style={{ ...(tall ? local.heading : local.bar), width }} />;
}

/**
 * The shape of the status and the recent backups, while the first read is slow: the page keeps
 * its place instead of a lone spinner, and nothing jumps when the facts arrive. Plain boxes in
 * the theme's skeleton colour, so it costs the first load nothing.
 */
export function StatusSkeleton() {
  const { t } = useI18n();
  return (
    <div role="img" aria-label={t('loading.overview')} style={local.column}>
      <span style={local.verdict} />
      <Bar width="160px" tall />
      <div style={factStyles.box}>
        {Array.from({ length: FACTS }, (_, index) => (
          <span key={index} style={factStyles.fact}>
            <Bar width="40%" />
            <Bar width="70%" />
          </span>
        ))}
      </div>
      <span style={local.section}>
        <Bar width="180px" tall />
      </span>
      {Array.from({ length: ROWS }, (_, index) => (
        <Bar key={index} width="100%" />
      ))}
    </div>
  );
}
