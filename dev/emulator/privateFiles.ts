import { closeSync, fchmodSync, mkdirSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Read and write for the developer alone: the files hold live tokens. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** Creates the folder (and any missing parent) for the developer alone; an existing one is kept as it is. */
export function makePrivateFolder(folder: string): void {
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
}

/**
 * Temp file + rename, so a crash mid-write never leaves half a file behind. The temp file is
 * made private before anything is written to it, also when a crashed run left one behind (a
 * mode given to open applies only when it creates the file), and the rename gives the file its
 * mode, so a file an older version wrote readable by all is private after the next write.
 */
export function writePrivateFile(file: string, content: string): void {
  makePrivateFolder(dirname(file));
  const temporary = `${file}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', PRIVATE_FILE_MODE);
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE);
    writeFileSync(fd, content);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
}
