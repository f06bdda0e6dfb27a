import { screen, waitFor, within } from '@testing-library/react';
import type { ConnectInput } from '../../src/contract';
import { backend, callsOf } from './fakeBridge';
import { connected, notConnected, ok } from './fixtures';
import { findFlag, freshBackend, renderPage } from './renderPage';

beforeEach(freshBackend);

async function openSetup() {
  const page = await renderPage(notConnected(true));
  const form = await screen.findByRole('region', { name: 'Set up GitProtect.io' });
  return { ...page, form };
}

describe('first run', () => {
  test('an admin connects the site and then sees the page with the returned overview', async () => {
    backend.handlers.connect = (payload) => {
      const input = payload as ConnectInput;
      return ok(
        connected({ region: input.region, serviceRegion: input.region, status: 'NEVER_RUN' }),
      );
    };
    const { user, form } = await openSetup();
    expect(screen.queryByRole('button', { name: 'Backup now' })).toBeNull();
    // Before the first connection the page knows only the browser's clock: five months on.
    const expiresOn = new Date(Date.now() + 150 * 86_400_000).toISOString().slice(0, 10);

    await user.click(within(form).getByLabelText('Region'));
    await user.click(await screen.findByRole('option', { name: 'United States' }));
    await user.type(within(form).getByLabelText('Jira account email'), 'admin@example.com');
    await user.type(within(form).getByLabelText('API token'), 'ATATT-first-token-of-this-site');
    await user.type(within(form).getByLabelText('Token expiry date (optional)'), expiresOn);
    await user.click(within(form).getByRole('button', { name: 'Connect' }));

    expect(await screen.findByRole('button', { name: 'Backup now' })).toBeVisible();
    expect(callsOf('connect')).toEqual([
      {
        region: 'US',
        email: 'admin@example.com',
        token: 'ATATT-first-token-of-this-site',
        expiresOn,
      },
    ]);
    expect(screen.getByText('United States')).toBeVisible();
    expect(await findFlag('GitProtect.io is connected')).toMatchObject({ type: 'success' });
    expect(callsOf('getOverview')).toHaveLength(1);
  });

  test('the expiry date is optional and the missing fields are named before anything is sent', async () => {
    const { user, form } = await openSetup();
    await user.click(within(form).getByRole('button', { name: 'Connect' }));
    expect(within(form).getAllByText('Fill in this field.')).toHaveLength(3);
    expect(within(form).getByLabelText('Region')).toHaveFocus();
    expect(callsOf('connect')).toHaveLength(0);
  });

  test('a rejected token is named at its field and the field is cleared', async () => {
    backend.handlers.connect = () => ({
      ok: false,
      error: { code: 'TOKEN_REJECTED', message: 'Jira rejected this token.', field: 'token' },
    });
    const { user, form } = await openSetup();
    await user.click(within(form).getByLabelText('Region'));
    await user.click(await screen.findByRole('option', { name: 'Europe' }));
    await user.type(within(form).getByLabelText('Jira account email'), 'admin@example.com');
    await user.type(within(form).getByLabelText('API token'), 'bad-token-the-service-refuses');
    await user.click(within(form).getByRole('button', { name: 'Connect' }));

    const token = within(form).getByLabelText('API token');
    await waitFor(() => expect(token).toHaveAccessibleDescription(/Jira rejected this token/));
    expect(token).toHaveValue('');
    expect(callsOf('connect')).toEqual([
      { region: 'EU', email: 'admin@example.com', token: 'bad-token-the-service-refuses' },
    ]);
    expect(screen.queryByRole('button', { name: 'Backup now' })).toBeNull();
  });
});
