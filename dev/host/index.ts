import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AppDeps } from '../../src/app/deps';
import { appState } from '../../src/app/state';
import { consoleLog } from '../../src/adapters/consoleLog';
import type { LocalJiraSite } from '../../src/adapters/local/jiraSite';
import type { ConnectInput, Envelope, Overview, SaveScheduleInput } from '../../src/contract';
import type { Log } from '../../src/ports/log';
import type { SyncOutcome } from '../../src/triggers/hourlySync';
import { type RunningEmulator, startEmulator } from '../emulator';
import { makePrivateFolder } from '../emulator/privateFiles';
import { type LocalApp, createLocalApp } from './localApp';
import { BUILD_DIR, ensurePageBuilt } from './pageBuild';
import { PortInUseError, startHostServer } from './server';

export { PortInUseError } from './server';
export { LOCAL_CLOUD_ID } from './localApp';

export interface LocalStackOptions {
  /** The host's port; 0 picks a free one. Default 3000. */
  port?: number;
  /** The emulator's port; 0 picks a free one. Default 3001. */
  emulatorPort?: number;
  /** Keeps state across restarts (`<dataDir>/app/`, `<dataDir>/emulator.json`); memory only when absent. */
  dataDir?: string;
  /** Seed a connected instance with a plan and past jobs (default); false shows the first-run setup. */
  connected?: boolean;
  /** When seeding a connected instance, add three weeks of past jobs (default); false: none yet. */
  history?: boolean;
  /** Projects in the local Jira site and in the emulated service. Default 25. */
  projects?: number;
  /**
   * Where the clock of a new stack starts (the emulator's, which the app reads), to run on at
   * real speed; a state kept in `dataDir` keeps its own. Default: the machine's time.
   */
  startAt?: Date;
  /** Added to every call to the local Jira site. Default 0. */
  jiraLatencyMs?: number;
  /** How often the scheduled trigger runs; null runs it only on demand. Default 60. */
  triggerIntervalS?: number | null;
  /** Build the page first when it is missing or stale. Default true. */
  buildPage?: boolean;
  /** The page build to serve. Default: `npm run build`'s (static/build). */
  buildDir?: string;
  /** Where the resolvers, the trigger and the host log. Default: JSON lines on stdout. */
  log?: Log;
  /** One line per step worth telling a developer about (building, seeding). */
  onProgress?: (message: string) => void;
}

export interface LocalStack {
  /** The Jira-like shell page, e.g. `http://127.0.0.1:3000/`. */
  url: string;
  emulatorUrl: string;
  deps: AppDeps;
  jira: LocalJiraSite;
  /** Runs the scheduled trigger once, now. */
  runTrigger(): Promise<SyncOutcome>;
  close(): Promise<void>;
}

export const SEEDED_SCHEDULE = {
  days: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
  hour: 2,
  timezone: 'Europe/Warsaw',
} as const;
export const SEEDED_EMAIL = 'alex.admin@example.com';

/**
 * Where the stacks of tests and screenshots start their clock (`startAt`): a Thursday, 11:00 in
 * Warsaw, 9 h after `SEEDED_SCHEDULE`'s last run and 15 h before its next (and 8 h after the
 * default plan's daily 02:00 UTC run, for tests of a bare emulator). On the machine's clock, what
 * they show would depend on the hour they run at: in the hour before a planned run, a
 * scheduled backup started in the middle of a test.
 */
export const STACK_START = new Date('2026-11-26T10:00:00Z');

const DAY_MS = 86_400_000;

/** The whole app on one machine: the emulator, the real resolvers and trigger, and the page. */
export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const quiet = { seeding: false };
  const log = quietWhile(quiet, options.log ?? consoleLog());
  const progress = options.onProgress ?? (() => undefined);
  const projects = options.projects ?? 25;
  // It holds live tokens (the emulator's and the app's GitProtect session).
  if (options.dataDir) makePrivateFolder(options.dataDir);

  const emulator = await startEmulatorOn(options.emulatorPort ?? 3001, {
    projectCount: projects,
    ...(options.startAt ? { startAt: options.startAt } : {}),
    ...(options.dataDir ? { stateFile: join(options.dataDir, 'emulator.json') } : {}),
  });
  const app = createLocalApp({
    ...(options.dataDir ? { storeFolder: join(options.dataDir, 'app') } : {}),
    clock: emulator.clock,
    baseUrls: emulator.baseUrls,
    forgeSigner: emulator.forgeSigner,
    projects,
    jiraLatencyMs: options.jiraLatencyMs ?? 0,
    log,
  });

  // Both ports are taken first: a conflict is reported at once, before a build or any seeding.
  const server = await startHostServer({
    port: options.port ?? 3000,
    app,
    buildDir: options.buildDir ?? BUILD_DIR,
    emulatorUrl: emulator.url,
    log,
  }).catch(async (error: unknown) => {
    await emulator.close();
    throw error;
  });
  try {
    if (options.buildPage ?? true) {
      await ensurePageBuilt({ onBuild: (reason) => progress(`Building the page (${reason})...`) });
    }
    await alignProjectCount(app, emulator.url, projects, log);
    if (options.connected ?? true) {
      quiet.seeding = true;
      await seedConnectedInstance(app, emulator.url, progress, options.history ?? true).finally(
        () => (quiet.seeding = false),
      );
    }
  } catch (error) {
    await Promise.allSettled([server.close(), emulator.close()]);
    throw error;
  }

  const trigger = scheduleTrigger(
    app,
    options.triggerIntervalS === undefined ? 60 : options.triggerIntervalS,
    log,
  );
  return {
    url: server.url,
    emulatorUrl: emulator.url,
    deps: app.deps,
    jira: app.jira,
    runTrigger: () => app.runTrigger(),
    async close() {
      trigger.stop();
      await Promise.allSettled([server.close(), emulator.close()]);
      // A run in flight fails fast once the emulator is gone; it must not write after close.
      await trigger.settled();
    },
  };
}

