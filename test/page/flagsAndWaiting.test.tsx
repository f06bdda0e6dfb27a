import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import type { StartedBackup } from '../../src/contract';
import Notifications, { PASSING_FLAG_MS } from '../../static/src/components/shared/Notifications';
import { describeError } from '../../static/src/errors';
import { useNotices, type Notice } from '../../static/src/hooks/useNotices';
import { createI18n } from '../../static/src/i18n';
import { en } from '../../static/src/i18n/en';
import { pl } from '../../static/src/i18n/pl';
import { describeStorageRegion } from '../../static/src/storageRegion';
import { backend, callsOf } from './fakeBridge';
import { connected, MEMBER, neverRun, notConnected, ok, running } from './fixtures';
import { freshBackend, renderPage } from './renderPage';
import { useFakeTimersFromNow } from '../support/fakeTimers';

jest.mock('@forge/bridge', () => jest.requireActual('./fakeBridge').bridgeModule);

beforeEach(freshBackend);

function Flags({ notices }: { notices: Omit<Notice, 'id'>[] }) {
  const { notices: shown, notify, dismiss } = useNotices();
  useEffect(() => notices.forEach(notify), [notices, notify]);
  return <Notifications notices={shown} onDismiss={dismiss} />;
}

describe('flags', () => {
  afterEach(() => jest.useRealTimers());

  test('a success goes by itself; an error and a warning stay until dismissed', () => {
    useFakeTimersFromNow();
    render(
      <Flags
        notices={[
          { appearance: 'success', title: 'Schedule saved' },
          { appearance: 'error', title: 'Backup finished: Failed' },
          { appearance: 'warning', title: 'A backup is already running' },
        ]}
      />,
    );
    expect(screen.getByText('Schedule saved')).toBeVisible();
    act(() => jest.advanceTimersByTime(PASSING_FLAG_MS + 100));
    expect(screen.queryByText('Schedule saved')).toBeNull();
    act(() => jest.advanceTimersByTime(60 * 60 * 1000));
    expect(screen.getAllByRole('alert')).toHaveLength(2);
    expect(screen.getByText('Backup finished: Failed')).toBeVisible();
    expect(screen.getByText('A backup is already running')).toBeVisible();
  });

  test('each flag has a visible Dismiss button that the keyboard reaches and presses', async () => {
    const user = userEvent.setup({ delay: null });
    render(
      <Flags
        notices={[
          { appearance: 'error', title: 'Backup finished: Failed' },
          { appearance: 'success', title: 'Backup started' },
        ]}
      />,
    );
    const flags = screen.getByRole('complementary', { name: 'Notifications' });
    const dismiss = within(flags).getAllByRole('button', { name: 'Dismiss' });
    expect(dismiss).toHaveLength(2);
    for (const button of dismiss) expect(button).toBeVisible();

    // Newest on top: the success, then the error.
    await user.tab();
    expect(dismiss[0]).toHaveFocus();
    await user.tab();
    expect(dismiss[1]).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText('Backup finished: Failed')).toBeNull());
    expect(screen.getByText('Backup started')).toBeVisible();
  });

  test('the same news again replaces its flag instead of stacking a copy', () => {
    render(
      <Flags
        notices={[
          {
            appearance: 'warning',
            title: 'A backup is already running: 3 of 40 spaces',
            key: 'run',
          },
          { appearance: 'success', title: 'Schedule saved' },
          {
            appearance: 'warning',
            title: 'A backup is already running: 5 of 40 spaces',
            key: 'run',
          },
          { appearance: 'success', title: 'Schedule saved' },
        ]}
      />,
    );
    expect(screen.getAllByRole('button', { name: 'Dismiss' })).toHaveLength(2);
    expect(screen.getByText('A backup is already running: 5 of 40 spaces')).toBeVisible();
    expect(screen.queryByText('A backup is already running: 3 of 40 spaces')).toBeNull();
  });

  test('a success stays while the pointer or the focus is on it', () => {
    useFakeTimersFromNow();
    render(<Flags notices={[{ appearance: 'success', title: 'Token updated' }]} />);
    act(() => screen.getByRole('button', { name: 'Dismiss' }).focus());
    act(() => jest.advanceTimersByTime(PASSING_FLAG_MS * 3));
    expect(screen.getByText('Token updated')).toBeVisible();
    act(() => screen.getByRole('button', { name: 'Dismiss' }).blur());
    act(() => jest.advanceTimersByTime(PASSING_FLAG_MS + 100));
    expect(screen.queryByText('Token updated')).toBeNull();
  });

  test('the stack is fixed at the bottom and scrolls rather than running off a narrow screen', () => {
    render(
      <Flags
        notices={Array.from({ length: 6 }, (_, index) => ({
          appearance: 'error' as const,
          title: `Problem ${index}`,
        }))}
      />,
    );
    const stack = screen.getByRole('complementary', { name: 'Notifications' });
    expect(stack).toHaveStyle({ position: 'fixed', overflowY: 'auto' });
    // How it fits a 390 px screen is checked in a real browser (test/browser/formsAndFlags).
  });
});

