import { existsSync, readFileSync } from 'node:fs';
import { writePrivateFile } from './privateFiles';
import type { EmulatorState } from './state';

export function loadState(file: string): EmulatorState | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as EmulatorState;
}

/** The state holds live access and refresh tokens: only the developer may read the file. */
export function saveState(file: string, state: EmulatorState): void {
  writePrivateFile(file, JSON.stringify(state, null, 2));
}
