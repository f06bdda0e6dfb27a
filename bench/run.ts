/**
 * `npm run bench`: the performance figures of the page, the resolvers and the trigger, each next
 * to a baseline measured in the same run, as a table. Exits non-zero when a target is missed.
 * BENCH_RUNS sets how many timed runs each median takes (default 11). `npm run bench -- --backend`
 * measures only the Forge bundle; `npm run bench -- --status` only the page's first-load weight and
 * its cold loads (time to status).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ConnectedOverview, Envelope, Overview } from '../src/contract';
import { BUDGETS } from '../src/app/deps';
import type { Log } from '../src/ports/log';
import { type LocalStack, startLocalStack } from '../dev/host';
import { BUILD_DIR, ensurePageBuilt } from '../dev/host/pageBuild';
import { launchBrowser } from '../test/support/browser';
import { backendFigures } from './lib/backendBundle';
import { startBaselineServer } from './lib/baselineServer';
import { emulatorControl } from './lib/control';
import { FORGE_512_MB_HEAP, bundleMemoryChild, measureMemory } from './lib/memory';
import { overviewCaller } from './lib/overviewTiming';
import { BASELINE_STATUS, type PageLoad, appPageUrl, measurePageLoad } from './lib/pageLoad';
import { buildBaselinePage, firstLoad } from './lib/pageSize';
import { FIXED_POLLS_PER_MINUTE, measurePolling } from './lib/polling';
import { WINDOW_MINUTES, measureLiveEachMinute, measureOpenPage } from './lib/openPage';
import { type Figure, formatTable, kb, mb, median, ms, pairSpread, spread } from './lib/report';
import { SPACES_PAGES, coveragePageCost, spacesViewCosts } from './lib/coverageCalls';
import { staleRunCost, triggerRunCost } from './lib/triggerCalls';
import { sequentialRounds, watchUpstream } from './lib/upstream';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
/**
 * Cold page loads are the noisiest figure on a busy machine: at least 21 of each (the target
 * asks for 11) keep one slow load from moving the median.
 */
const LOAD_RUNS = Math.max(21, RUNS);
const FIRST_LOAD_TARGET = 1.0;
const STATUS_TARGET = 1.1;
const BACKEND_ONLY = process.argv.includes('--backend');
const STATUS_ONLY = process.argv.includes('--status');
const LATENCY_MS = 300;
const SLOW_SERVICE_MS = 10_000;
const FORGE_MEMORY_BYTES = 512 * 1024 * 1024;

const problems: string[] = [];
const quietLog: Log = {
  info: () => undefined,
  warn: () => undefined,
  error: (message, fields) => problems.push(`${message} ${JSON.stringify(fields ?? {})}`),
};
const step = (message: string) => console.log(`- ${message}`);

