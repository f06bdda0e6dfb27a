import type { ConnectedOverview, Overview } from '../../../src/contract';
import {
  PRESET_NAMES,
  type PresetName,
  presetOf,
  presetStackOptions,
  reachPreset,
} from '../../../dev/host/presets';
import { okData, startTestStack } from '../../support/localStack';

/**
 * Each state `npm start -- --state <name>` and the screenshots show is reached through the real
 * app: a fresh stack, the emulator's controls and the resolvers, then the overview the page
 * would read, as the user the preset names.
 */

const codes = (overview: ConnectedOverview) => overview.alerts.map((alert) => alert.code);

function connected(overview: Overview): ConnectedOverview {
  if (!overview.connected) throw new Error('Expected a connected overview');
  return overview;
}

/** What each preset must show; a preset added without its check does not compile. */
const EXPECTED: Record<PresetName, (overview: Overview) => void> = {
  healthy: (overview) => {
    const shown = connected(overview);
    expect(shown.viewer.isAdmin).toBe(true);
    expect(shown.alerts).toEqual([]);
    expect(shown.status).toBe('SUCCEEDED');
    expect(shown.recentJobs.some((job) => job.outcome === 'SUCCEEDED_WITH_WARNINGS')).toBe(true);
  },
  'not-connected': (overview) => {
    expect(overview).toMatchObject({ connected: false, viewer: { isAdmin: true } });
  },
  'not-connected-member': (overview) => {
    expect(overview).toMatchObject({ connected: false, viewer: { isAdmin: false } });
  },
  member: (overview) => {
    const shown = connected(overview);
    expect(shown.viewer.isAdmin).toBe(false);
    expect(shown.alerts).toEqual([]);
    expect(shown.recentJobs.length).toBeGreaterThan(0);
  },
  'never-run': (overview) => {
    const shown = connected(overview);
    expect(shown.status).toBe('NEVER_RUN');
    expect(shown.recentJobs).toEqual([]);
    expect(shown.schedule).not.toBeNull();
  },
  running: (overview) => {
    const shown = connected(overview);
    expect(shown.status).toBe('RUNNING');
    expect(shown.runningJob).toMatchObject({
      trigger: { kind: 'ADMIN' },
      projectsTotal: 25,
      projectsSucceeded: 10,
    });
  },
  partial: (overview) => {
    const shown = connected(overview);
    expect(codes(shown)[0]).toBe('LAST_BACKUP_PARTIAL');
    expect(shown.lastBackup).toMatchObject({
      outcome: 'SUCCEEDED_WITH_WARNINGS',
      projectsFailed: 3,
    });
  },
  failing: (overview) => {
    const shown = connected(overview);
    expect(codes(shown)[0]).toBe('LAST_BACKUP_FAILED');
    expect(shown.lastBackup).toMatchObject({ outcome: 'FAILED', projectsFailed: 25 });
  },
  overdue: (overview) => {
    const shown = connected(overview);
    expect(codes(shown)).toContain('BACKUP_OVERDUE');
    expect(shown.lastBackup?.outcome).toBe('FAILED');
  },
  'unprotected-spaces': (overview) => {
    const shown = connected(overview);
    expect(codes(shown)[0]).toBe('SPACES_UNPROTECTED');
    expect(shown.alerts[0]?.params).toMatchObject({ notVisible: 3, notInPlan: 2 });
  },
  'token-expiring': (overview) => {
    expect(codes(connected(overview))[0]).toBe('TOKEN_EXPIRING');
  },
  'token-expired': (overview) => {
    expect(codes(connected(overview))[0]).toBe('TOKEN_EXPIRED');
  },
  'token-rejected': (overview) => {
    expect(codes(connected(overview))[0]).toBe('CREDENTIALS_REJECTED');
  },
  stale: (overview) => {
    const shown = connected(overview);
    expect(shown.stale).toBe(true);
    expect(codes(shown)).toEqual(['STALE_DATA']);
    expect(shown.recentJobs.length).toBeGreaterThan(0);
  },
  'connection-lost': (overview) => {
    const shown = connected(overview);
    expect(shown.stale).toBe(true);
    expect(codes(shown)[0]).toBe('CONNECTION_LOST');
  },
};

it('checks every preset', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual([...PRESET_NAMES].sort());
});

it.each(PRESET_NAMES)('%s: reaches the state it names through the real app', async (name) => {
  const stack = await startTestStack({ ...presetStackOptions(name), buildPage: false });
  try {
    await reachPreset(stack, name);
    const overview = okData(
      await stack.invoke('getOverview', undefined, presetOf(name).view?.as ?? 'admin'),
    );
    EXPECTED[name](overview);
  } finally {
    await stack.stop();
  }
});