async function startEmulatorOn(
  port: number,
  settings: { projectCount: number; stateFile?: string; startAt?: Date },
): Promise<RunningEmulator> {
  try {
    return await startEmulator({ port, host: '127.0.0.1', ...settings });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new PortInUseError(port, 'GITPROTECT_PORT');
    }
    throw error;
  }
}

/**
 * The emulated service backs up as many projects as the local Jira site has, also when state
 * kept from an earlier run was made with another LOCAL_SPACES.
 */
async function alignProjectCount(app: LocalApp, emulatorUrl: string, projects: number, log: Log) {
  const connection = await appState(app.deps.store).connection();
  const reply = await fetch(`${emulatorUrl}/__control/instance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      spaceCount: projects,
      ...(connection ? { cloudId: connection.cloudId } : {}),
    }),
  });
  if (!reply.ok) {
    log.warn('The emulator kept its own project count', { status: reply.status, projects });
  }
}

/**
 * Connects the local site as its admin would, through the real resolvers: the `connect` call
 * registers with the emulator, then a weekday plan is saved and a few weeks of jobs are added.
 * A site that is already connected (state kept from an earlier run) is left as it is.
 */
async function seedConnectedInstance(
  app: LocalApp,
  emulatorUrl: string,
  progress: (message: string) => void,
  history: boolean,
): Promise<void> {
  if (await appState(app.deps.store).connection()) return;
  progress('Connecting the local Jira site to the emulated GitProtect service...');
  const now = app.deps.clock.now();
  const connectInput: ConnectInput = {
    region: 'EU',
    email: SEEDED_EMAIL,
    // Shaped like an Atlassian API token so the emulator accepts it; it is not a real one.
    token: `ATATT3xLocal${randomBytes(18).toString('base64url')}`,
    expiresOn: new Date(now.getTime() + 200 * DAY_MS).toISOString().slice(0, 10),
  };
  const connected = expectOk(
    'connect',
    (await app.invoke('admin', 'connect', connectInput)) as Envelope<Overview>,
  );
  if (!connected.connected) throw new Error('Seeding failed: connect answered "not connected".');
  const schedule: SaveScheduleInput = {
    ...SEEDED_SCHEDULE,
    days: [...SEEDED_SCHEDULE.days],
    version: connected.scheduleVersion,
  };
  expectOk(
    'saveSchedule',
    (await app.invoke('admin', 'saveSchedule', schedule)) as Envelope<unknown>,
  );
  if (history) {
    const seeded = await fetch(`${emulatorUrl}/__control/seed-history`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ weeks: 3 }),
    });
    if (!seeded.ok)
      throw new Error(
        `Seeding failed: seed-history answered ${seeded.status}: ${await seeded.text()}`,
      );
  }
  await app.runTrigger();
}

function expectOk<T>(what: string, envelope: Envelope<T>): T {
  if (!envelope.ok) {
    throw new Error(
      `Seeding failed: ${what} answered ${envelope.error.code}: ${envelope.error.message}`,
    );
  }
  return envelope.data;
}

/** Seeding makes a dozen routine calls: only their warnings and errors are worth showing. */
function quietWhile(quiet: { seeding: boolean }, log: Log): Log {
  return {
    info: (message, fields) => {
      if (!quiet.seeding) log.info(message, fields);
    },
    warn: log.warn,
    error: log.error,
  };
}

/** The scheduled trigger on a timer; runs never overlap. */
function scheduleTrigger(app: LocalApp, intervalS: number | null, log: Log) {
  let running: Promise<void> | undefined;
  const timer =
    intervalS === null || intervalS <= 0
      ? undefined
      : setInterval(() => {
          if (running) return;
          running = app
            .runTrigger()
            .then(
              () => undefined,
              (error: unknown) =>
                log.error('The scheduled trigger failed', {
                  reason: error instanceof Error ? error.message : String(error),
                }),
            )
            .finally(() => {
              running = undefined;
            });
        }, intervalS * 1000);
  return {
    stop: () => clearInterval(timer),
    settled: () => running ?? Promise.resolve(),
  };
}
