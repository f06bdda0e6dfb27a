/**
 * The first-load weight of a Vite build (what index.html makes the browser fetch before the page
 * can render: its scripts, module preloads and stylesheets), gzip level 9, as
 * static/dev/sizes.ts counts it. And the baseline page's build, with the page's own Vite config.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const REPO_ROOT = join(__dirname, '..', '..');
export const BASELINE_CONFIG = join('bench', 'baseline', 'vite.config.ts');

export interface FirstLoad {
  bytes: number;
  files: { file: string; bytes: number }[];
}

export function firstLoad(buildDir: string): FirstLoad {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const names = new Set(
    [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!),
  );
  const files = [...names].map((file) => ({
    file,
    bytes: gzipSync(readFileSync(join(buildDir, file)), { level: 9 }).length,
  }));
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
}

/** Builds bench/baseline/ into `outDir` with the Vite CLI, as `npm run build` builds the page. */
export function buildBaselinePage(outDir: string): Promise<void> {
  return runVite(['build', '--config', BASELINE_CONFIG, '--outDir', outDir]);
}

/** Runs the project's Vite CLI in the repository; rejects with its output when it fails. */
export function runVite(args: string[]): Promise<void> {
  const vite = join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vite, ...args, '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: 'pipe',
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite ${args.join(' ')} exited with ${code}.\n${output}`));
    });
  });
}