async function main(): Promise<number> {
  const startedAt = Date.now();
  const work = mkdtempSync(join(tmpdir(), 'gitprotect-bench-'));
  const figures: Figure[] = [];
  let browser: Browser | undefined;
  const stacks: LocalStack[] = [];
  const startStack = async (buildDir?: string) => {
    const stack = await startLocalStack({
      ...(buildDir ? { buildDir } : {}),
      port: 0,
      emulatorPort: 0,
      triggerIntervalS: null,
      buildPage: false,
      log: quietLog,
    });
    stacks.push(stack);
    return stack;
  };

  try {
    if (!STATUS_ONLY) {
      step('Bundling the backend and a bare Forge function with Forge’s bundler; cold requires');
      figures.push(...(await backendFigures(work, Math.max(7, RUNS))));
      if (BACKEND_ONLY) return report(figures, startedAt);
    }

    step('Building the page and the baseline page with the same Vite config');
    const baselineDir = join(work, 'baseline');
    await Promise.all([ensurePageBuilt(), buildBaselinePage(baselineDir)]);
    figures.push(pageWeight(BUILD_DIR, baselineDir));

    step('Starting the local stack (emulator, resolvers, host) and Chromium');
    const stack = await startStack();
    const control = emulatorControl(stack.emulatorUrl);
    const caller = overviewCaller(stack.deps);
    const canned = (await caller.getOverview()).envelope;
    const rows = connectedOf(canned).recentJobs.length;
    browser = await launchBrowser();
    const baselineStack = await startStack(baselineDir);
    figures.push(...(await pageLoads(browser, stack, baselineStack, baselineDir, canned, rows)));
    if (STATUS_ONLY) return report(figures, startedAt);

    step(`getOverview with every upstream call ${LATENCY_MS} ms slow`);
    stack.jira.latencyMs = LATENCY_MS;
    await control.latency(LATENCY_MS);
    figures.push(await overviewUnderLatency(stack, caller));
    step(`getOverview with the service ${SLOW_SERVICE_MS / 1000} s slow`);
    await control.latency(SLOW_SERVICE_MS);
    figures.push(await overviewWithSlowService(caller));
    await control.clearFaults();
    stack.jira.latencyMs = 0;

    step('Hourly trigger: outbound calls per run');
    const target = { control, jira: stack.jira, runTrigger: stack.runTrigger };
    figures.push(...(await triggerCosts(target)));
    figures.push(await coverageCosts({ control, jira: stack.jira, url: stack.url }));
    step('The spaces view at 10,000 spaces: a page, a search, only those not protected');
    figures.push(...(await spacesViewFigures({ control, jira: stack.jira, url: stack.url })));

    step('Polling a running backup (visible, hidden, visible again)');
    const pollingStack = await startStack();
    await emulatorControl(pollingStack.emulatorUrl).setInstance({ projectDurationMs: 3_600_000 });
    await overviewCaller(pollingStack.deps).startBackup();
    figures.push(...pollingFigures(await measurePolling(browser, pollingStack.url)));

    step(`A page left open ${WINDOW_MINUTES} min: visible, hidden, around a scheduled backup`);
    figures.push(...(await openPageFigures(browser, await startStack())));

    step('Peak memory of the resolvers and the trigger in a child process');
    await bundleMemoryChild();
    figures.push(await memoryFigure());
  } finally {
    await browser?.close();
    await Promise.allSettled(stacks.map((stack) => stack.close()));
    rmSync(work, { recursive: true, force: true });
  }
  return report(figures, startedAt);
}

function report(figures: Figure[], startedAt: number): number {
  console.log('');
  console.log(formatTable(figures));
  if (problems.length > 0) console.log(`\nErrors logged by the app:\n  ${problems.join('\n  ')}`);
  const targeted = figures.filter((figure) => figure.met !== null);
  const missed = targeted.filter((figure) => figure.met === false);
  console.log(
    `\n${targeted.length - missed.length} of ${targeted.length} targets met; ` +
      `${RUNS} runs per median (${LOAD_RUNS} page loads of each); took ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`,
  );
  return missed.length === 0 ? 0 : 1;
}

function connectedOf(envelope: Envelope<Overview>): ConnectedOverview {
  if (!envelope.ok || !envelope.data.connected) {
    throw new Error(`getOverview did not answer a connected overview: ${JSON.stringify(envelope)}`);
  }
  return envelope.data;
}

function pageWeight(pageDir: string, baselineDir: string): Figure {
  const page = firstLoad(pageDir);
  const baseline = firstLoad(baselineDir);
  const ratio = page.bytes / baseline.bytes;
  return {
    figure: "page's first-load JS + CSS, gzip",
    measured: kb(page.bytes),
    baseline: kb(baseline.bytes),
    ratio,
    target: `ratio <= ${FIRST_LOAD_TARGET.toFixed(1)}`,
    met: ratio <= FIRST_LOAD_TARGET,
    note:
      `what index.html loads before the first paint; page: ${page.files.map((f) => `${f.file} ${kb(f.bytes)}`).join(', ')}; ` +
      `baseline (React, @forge/bridge, one Button, one DynamicTable): ` +
      baseline.files.map((f) => `${f.file} ${kb(f.bytes)}`).join(', '),
  };
}

/**
 * The page and the baseline page, cold, interleaved. The target compares them like for like: the
 * baseline served by a local host of its own, so it gets the same Content-Security-Policy (Forge's,
 * from the manifest), the same bridge and a `getOverview` from the same live resolver, as any Forge
 * page would. A second, stricter row gives the baseline a static server without that policy and a
 * canned in-page reply: no Forge page can get its data that way, but it shows what the round trip
 * and the policy cost.
 */
