import { screen, waitFor, within } from '@testing-library/react';
import { backend, callsOf } from './fakeBridge';
import {
  FIXTURE_NOW,
  MEMBER,
  connected,
  job,
  neverRun,
  notConnected,
  ok,
  running,
} from './fixtures';
import { fact, freshBackend, renderPage } from './renderPage';

beforeEach(freshBackend);

describe('the page, in each state', () => {
  test('a succeeded backup: status, regions, times with their zone, and the jobs table', async () => {
    await renderPage(connected());

    expect(screen.getByRole('heading', { level: 1, name: 'GitProtect.io for Jira' })).toBeVisible();
    for (const name of ['Edit schedule', 'Backup now', 'More features']) {
      expect(screen.getByRole('button', { name })).toBeVisible();
    }
    expect(screen.getByRole('tab', { name: 'Backup', selected: true })).toBeVisible();
    expect(screen.getByRole('tab', { name: 'Settings' })).toBeVisible();
    expect(fact('Status')).toHaveTextContent('Succeeded');
    expect(fact('Spaces in the plan')).toHaveTextContent('38 of 40 in Jira');
    expect(fact('Spaces in the plan')).toHaveTextContent('The last backup saved 40 of 40');
    expect(fact('Service region')).toHaveTextContent('Europe');
    expect(fact('Storage region')).toHaveTextContent('Frankfurt (GitProtect Cloud)');
    // 01:00Z is 02:00 in Warsaw, named as CET.
    expect(fact('Last backup')).toHaveTextContent(/Tue 24 Nov, 02:00 CET/);
    expect(fact('Last backup')).toHaveTextContent('took 12 min');
    expect(fact('Next backup')).toHaveTextContent(/Fri 27 Nov, 02:00 CET/);
    expect(fact('Schedule')).toHaveTextContent('Mon, Wed and Fri at 02:00 (Europe/Warsaw)');

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Outcome', 'Start', 'Duration', 'Spaces succeeded', 'Spaces failed', 'Trigger']);
    expect(rows[1]).toHaveTextContent('Schedule');
    expect(rows[2]).toHaveTextContent('Alice Admin');
    expect(rows[2]).toHaveTextContent('20 min');
    expect(callsOf('getOverview')).toHaveLength(1);
  });

  test('a storage region the page knows reads as a place, with the service’s code beside it', async () => {
    await renderPage(connected({ storageRegion: 'eu-central-1' }));
    await screen.findByRole('heading', { name: 'Backup status' });
    expect(fact('Storage region')).toHaveTextContent('Europe, Frankfurt (eu-central-1)');
  });

  test('a member: a backup an admin started reads "An administrator", with no name to show', async () => {
    await renderPage(
      connected({
        viewer: MEMBER,
        recentJobs: [job({ trigger: { kind: 'ADMIN' } })],
      }),
    );
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('An administrator');
  });

  test('never run: says so, with an empty table and the default plan', async () => {
    await renderPage(neverRun());
    expect(fact('Status')).toHaveTextContent('Never run');
    expect(fact('Last backup')).toHaveTextContent('No backup has finished yet');
    // Issue 26, item 10: the default plan's days and hour, not only that it is the default.
    expect(fact('Schedule')).toHaveTextContent(
      'Every day at 02:00 (UTC), the service’s default plan',
    );
    expect(screen.getByText(/No backups yet/)).toBeVisible();
  });

  test('running: a progress bar with "12 of 40 spaces"', async () => {
    await renderPage(running(12));
    expect(fact('Status')).toHaveTextContent('Running');
    const bar = screen.getByRole('progressbar', { name: '12 of 40 spaces' });
    expect(bar).toHaveAttribute('aria-valuenow', '0.3');
    expect(fact('Status')).toHaveTextContent('12 of 40 spaces');
  });

  test('failed: the verdict in plain words with the action that finds out why', async () => {
    const failed = job({ outcome: 'FAILED', projectsSucceeded: 30, projectsFailed: 10 });
    await renderPage(
      connected({
        status: 'FAILED',
        lastBackup: failed,
        recentJobs: [failed],
        alerts: [
          {
            code: 'LAST_BACKUP_FAILED',
            severity: 'error',
            message: 'The last backup failed: 10 of 40 spaces were not backed up.',
            action: 'OPEN_MANAGEMENT_SERVICE',
            params: { projectsFailed: 10, projectsTotal: 40 },
          },
        ],
      }),
    );
    expect(fact('Status')).toHaveTextContent('Failed');
    expect(fact('Last backup')).toHaveTextContent('10 spaces failed');
    expect(fact('Spaces in the plan')).toHaveTextContent('The last backup saved 30 of 40');
    expect(screen.getByRole('heading', { name: 'Backups are failing' })).toBeVisible();
    expect(screen.getByText(/The last backup saved 30 of 40 spaces: 10 failed/)).toBeVisible();
    // Another run would fail the same way: the fix is finding out why.
    expect(
      screen.getByRole('button', { name: 'Open the logs in the Management Service' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Start a backup' })).toBeNull();
  });

  test('stale: the saved snapshot "as of" its time, with Retry', async () => {
    const asOf = new Date('2026-11-26T09:42:00Z');
    const { user } = await renderPage(
      connected({
        stale: true,
        asOf: asOf.toISOString(),
        alerts: [
          {
            code: 'STALE_DATA',
            severity: 'warning',
            message: 'GitProtect could not be reached.',
            action: 'RETRY',
            params: { asOf: asOf.toISOString() },
          },
        ],
      }),
    );
    expect(screen.getByRole('heading', { name: 'Showing saved data' })).toBeVisible();
    // Earlier the same day (the backend's): the time alone, in Warsaw.
    expect(screen.getByText(/as of 10:42 CET/)).toBeVisible();
    backend.handlers.getOverview = () => ok(connected());
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'Showing saved data' })).toBeNull(),
    );
  });

  test('a non-admin sees the status read-only, without actions or Settings', async () => {
    await renderPage(
      connected({
        viewer: { accountId: 'm', isAdmin: false },
        token: { configured: true },
        status: 'PAUSED',
        health: {
          verdict: 'CREDENTIALS_REJECTED',
          pausedUntil: 'TOKEN_REPLACED',
          checkedAt: FIXTURE_NOW,
          lastSuccessAt: '2026-11-24T01:12:00Z',
        },
        alerts: [
          {
            code: 'CREDENTIALS_REJECTED',
            severity: 'error',
            message: 'Jira rejects the credentials.',
            action: 'UPDATE_TOKEN',
            params: {},
          },
        ],
      }),
    );
    // The problem is shown, without a button the viewer could not use: whom to ask instead.
    expect(screen.getByRole('heading', { name: 'Jira rejects the credentials' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Update token' })).toBeNull();
    expect(screen.getByText(/Ask a Jira administrator to update it\./)).toBeVisible();
    expect(screen.getByText('Backups are managed by your Jira administrators.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Edit schedule' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Backup now' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'More features' })).toBeNull();
    expect(screen.queryByRole('tab', { name: 'Settings' })).toBeNull();
    expect(fact('Status')).toHaveTextContent('Paused');
    expect(fact('Status')).not.toHaveTextContent('Succeeded');
  });

  test('a non-admin on an unconnected site learns that an administrator must set it up', async () => {
    await renderPage(notConnected(false));
    expect(screen.getByText('GitProtect.io is not set up yet')).toBeVisible();
    expect(screen.getByText(/Your Jira administrator has to set it up/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Connect' })).toBeNull();
  });

  test('a failed first load shows the reason and Retry, which loads again', async () => {
    backend.handlers.getOverview = () => ({
      ok: false,
      error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' },
    });
    const { user } = await renderPage();
    expect(screen.getByText('The backup status could not be loaded')).toBeVisible();
    expect(screen.getByText(/cannot be reached right now/)).toBeVisible();
    backend.handlers.getOverview = () => ok(connected());
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Backup now' })).toBeVisible();
  });

  test('an invoke that rejects ends the spinner with an error, never a blank page', async () => {
    backend.handlers.getOverview = () => Promise.reject(new Error('bridge down'));
    await renderPage();
    expect(screen.getByText(/The app could not be reached/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a rate limit says when to try again', async () => {
    backend.handlers.getOverview = () => ({
      ok: false,
      error: { code: 'UPSTREAM_RATE_LIMITED', message: 'busy', retryAfterSeconds: 30 },
    });
    await renderPage();
    expect(
      screen.getByText('GitProtect is busy right now. Try again in 30 seconds.'),
    ).toBeVisible();
  });
});
