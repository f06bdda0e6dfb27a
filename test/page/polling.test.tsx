import { act, render, screen } from '@testing-library/react';
import type { Overview } from '../../src/contract';
import { App } from '../../static/src/App';
import { backend, callsOf, flagTitles } from './fakeBridge';
import { connected, ok, running } from './fixtures';
import { freshBackend } from './renderPage';
import { useFakeTimersFromNow } from '../support/fakeTimers';

jest.mock('@forge/bridge', () => jest.requireActual('./fakeBridge').bridgeModule);

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
  test('reads every 3 s while the job progresses and stops when it ends', async () => {
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

    await advance(60_000);
    expect(callsOf('getOverview')).toHaveLength(4);
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

  test('a finished page does not poll at all', async () => {
    answers(connected());
    render(<App />);
    await advance(0);
    await advance(0);
    await advance(120_000);
    expect(callsOf('getOverview')).toHaveLength(1);
  });
});
