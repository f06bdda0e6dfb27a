import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

const border = `${token('border.width', '1px')} solid ${token('color.border')}`;

/** The coverage view's own layout: rows that wrap into a column on a phone. */
export const coverageStyles = {
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    borderBlockStart: border,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: `${token('space.100', '8px')} ${token('space.300', '24px')}`,
    padding: `${token('space.150', '12px')} 0`,
    borderBlockEnd: border,
    margin: 0,
  },
  space: { flex: '1 1 180px', minWidth: 0, display: 'flex', flexDirection: 'column' },
  name: { fontWeight: token('font.weight.semibold', '600'), overflowWrap: 'anywhere' },
  state: {
    flex: '2 1 260px',
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: token('space.050', '4px'),
  },
  // A fixed width, with or without a button, so the columns line up from row to row.
  action: { flex: '0 0 200px', display: 'flex', alignSelf: 'center' },
  filter: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: token('space.100', '8px'),
    cursor: 'pointer',
  },
  checkbox: {
    width: '16px',
    height: '16px',
    margin: 0,
    accentColor: token('color.background.selected.bold', '#0c66e4'),
  },
  more: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: token('space.100', '8px'),
  },
} satisfies Record<string, CSSProperties>;
