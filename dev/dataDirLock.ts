import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One `npm start` per data folder: two would write the same state files, and `--reset` in a
 * second terminal would delete what the running one is using. The lock is a file holding the
 * owner's pid; a lock whose process is gone (killed, crashed) is taken over.
 */

export const LOCK_FILE = 'host.lock';

export class DataDirInUse extends Error {
  constructor(
    readonly pid: number,
    shownDir: string,
  ) {
    super(
      `Another npm start (pid ${pid}) is using ${shownDir}. Stop it first (Ctrl+C in its terminal), ` +
        'or give this one its own folder with LOCAL_DATA_DIR=...',
    );
    this.name = 'DataDirInUse';
  }
}

/** The pid holding the folder's lock, if that process is still running. */
export function lockHolder(dataDir: string): number | undefined {
  let text: string;
  try {
    text = readFileSync(join(dataDir, LOCK_FILE), 'utf8').trim();
  } catch {
    return undefined;
  }
  const pid = /^\d{1,10}$/.test(text) ? Number(text) : NaN;
  if (!(pid > 0) || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

/** Throws DataDirInUse while another live process holds the folder. */
export function refuseIfInUse(dataDir: string, shownDir: string): void {
  const holder = lockHolder(dataDir);
  if (holder !== undefined) throw new DataDirInUse(holder, shownDir);
}

/** Takes the folder for this process until it exits; returns the release. */
export function lockDataDir(dataDir: string, shownDir: string): () => void {
  refuseIfInUse(dataDir, shownDir);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, LOCK_FILE);
  writeFileSync(file, `${process.pid}\n`, { mode: 0o600 });
  const release = () => {
    try {
      if (readFileSync(file, 'utf8').trim() === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // Gone already.
    }
  };
  process.once('exit', release);
  return release;
}