async function pageLoads(
  browser: Browser,
  stack: LocalStack,
  baselineStack: LocalStack,
  baselineDir: string,
  canned: Envelope<Overview>,
  rows: number,
): Promise<Figure[]> {
  const server = await startBaselineServer(baselineDir, canned);
  try {
    const urls = {
      page: appPageUrl(stack.url),
      baseline: appPageUrl(baselineStack.url),
      static: server.url,
    };
    type Which = keyof typeof urls;
    const load = (which: Which) =>
      which === 'page'
        ? measurePageLoad(browser, urls.page, rows)
        : measurePageLoad(browser, urls[which], rows, BASELINE_STATUS);
    // One load of each first: Chromium's first page in a new process pays for its start-up.
    const order: Which[] = ['page', 'baseline', 'static'];
    for (const which of order) await load(which);
    const loads = { page: [], baseline: [], static: [] } as Record<Which, PageLoad[]>;
    for (let run = 0; run < LOAD_RUNS; run += 1) {
      // Each run loads all three; every other run in the reverse order.
      for (const which of run % 2 === 0 ? order : [...order].reverse()) {
        loads[which].push(await load(which));
      }
    }
    const invokes = loads.page.map((measured) => measured.invokes);
    const inFlight = loads.page.flatMap((measured) => (measured.invoke ? [measured.invoke] : []));
    const timing = (what: 'statusMs' | 'rowsMs', against: Which) => {
      const page = loads.page.map((measured) => measured[what]);
      const baseline = loads[against].map((measured) => measured[what]);
      // Each run loads both, one after the other: the pairs show how much the ratio itself moves.
      const pairs = page.map((value, run) => value / baseline[run]!);
      const list = (values: number[]) => values.map(Math.round).join(', ');
      return {
        measured: `${ms(median(page))} (${spread(page, (v) => String(Math.round(v)))})`,
        baseline: `${ms(median(baseline))} (${spread(baseline, (v) => String(Math.round(v)))})`,
        ratio: median(page) / median(baseline),
        pairs: spread(pairs, (v) => v.toFixed(2)),
        pairSpread: pairSpread(pairs),
        lists: `page ${list(page)} ms; baseline ${list(baseline)} ms`,
      };
    };
    const status = timing('statusMs', 'baseline');
    const strict = timing('statusMs', 'static');
    const table = timing('rowsMs', 'baseline');
    const most = Math.max(...invokes);
    return [
      {
        figure: '`invoke` calls before the status is visible',
        measured: String(most),
        baseline: '1 (physical limit)',
        ratio: most,
        target: 'exactly 1',
        met: invokes.every((count) => count === 1),
        note: `counted as requests to /api/invoke in each of ${LOAD_RUNS} cold loads, until the table's rows were visible too: ${invokes.join(', ')}`,
      },
      {
        figure: 'navigation to verdict and status visible, Chromium',
        measured: status.measured,
        baseline: status.baseline,
        ratio: status.ratio,
        ratioSpread: status.pairSpread,
        target: `ratio <= ${STATUS_TARGET.toFixed(1)}`,
        met: status.ratio <= STATUS_TARGET,
        note:
          `medians (lowest-highest, middle half) of ${LOAD_RUNS} interleaved cold loads each, navigation start ` +
          `to the frame that first shows the verdict and the status ([data-verdict], [data-status]; the baseline's ` +
          `status line); both pages served by a local host of their own (Forge's Content-Security-Policy, the ` +
          `local bridge, getOverview from the live resolver; the page also reads Jira's context and enables ` +
          `its theme); ${status.lists}; ratio within each pair of loads ${status.pairs}; the page's getOverview ` +
          `request is in flight from ${ms(median(inFlight.map((r) => r.startMs)))} to ` +
          `${ms(median(inFlight.map((r) => r.endMs)))} (medians)`,
      },
      {
        figure: 'the same, baseline static with a canned reply',
        measured: strict.measured,
        baseline: strict.baseline,
        ratio: strict.ratio,
        ratioSpread: strict.pairSpread,
        target: '- (no Forge page loads this way)',
        met: null,
        note:
          `the same page loads against a third load in each run: the baseline from a static server with no ` +
          `Content-Security-Policy and its invoke answered in the page with a canned reply, so the page's ` +
          `round trip, its context read, its theme and Forge's policy count against it; ${strict.lists}; ` +
          `ratio within each pair ${strict.pairs}`,
      },
      {
        figure: `navigation to all ${rows} job rows visible, Chromium`,
        measured: table.measured,
        baseline: table.baseline,
        ratio: table.ratio,
        ratioSpread: table.pairSpread,
        target: '- (the table follows the status)',
        met: null,
        note:
          `the same loads, to the frame that shows every row of the recent jobs table (the page fetches ` +
          `the table's code after the status and draws it when it arrives; the baseline, served by its ` +
          `own local host, draws both at once); ${table.lists}; ratio within each pair ${table.pairs}`,
      },
    ];
  } finally {
    await server.close();
  }
}

