/**
 * `npm run bench:first-path [-- loads] [-- --baseline]`: what the page's way to its status is
 * made of, from Chromium's performance timeline of cold loads through the local host (the bench's
 * page load): when each file arrives, when the getOverview invoke leaves and returns, how long
 * each entry script takes to evaluate and the first render to run, and the main thread's time by
 * source module in each of those phases (CPU samples mapped through the source maps of the same
 * build). `--baseline` reads the baseline page the same way. Tracing slows the page down: the
 * timings here explain the bench's figures, they do not replace them.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type LocalStack, startLocalStack } from '../dev/host';
import { BUILD_DIR, ensurePageBuilt } from '../dev/host/pageBuild';
import { launchBrowser } from '../test/support/browser';
import { BASELINE_STATUS, PAGE_STATUS, TIME_ZONE, VIEWPORT, appPageUrl } from './lib/pageLoad';
import { BASELINE_CONFIG, runVite } from './lib/pageSize';
import { median } from './lib/report';
import { type SourceMap, parseSourceMap } from './lib/sourceMap';

const LOADS = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 7);
const BASELINE = process.argv.includes('--baseline');
const PAGE_CONFIG = join('static', 'vite.config.ts');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: Record<string, unknown> };
}

interface CpuProfileChunk {
  cpuProfile?: {
    nodes?: {
      id: number;
      callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string };
    }[];
    samples?: number[];
  };
  timeDeltas?: number[];
}

const PHASES = ['first-read evaluation', 'UI code evaluation', 'first render', 'other'] as const;
type Phase = (typeof PHASES)[number];

interface LoadTimeline {
  /** ms from navigation start; absent when the load had no such step. */
  at: Record<string, number | undefined>;
  /** Main-thread busy time before the status's frame, ms. */
  busyMs: number;
  /** Main-thread time by phase and source module, ms. */
  byModule: Map<Phase, Map<string, number>>;
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'gitprotect-first-path-'));
  let stack: LocalStack | undefined;
  let browser: Browser | undefined;
  try {
    // The same build again, with hidden source maps: Vite writes the same chunks (checked below).
    const mapsDir = join(work, 'maps');
    let builtDir = BUILD_DIR;
    if (BASELINE) {
      builtDir = join(work, 'baseline');
      await runVite(['build', '--config', BASELINE_CONFIG, '--outDir', builtDir]);
      await runVite([
        'build',
        '--config',
        BASELINE_CONFIG,
        '--outDir',
        mapsDir,
        '--sourcemap',
        'hidden',
      ]);
    } else {
      await ensurePageBuilt();
      await runVite([
        'build',
        '--config',
        PAGE_CONFIG,
        '--outDir',
        mapsDir,
        '--emptyOutDir',
        '--sourcemap',
        'hidden',
      ]);
    }
    const maps = sourceMaps(builtDir, mapsDir);

    // The baseline is served as the bench's target row serves it: by a local host of its own.
    stack = await startLocalStack({
      port: 0,
      emulatorPort: 0,
      triggerIntervalS: null,
      buildPage: false,
      buildDir: builtDir,
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    const url = appPageUrl(stack.url);
    const status = BASELINE ? BASELINE_STATUS : PAGE_STATUS;
    browser = await launchBrowser();
    // Chromium's first page in a new process pays for its start-up.
    await traceLoad(browser, url, status);
    const loads: LoadTimeline[] = [];
    for (let run = 0; run < LOADS; run += 1) {
      loads.push(timelineOf(await traceLoad(browser, url, status), maps));
    }
    console.log(report(loads));
  } finally {
    await browser?.close();
    await stack?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The source map of each chunk of `builtDir`, when the maps build wrote the same chunk. */
function sourceMaps(builtDir: string, mapsDir: string): Map<string, SourceMap> {
  const maps = new Map<string, SourceMap>();
  const assets = join(builtDir, 'assets');
  for (const file of readdirSync(assets).filter((name) => name.endsWith('.js'))) {
    const mapped = join(mapsDir, 'assets', file);
    if (!existsSync(`${mapped}.map`)) continue;
    if (!readFileSync(mapped).equals(readFileSync(join(assets, file)))) continue;
    maps.set(`assets/${file}`, parseSourceMap(readFileSync(`${mapped}.map`, 'utf8')));
  }
  if (maps.size === 0) console.warn('No source maps match the build: modules show as chunks.');
  return maps;
}

async function traceLoad(browser: Browser, url: string, status: string[]): Promise<TraceEvent[]> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-US',
    timezoneId: TIME_ZONE,
  });
  try {
    await context.addInitScript((selectors: string[]) => {
      const observer = new MutationObserver(() => {
        if (!selectors.every((selector) => document.querySelector(selector))) return;
        observer.disconnect();
        performance.mark('bench:status-in-dom');
        requestAnimationFrame(() => performance.mark('bench:status-frame'));
      });
      observer.observe(document, { childList: true, subtree: true });
    }, status);
    const page = await context.newPage();
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
        'loading',
        'v8.execute',
        'disabled-by-default-v8.cpu_profiler',
      ],
    });
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await page.waitForFunction(
        () => performance.getEntriesByName('bench:status-frame').length > 0,
        undefined,
        { polling: 'raf', timeout: 30_000 },
      );
    } catch (error) {
      await browser.stopTracing();
      throw error;
    }
    const trace = await browser.stopTracing();
    return (JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  } finally {
    await context.close();
  }
}

