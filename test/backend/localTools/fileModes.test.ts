/**
 * What the local tools keep on disk holds live tokens (the emulator's sessions, the app's
 * GitProtect session in the local kvs stand-in): the files are the developer's alone (0600), and
 * so is the folder they are created in (0700).
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../../src/adapters/local/fileStore';
import { saveState } from '../../../dev/emulator/persistence';
import { emptyState } from '../../../dev/emulator/state';
import { startTestStack } from '../../support/localStack';

jest.setTimeout(60_000);

const modeOf = (path: string) => statSync(path).mode & 0o777;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gitprotect-modes-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('npm start creates .local/ 0700 and writes the emulator state and the local store 0600', async () => {
  const dataDir = join(root, '.local');
  const stack = await startTestStack({ buildPage: false, dataDir });
  try {
    // Seeding connected the site: the emulator issued tokens, the app keeps its session secret.
    expect(stack.deps.store).toBeInstanceOf(LocalStore);
    expect((stack.deps.store as LocalStore).secretDump()).not.toBe('{}');
  } finally {
    await stack.stop(false);
  }
  expect(modeOf(dataDir)).toBe(0o700);
  expect(modeOf(join(dataDir, 'app'))).toBe(0o700);
  for (const file of ['emulator.json', 'app/secrets.json', 'app/store.json']) {
    expect([file, modeOf(join(dataDir, file))]).toEqual([file, 0o600]);
  }
  expect(readdirSync(dataDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
});

/** As an older version left them: readable by all, with a temp file from a crashed write. */
function leftReadable(file: string, content: string): void {
  writeFileSync(file, content, { mode: 0o644 });
  chmodSync(file, 0o644);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o644 });
  chmodSync(temporary, 0o644);
}

it("makes the emulator's state file private on the next write, also over a leftover temp file", () => {
  const file = join(root, 'emulator.json');
  leftReadable(file, JSON.stringify(emptyState(defaults())));
  saveState(file, emptyState(defaults()));
  expect(modeOf(file)).toBe(0o600);
  expect(existsSync(`${file}.${process.pid}.tmp`)).toBe(false);
});

it('makes the local store private on the next write: its folder when it creates it, both files', async () => {
  const folder = join(root, 'made', 'app');
  const fresh = new LocalStore(folder);
  await fresh.setSecret('session', { accessToken: 'planted-access-token' });
  expect(modeOf(join(root, 'made'))).toBe(0o700);
  expect(modeOf(folder)).toBe(0o700);
  expect(modeOf(join(folder, 'secrets.json'))).toBe(0o600);
  expect(modeOf(join(folder, 'store.json'))).toBe(0o600);

  const old = join(root, 'old');
  mkdirSync(old);
  leftReadable(join(old, 'secrets.json'), '{}');
  leftReadable(join(old, 'store.json'), '{}');
  await new LocalStore(old).setSecret('session', { accessToken: 'planted-access-token' });
  expect(modeOf(join(old, 'secrets.json'))).toBe(0o600);
  expect(modeOf(join(old, 'store.json'))).toBe(0o600);
});

function defaults() {
  return { projectCount: 1, projectDurationMs: 0, failingProjects: 0 };
}