async function overviewUnderLatency(
  stack: LocalStack,
  caller: ReturnType<typeof overviewCaller>,
): Promise<Figure> {
  connectedOf((await caller.getOverview()).envelope);
  const times: number[] = [];
  const rounds: number[] = [];
  let calls: string[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const watch = watchUpstream(stack.emulatorUrl, stack.jira);
    try {
      const timed = await caller.getOverview();
      if (connectedOf(timed.envelope).stale) throw new Error('getOverview answered stale.');
      times.push(timed.ms);
    } finally {
      watch.stop();
    }
    rounds.push(sequentialRounds(watch.calls));
    calls = watch.calls.map((call) => call.what);
  }
  const ratio = median(times) / LATENCY_MS;
  return {
    figure: `getOverview wall time, every upstream call +${LATENCY_MS} ms`,
    measured: ms(median(times)),
    baseline: `L = ${LATENCY_MS} ms`,
    ratio,
    target: 'ratio <= 1.3',
    met: ratio <= 1.3,
    note:
      `median of ${RUNS} calls of the real resolver handler; sequential upstream rounds: ` +
      `${Math.max(...rounds)} (${calls.length} calls at once: ${calls.sort().join(', ')})`,
  };
}

async function overviewWithSlowService(caller: ReturnType<typeof overviewCaller>): Promise<Figure> {
  const times: number[] = [];
  let allStale = true;
  for (let run = 0; run < 3; run += 1) {
    const timed = await caller.getOverview();
    times.push(timed.ms);
    allStale &&= connectedOf(timed.envelope).stale;
  }
  const ratio = median(times) / BUDGETS.overviewLive;
  return {
    figure: `getOverview, service ${SLOW_SERVICE_MS / 1000} s slow: stale answer`,
    measured: ms(median(times)),
    baseline: `BUDGETS.overviewLive ${BUDGETS.overviewLive} ms`,
    ratio,
    target: 'stale, ratio <= 1.2',
    met: allStale && ratio <= 1.2,
    note: `median of 3 calls; every answer ${allStale ? 'was' : 'was NOT'} the stored snapshot marked stale`,
  };
}

async function coverageCosts(target: Parameters<typeof coveragePageCost>[0]): Promise<Figure> {
  const small = await coveragePageCost(target, 25);
  const large = await coveragePageCost(target, 10_000);
  await target.control.setInstance({ projectCount: 25 });
  target.jira.projects = 25;
  const routes = Object.entries(large.byRoute).map(([route, count]) => `${route} x${count}`);
  return {
    figure: 'projects view page, 10,000 projects: calls',
    measured: String(large.total),
    baseline: `${small.total} at 25 projects`,
    ratio: large.total / small.total,
    target: 'constant (= 25-project page)',
    met: large.total === small.total && large.rows === 50 && small.rows === 25,
    note:
      `the last page of 50 (getCoverage): ${[...routes, `Jira x${large.jira}`].join(', ')} ` +
      '(the admin check, one page of projects as the app, one question to GitProtect by key)',
  };
}

