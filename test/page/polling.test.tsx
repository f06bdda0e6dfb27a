import { act, render, screen } from '@testing-library/react';
import type { Alert, ConnectedOverview, Overview } from '../../src/contract';
import { App } from '../../static/src/App';
import { backend, callsOf, flagTitles } from './fakeBridge';
import { FIXTURE_NOW, connected, job, ok, running } from './fixtures';
import { fact, freshBackend } from './renderPage';
import { useFakeTimersFromNow } from '../support/fakeTimers';

let visibility: DocumentVisibilityState = 'visible';
Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });

function setVisibility(next: DocumentVisibilityState) {
  visibility = next;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** Answers getOverview with each overview in turn, then keeps answering the last. */
function answers(...overviews: Overview[]) {
  let index = 0;
  backend.handlers.getOverview = () => ok(overviews[Math.min(index++, overviews.length - 1)]!);
}

async function advance(ms: number) {
  await act(async () => {
    await jest.advanceTimersByTimeAsync(ms);
  });
}

async function renderRunningPage() {
  render(<App />);
  await advance(0);
  await advance(0);
  expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
  expect(callsOf('getOverview')).toHaveLength(1);
}

beforeEach(() => {
  freshBackend();
  visibility = 'visible';
  useFakeTimersFromNow();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('polling a running backup', () => {
  test('reads every 3 s while the job progresses, and once it has ended only a minute on', async () => {
    const finished = connected({
      lastBackup: {
        ...running(40).runningJob!,
        outcome: 'SUCCEEDED',
        finishedAt: new Date().toISOString(),
      },
    });
    answers(running(12), running(20), running(28), finished);
    await renderRunningPage();
    expect(screen.getByText('12 of 40 spaces')).toBeVisible();

    await advance(3_000);
    expect(callsOf('getOverview')).toHaveLength(2);
    expect(screen.getByText('20 of 40 spaces')).toBeVisible();
    await advance(3_000);
    expect(callsOf('getOverview')).toHaveLength(3);
    await advance(3_000);
    expect(callsOf('getOverview')).toHaveLength(4);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(flagTitles()).toEqual(['Backup finished: Succeeded']);

    await advance(59_999);
    expect(callsOf('getOverview')).toHaveLength(4);
    await advance(1);
    expect(callsOf('getOverview')).toHaveLength(5);
  });

  test('backs off to 15 s while nothing changes', async () => {
    answers(running(12));
    await renderRunningPage();
    const readsAt = [3_000, 6_000, 12_000, 15_000, 15_000];
    for (const [index, wait] of readsAt.entries()) {
      await advance(wait - 1);
      expect(callsOf('getOverview')).toHaveLength(index + 1);
      await advance(1);
      expect(callsOf('getOverview')).toHaveLength(index + 2);
    }
  });

  test('does not poll while the tab is hidden, and reads at once when it is visible again', async () => {
    answers(running(12), running(25), running(30));
    await renderRunningPage();
    setVisibility('hidden');
    await advance(120_000);
    expect(callsOf('getOverview')).toHaveLength(1);

    setVisibility('visible');
    await advance(0);
    expect(callsOf('getOverview')).toHaveLength(2);
    await advance(3_000);
    expect(callsOf('getOverview')).toHaveLength(3);
    expect(screen.getByText('30 of 40 spaces')).toBeVisible();
  });

  test('a failed read keeps the page as it was and waits longer before the next', async () => {
    let reads = 0;
    backend.handlers.getOverview = () => {
      reads += 1;
      if (reads === 2)
        return { ok: false, error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' } };
      return ok(running(reads === 1 ? 12 : 30));
    };
    await renderRunningPage();
    await advance(3_000);
    expect(callsOf('getOverview')).toHaveLength(2);
    expect(screen.getByText('12 of 40 spaces')).toBeVisible();
    await advance(5_999);
    expect(callsOf('getOverview')).toHaveLength(2);
    await advance(1);
    expect(callsOf('getOverview')).toHaveLength(3);
    expect(screen.getByText('30 of 40 spaces')).toBeVisible();
  });

  test('a read overtaken by a newer one that saw progress keeps polling at 3 s', async () => {
    // Issue 25: an overtaken read answered null, which polling took for a failed read and
    // waited twice as long, though the newer read had just seen the job move on.
    const stale = {
      stale: true,
      alerts: [
        {
          code: 'STALE_DATA',
          severity: 'warning',
          message: 'GitProtect could not be reached.',
          action: 'RETRY',
          params: { asOf: FIXTURE_NOW },
        } satisfies Alert,
      ],
    };
    let reads = 0;
    backend.handlers.getOverview = () => {
      reads += 1;
      if (reads === 1) return ok({ ...running(12), ...stale });
      // The poll's read is slow; Retry's, asked meanwhile, answers first with progress.
      if (reads === 2) {
        return new Promise((resolve) => setTimeout(() => resolve(ok(running(12))), 1_000));
      }
      return ok(running(20 + reads));
    };
    await renderRunningPage();
    await advance(3_000);
    expect(callsOf('getOverview')).toHaveLength(2);
    act(() => screen.getByRole('button', { name: 'Retry' }).click());
    await advance(0);
    expect(callsOf('getOverview')).toHaveLength(3);
    expect(screen.getByText('23 of 40 spaces')).toBeVisible();

    await advance(1_000);
    await advance(2_999);
    expect(callsOf('getOverview')).toHaveLength(3);
    await advance(1);
    expect(callsOf('getOverview')).toHaveLength(4);
    expect(screen.getByText('24 of 40 spaces')).toBeVisible();
  });
});

/**
 * The page's own clock as the backend answers it: an overview read `elapsed` ms after the first
 * one says the backend's time is then FIXTURE_NOW plus that (`health.checkedAt`).
 */
let openedAt = 0;
const elapsed = () => Date.now() - openedAt;
const fixtureAt = (ms: number) => new Date(Date.parse(FIXTURE_NOW) + ms).toISOString();

function readAt(overview: ConnectedOverview): ConnectedOverview {
  return {
    ...overview,
    health: { ...overview.health, checkedAt: fixtureAt(elapsed()) },
    asOf: fixtureAt(elapsed()),
  };
}

/** Answers each getOverview with what the backend says `sinceOpened` ms after the page opened. */
function answersOverTime(at: (sinceOpened: number) => ConnectedOverview) {
  openedAt = Date.now();
  backend.handlers.getOverview = () => ok(readAt(at(elapsed())));
}

async function renderIdlePage() {
  render(<App />);
  await advance(0);
  await advance(0);
  expect(screen.getByRole('heading', { level: 1 })).toBeVisible();
  expect(callsOf('getOverview')).toEqual([undefined]);
}

const verdictText = () => document.querySelector('[data-verdict]')?.textContent ?? '';
const nextBackupFact = () => fact('Next backup').textContent ?? '';

describe('an open page with nothing running', () => {
  test('reads again once a minute, asking for the stored status', async () => {
    answersOverTime(() => connected());
    await renderIdlePage();
    for (let minute = 1; minute <= 10; minute += 1) {
      await advance(59_999);
      expect(callsOf('getOverview')).toHaveLength(minute);
      await advance(1);
      expect(callsOf('getOverview')).toHaveLength(minute + 1);
    }
    expect(callsOf('getOverview').slice(1)).toEqual(Array(10).fill({ idle: true }));
  });

  test('a hidden tab reads nothing, and reads once when it is visible again', async () => {
    answersOverTime(() => connected());
    await renderIdlePage();
    setVisibility('hidden');
    await advance(10 * 60_000);
    expect(callsOf('getOverview')).toHaveLength(1);

    setVisibility('visible');
    await advance(0);
    expect(callsOf('getOverview')).toEqual([undefined, { idle: true }]);
    // Hidden again for less than a minute: nothing it shows is out of date, so no read at once.
    setVisibility('hidden');
    await advance(30_000);
    setVisibility('visible');
    await advance(29_999);
    expect(callsOf('getOverview')).toHaveLength(2);
    await advance(1);
    expect(callsOf('getOverview')).toHaveLength(3);
  });

  test('reads when the next backup is due and shows it running, then finished', async () => {
    const due = 150_000;
    const scheduled = job({
      id: 'job-3',
      outcome: 'RUNNING',
      startedAt: fixtureAt(due),
      finishedAt: null,
      projectsSucceeded: 0,
    });
    const tomorrow = fixtureAt(due + 86_400_000);
    answersOverTime((now) => {
      if (now < due) return connected({ nextBackupAt: fixtureAt(due) });
      const done = Math.min(40, Math.floor((now - due) / 250));
      if (done < 40) {
        const progress = { ...scheduled, projectsSucceeded: done };
        return { ...running(done), runningJob: progress, nextBackupAt: tomorrow };
      }
      const finished = { ...scheduled, outcome: 'SUCCEEDED' as const, projectsSucceeded: 40 };
      const finishedAt = fixtureAt(due + 10_000);
      return connected({
        lastBackup: { ...finished, finishedAt },
        nextBackupAt: tomorrow,
        health: { ...connected().health, lastSuccessAt: finishedAt },
      });
    });
    await renderIdlePage();
    expect(verdictText()).toContain('next in 3 minutes');

    // A read each minute, then the next just after the backup's time, not a minute after the last.
    await advance(60_000);
    await advance(60_000);
    expect(callsOf('getOverview')).toHaveLength(3);
    await advance(31_999);
    expect(callsOf('getOverview')).toHaveLength(3);
    await advance(1);
    expect(callsOf('getOverview')).toEqual([undefined, ...Array(3).fill({ idle: true })]);
    expect(screen.getByText(/A backup is running: 8 of 40 spaces/)).toBeVisible();

    // The running backup is polled as one started here is, until it has finished.
    await advance(3_000 + 6_000);
    expect(flagTitles()).toEqual(['Backup finished: Succeeded']);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(verdictText()).toMatch(/^Jira is protected.*Last backup just now, next in 24 hours\./);
  });

  test('never says the next backup was some time ago, while the service has not moved it yet', async () => {
    // The service answers the same next time long after it: its run has not started.
    answersOverTime(() => connected({ nextBackupAt: fixtureAt(20_000) }));
    await renderIdlePage();
    for (let second = 0; second < 300; second += 10) {
      await advance(10_000);
      expect(verdictText()).not.toMatch(/ago\./);
      expect(nextBackupFact()).not.toContain('ago');
    }
    expect(verdictText()).toContain('next in a moment.');
    // After the read at its time, once a minute, as when nothing is due.
    expect(callsOf('getOverview')).toHaveLength(1 + 1 + 4);
  });

  test('a page showing stale status reads the service again, a minute on', async () => {
    answersOverTime(() => connected({ stale: true }));
    await renderIdlePage();
    await advance(60_000);
    expect(callsOf('getOverview')).toEqual([undefined, undefined]);
  });

  test('a failed read keeps the page as it was and tries again a minute later', async () => {
    let reads = 0;
    openedAt = Date.now();
    backend.handlers.getOverview = () => {
      reads += 1;
      if (reads === 2) return { ok: false, error: { code: 'UPSTREAM_UNAVAILABLE', message: 'x' } };
      return ok(readAt(connected()));
    };
    await renderIdlePage();
    await advance(60_000);
    expect(callsOf('getOverview')).toHaveLength(2);
    expect(verdictText()).toContain('Jira is protected');
    await advance(60_000);
    expect(callsOf('getOverview')).toHaveLength(3);
  });
});
