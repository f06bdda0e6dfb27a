/**
 * Peak memory of the resolvers and the trigger. bench/memory/child.ts is bundled for plain Node
 * (as Forge bundles what it deploys) and run in a child process against an emulator in this one,
 * with 10,000 projects and a year of jobs.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startEmulator } from '../../dev/emulator';
import type { MemoryReport } from '../memory/child';
import { REPO_ROOT, runVite } from './pageSize';

export type { MemoryReport } from '../memory/child';

const BUNDLE = join(REPO_ROOT, 'node_modules', '.cache', 'gitprotect-bench-memory', 'child.mjs');

/**
 * V8's heap as Node sizes it on a machine with Forge's 512 MB (V8's HeapSizeFromPhysicalMemory:
 * old generation = memory / 4 x 2 on 64-bit = 256 MB; semi-space = old / 256 = 1 MB). On a
 * bigger machine V8 grows its young generation up to 16 MB semi-spaces instead.
 */
export const FORGE_512_MB_HEAP = ['--max-old-space-size=256', '--max-semi-space-size=1'];

export function bundleMemoryChild(): Promise<void> {
  return runVite(['build', '--config', join('bench', 'memory', 'vite.config.ts')]);
}

export async function measureMemory(options: {
  nodeFlags: string[];
  overviews?: number;
  triggerRuns?: number;
}): Promise<MemoryReport> {
  const emulator = await startEmulator({ port: 0, host: '127.0.0.1', projectCount: 10_000 });
  try {
    const child = spawn(
      process.execPath,
      [
        ...options.nodeFlags,
        BUNDLE,
        emulator.url,
        String(options.overviews ?? 200),
        String(options.triggerRuns ?? 50),
      ],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', resolve);
    });
    const last = stdout.trim().split('\n').pop() ?? '';
    if (code !== 0 || !last.startsWith('{')) {
      throw new Error(`The memory run failed (exit ${code}):\n${stderr.slice(-4000)}`);
    }
    return JSON.parse(last) as MemoryReport;
  } finally {
    await emulator.close();
  }
}
