/**
 * The page's own styles: design tokens only, so Jira's light and dark themes apply unchanged.
 * Inline style objects rather than a stylesheet, because Atlaskit already ships its CSS and
 * these few rules do not justify a second styling system.
 */
import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

const text = token('color.text');
const subtle = token('color.text.subtle');
// Typography and spacing keep working where a host applies only the colour themes.
const small = token('font.body.small', 'normal 400 12px/16px system-ui, sans-serif');

export const styles = {
  page: {
    color: text,
    padding: token('space.300', '24px'),
    maxWidth: '1120px',
    margin: '0 auto',
  },
  section: { marginBlockStart: token('space.300', '24px') },
  tabPanel: { width: '100%', paddingBlockStart: token('space.200', '16px') },
  facts: {
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
  factLabel: { color: subtle, font: small },
  factValue: { margin: 0, color: text, overflowWrap: 'anywhere' },
  wideFact: { gridColumn: '1 / -1' },
  subtle: { color: subtle },
  nowrap: { whiteSpace: 'nowrap' },
  scroller: { overflowX: 'auto', maxWidth: '100%' },
  center: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: token('space.200', '16px'),
    padding: token('space.800', '64px'),
    color: subtle,
  },
  progress: {
    display: 'flex',
    flexDirection: 'column',
    gap: token('space.075', '6px'),
    maxWidth: '360px',
  },
  skeleton: { display: 'flex', flexDirection: 'column', gap: token('space.150', '12px') },
  skeletonBar: {
    display: 'block',
    height: '16px',
    borderRadius: token('radius.small', '3px'),
    backgroundColor: token('color.skeleton'),
  },
  skeletonVerdict: {
    display: 'block',
    height: '80px',
    marginBlockEnd: token('space.300', '24px'),
    borderRadius: token('radius.medium', '6px'),
    backgroundColor: token('color.skeleton.subtle'),
  },
  skeletonHeading: {
    display: 'block',
    height: '24px',
    borderRadius: token('radius.small', '3px'),
    backgroundColor: token('color.skeleton'),
  },
  dialogLoading: {
    position: 'fixed',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: token('color.blanket'),
    zIndex: 510,
  },
} satisfies Record<string, CSSProperties>;
