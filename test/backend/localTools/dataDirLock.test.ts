import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DataDirInUse,
  LOCK_FILE,
  lockDataDir,
  lockHolder,
  refuseIfInUse,
} from '../../../dev/dataDirLock';

/** One npm start per data folder: `--reset` in a second terminal is refused while one runs. */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gitprotect-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('refuses while the process holding the folder runs, and takes over once it is gone', async () => {
  const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  try {
    writeFileSync(join(dir, LOCK_FILE), `${other.pid}\n`);
    expect(lockHolder(dir)).toBe(other.pid);
    expect(() => refuseIfInUse(dir, '.local/')).toThrow(DataDirInUse);
    expect(() => refuseIfInUse(dir, '.local/')).toThrow(
      `Another npm start (pid ${other.pid}) is using .local/.`,
    );
    expect(() => lockDataDir(dir, '.local/')).toThrow(DataDirInUse);
  } finally {
    other.kill('SIGKILL');
    await new Promise((resolve) => other.once('exit', resolve));
  }
  expect(lockHolder(dir)).toBeUndefined();
  const release = lockDataDir(dir, '.local/');
  expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
  expect(() => refuseIfInUse(dir, '.local/')).not.toThrow();
  release();
  expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
});

it('ignores a lock file that names no process', () => {
  writeFileSync(join(dir, LOCK_FILE), 'not a pid\n');
  expect(lockHolder(dir)).toBeUndefined();
  expect(lockHolder(join(dir, 'missing'))).toBeUndefined();
});
