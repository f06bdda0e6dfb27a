import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..');
export const BUILD_DIR = join(REPO_ROOT, 'static', 'build');

/** What the page's bundle is made of; a change to any of them makes the build stale. */
const PAGE_SOURCES = [
  'static/src',
  'static/index.html',
  'static/vite.config.ts',
  'src/contract.ts',
  'src/domain/schedule.ts',
];

export interface BuildCheck {
  fresh: boolean;
  reason: string;
}

export function checkPageBuild(root = REPO_ROOT): BuildCheck {
  const index = join(root, 'static', 'build', 'index.html');
  if (!existsSync(index)) return { fresh: false, reason: 'the page has not been built yet' };
  const builtAt = statSync(index).mtimeMs;
  for (const source of PAGE_SOURCES) {
    const newer = newestFile(join(root, source));
    if (newer && newer.mtimeMs > builtAt) {
      return {
        fresh: false,
        reason: `${newer.path.slice(root.length + 1)} changed since the last build`,
      };
    }
  }
  return { fresh: true, reason: 'the build is up to date' };
}

/**
 * Builds the page with Vite when the build is missing or stale. Concurrent callers (test files
 * running in parallel) wait for one another instead of writing the same folder twice.
 */
export async function ensurePageBuilt(
  options: { root?: string; onBuild?: (reason: string) => void; showOutput?: boolean } = {},
): Promise<void> {
  const root = options.root ?? REPO_ROOT;
  if (checkPageBuild(root).fresh) return;
  const release = await acquireLock(root);
  try {
    const check = checkPageBuild(root);
    if (check.fresh) return;
    options.onBuild?.(check.reason);
    await runViteBuild(root, options.showOutput ?? false);
  } finally {
    release();
  }
}

function runViteBuild(root: string, showOutput: boolean): Promise<void> {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--config', 'static/vite.config.ts'], {
      cwd: root,
      stdio: showOutput ? 'inherit' : 'pipe',
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`The page build failed (vite exited with ${code}).\n${output.slice(-4000)}`),
        );
    });
  });
}

const LOCK_STALE_MS = 5 * 60_000;

async function acquireLock(root: string): Promise<() => void> {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  const lock = join(tmpdir(), `gitprotect-page-build-${key}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > LOCK_STALE_MS) {
        rmSync(lock, { recursive: true, force: true });
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

function newestFile(path: string): { path: string; mtimeMs: number } | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return undefined;
  if (!stats.isDirectory()) return { path, mtimeMs: stats.mtimeMs };
  let newest: { path: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(path)) {
    const candidate = newestFile(join(path, entry));
    if (candidate && (!newest || candidate.mtimeMs > newest.mtimeMs)) newest = candidate;
  }
  return newest;
}
