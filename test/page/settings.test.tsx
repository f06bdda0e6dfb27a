import { screen, waitFor, within } from '@testing-library/react';
import type { ConnectedOverview, UpdateJiraTokenInput } from '../../src/contract';
import { backend, callsOf } from './fakeBridge';
import { connected, ok } from './fixtures';
import { fact, freshBackend, renderPage } from './renderPage';

beforeEach(freshBackend);

/** Opens Settings on the given overview, or on what `getOverview` already answers. */
async function openSettings(overview?: ConnectedOverview) {
  const page = await renderPage(
    overview ?? (backend.handlers.getOverview ? undefined : connected()),
  );
  await page.user.click(screen.getByRole('tab', { name: 'Settings' }));
  const panel = await screen.findByRole('tabpanel');
  await within(panel).findByRole('heading', { name: 'Jira credentials' });
  return { ...page, panel };
}

describe('Settings', () => {
  test('shows the credentials with the token masked to its last four characters', async () => {
    const { panel } = await openSettings();
    expect(fact('Account email', panel)).toHaveTextContent('backup@example.com');
    expect(fact('API token', panel)).toHaveTextContent('•••• 1a2b');
    expect(fact('Updated', panel)).toHaveTextContent(/Thu 1 Oct, 10:00 CEST/);
    expect(fact('Expires', panel)).toHaveTextContent('30 Sept 2027');
    expect(within(panel).getByLabelText('API token')).toHaveAttribute('type', 'password');
  });

  test('an accepted token is saved, the field is cleared and the new details show', async () => {
    let stored = connected();
    backend.handlers.getOverview = () => ok(stored);
    backend.handlers.updateJiraToken = (payload) => {
      const input = payload as UpdateJiraTokenInput;
      const token = {
        configured: true,
        email: input.email,
        lastFour: input.token.slice(-4),
        updatedAt: new Date().toISOString(),
        expiresOn: input.expiresOn ?? null,
      };
      stored = { ...stored, token };
      return ok(token);
    };
    const { user, panel } = await openSettings();
    const email = within(panel).getByLabelText('Jira account email');
    await user.clear(email);
    await user.type(email, 'ops@example.com');
    await user.type(within(panel).getByLabelText('API token'), 'ATATT-secret-token-of-ops-9z9z');
    await user.type(within(panel).getByLabelText('Token expiry date (optional)'), '2027-06-30');
    await user.click(within(panel).getByRole('button', { name: 'Save token' }));

    expect(await within(panel).findByText(/Token updated/)).toBeVisible();
    expect(callsOf('updateJiraToken')).toEqual([
      {
        email: 'ops@example.com',
        token: 'ATATT-secret-token-of-ops-9z9z',
        expiresOn: '2027-06-30',
      },
    ]);
    expect(within(panel).getByLabelText('API token')).toHaveValue('');
    expect(fact('API token', panel)).toHaveTextContent('•••• 9z9z');
    expect(fact('Account email', panel)).toHaveTextContent('ops@example.com');
    expect(screen.queryByText('ATATT-secret-token-of-ops-9z9z')).toBeNull();
  });

  test('a token Jira rejects is named at the field, and never echoed back', async () => {
    backend.handlers.updateJiraToken = () => ({
      ok: false,
      error: { code: 'TOKEN_REJECTED', message: 'Jira rejected this token.', field: 'token' },
    });
    const { user, panel } = await openSettings();
    const tokenField = within(panel).getByLabelText('API token');
    await user.type(tokenField, 'wrong-token-of-the-right-length');
    await user.click(within(panel).getByRole('button', { name: 'Save token' }));

    expect(await within(panel).findByText(/Jira rejected this token/)).toBeVisible();
    expect(tokenField).toHaveValue('');
    expect(tokenField).toHaveAccessibleDescription(/Jira rejected this token/);
    expect(fact('API token', panel)).toHaveTextContent('•••• 1a2b');
  });

  test('invalid input shows the message at the named field', async () => {
    backend.handlers.updateJiraToken = () => ({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Enter a valid email address.', field: 'email' },
    });
    const { user, panel } = await openSettings();
    await user.type(within(panel).getByLabelText('API token'), 'token-long-enough-to-send-0001');
    await user.click(within(panel).getByRole('button', { name: 'Save token' }));
    const email = within(panel).getByLabelText('Jira account email');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter a valid email address.'));
    expect(email).toHaveFocus();
    // Issue 12: the token is kept when another field is wrong (it was cleared before).
    expect(within(panel).getByLabelText('API token')).toHaveValue('token-long-enough-to-send-0001');
  });

  test('an empty token is caught before anything is sent', async () => {
    const { user, panel } = await openSettings();
    await user.click(within(panel).getByRole('button', { name: 'Save token' }));
    expect(within(panel).getByLabelText('API token')).toHaveAccessibleDescription(
      /Fill in this field/,
    );
    expect(callsOf('updateJiraToken')).toHaveLength(0);
  });

  test('a token shorter than any Atlassian API token is caught before anything is sent', async () => {
    const { user, panel } = await openSettings();
    await user.type(within(panel).getByLabelText('API token'), 'x');
    await user.click(within(panel).getByRole('button', { name: 'Save token' }));
    expect(within(panel).getByLabelText('API token')).toHaveAccessibleDescription(
      /This is not an Atlassian API token/,
    );
    expect(callsOf('updateJiraToken')).toHaveLength(0);
  });

  test('the alert action "Update token" opens Settings at the token field', async () => {
    const { user } = await renderPage(
      connected({
        alerts: [
          {
            code: 'TOKEN_EXPIRING',
            severity: 'warning',
            message: 'The Jira API token expires on 2026-12-01.',
            action: 'UPDATE_TOKEN',
            params: { expiresOn: '2026-12-01', daysLeft: 5 },
          },
        ],
      }),
    );
    expect(screen.getByText(/expires on 1 Dec 2026 \(UTC\), in 5 days/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Update token' }));
    expect(screen.getByRole('tab', { name: 'Settings', selected: true })).toBeVisible();
    const panel = screen.getByRole('tabpanel');
    await waitFor(() => expect(within(panel).getByLabelText('API token')).toHaveFocus());

    // A second click, already on Settings with the focus elsewhere, leads to the field again.
    await user.click(within(panel).getByLabelText('Jira account email'));
    await user.click(screen.getByRole('button', { name: 'Update token' }));
    await waitFor(() => expect(within(panel).getByLabelText('API token')).toHaveFocus());
  });
});
