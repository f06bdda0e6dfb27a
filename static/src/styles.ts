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
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: token('space.200', '16px'),
    marginBlockEnd: token('space.300', '24px'),
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: token('space.100', '8px') },
  column: { display: 'flex', flexDirection: 'column', gap: token('space.075', '6px') },
  stack: { display: 'flex', flexDirection: 'column', gap: token('space.200', '16px') },
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
  small: { color: subtle, font: small },
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
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: token('space.200', '16px'),
    maxWidth: '480px',
    margin: 0,
  },
  // Atlaskit's CSS reset gives paragraphs a top margin; inside a stack the gap spaces them.
  text: { margin: 0 },
  field: { display: 'flex', flexDirection: 'column', gap: token('space.050', '4px') },
  label: { color: subtle, font: small, fontWeight: token('font.weight.semibold', '600') },
  requiredMark: { color: token('color.text.danger') },
  dateField: { maxWidth: '240px' },
  hint: { color: subtle, font: small, margin: 0 },
  error: { color: token('color.text.danger'), font: small, margin: 0 },
  fieldset: { border: 0, margin: 0, padding: 0, minWidth: 0 },
  legend: {
    color: subtle,
    font: small,
    fontWeight: token('font.weight.semibold', '600'),
    padding: 0,
    marginBlockEnd: token('space.050', '4px'),
  },
  dayGrid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
    gap: token('space.050', '4px'),
  },
  twoColumns: {
    display: 'grid',
    gridTemplateColumns: 'minmax(120px, 1fr) minmax(200px, 2fr)',
    gap: token('space.200', '16px'),
  },
  preview: {
    margin: 0,
    paddingInlineStart: token('space.250', '20px'),
    display: 'flex',
    flexDirection: 'column',
    gap: token('space.050', '4px'),
  },
  emptyJobs: {
    display: 'flex',
    flexDirection: 'column',
    gap: token('space.150', '12px'),
    marginBlockStart: token('space.200', '16px'),
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
  flags: {
    position: 'fixed',
    insetBlockEnd: token('space.200', '16px'),
    insetInlineStart: token('space.200', '16px'),
    width: 'min(400px, calc(100vw - 32px))',
    // Room for two or three flags; more scroll inside the stack instead of covering the page.
    maxHeight: 'min(calc(100vh - 32px), 60vh)',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: token('space.100', '8px'),
    padding: token('space.050', '4px'),
    zIndex: 600,
  },
  flag: {
    flexShrink: 0,
    borderRadius: token('radius.medium', '6px'),
    backgroundColor: token('elevation.surface.overlay'),
    boxShadow: token('elevation.shadow.overlay'),
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
