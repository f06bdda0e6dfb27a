/**
 * `npm start`: the whole app on one machine. Environment: PORT (3000), GITPROTECT_PORT (3001),
 * LOCAL_CONNECTED (1; 0 shows the first-run setup), LOCAL_SPACES (25; LOCAL_PROJECTS is its old
 * name), LOCAL_JIRA_LATENCY_MS (0), TRIGGER_INTERVAL_S (60; 0 runs the trigger only on
 * POST /api/trigger), LOCAL_DATA_DIR (.local), LOG_LEVEL (info; warn, error or silent). Logs are
 * readable lines in a terminal, JSON when piped. `--reset` starts clean; `--state <name>` starts
 * a throwaway app in a named state (see --help).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { appState } from '../src/app/state';
import { DataDirInUse, LOCK_FILE, lockDataDir, refuseIfInUse } from './dataDirLock';
import { type LocalStack, PortInUseError, startLocalStack } from './host';
import { REPO_ROOT } from './host/pageBuild';
import {
  type PresetName,
  isPresetName,
  presetHelp,
  presetOf,
  presetStackOptions,
  reachPreset,
} from './host/presets';
import { LOG_LEVELS, isLogLevel, terminalLog } from './host/terminalLog';

const USAGE = 'Usage: npm start [-- --reset | --state <name> | --help]';
const HELP = `${USAGE}

  --reset          start clean: forget the state kept in the data folder
  --state <name>   start a throwaway app (nothing read from or written to the data folder)
                   in one of these states, reached through the emulator's controls and the
                   app's own resolvers:
${presetHelp().replace(/^/gm, '    ')}

Environment: PORT (3000), GITPROTECT_PORT (3001), LOCAL_CONNECTED (1; 0: first-run setup),
LOCAL_SPACES (25), LOCAL_JIRA_LATENCY_MS (0), TRIGGER_INTERVAL_S (60; 0: only on demand),
LOCAL_DATA_DIR (.local), LOG_LEVEL (info; warn, error or silent).`;
const DATA_DIR = process.env.LOCAL_DATA_DIR?.trim()
  ? resolve(process.env.LOCAL_DATA_DIR.trim())
  : join(REPO_ROOT, '.local');
const DATA_DIR_SHOWN = shownPath(DATA_DIR);
const STOP_TIMEOUT_MS = 10_000;

class UsageError extends Error {}

function shownPath(dir: string): string {
  const fromHere = relative(process.cwd(), dir);
  return `${fromHere === '' ? '.' : fromHere.startsWith('..') ? dir : fromHere}/`;
}

function intFromEnv(name: string, fallback: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > max) {
    throw new UsageError(`${name} must be a whole number from 0 to ${max} (got "${raw}").`);
  }
  return Number(raw);
}

/** `--state <name>` (or `--state=<name>`), checked; null when not given. */
function stateArgument(args: string[]): { state: PresetName | null; rest: string[] } {
  const at = args.findIndex((arg) => arg === '--state' || arg.startsWith('--state='));
  if (at < 0) return { state: null, rest: args };
  const joined = args[at]!.startsWith('--state=');
  const given = joined ? args[at]!.slice('--state='.length) : args[at + 1];
  if (!given || !isPresetName(given)) {
    throw new UsageError(
      `${given ? `Unknown state "${given}"` : '--state needs a name'}. The states:\n${presetHelp()}`,
    );
  }
  return { state: given, rest: args.filter((_, i) => i !== at && (joined || i !== at + 1)) };
}

/** LOCAL_SPACES, or its old name LOCAL_PROJECTS; both only when they agree. */
function spacesFromEnv(): number {
  const spaces = intFromEnv('LOCAL_SPACES', 25, 10_000);
  const projects = intFromEnv('LOCAL_PROJECTS', spaces, 10_000);
  if (process.env.LOCAL_SPACES?.trim() && projects !== spaces) {
    throw new UsageError(
      `LOCAL_SPACES (${spaces}) and LOCAL_PROJECTS, its old name, (${projects}) differ: give one of them.`,
    );
  }
  return projects;
}

