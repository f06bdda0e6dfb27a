import { screen, waitFor, within } from '@testing-library/react';
import type { Overview } from '../../src/contract';
import { backend, callsOf } from './fakeBridge';
import { connected, notConnected, ok } from './fixtures';
import { freshBackend, renderPage } from './renderPage';

beforeEach(freshBackend);

const LOST = {
  code: 'CONNECTION_LOST' as const,
  severity: 'error' as const,
  message: 'GitProtect no longer recognises this Jira site’s connection.',
  action: 'RECONNECT' as const,
  params: {},
};

async function openSettings(overview: Overview) {
  let current = overview;
  backend.handlers.getOverview = () => ok(current);
  const page = await renderPage();
  await page.user.click(screen.getByRole('tab', { name: 'Settings' }));
  const panel = await screen.findByRole('tabpanel');
  await within(panel).findByRole('heading', { name: 'Connection to GitProtect' });
  return { ...page, panel, setOverview: (next: Overview) => (current = next) };
}

describe('Disconnect', () => {
  test('asks first, says what happens, and Cancel changes nothing', async () => {
    const { user, panel } = await openSettings(connected());
    await user.click(within(panel).getByRole('button', { name: 'Disconnect' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disconnect from GitProtect?' });
    expect(dialog).toHaveTextContent(/backups in GitProtect are kept/);
    expect(dialog).toHaveTextContent(/forgets its connection/);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('disconnect')).toEqual([]);
  });

  test('confirmed: disconnects and shows the setup form', async () => {
    const page = await openSettings(connected({ stale: true, alerts: [LOST] }));
    backend.handlers.disconnect = () => {
      page.setOverview(notConnected(true));
      return ok(notConnected(true));
    };
    await page.user.click(within(page.panel).getByRole('button', { name: 'Disconnect' }));
    const dialog = await screen.findByRole('dialog');
    await page.user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    const setup = await screen.findByRole('region', { name: 'Set up GitProtect.io' });
    expect(setup).toBeVisible();
    expect(callsOf('disconnect')).toHaveLength(1);
    // Issue 26, item 14: the email and the region are kept for the new connection, never the token.
    expect(within(setup).getByLabelText(/^Jira account email/)).toHaveValue('backup@example.com');
    expect(within(setup).getByText('Europe')).toBeVisible();
    expect(within(setup).getByLabelText(/^API token/)).toHaveValue('');
  });

  test('a refusal is shown in the dialog, in words', async () => {
    backend.handlers.disconnect = () => ({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only Jira administrators can do this.' },
    });
    const { user, panel } = await openSettings(connected());
    await user.click(within(panel).getByRole('button', { name: 'Disconnect' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(await within(dialog).findByText('The app could not disconnect')).toBeVisible();
    expect(dialog).toHaveTextContent('Only Jira administrators can do this.');
  });
});

describe('a lost connection', () => {
  test('shows its alert with Reconnect, which leads to the Settings tab and Disconnect', async () => {
    backend.handlers.getOverview = () => ok(connected({ stale: true, alerts: [LOST] }));
    const { user } = await renderPage();
    expect(await screen.findByText('The connection to GitProtect was lost')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    const panel = await screen.findByRole('tabpanel');
    expect(await within(panel).findByRole('button', { name: 'Disconnect' })).toBeVisible();
  });

  test('an action answering CONNECTION_LOST says so in words (Polish too)', async () => {
    const { pl } = await import('../../static/src/i18n/pl');
    expect(pl['error.CONNECTION_LOST']).toMatch(/Rozłącz/);
    expect(pl['alertAction.RECONNECT']).toBe('Połącz ponownie');
  });
});
