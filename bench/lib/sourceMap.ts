/**
 * The source file behind a position in a built chunk, read from its source map (version 3):
 * enough for the bench to say which module a CPU sample ran in.
 */

interface Segment {
  column: number;
  source: number;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, index) => [char, index]));

/** The values of one mappings segment (Base64 VLQ). */
function decodeSegment(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char);
    if (digit === undefined) throw new Error(`Not a source map digit: ${char}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export interface SourceMap {
  /** The source at a 0-based line and column of the chunk, or undefined where nothing maps. */
  sourceAt(line: number, column: number): string | undefined;
}

export function parseSourceMap(json: string): SourceMap {
  const map = JSON.parse(json) as { sources: string[]; mappings: string };
  let source = 0;
  const lines = map.mappings.split(';').map((line) => {
    let column = 0;
    const segments: Segment[] = [];
    for (const text of line.split(',')) {
      if (!text) continue;
      const [columnDelta = 0, sourceDelta] = decodeSegment(text);
      column += columnDelta;
      if (sourceDelta === undefined) continue;
      source += sourceDelta;
      // The remaining fields (original line, column, name) are relative too, but unused here:
      // only the source of each generated position matters.
      segments.push({ column, source });
    }
    return segments;
  });
  return {
    sourceAt(line, column) {
      const segments = lines[line];
      if (!segments || segments.length === 0) return undefined;
      let low = 0;
      let high = segments.length - 1;
      if (segments[0]!.column > column) return undefined;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if (segments[middle]!.column <= column) low = middle;
        else high = middle - 1;
      }
      return map.sources[segments[low]!.source];
    },
  };
}
