/**
 * Named states of the local app, for `npm start -- --state <name>`, the screenshots and the
 * tests. Each starts from a fresh local stack (seeded connected or not) and gets where it names
 * the way a person would with curl: through the emulator's controls and faults, the host's
 * controls and the app's real resolvers. Nothing is answered on the app's behalf.
 */
import type { Envelope } from '../../src/contract';
import type { LocalStackOptions } from './index';

/** What a preset drives: the host (`url`) and the emulator (`emulatorUrl`) of a running stack. */
export interface PresetTarget {
  url: string;
  emulatorUrl: string;
}

export interface Preset {
  /** One line for `npm start -- --help` and the docs. */
  shows: string;
  /** How the stack starts: seeded connected (default) or showing the first-run setup. */
  connected?: boolean;
  /** Seed past jobs when connected (default true); false leaves the plan without backups. */
  history?: boolean;
  /** Who looks: the page opens as this user (`?as=`; default: the admin). */
  view?: { as: 'member' };
  /** Brings the fresh stack into the state, after seeding. */
  reach?: (target: PresetTarget) => Promise<void>;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** More than any site has: every space of a backup fails. */
const EVERY_SPACE = 10_000;

export const PRESETS = {
  healthy: {
    shows: 'connected, protected: three weeks of backups, one of them partly failed',
  },
  'not-connected': {
    shows: 'the first-run setup form (not connected yet)',
    connected: false,
  },
  'not-connected-member': {
    shows: 'not connected, as a Jira user who is not an admin',
    connected: false,
    view: { as: 'member' },
  },
  member: {
    shows: 'healthy, as a Jira user who is not an admin (no settings, no actions)',
    view: { as: 'member' },
  },
  'never-run': {
    shows: 'connected with a plan, before its first backup',
    history: false,
  },
  running: {
    shows: 'a backup started with Backup now, 10 of its 25 spaces done',
    reach: async (target) => {
      await emulatorControl(target, 'instance', { projectDurationMs: MINUTE_MS });
      await invoke(target, 'startBackup');
      await hostControl(target, 'clock', { advanceMs: 10 * MINUTE_MS + 1 });
    },
  },
  partial: {
    shows: 'the last backup partly failed (3 spaces)',
    reach: (target) => finishedBackup(target, 3),
  },
  failing: {
    shows: 'the last backup failed (every space)',
    reach: (target) => finishedBackup(target, EVERY_SPACE),
  },
  overdue: {
    shows: 'every backup fails and none has succeeded for 4 days',
    reach: async (target) => {
      await finishedBackup(target, EVERY_SPACE);
      await hostControl(target, 'clock', { advanceMs: 4 * DAY_MS });
      await trigger(target);
    },
  },
  'unprotected-spaces': {
    shows: 'not every space protected: the backup account cannot read 3, the plan leaves out 2',
    reach: async (target) => {
      await emulatorControl(target, 'instance', { hiddenSpaces: 3, excludedSpaces: 2 });
      await trigger(target);
    },
  },
  'token-expiring': {
    shows: 'the Jira API token expires in 5 days',
    reach: async (target) => {
      await hostControl(target, 'token-expiry', { inDays: 5 });
      await trigger(target);
    },
  },
  'token-expired': {
    shows: 'the Jira API token expired yesterday',
    reach: async (target) => {
      await hostControl(target, 'token-expiry', { inDays: -1 });
      await trigger(target);
    },
  },
  'token-rejected': {
    shows: 'GitProtect no longer accepts the Jira API token',
    reach: async (target) => {
      await emulatorControl(target, 'instance', { credentialsStatus: 'REJECTED' });
      await trigger(target);
    },
  },
  stale: {
    shows: 'GitProtect cannot be reached: the last status read, with its time',
    reach: async (target) => {
      await lastRead(target);
      await emulatorControl(target, 'faults', { mode: 'error500' });
    },
  },
  'connection-lost': {
    shows: 'GitProtect no longer knows the site: the last status, and Reconnect',
    reach: async (target) => {
      await lastRead(target);
      await emulatorControl(target, 'faults', { mode: 'forgetInstance' });
    },
  },
} as const satisfies Record<string, Preset>;

export type PresetName = keyof typeof PRESETS;
export const PRESET_NAMES = Object.keys(PRESETS) as PresetName[];

export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}

export function presetOf(name: PresetName): Preset {
  return PRESETS[name];
}

/** How the stack a preset starts from is seeded. */
export function presetStackOptions(
  name: PresetName,
): Pick<LocalStackOptions, 'connected' | 'history'> {
  const preset = presetOf(name);
  return { connected: preset.connected ?? true, history: preset.history ?? true };
}

/** Brings a freshly started stack (see presetStackOptions) into the named state. */
export async function reachPreset(target: PresetTarget, name: PresetName): Promise<void> {
  await presetOf(name).reach?.(target);
}

/** `--help`: one line per preset. */
export function presetHelp(): string {
  const width = Math.max(...PRESET_NAMES.map((name) => name.length));
  return PRESET_NAMES.map((name) => `  ${name.padEnd(width)}  ${presetOf(name).shows}`).join('\n');
}

/** A backup started with Backup now in which `failing` spaces fail, run to its end. */
async function finishedBackup(target: PresetTarget, failing: number): Promise<void> {
  await emulatorControl(target, 'instance', { failingSpaces: failing });
  await invoke(target, 'startBackup');
  // 25 spaces at 0.4 s each: a minute is more than enough.
  await hostControl(target, 'clock', { advanceMs: MINUTE_MS });
  await trigger(target);
}

/** The page was open once before things went wrong: its status is the one the app keeps. */
async function lastRead(target: PresetTarget): Promise<void> {
  await invoke(target, 'getOverview');
}

async function invoke(target: PresetTarget, functionKey: string): Promise<void> {
  const reply = (await post(
    `${target.url}api/invoke`,
    { functionKey },
    'admin',
  )) as Envelope<unknown>;
  if (!reply.ok)
    throw new Error(`${functionKey} answered ${reply.error.code}: ${reply.error.message}`);
}

function trigger(target: PresetTarget): Promise<unknown> {
  return post(`${target.url}api/trigger`);
}

function hostControl(target: PresetTarget, control: string, body: unknown): Promise<unknown> {
  return post(`${target.url}__control/${control}`, body);
}

function emulatorControl(target: PresetTarget, control: string, body: unknown): Promise<unknown> {
  return post(`${target.emulatorUrl}/__control/${control}`, body);
}

async function post(url: string, body: unknown = {}, as?: 'admin'): Promise<unknown> {
  const reply = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(as ? { 'x-local-user': as } : {}) },
    body: JSON.stringify(body),
  });
  const text = await reply.text();
  if (!reply.ok) throw new Error(`POST ${url} answered ${reply.status}: ${text}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}
