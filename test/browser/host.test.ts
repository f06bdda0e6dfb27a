/**
 * The local host over HTTP, without a browser: resolver dispatch per acting user, the trigger,
 * the clock, the served pages, ports that are taken, state kept across restarts, and the CLI.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { type Server, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCAL_USERS } from '../../src/adapters/local/jiraSite';
import type { Envelope, Overview } from '../../src/contract';
import { appState } from '../../src/app/state';
import { LOCAL_CLOUD_ID, SEEDED_SCHEDULE, STACK_START } from '../../dev/host';
import { createLocalApp } from '../../dev/host/localApp';
import { startHostServer, withBridge } from '../../dev/host/server';
import { DATA_THEME } from '../../dev/host/themes';
import { DEFAULT_BASE_URLS } from '../../src/config';
import { systemClock } from '../../src/adapters/systemClock';
import { type TestStack, memoryLog, okData, startTestStack } from '../support/localStack';
import { fetchWhole } from '../support/http';

jest.setTimeout(60_000);

const REPO_ROOT = join(__dirname, '..', '..');

describe('the local host over HTTP', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ buildPage: false });
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetchWhole(`${stack.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const asAdmin = { 'X-Local-User': 'admin' };

  it('runs resolvers as the admin named, seeded with a plan and past jobs', async () => {
    const reply = await post('api/invoke', { functionKey: 'getOverview' }, asAdmin);
    expect(reply.status).toBe(200);
    const overview = okData((await reply.json()) as Envelope<Overview>);
    expect(overview.connected).toBe(true);
    if (!overview.connected) return;
    expect(overview.viewer).toEqual({ accountId: LOCAL_USERS.admin.accountId, isAdmin: true });
    expect(overview.schedule).toMatchObject(SEEDED_SCHEDULE);
    expect(overview.securedProjects).toBe(25);
    expect(overview.recentJobs.length).toBeGreaterThanOrEqual(10);
    expect(overview.recentJobs.some((job) => job.outcome === 'SUCCEEDED_WITH_WARNINGS')).toBe(true);
    expect(overview.token).toMatchObject({ configured: true, email: 'alex.admin@example.com' });
  });

  it("starts at STACK_START whatever the machine's clock, hours from a scheduled backup", async () => {
    const overview = okData(await stack.invoke('getOverview'));
    if (!overview.connected) throw new Error('expected a connected site');
    const now = stack.deps.clock.now().getTime();
    expect(now - STACK_START.getTime()).toBeGreaterThanOrEqual(0);
    expect(now - STACK_START.getTime()).toBeLessThan(10 * 60_000);
    // A test may move the clock by an hour, or by whole days, without a backup starting.
    expect(Date.parse(overview.nextBackupAt ?? '') - now).toBeGreaterThan(12 * 3_600_000);
    expect(now - Date.parse(overview.recentJobs[0]?.startedAt ?? '')).toBeGreaterThan(
      8 * 3_600_000,
    );
  });

  it('answers exactly what the resolver returned, for the member too', async () => {
    const asMember = await post(
      'api/invoke',
      { functionKey: 'startBackup' },
      { 'X-Local-User': 'member' },
    );
    expect(asMember.status).toBe(200);
    expect(await asMember.json()).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.any(String) },
    });
    const overview = okData(await stack.invoke('getOverview', undefined, 'member'));
    expect(overview.viewer).toEqual({ accountId: LOCAL_USERS.member.accountId, isAdmin: false });
  });

  it('refuses unknown users, unknown resolvers, non-JSON bodies and other sites', async () => {
    expect(
      (await post('api/invoke', { functionKey: 'getOverview' }, { 'X-Local-User': 'root' })).status,
    ).toBe(400);
    expect((await post('api/invoke', { functionKey: 'getOverview' })).status).toBe(400);
    const unknown = await post('api/invoke', { functionKey: 'dropDatabase' }, asAdmin);
    expect(await unknown.json()).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_INPUT', field: 'functionKey' }),
    });
    const plain = await fetchWhole(`${stack.url}api/invoke`, {
      method: 'POST',
      headers: asAdmin,
      body: '{"functionKey":"startBackup"}',
    });
    expect(plain.status).toBe(415);
    const foreign = await post(
      'api/invoke',
      { functionKey: 'startBackup' },
      { ...asAdmin, Origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
  });

  it('gives the bridge the site context of the acting user', async () => {
    const context = await (
      await fetchWhole(`${stack.url}api/context`, { headers: { 'X-Local-User': 'member' } })
    ).json();
    expect(context).toEqual({
      accountId: LOCAL_USERS.member.accountId,
      cloudId: LOCAL_CLOUD_ID,
      siteUrl: 'https://local-site.atlassian.net',
    });
  });

  it('runs the scheduled trigger on POST /api/trigger and answers its outcome', async () => {
    const reply = await post('api/trigger', {});
    expect(reply.status).toBe(200);
    expect(await reply.json()).toMatchObject({
      ran: true,
      snapshot: expect.any(String),
      alerts: expect.any(Array),
    });
  });

  it('moves the emulator clock, and so the app clock, from either port', async () => {
    const before = stack.deps.clock.now().getTime();
    const reply = await post('__control/clock', { advanceMs: 3_600_000 });
    expect(reply.status).toBe(200);
    const { now } = (await reply.json()) as { now: string };
    expect(Date.parse(now)).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(stack.deps.clock.now().getTime()).toBeGreaterThanOrEqual(before + 3_600_000);
    expect((await post('__control/clock', { advanceMs: -1 })).status).toBe(400);
  });

  it('serves the shell page with the app in a sandboxed frame, forwarding the view options', async () => {
    const html = await (
      await fetchWhole(`${stack.url}?as=member&locale=pl-PL&theme=dark&tz=Europe/Warsaw`)
    ).text();
    expect(html).toContain('<li>Jira</li><li>Apps</li><li aria-current="page">GitProtect.io</li>');
    expect(html).toContain(
      'src="/app/index.html?as=member&amp;locale=pl-PL&amp;theme=dark&amp;tz=Europe%2FWarsaw"',
    );
    expect(html).toMatch(/<iframe[^>]+sandbox="allow-scripts allow-same-origin[^"]*"/);
    expect(html).not.toContain('allow-popups');
    expect(html).toContain('data-color-mode="dark"');
    const hostile = await (
      await fetchWhole(`${stack.url}?as=%22%3E%3Cscript%3E&locale=%3Cx%3E`)
    ).text();
    expect(hostile).not.toContain('<script>alert');
    expect(hostile).toContain('as=admin&amp;locale=en-US');
  });

  it('serves the bridge and the token themes it switches on', async () => {
    const bridge = await fetchWhole(`${stack.url}__host/bridge.js`);
    expect(bridge.headers.get('content-type')).toMatch(/javascript/);
    const source = await bridge.text();
    expect(source).toContain('globalThis.__bridge');
    expect(source).toContain(DATA_THEME);
    const css = await (await fetchWhole(`${stack.url}__host/tokens.css`)).text();
    expect(css).toContain('html[data-color-mode="dark"][data-theme~="dark:dark"]');
    expect(css).toContain('--ds-surface');
  });

  it('puts the bridge before any script of the built page', () => {
    const built =
      '<html><head><title>x</title><script type="module" crossorigin src="./assets/index-1.js"></script>' +
      '<!-- forge-host-bridge --></head><body></body></html>';
    const served = withBridge(built);
    expect(served.indexOf('/__host/bridge.js')).toBeLessThan(served.indexOf('./assets/index-1.js'));
    expect(withBridge('<html><head></head></html>')).toContain(
      '<script src="/__host/bridge.js"></script></head>',
    );
  });

  it('keeps app assets inside the build folder', async () => {
    expect((await fetchWhole(`${stack.url}app/..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetchWhole(`${stack.url}app/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
  });
});

describe('serving the page while it is rebuilt', () => {
  it('still serves the build an open page was loaded from', async () => {
    const buildDir = mkdtempSync(join(tmpdir(), 'gitprotect-build-'));
    mkdirSync(join(buildDir, 'assets'));
    writeFileSync(join(buildDir, 'index.html'), '<html><head></head><body></body></html>');
    writeFileSync(join(buildDir, 'assets', 'dialog-old.js'), 'export default 1;');
    const log = memoryLog([]);
    const app = createLocalApp({
      clock: systemClock,
      baseUrls: DEFAULT_BASE_URLS,
      projects: 1,
      jiraLatencyMs: 0,
      log,
    });
    const host = await startHostServer({
      port: 0,
      app,
      buildDir,
      emulatorUrl: 'http://127.0.0.1:9',
      log,
    });
    try {
      expect((await fetchWhole(`${host.url}app/index.html`)).status).toBe(200);
      rmSync(join(buildDir, 'assets', 'dialog-old.js'));
      writeFileSync(join(buildDir, 'assets', 'dialog-new.js'), 'export default 2;');
      const old = await fetchWhole(`${host.url}app/assets/dialog-old.js`);
      expect(old.status).toBe(200);
      expect(old.headers.get('content-type')).toMatch(/javascript/);
      expect(await old.text()).toBe('export default 1;');
      expect(await (await fetchWhole(`${host.url}app/assets/dialog-new.js`)).text()).toBe(
        'export default 2;',
      );
      expect((await fetchWhole(`${host.url}app/assets/never-built.js`)).status).toBe(404);
      rmSync(join(buildDir, 'index.html'));
      const duringRebuild = await fetchWhole(`${host.url}app/index.html`);
      expect(duringRebuild.status).toBe(200);
      expect(await duringRebuild.text()).toContain('/__host/bridge.js');
    } finally {
      await host.close();
      rmSync(buildDir, { recursive: true, force: true });
    }
  });
});

describe('ports that are taken', () => {
  it('says which port is in use and how to choose another', async () => {
    const first = await startTestStack({ buildPage: false });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startTestStack({ buildPage: false, port })).rejects.toThrow(
        `Port ${port} is already in use. Set PORT=... to use another port.`,
      );
      const emulatorPort = Number(new URL(first.emulatorUrl).port);
      await expect(startTestStack({ buildPage: false, emulatorPort })).rejects.toThrow(
        `Port ${emulatorPort} is already in use. Set GITPROTECT_PORT=... to use another port.`,
      );
    } finally {
      await first.stop();
    }
  });
});

describe('state across restarts', () => {
  it('keeps the connection, the schedule and the clock, without seeding again', async () => {
    const first = await startTestStack({ buildPage: false });
    const dataDir = first.dataDir;
    let second: TestStack | undefined;
    try {
      const before = okData(await first.invoke('getOverview'));
      if (!before.connected) throw new Error('expected a connected site');
      okData(
        await first.invoke('saveSchedule', {
          days: ['SAT', 'SUN'],
          hour: 23,
          timezone: 'Australia/Sydney',
          version: before.scheduleVersion,
        }),
      );
      await first.advanceClock(86_400_000);
      const clockThen = first.deps.clock.now().getTime();
      await first.stop(false);

      second = await startTestStack({ buildPage: false, dataDir });
      const after = okData(await second.invoke('getOverview'));
      if (!after.connected) throw new Error('expected the connection to be kept');
      expect(after.schedule).toMatchObject({
        days: ['SAT', 'SUN'],
        hour: 23,
        timezone: 'Australia/Sydney',
      });
      expect(after.recentJobs.map((job) => job.id)).toEqual(
        expect.arrayContaining(before.recentJobs.slice(0, 5).map((job) => job.id)),
      );
      expect(second.deps.clock.now().getTime()).toBeGreaterThanOrEqual(clockThen);
      const connection = await appState(second.deps.store).connection();
      expect(connection?.instanceId).toBe(
        (await appState(first.deps.store).connection())?.instanceId,
      );
      expect(readFileSync(join(dataDir, 'emulator.json'), 'utf8')).toContain(LOCAL_CLOUD_ID);
    } finally {
      await second?.stop(false);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('starts unconnected when asked, showing the first-run setup', async () => {
    const stack = await startTestStack({ buildPage: false, connected: false });
    try {
      const overview = okData(await stack.invoke('getOverview'));
      expect(overview).toEqual({
        connected: false,
        viewer: { accountId: LOCAL_USERS.admin.accountId, isAdmin: true },
      });
    } finally {
      await stack.stop();
    }
  });
});

describe('npm start (dev/start.ts)', () => {
  const children: ChildProcess[] = [];
  afterAll(() => {
    // tsx runs dev/start.ts in a child of its own, which outlives a killed tsx and keeps the
    // output pipes (and so this jest worker) open: the whole process group goes.
    for (const child of children) {
      if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Gone already.
        }
      }
      child.stdout?.destroy();
      child.stderr?.destroy();
    }
  });

  function startCli(env: Record<string, string>, args: string[] = []) {
    const child = spawn(
      process.execPath,
      // As `npm start` runs it: one Node process with tsx's loader, so Ctrl+C reaches its handler.
      ['--import', 'tsx', 'dev/start.ts', ...args],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, TRIGGER_INTERVAL_S: '0', ...env },
        detached: true,
      },
    );
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.on('exit', (code) => resolve(code)),
    );
    const waitFor = async (pattern: RegExp, timeoutMs: number) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const match = pattern.exec(output);
        if (match) return match;
        if (child.exitCode !== null) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`npm start never printed ${pattern}; it printed:\n${output}`);
    };
    return { child, exited, waitFor, output: () => output };
  }

  it('exits 1 with a clear message when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const dataDir = mkdtempSync(join(tmpdir(), 'gitprotect-cli-'));
    try {
      const cli = startCli({ PORT: String(port), GITPROTECT_PORT: '0', LOCAL_DATA_DIR: dataDir });
      expect({ code: await cli.exited, output: cli.output() }).toMatchObject({ code: 1 });
      expect(cli.output()).toContain(
        `Port ${port} is already in use. Set PORT=... to use another port.`,
      );
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('prints the URL to open, serves the app and stops cleanly on SIGINT', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gitprotect-cli-'));
    try {
      const cli = startCli({ PORT: '0', GITPROTECT_PORT: '0', LOCAL_DATA_DIR: dataDir }, [
        '--reset',
      ]);
      const [, url] = await cli.waitFor(
        /GitProtect\.io for Jira is running: (http:\/\/127\.0\.0\.1:\d+\/)/,
        120_000,
      );
      const shell = await fetchWhole(url!);
      expect(shell.status).toBe(200);
      const page = await fetchWhole(`${url}app/index.html`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script src="/__host/bridge.js"></script>');
      cli.child.kill('SIGINT');
      // The output travels with the exit code, so a failure shows why it did not stop cleanly.
      expect({ code: await cli.exited, output: cli.output() }).toEqual({
        code: 0,
        output: expect.stringContaining('Stopped.'),
      });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});