const chunkOf = (url: string) => /(assets\/[^?#]+\.js)/.exec(url)?.[1];

function timelineOf(events: TraceEvent[], maps: Map<string, SourceMap>): LoadTimeline {
  const mark = (name: string) =>
    events.find((e) => e.name === name && e.cat.includes('user_timing'));
  const frame = mark('bench:status-frame');
  const inDom = mark('bench:status-in-dom');
  if (!frame || !inDom) throw new Error('The trace has no status marks.');
  const { pid, tid } = frame;
  const navigation = events.find(
    (e) => e.name === 'navigationStart' && e.pid === pid && e.args?.data?.isLoadingMainFrame,
  );
  const origin = navigation?.ts ?? frame.ts;
  const ms = (ts: number | undefined) => (ts === undefined ? undefined : (ts - origin) / 1000);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const beforeFrame = onMain.filter((e) => e.ts < frame.ts);

  // Requests, by the URL's path.
  const requests = new Map<string, { url: string; sent?: number; done?: number }>();
  for (const event of events) {
    const id = event.args?.data?.requestId;
    if (typeof id !== 'string') continue;
    const request = requests.get(id) ?? { url: '' };
    if (event.name === 'ResourceSendRequest') {
      request.url = String(event.args?.data?.url);
      request.sent = event.ts;
    } else if (event.name === 'ResourceFinish') {
      request.done = event.ts;
    }
    requests.set(id, request);
  }
  const request = (test: (path: string) => boolean) =>
    [...requests.values()].find((r) => r.url && test(new URL(r.url).pathname));

  // Module scripts evaluate in document order: the first-read entry, then the UI (the baseline
  // has only its UI).
  const evaluations = beforeFrame
    .filter((e) => e.name === 'v8.evaluateModule')
    .sort((a, b) => a.ts - b.ts);
  const [firstRead, ui] = BASELINE ? [undefined, evaluations[0]] : evaluations;
  const end = (e: TraceEvent | undefined) => (e ? e.ts + (e.dur ?? 0) : undefined);
  const phaseAt = (ts: number): Phase => {
    const within = (e: TraceEvent | undefined) => e && ts >= e.ts && ts <= end(e)!;
    if (within(firstRead)) return 'first-read evaluation';
    if (within(ui)) return 'UI code evaluation';
    if (ui && ts > end(ui)! && ts <= inDom.ts) return 'first render';
    return 'other';
  };

  // Top-level tasks only: what kept the main thread from anything else.
  const busyMs = beforeFrame
    .filter((e) => e.name === 'RunTask')
    .reduce((sum, e) => sum + Math.min(e.dur ?? 0, frame.ts - e.ts) / 1000, 0);
  const renderMs = beforeFrame
    .filter((e) => e.name === 'RunTask' && ui && e.ts >= end(ui)! && e.ts <= inDom.ts)
    .reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);

  const byModule = new Map<Phase, Map<string, number>>(PHASES.map((p) => [p, new Map()]));
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  const nodes = new Map<number, { url: string; line: number; column: number; name: string }>();
  let sampledAt = Number(profile?.args?.data?.startTime ?? 0);
  const profileId = (profile as { id?: string } | undefined)?.id;
  for (const chunk of events) {
    if (chunk.name !== 'ProfileChunk' || chunk.pid !== pid) continue;
    if ((chunk as { id?: string }).id !== profileId) continue;
    const data = chunk.args?.data as CpuProfileChunk | undefined;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      const { url, lineNumber, columnNumber, functionName } = node.callFrame;
      nodes.set(node.id, { url, line: lineNumber, column: columnNumber, name: functionName });
    }
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((id, index) => {
      sampledAt += deltas[index] ?? 0;
      if (sampledAt >= frame.ts) return;
      const node = nodes.get(id);
      const what = node ? moduleOf(node, maps) : '(unknown)';
      if (what === '(idle)') return;
      // Each sample stands for the time until the next one.
      const took = (deltas[index + 1] ?? 0) / 1000;
      const phase = byModule.get(phaseAt(sampledAt))!;
      phase.set(what, (phase.get(what) ?? 0) + took);
    });
  }

  const html = request((path) => path.endsWith('/index.html'));
  const firstReadFile = request((path) => /first-read-[\w-]+\.js$/.test(path));
  const uiFile = request((path) => /\/index-[\w-]+\.js$/.test(path));
  const invoke = request((path) => path === '/api/invoke');
  const context = request((path) => path === '/api/context');
  return {
    at: {
      'index.html arrived': ms(html?.done),
      'first-read.js arrived': ms(firstReadFile?.done),
      'first-read.js evaluated from': ms(firstRead?.ts),
      'first-read.js evaluated to': ms(end(firstRead)),
      'getOverview invoke left': ms(invoke?.sent),
      'getOverview answer arrived': ms(invoke?.done),
      'view.getContext left': ms(context?.sent),
      'view.getContext answer arrived': ms(context?.done),
      'UI code (index.js) arrived': ms(uiFile?.done),
      'UI code evaluated from': ms(ui?.ts),
      'UI code evaluated to': ms(end(ui)),
      'first render, main-thread ms': renderMs,
      'status in the DOM': ms(inDom.ts),
      'status frame': ms(frame.ts),
    },
    busyMs,
    byModule,
  };
}