/** Calls and time per page of the spaces view at 10,000 spaces, against 25 in the same run. */
async function spacesViewFigures(
  target: Parameters<typeof coveragePageCost>[0],
): Promise<Figure[]> {
  const small = await spacesViewCosts(target, 25, RUNS);
  const large = await spacesViewCosts(target, 10_000, RUNS);
  await target.control.setInstance({ projectCount: 25 });
  target.jira.projects = 25;
  return (Object.keys(SPACES_PAGES) as (keyof typeof SPACES_PAGES)[]).flatMap((name) => {
    const [few, many] = [small[name], large[name]];
    const filtered = name === 'only not protected';
    // A filtered page looks at up to 300 spaces: 3 of Jira's pages and 3 questions to
    // GitProtect, with the admin check; a plain or searched page makes the same calls at any size.
    const bound = filtered ? 7 : few.calls;
    return [
      {
        figure: `spaces view, ${name}, 10,000 spaces: calls`,
        measured: String(many.calls),
        baseline: `${few.calls} at 25 spaces`,
        ratio: many.calls / few.calls,
        target: filtered ? '<= 7 (looks at <= 300)' : 'constant',
        met: many.calls <= bound && (!filtered || many.lookedAt <= 300),
        note:
          `${name}: ${many.rows} rows, looked at ${many.lookedAt} of the ${many.matching} ` +
          'matching spaces (every space protected)',
      },
      {
        figure: `spaces view, ${name}, 10,000 spaces: time`,
        measured: ms(median(many.times)),
        baseline: `${ms(median(few.times))} at 25 spaces`,
        ratio: median(many.times) / median(few.times),
        target: '-',
        met: null,
        note: `${name}: median of ${RUNS} getCoverage calls over the host's HTTP API each`,
      },
    ];
  });
}

async function triggerCosts(target: Parameters<typeof triggerRunCost>[0]): Promise<Figure[]> {
  await target.runTrigger();
  const fresh = await triggerRunCost(target);
  const small = await staleRunCost(target, 25);
  const large = await staleRunCost(target, 10_000);
  const routes = (cost: typeof large) =>
    [
      ...Object.entries(cost.byRoute).map(([route, count]) => `${route} x${count}`),
      `Jira x${cost.jira}`,
    ].join(', ');
  const read = small.outcome.ran && small.outcome.snapshot === 'UPDATED';
  const readLarge = large.outcome.ran && large.outcome.snapshot === 'UPDATED';
  return [
    {
      figure: 'trigger run, 10,000 projects: outbound calls',
      measured: String(large.total),
      baseline: `${small.total} at 25 projects`,
      ratio: large.total / small.total,
      target: 'constant (= 25-project run)',
      met: read && readLarge && large.total === small.total,
      note:
        `a run that must read (snapshot made stale by moving the clock 1 h): ${routes(large)}; ` +
        `the constant is ${large.service} service + ${large.jira} Jira = ${large.total} calls per run, ` +
        'whatever the number of projects',
    },
    {
      figure: 'trigger run right after a fresh snapshot: calls',
      measured: String(fresh.total),
      baseline: '0',
      ratio: null,
      target: '0',
      met: fresh.total === 0,
      note: `outcome: ${JSON.stringify(fresh.outcome)}`,
    },
  ];
}

function pollingFigures(readings: Awaited<ReturnType<typeof measurePolling>>): Figure[] {
  return [
    {
      figure: 'polls in 1 min of an unchanging running backup',
      measured: String(readings.visibleMinute),
      baseline: `${FIXED_POLLS_PER_MINUTE} (every 3 s)`,
      ratio: readings.visibleMinute / FIXED_POLLS_PER_MINUTE,
      target: '<= 5 (3, 6, 12, 15, 15 s)',
      met: readings.visibleMinute <= 5 && readings.visibleMinute >= 1,
      note: "Chromium against the local host, page timers on Playwright's clock",
    },
    {
      figure: 'polls in 2 min hidden, then on becoming visible',
      measured: `${readings.hiddenTwoMinutes}, then ${readings.onVisible}`,
      baseline: `${2 * FIXED_POLLS_PER_MINUTE}, then 0`,
      ratio: null,
      target: '0, then 1 at once',
      met: readings.hiddenTwoMinutes === 0 && readings.onVisible === 1,
      note:
        'hidden = document.visibilityState "hidden" + visibilitychange (headless Chromium tabs ' +
        'never hide); also covered by test/page/polling.test.tsx',
    },
  ];
}

