import { screen, waitFor, within } from '@testing-library/react';
import { backend, callsOf, flagTitles } from './fakeBridge';
import { connected, job, neverRun, ok, running } from './fixtures';
import { fact, findFlag, freshBackend, renderPage } from './renderPage';

beforeEach(freshBackend);

describe('Backup now', () => {
  test('opens with the way forward focused, so Enter starts the backup', async () => {
    const { user } = await renderPage(connected());
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Start backup' })).toHaveFocus(),
    );
  });

  test('asks to confirm, starts the job and shows its progress on the page', async () => {
    const started = running(0).runningJob!;
    backend.handlers.startBackup = () => ok({ job: started, started: true });
    const { user } = await renderPage(connected());
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    expect(within(dialog).getByText(/with the settings of your backup plan/)).toBeVisible();
    expect(callsOf('startBackup')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Start backup' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('startBackup')).toHaveLength(1);
    expect(fact('Status')).toHaveTextContent('Running');
    expect(screen.getByRole('progressbar', { name: '0 of 40 spaces' })).toBeVisible();
    expect(await findFlag('Backup started')).toMatchObject({
      type: 'success',
      isAutoDismiss: true,
    });
  });

  test('with no plan yet, the question says the default settings are used', async () => {
    const { user } = await renderPage(neverRun());
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    expect(within(dialog).getByText(/with the default settings/)).toBeVisible();
  });

  test('while no backup can run, the question says it would fail and what to fix first', async () => {
    const paused = connected();
    const { user } = await renderPage({
      ...paused,
      status: 'PAUSED',
      health: { ...paused.health, pausedUntil: 'TOKEN_REPLACED' },
    });
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    expect(within(dialog).getByText(/would fail for every space/)).toBeVisible();
    expect(within(dialog).getByText(/Update the token in Settings first/)).toBeVisible();
    expect(within(dialog).queryByText(/with the settings of your backup plan/)).toBeNull();
  });

  test('while the token is refused, the way forward is Update token; starting anyway is secondary and says it fails', async () => {
    const paused = connected();
    const { user } = await renderPage({
      ...paused,
      status: 'PAUSED',
      health: { ...paused.health, pausedUntil: 'TOKEN_REPLACED' },
    });
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    const fix = within(dialog).getByRole('button', { name: 'Update token' });
    await waitFor(() => expect(fix).toHaveFocus());
    expect(within(dialog).queryByRole('button', { name: 'Start backup' })).toBeNull();
    expect(
      within(dialog).getByRole('button', { name: 'Start anyway (it will fail)' }),
    ).toBeVisible();

    await user.click(fix);

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('tab', { name: 'Settings', selected: true })).toBeVisible();
    await waitFor(() => expect(document.getElementById('settings-token')).toHaveFocus());
    expect(callsOf('startBackup')).toHaveLength(0);
  });

  test('while the site must be reconnected, the way forward is Reconnect, which opens Settings', async () => {
    const paused = connected();
    const { user } = await renderPage({
      ...paused,
      status: 'PAUSED',
      health: { ...paused.health, pausedUntil: 'RECONNECTED' },
    });
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    const fix = within(dialog).getByRole('button', { name: 'Reconnect' });
    await waitFor(() => expect(fix).toHaveFocus());
    await user.click(fix);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('tab', { name: 'Settings', selected: true })).toBeVisible();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Disconnect' })).toHaveFocus());
    expect(callsOf('startBackup')).toHaveLength(0);
  });

  test('a start the page knew would fail gets no green "Backup started"', async () => {
    const started = running(0).runningJob!;
    backend.handlers.startBackup = () => ok({ job: started, started: true });
    const paused = connected();
    const { user } = await renderPage({
      ...paused,
      status: 'PAUSED',
      health: { ...paused.health, pausedUntil: 'TOKEN_REPLACED' },
    });
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start anyway (it will fail)' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('startBackup')).toHaveLength(1);
    expect(
      await findFlag('The backup started, but it will fail until the Jira API token is updated'),
    ).toMatchObject({ type: 'warning', isAutoDismiss: false });
    expect(flagTitles()).not.toContain('Backup started');
  });

  test('Cancel starts nothing', async () => {
    const { user } = await renderPage(connected());
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('startBackup')).toHaveLength(0);
  });

  test('a second click while a job runs says a backup is already running', async () => {
    const { user } = await renderPage(running(12));
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    expect(await findFlag('A backup is already running: 12 of 40 spaces')).toMatchObject({
      type: 'info',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsOf('startBackup')).toHaveLength(0);
  });

  test('started: false from the backend also says a backup is already running', async () => {
    const theirs = job({ id: 'other', outcome: 'RUNNING', finishedAt: null, projectsSucceeded: 5 });
    backend.handlers.startBackup = () => ok({ job: theirs, started: false });
    const { user } = await renderPage(connected());
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start backup' }));
    expect(await findFlag('A backup is already running: 5 of 40 spaces')).toMatchObject({
      type: 'info',
    });
    expect(fact('Status')).toHaveTextContent('Running');
  });

  test('a refused start keeps the dialog open with the reason', async () => {
    backend.handlers.startBackup = () => ({
      ok: false,
      error: { code: 'UPSTREAM_RATE_LIMITED', message: 'busy', retryAfterSeconds: 120 },
    });
    const { user } = await renderPage(connected());
    await user.click(screen.getByRole('button', { name: 'Backup now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start a backup now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start backup' }));
    expect(await within(dialog).findByText('The backup did not start')).toBeVisible();
    expect(within(dialog).getByText(/Try again in 2 minutes/)).toBeVisible();
  });

  test('the alert action "Start a backup" opens the same confirmation', async () => {
    const { user } = await renderPage(
      connected({
        alerts: [
          {
            code: 'BACKUP_OVERDUE',
            severity: 'error',
            message: 'No successful backup for 3 days.',
            action: 'BACKUP_NOW',
            params: { hoursWithout: 72, since: '2026-11-23T01:00:00Z' },
          },
        ],
      }),
    );
    expect(screen.getByText(/No backup has succeeded since Mon 23 Nov, 02:00 CET/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Start a backup' }));
    expect(await screen.findByRole('dialog', { name: 'Start a backup now?' })).toBeVisible();
  });
});
