import { render, screen, waitFor, within } from '@testing-library/react';
import { useEffect } from 'react';
import type { StartedBackup } from '../../src/contract';
import { describeError } from '../../static/src/wording/errors';
import { useNotices, type Notice } from '../../static/src/hooks/useNotices';
import { createI18n } from '../../static/src/i18n';
import { en } from '../../static/src/i18n/en';
import { pl } from '../../static/src/i18n/pl';
import { describeStorageRegion } from '../../static/src/wording/storageRegion';
import { backend, callsOf, flagTitles, openFlags } from './fakeBridge';
import { connected, MEMBER, neverRun, notConnected, ok, running } from './fixtures';
import { findFlag, freshBackend, renderPage } from './renderPage';

beforeEach(freshBackend);

function Flags({ notices }: { notices: Notice[] }) {
  const { notify } = useNotices();
  useEffect(() => notices.forEach(notify), [notices, notify]);
  return null;
}

describe("flags in Jira's flag area", () => {
  test('a success or news goes by itself; an error or a warning stays until dismissed', () => {
    render(
      <Flags
        notices={[
          { appearance: 'success', title: 'Schedule saved' },
          { appearance: 'info', title: 'A backup is already running' },
          { appearance: 'error', title: 'Backup finished: Failed' },
          { appearance: 'warning', title: 'The backup started, but it will fail' },
        ]}
      />,
    );
    expect(
      openFlags().map(({ title, type, isAutoDismiss }) => ({ title, type, isAutoDismiss })),
    ).toEqual([
      { title: 'The backup started, but it will fail', type: 'warning', isAutoDismiss: false },
      { title: 'Backup finished: Failed', type: 'error', isAutoDismiss: false },
      { title: 'A backup is already running', type: 'info', isAutoDismiss: true },
      { title: 'Schedule saved', type: 'success', isAutoDismiss: true },
    ]);
    // A bold flag has no close button in Jira: an error the admin must read stays dismissable.
    expect(openFlags().map((flag) => flag.appearance)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(new Set(backend.flags.map((flag) => flag.id)).size).toBe(4);
  });

  test('the same news again replaces its flag instead of stacking a copy', async () => {
    render(
      <Flags
        notices={[
          {
            appearance: 'info',
            title: 'A backup is already running: 3 of 40 spaces',
            key: 'running',
          },
          { appearance: 'success', title: 'Schedule saved' },
          {
            appearance: 'info',
            title: 'A backup is already running: 5 of 40 spaces',
            key: 'running',
          },
          { appearance: 'success', title: 'Schedule saved' },
        ]}
      />,
    );
    await waitFor(() =>
      expect(flagTitles()).toEqual([
        'Schedule saved',
        'A backup is already running: 5 of 40 spaces',
      ]),
    );
    expect(backend.flags).toHaveLength(4);
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
    expect(await findFlag('Backup started')).toMatchObject({ type: 'success' });
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
    await findFlag('GitProtect.io is connected');
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