describe('waiting', () => {
  test('an action that waits more than about 2 s says it is still working', async () => {
    let finish: (value: unknown) => void = () => undefined;
    backend.handlers.startBackup = () => new Promise((resolve) => (finish = resolve));
    const { user } = await renderPage(connected());
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start backup' }));
    expect(within(dialog).queryByText(/Still working/)).toBeNull();
    expect(
      await within(dialog).findByText(
        'Still working… GitProtect can take a few seconds to answer.',
        {},
        { timeout: 4000 },
      ),
    ).toBeVisible();
    const started: StartedBackup = { job: running(0).runningJob!, started: true };
    finish(ok(started));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByText('Backup started')).toBeVisible();
  });

  test('a rate limit on an action says GitProtect is busy, with the wait in minutes', async () => {
    backend.handlers.startBackup = () => ({
      ok: false,
      error: { code: 'UPSTREAM_RATE_LIMITED', message: 'busy', retryAfterSeconds: 300 },
    });
    const { user } = await renderPage(connected());
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start backup' }));
    expect(
      await within(dialog).findByText('GitProtect is busy right now. Try again in 5 minutes.'),
    ).toBeVisible();
    expect(within(dialog).queryByText(/could not be reached|cannot be reached/)).toBeNull();
  });
});

describe('the retry time of a rate limit reads naturally', () => {
  const english = createI18n(en, 'en', 'en-GB', 'Europe/Warsaw');
  const polish = createI18n(pl, 'pl', 'pl-PL', 'Europe/Warsaw');
  const busy = (retryAfterSeconds?: number) =>
    ({ code: 'UPSTREAM_RATE_LIMITED', message: 'busy', retryAfterSeconds }) as const;

  test.each([
    [30, 'GitProtect is busy right now. Try again in 30 seconds.'],
    [600, 'GitProtect is busy right now. Try again in 10 minutes.'],
    [3599, 'GitProtect is busy right now. Try again in 60 minutes.'],
    [3600, 'GitProtect is busy right now. Try again in 1 hour.'],
    [5400, 'GitProtect is busy right now. Try again in 2 hours.'],
    [3 * 3600, 'GitProtect is busy right now. Try again in 3 hours.'],
    [86_400, 'GitProtect is busy right now. Try again in 24 hours.'],
    [86_401, 'GitProtect is busy right now. Try again later.'],
    [1e20, 'GitProtect is busy right now. Try again later.'],
    [Number.POSITIVE_INFINITY, 'GitProtect is busy right now. Try again later.'],
    [0, 'GitProtect is busy right now. Try again later.'],
    [undefined, 'GitProtect is busy right now. Try again later.'],
  ])('%p seconds', (seconds, words) => {
    expect(describeError(busy(seconds), english)).toBe(words);
  });

  test('in Polish too, and never as "could not be reached"', () => {
    expect(describeError(busy(600), polish)).toBe(
      'GitProtect jest teraz zajęty. Spróbuj ponownie za 10 minut.',
    );
    expect(describeError(busy(1e20), polish)).toBe(
      'GitProtect jest teraz zajęty. Spróbuj ponownie później.',
    );
    expect(describeError(busy(30), english)).not.toMatch(/reached/);
  });
});

