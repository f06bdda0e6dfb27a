/** One line of the bench's table: a figure, what it is judged against, and whether it passes. */
export interface Figure {
  figure: string;
  measured: string;
  baseline: string;
  /** measured / baseline, when the two are comparable. */
  ratio: number | null;
  /** How far the ratio moves from one measurement to the next, printed beside it. */
  ratioSpread?: string;
  target: string;
  /** Null for a figure reported without a target. */
  met: boolean | null;
  /** A line printed under the table: how the figure was taken, or why it missed. */
  note?: string;
}

const COLUMNS = ['figure', 'measured', 'baseline', 'ratio', 'target', 'met?'] as const;

/** Two decimals; three where two would read as the very limit a missed target sets. */
function ratioText(ratio: number, figure: Figure): string {
  const short = ratio.toFixed(2);
  const limit = /<=\s*([\d.]+)/.exec(figure.target)?.[1];
  return figure.met === false && limit !== undefined && Number(short) === Number(limit)
    ? ratio.toFixed(3)
    : short;
}

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((figure) => [
    figure.figure,
    figure.measured,
    figure.baseline,
    figure.ratio === null
      ? '-'
      : ratioText(figure.ratio, figure) + (figure.ratioSpread ? ` (${figure.ratioSpread})` : ''),
    figure.target,
    figure.met === null ? '-' : figure.met ? 'yes' : 'NO',
  ]);
  const widths = COLUMNS.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const notes = figures
    .map((figure, index) => (figure.note ? `  ${index + 1}. ${figure.note}` : ''))
    .filter(Boolean);
  return [
    line(COLUMNS),
    rule,
    ...rows.map(line),
    ...(notes.length > 0 ? ['', 'Notes (by row):', ...notes] : []),
  ].join('\n');
}

export function median(values: number[]): number {
  if (values.length === 0) throw new Error('No samples.');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The value below which a share `q` (0..1) of `values` lies, interpolating between samples. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) throw new Error('No samples.');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const below = sorted[Math.floor(at)]!;
  const above = sorted[Math.ceil(at)]!;
  return below + (above - below) * (at - Math.floor(at));
}

/** How far the samples spread: "312-470, middle half 340-395" in `unit`. */
export function spread(values: number[], format: (value: number) => string): string {
  const [low, q1, q3, high] = [0, 0.25, 0.75, 1].map((q) => format(quantile(values, q)));
  return `${low}-${high}, middle half ${q1}-${q3}`;
}

/**
 * How a ratio taken from pairs of runs moves: "pairs 0.93-1.21, median 1.06, middle half
 * 1.01-1.12".
 */
export function pairSpread(ratios: number[]): string {
  const [low, q1, mid, q3, high] = [0, 0.25, 0.5, 0.75, 1].map((q) =>
    quantile(ratios, q).toFixed(2),
  );
  return `pairs ${low}-${high}, median ${mid}, middle half ${q1}-${q3}`;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
export const ms = (value: number) => `${Math.round(value)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