function readSettings() {
  const { state, rest: args } = stateArgument(process.argv.slice(2));
  const unknown = args.filter((arg) => arg !== '--reset');
  if (unknown.length > 0) throw new UsageError(`Unknown argument ${unknown[0]}.\n${USAGE}`);
  if (state && args.includes('--reset')) {
    throw new UsageError('--state always starts clean, in memory: --reset is not needed with it.');
  }
  const connected = process.env.LOCAL_CONNECTED?.trim();
  if (connected !== undefined && connected !== '' && connected !== '0' && connected !== '1') {
    throw new UsageError(`LOCAL_CONNECTED must be 0 or 1 (got "${connected}").`);
  }
  const triggerIntervalS = intFromEnv('TRIGGER_INTERVAL_S', 60, 86_400);
  const logLevel = process.env.LOG_LEVEL?.trim() || 'info';
  if (!isLogLevel(logLevel)) {
    throw new UsageError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}").`);
  }
  return {
    reset: args.includes('--reset'),
    state,
    port: intFromEnv('PORT', 3000, 65_535),
    emulatorPort: intFromEnv('GITPROTECT_PORT', 3001, 65_535),
    connected: connected !== '0',
    projects: spacesFromEnv(),
    jiraLatencyMs: intFromEnv('LOCAL_JIRA_LATENCY_MS', 0, 60_000),
    triggerIntervalS: triggerIntervalS === 0 ? null : triggerIntervalS,
    logLevel,
  };
}

function printBanner(stack: LocalStack, settings: ReturnType<typeof readSettings>): void {
  const as = settings.state ? presetOf(settings.state).view?.as : undefined;
  const state = settings.state
    ? `"${settings.state}": ${presetOf(settings.state).shows} (in memory: Ctrl+C forgets it)`
    : `${DATA_DIR_SHOWN} (npm start -- --reset starts clean; --help lists named states)`;
  const trigger =
    settings.triggerIntervalS === null ? 'only on demand' : `every ${settings.triggerIntervalS} s`;
  console.log(
    [
      '',
      `GitProtect.io for Jira is running: ${stack.url}${as ? `?as=${as}` : ''}`,
      '',
      `  As a Jira user who is not an admin:  ${stack.url}?as=member`,
      `  In Polish, dark theme:               ${stack.url}?locale=pl-PL&theme=dark`,
      `  GitProtect emulator:                 ${stack.emulatorUrl}`,
      `  Scheduled trigger:                   ${trigger}; now: curl -X POST ${stack.url}api/trigger`,
      `  Move the clock 1 h forward:          curl -X POST ${stack.url}__control/clock -H 'content-type: application/json' -d '{"advanceMs":3600000}'`,
      `  State:                               ${state}`,
      '',
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
}

/** .local/ goes entirely; a folder named by LOCAL_DATA_DIR only if it holds nothing else. */
function resetDataDir(): void {
  if (!existsSync(DATA_DIR)) return;
  refuseIfInUse(DATA_DIR, DATA_DIR_SHOWN);
  const ours = (entry: string) =>
    entry === 'app' || entry === LOCK_FILE || entry.startsWith('emulator.json');
  const foreign = readdirSync(DATA_DIR).filter((entry) => !ours(entry));
  if (process.env.LOCAL_DATA_DIR?.trim() && foreign.length > 0) {
    throw new UsageError(
      `Not removing ${DATA_DIR_SHOWN}: it holds files npm start did not create (${foreign[0]}).`,
    );
  }
  rmSync(DATA_DIR, { recursive: true, force: true });
  console.log(`Starting clean: removed ${DATA_DIR_SHOWN}`);
}

async function main(): Promise<void> {
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    console.log(HELP);
    return;
  }
  const settings = readSettings();
  const preset = settings.state;
  if (settings.reset) resetDataDir();
  // A preset starts from nothing and keeps nothing: the data folder is neither read nor locked.
  if (!preset) lockDataDir(DATA_DIR, DATA_DIR_SHOWN);
  const stack = await startLocalStack({
    port: settings.port,
    emulatorPort: settings.emulatorPort,
    ...(preset ? presetStackOptions(preset) : { dataDir: DATA_DIR, connected: settings.connected }),
    projects: settings.projects,
    jiraLatencyMs: settings.jiraLatencyMs,
    triggerIntervalS: settings.triggerIntervalS,
    log: terminalLog({ level: settings.logLevel }),
    onProgress: (message) => console.log(message),
  });
  if (preset) {
    console.log(`Bringing the app into the state "${preset}"...`);
    await reachPreset(stack, preset).catch(async (error: unknown) => {
      await stack.close();
      throw error;
    });
  }
  printBanner(stack, settings);
  if (!preset && !settings.connected && (await appState(stack.deps.store).connection())) {
    console.log(
      `LOCAL_CONNECTED=0 changes nothing here: ${DATA_DIR_SHOWN} already holds a connected site. ` +
        'Add --reset to see the first-run setup.\n',
    );
  }

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping...`);
    setTimeout(() => {
      console.error('Could not stop cleanly in time; exiting.');
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    stack.close().then(
      () => {
        console.log('Stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Stopping failed:', error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (
    error instanceof PortInUseError ||
    error instanceof UsageError ||
    error instanceof DataDirInUse
  ) {
    console.error(error.message);
  } else {
    console.error(
      'GitProtect.io for Jira could not start:',
      error instanceof Error ? error.stack : error,
    );
  }
  process.exit(1);
});