async function openPageFigures(browser: Browser, stack: LocalStack): Promise<Figure[]> {
  const caller = overviewCaller(stack.deps);
  const nextRunAt = async () =>
    Date.parse(connectedOf((await caller.getOverview()).envelope).nextBackupAt ?? '');
  const baseline = await measureLiveEachMinute(stack);
  const visible = await measureOpenPage(browser, stack, 'visible', nextRunAt);
  const hidden = await measureOpenPage(browser, stack, 'hidden', nextRunAt);
  const around = await measureOpenPage(browser, stack, 'aroundRun', nextRunAt);
  const perMinute = (cost: { invokesPerMinute: number; serviceCallsPerMinute: number }) =>
    `${cost.invokesPerMinute.toFixed(1)} / ${cost.serviceCallsPerMinute.toFixed(1)}`;
  const base = `${perMinute(baseline)} (live read a minute)`;
  const ratio = (cost: { serviceCallsPerMinute: number }) =>
    baseline.serviceCallsPerMinute > 0
      ? cost.serviceCallsPerMinute / baseline.serviceCallsPerMinute
      : null;
  const seconds = (value: number | null) => (value === null ? 'never' : `${value.toFixed(0)} s`);
  const note =
    `invokes / Management Service calls per minute over ${WINDOW_MINUTES} min of an open page ` +
    "(its first read left out), Chromium against the local host, page timers on Playwright's " +
    "clock moved in step with the app's and emulator's; ratio: service calls against the baseline";
  return [
    {
      figure: 'open page, visible: invokes / service calls a min',
      measured: perMinute(visible),
      baseline: base,
      ratio: ratio(visible),
      target: '<= 1 / 0',
      met: visible.invokesPerMinute <= 1 && visible.serviceCallsPerMinute === 0,
      note,
    },
    {
      figure: 'open page, hidden: per min, then once visible',
      measured: `${perMinute(hidden)}, then ${hidden.onVisible}`,
      baseline: base,
      ratio: ratio(hidden),
      target: '0 / 0, then 1',
      met:
        hidden.invokesPerMinute === 0 &&
        hidden.serviceCallsPerMinute === 0 &&
        hidden.onVisible === 1,
    },
    {
      figure: 'open page, scheduled run in the window: per min',
      measured: perMinute(around),
      baseline: base,
      ratio: ratio(around),
      target: '-',
      met: null,
      note: 'the run falls 5 min into the window and takes 10 s (25 spaces); polled while it runs',
    },
    {
      figure: 'open page: scheduled run shown running, finished',
      measured: `${seconds(around.runningShownAfterS)}, ${seconds(around.finishedShownAfterS)}`,
      baseline: 'up to 60 s, 70 s (live read)',
      ratio: null,
      target: '<= 120 s',
      met:
        around.runningShownAfterS !== null &&
        around.finishedShownAfterS !== null &&
        around.finishedShownAfterS <= 120,
      note: "seconds of the app's time after the run's start, without a reload",
    },
  ];
}

async function memoryFigure(): Promise<Figure> {
  const sized = await measureMemory({ nodeFlags: [...FORGE_512_MB_HEAP, '--expose-gc'] });
  const roomy = await measureMemory({ nodeFlags: [] });
  const ratio = sized.maxRssBytes / FORGE_MEMORY_BYTES;
  const retained = Object.entries(sized.retainedHeapBytes)
    .map(([phase, bytes]) => `${phase} ${mb(bytes)}`)
    .join(', ');
  const calls = Object.entries(sized.calls)
    .map(([name, count]) => `${name} x${count}`)
    .join(', ');
  return {
    figure: 'resolvers + trigger peak memory (RSS)',
    measured: `${mb(sized.maxRssBytes)} (heap ${mb(sized.peakHeapUsedBytes)})`,
    baseline: '512 MB (Forge default)',
    ratio,
    target: 'ratio < 0.25',
    met: ratio < 0.25,
    note:
      `one bundled Node process, 10,000 projects, a year of jobs: ${calls}; V8 heap sized as on a ` +
      `512 MB machine (${FORGE_512_MB_HEAP.join(' ')}); heap left after a full GC: ${retained} ` +
      `(flat: no leak). With this machine's default heap sizing the same run peaks at ` +
      `${mb(roomy.maxRssBytes)} RSS, heap ${mb(roomy.peakHeapUsedBytes)}`,
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(2);
  },
);