describe('small things', () => {
  test('"Edit schedule" says what it edits and is not offered on Settings', async () => {
    const { user } = await renderPage(connected());
    expect(screen.getByRole('button', { name: 'Edit schedule' })).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await screen.findByRole('heading', { name: 'Jira credentials' });
    expect(screen.queryByRole('button', { name: /Edit/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Backup now' })).toBeVisible();
    await user.click(screen.getByRole('tab', { name: 'Backup' }));
    expect(screen.getByRole('button', { name: 'Edit schedule' })).toBeVisible();
  });

  test('an empty jobs table offers an admin the first backup', async () => {
    const { user } = await renderPage(neverRun());
    const jobs = screen.getByRole('region', { name: 'Recent backups' });
    expect(within(jobs).getByText(/No backups yet/)).toBeVisible();
    await user.click(within(jobs).getByRole('button', { name: 'Start the first backup' }));
    expect(await screen.findByRole('dialog', { name: 'Start a backup now?' })).toBeVisible();
  });

  test('right after setup, one primary action: the first backup, not also the header’s Backup now', async () => {
    // Issue 26, item 11. Atlaskit draws each appearance with its own classes: a button drawn as
    // a primary one has the classes of the primary "Start the first backup".
    const { user } = await renderPage(neverRun());
    const jobs = screen.getByRole('region', { name: 'Recent backups' });
    const first = within(jobs).getByRole('button', { name: 'Start the first backup' });
    const header = screen.getByRole('group', { name: 'Backup actions' });
    const backupNow = within(header).getByRole('button', { name: 'Backup now' });
    const more = within(header).getByRole('button', { name: 'More features' });
    expect(backupNow.className).not.toBe(first.className);
    expect(backupNow.className).toBe(more.className);
    // On the Settings tab no first backup is offered, and Backup now leads again.
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    await screen.findByRole('heading', { name: 'Jira credentials' });
    expect(screen.getByRole('button', { name: 'Backup now' }).className).toBe(first.className);
  });

  test('with backups made, the header’s Backup now is the primary action', async () => {
    await renderPage(connected());
    const header = screen.getByRole('group', { name: 'Backup actions' });
    const backupNow = within(header).getByRole('button', { name: 'Backup now' });
    const more = within(header).getByRole('button', { name: 'More features' });
    expect(backupNow.className).not.toBe(more.className);
  });

  test('a member sees the empty table without an action', async () => {
    await renderPage({ ...neverRun(), viewer: MEMBER });
    const jobs = screen.getByRole('region', { name: 'Recent backups' });
    expect(within(jobs).getByText(/No backups yet/)).toBeVisible();
    expect(within(jobs).queryByRole('button')).toBeNull();
  });

  test('after Connect, focus is on the page heading, not on the body', async () => {
    backend.handlers.connect = () => ok(connected());
    const { user } = await renderPage(notConnected(true));
    const form = await screen.findByRole('region', { name: 'Set up GitProtect.io' });
    await user.click(within(form).getByLabelText('Region'));
    await user.click(await screen.findByRole('option', { name: 'Europe' }));
    await user.type(within(form).getByLabelText('Jira account email'), 'admin@example.com');
    await user.type(within(form).getByLabelText('API token'), 'ATATT3xFfGF0focusAfterConnect');
    await user.click(within(form).getByRole('button', { name: 'Connect' }));
    await screen.findByText('GitProtect.io is connected');
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { level: 1, name: 'GitProtect.io for Jira' }),
      ).toHaveFocus(),
    );
    expect(callsOf('connect')).toHaveLength(1);
  });

  test('a storage region shows a human name with its code', () => {
    const english = createI18n(en, 'en', 'en-GB', 'Europe/Warsaw');
    const polish = createI18n(pl, 'pl', 'pl-PL', 'Europe/Warsaw');
    expect(describeStorageRegion('eu-central-1', english)).toBe('Europe, Frankfurt (eu-central-1)');
    expect(describeStorageRegion('ap-southeast-2', polish)).toBe(
      'Australia, Sydney (ap-southeast-2)',
    );
    expect(describeStorageRegion('Frankfurt (GitProtect Cloud)', english)).toBe(
      'Frankfurt (GitProtect Cloud)',
    );
  });
});
