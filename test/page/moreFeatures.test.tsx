import { screen, waitFor, within } from '@testing-library/react';
import { backend, callsOf } from './fakeBridge';
import { connected, ok } from './fixtures';
import { freshBackend, renderPage } from './renderPage';

beforeEach(freshBackend);

const SSO_URL = 'https://eu.gitprotect.io/sso?ticket=abc';

async function openPopUp() {
  const page = await renderPage(connected());
  await page.user.click(screen.getByRole('button', { name: 'More features' }));
  const dialog = await screen.findByRole('dialog', { name: 'More features' });
  return { ...page, dialog };
}

describe('More features', () => {
  test('explains the hand-off; Continue logs the admin in to the Management Service in a new tab', async () => {
    backend.handlers.openManagementService = () => ok({ url: SSO_URL });
    const { user, dialog } = await openPopUp();
    expect(within(dialog).getByText(/opens it in a new tab and logs you in/)).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('openManagementService')).toHaveLength(1);
    expect(backend.opened).toEqual([SSO_URL]);
  });

  test('declining to leave Jira is handled quietly', async () => {
    backend.handlers.openManagementService = () => ok({ url: SSO_URL });
    backend.leaveJira = false;
    const { user, dialog } = await openPopUp();
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.opened).toEqual([SSO_URL]);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'More features' })).toBeVisible();
  });

  test('Cancel opens nothing', async () => {
    const { user, dialog } = await openPopUp();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('openManagementService')).toHaveLength(0);
    expect(backend.opened).toEqual([]);
  });

  test('a failure stays in the pop-up with its reason', async () => {
    backend.handlers.openManagementService = () => ({
      ok: false,
      error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' },
    });
    const { user, dialog } = await openPopUp();
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(
      await within(dialog).findByText('The Management Service could not be opened'),
    ).toBeVisible();
    expect(backend.opened).toEqual([]);
  });

  test('the alert action opens the same pop-up', async () => {
    const { user } = await renderPage(
      connected({
        alerts: [
          {
            code: 'LAST_BACKUP_PARTIAL',
            severity: 'warning',
            message: 'The last backup partly failed.',
            action: 'OPEN_MANAGEMENT_SERVICE',
            params: { projectsFailed: 1, projectsTotal: 40 },
          },
        ],
      }),
    );
    expect(screen.getByText(/1 space of 40 failed/)).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'Open the logs in the Management Service' }),
    );
    expect(await screen.findByRole('dialog', { name: 'More features' })).toBeVisible();
  });
});
