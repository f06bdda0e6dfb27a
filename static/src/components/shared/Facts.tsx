import type { CSSProperties, ReactNode } from 'react';
import { token } from '@atlaskit/tokens';

/** Also the shape of the loading skeleton's facts box (StatusSkeleton). */
export const factStyles = {
  box: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
    gap: `${token('space.200', '16px')} ${token('space.300', '24px')}`,
    margin: `${token('space.200', '16px')} 0 0`,
    padding: token('space.200', '16px'),
    borderRadius: token('radius.medium', '6px'),
    border: `${token('border.width', '1px')} solid ${token('color.border')}`,
    backgroundColor: token('elevation.surface.sunken'),
  },
  fact: { display: 'flex', flexDirection: 'column', gap: token('space.050', '4px'), minWidth: 0 },
  // Typography keeps working where a host applies only the colour themes.
  label: {
    color: token('color.text.subtle'),
    font: token('font.body.small', 'normal 400 12px/16px system-ui, sans-serif'),
  },
  value: { margin: 0, color: token('color.text'), overflowWrap: 'anywhere' },
} satisfies Record<string, CSSProperties>;

/**
 * Label and value pairs in a tinted box, in as many columns as fit: the status summary, the
 * credentials in Settings, a job's details. Part of the first paint, so plain styles rather
 * than the runtime primitives (which would join the first load).
 */
export function Facts({ children, flush }: { children: ReactNode; flush?: boolean }) {
  return (
    <dl style={flush ? { ...factStyles.box, marginBlockStart: 0 } : factStyles.box}>{children}</dl>
  );
}

/** One pair; a wide one takes the box's whole width. */
export function Fact({
  label,
  children,
  wide,
}: {
  label: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <div style={wide ? { ...factStyles.fact, gridColumn: '1 / -1' } : factStyles.fact}>
      <dt style={factStyles.label}>{label}</dt>
      <dd style={factStyles.value}>{children}</dd>
    </div>
  );
}
