import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PRESET_NAMES } from '../../../dev/host/presets';

/** `npm start`'s arguments: the named states in its help, and mistakes refused before starting. */

const root = join(__dirname, '..', '..', '..');

function start(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'dev/start.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: run.status, output: run.stdout + run.stderr };
}

it('lists every named state in its help', () => {
  const { code, output } = start(['--help']);
  expect(code).toBe(0);
  expect(output).toContain('--state <name>');
  for (const name of PRESET_NAMES) expect(output).toMatch(new RegExp(`^ +${name} +\\S`, 'm'));
});

it('refuses a state it does not know, naming the ones it does', () => {
  const { code, output } = start(['--state', 'broken']);
  expect(code).toBe(1);
  expect(output).toContain('Unknown state "broken"');
  expect(output).toContain('connection-lost');
});

it('refuses LOCAL_SPACES and its old name LOCAL_PROJECTS when they differ', () => {
  const { code, output } = start([], { LOCAL_SPACES: '3', LOCAL_PROJECTS: '4' });
  expect(code).toBe(1);
  expect(output).toContain('LOCAL_SPACES (3) and LOCAL_PROJECTS, its old name, (4) differ');
});
