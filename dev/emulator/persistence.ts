import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { EmulatorState } from './state';

export function loadState(file: string): EmulatorState | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as EmulatorState;
}

/** Temp file + rename, so a crash mid-write never leaves half a state file behind. */
export function saveState(file: string, state: EmulatorState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(state, null, 2));
  renameSync(temporary, file);
}