function moduleOf(
  node: { url: string; line: number; column: number; name: string },
  maps: Map<string, SourceMap>,
): string {
  if (!node.url) return node.name ? `(${node.name.replace(/^\((.*)\)$/, '$1')})` : '(native)';
  const chunk = chunkOf(node.url);
  if (!chunk) return new URL(node.url).pathname;
  const source = maps.get(chunk)?.sourceAt(node.line, node.column);
  if (!source) return chunk;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return pkg ? pkg[1]! : source.replace(/^(\.\.\/)+(work\/[^/]+\/)?/, '');
}

function report(loads: LoadTimeline[]): string {
  const lines = [
    `${BASELINE ? 'The baseline page' : 'The page'}: ${loads.length} traced cold loads, medians, ms from navigation start`,
  ];
  for (const step of Object.keys(loads[0]!.at)) {
    const values = loads.map((load) => load.at[step]).filter((v): v is number => v !== undefined);
    if (values.length > 0)
      lines.push(`  ${step.padEnd(34)} ${median(values).toFixed(0).padStart(5)}`);
  }
  lines.push(
    `  ${'main thread busy before the frame'.padEnd(34)} ${median(loads.map((l) => l.busyMs))
      .toFixed(0)
      .padStart(5)}`,
  );
  for (const phase of PHASES) {
    const totals = new Map<string, number>();
    for (const load of loads) {
      for (const [what, took] of load.byModule.get(phase)!) {
        totals.set(what, (totals.get(what) ?? 0) + took / loads.length);
      }
    }
    const sum = [...totals.values()].reduce((a, b) => a + b, 0);
    if (sum < 0.5) continue;
    lines.push(
      '',
      `Main-thread time in ${phase}, by module (mean ms per load; ${sum.toFixed(0)} in all):`,
    );
    for (const [what, took] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
      if (took >= 0.3) lines.push(`  ${took.toFixed(1).padStart(6)}  ${what}`);
    }
  }
  return lines.join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
