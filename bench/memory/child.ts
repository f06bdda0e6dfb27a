/**
 * Runs in its own process (see bench/lib/memory.ts): the real resolvers and the hourly trigger,
 * with the local adapters, against an emulator in another process. Exercises every resolver and
 * the trigger many times and prints one JSON line: peak RSS and peak heap of this process.
 * bench/lib/memory.ts bundles it and runs `node child.mjs <emulatorUrl> <getOverviews> <triggerRuns>`;
 * `npx tsx bench/memory/child.ts ...` works too, with the loader's own memory on top.
 */
import { randomBytes } from 'node:crypto';
import { consoleLog } from '../../src/adapters/consoleLog';
import type { Envelope, JobHistoryPage, Overview } from '../../src/contract';
import { LOCAL_CLOUD_ID, createLocalApp } from '../../dev/host/localApp';
import { emulatorControl } from '../lib/control';

const HOUR_MS = 3_600_000;
const OTHER_CALLS = 20;

export interface MemoryReport {
  maxRssBytes: number;
  peakHeapUsedBytes: number;
  /** Heap still in use after a full GC at the end of each phase (with --expose-gc only). */
  retainedHeapBytes: Record<string, number>;
  calls: Record<string, number>;
}

async function main(): Promise<void> {
  const [emulatorUrl, overviewArg, triggerArg] = process.argv.slice(2);
  if (!emulatorUrl) throw new Error('Usage: child.ts <emulatorUrl> [getOverviews] [triggerRuns]');
  const overviews = Number(overviewArg ?? 200);
  const triggerRuns = Number(triggerArg ?? 50);
  const control = emulatorControl(emulatorUrl);
  const regionUrl = (region: string) => `${emulatorUrl}/${region}/jira/v1`;

  let peakHeap = 0;
  const sample = () => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  };
  const sampler = setInterval(sample, 5);
  const retained: Record<string, number> = {};
  const checkpoint = (phase: string) => {
    sample();
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) return;
    gc();
    retained[phase] = process.memoryUsage().heapUsed;
  };

  // The app's clock follows the emulator's, which the bench moves forward between trigger runs.
  let offsetMs = (await control.now()) - Date.now();
  // Registration proves the site with a Forge Invocation Token, which the emulator's signer (in
  // the bench's process) mints: one, valid for the whole run, signs the one connect.
  const fit = await control.forgeToken(LOCAL_CLOUD_ID, 3_600);
  const app = createLocalApp({
    forgeSigner: { jwks: { keys: [] }, mint: () => fit, sign: () => fit },
    clock: { now: () => new Date(Date.now() + offsetMs) },
    baseUrls: { EU: regionUrl('eu'), US: regionUrl('us'), AU: regionUrl('au') },
    projects: 10_000,
    jiraLatencyMs: 0,
    log: consoleLog(() => undefined),
  });
  const calls: Record<string, number> = {};
  const invoke = async (user: 'admin' | 'member', key: string, payload?: unknown) => {
    const reply = (await app.invoke(user, key, payload)) as Envelope<unknown>;
    calls[key] = (calls[key] ?? 0) + 1;
    sample();
    if (!reply.ok && reply.error.code !== 'CONFLICT') {
      throw new Error(`${key} answered ${reply.error.code}: ${reply.error.message}`);
    }
    return reply;
  };
  const token = () => `ATATT3xBench${randomBytes(18).toString('base64url')}`;

  await invoke('admin', 'connect', { region: 'EU', email: 'bench@example.com', token: token() });
  await control.seedHistory(52);
  checkpoint('connected');

  for (let i = 0; i < overviews; i += 1) {
    await invoke(i % 2 === 0 ? 'admin' : 'member', 'getOverview');
    if (i + 1 === overviews / 2) checkpoint('getOverview-half');
  }
  checkpoint('getOverview');
  for (let i = 0; i < OTHER_CALLS; i += 1) {
    const overview = (await invoke('admin', 'getOverview')) as Envelope<Overview>;
    const version = overview.ok && overview.data.connected ? overview.data.scheduleVersion : '';
    await invoke('admin', 'saveSchedule', {
      days: ['MON', 'WED', 'FRI'],
      hour: i % 24,
      timezone: 'Europe/Warsaw',
      version,
    });
    await invoke('admin', 'startBackup');
    await invoke('admin', 'openManagementService');
    await invoke('admin', 'updateJiraToken', { email: 'bench@example.com', token: token() });
    // The projects view, the history and a job's details, a different page each time.
    await invoke('admin', 'getCoverage', { startAt: (i * 500) % 10_000, limit: 100 });
    const history = (await invoke(i % 2 === 0 ? 'admin' : 'member', 'listJobs', {
      limit: 50,
    })) as Envelope<JobHistoryPage>;
    const jobId = history.ok ? history.data.jobs[i % history.data.jobs.length]?.id : undefined;
    if (jobId) await invoke('admin', 'getJob', { jobId, limit: 100 });
  }
  checkpoint('actions');
  for (let i = 0; i < triggerRuns; i += 1) {
    offsetMs = (await control.advance(HOUR_MS)) - Date.now();
    await app.runTrigger();
    calls.hourlySync = (calls.hourlySync ?? 0) + 1;
    sample();
  }
  checkpoint('hourlySync');

  clearInterval(sampler);
  const report: MemoryReport = {
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    peakHeapUsedBytes: peakHeap,
    retainedHeapBytes: retained,
    calls,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exit(1);
});
