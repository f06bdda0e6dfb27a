import type { ReactNode } from 'react';
import { styles } from '../../styles';

/**
 * Label and value pairs in a tinted box, in as many columns as fit: the status summary, the
 * credentials in Settings, a job's details. Part of the first paint, so plain styles rather
 * than the runtime primitives (which would join the first load).
 */
export function Facts({ children, flush }: { children: ReactNode; flush?: boolean }) {
  return (
    <dl style={flush ? { ...styles.facts, marginBlockStart: 0 } : styles.facts}>{children}</dl>
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
    <div style={wide ? { ...styles.fact, ...styles.wideFact } : styles.fact}>
      <dt style={styles.factLabel}>{label}</dt>
      <dd style={styles.factValue}>{children}</dd>
    </div>
  );
}
