/**
 * Rate limited is not unreachable: when GitProtect answered "too many requests", the saved status
 * says GitProtect is busy, and when the service named a wait, when it can be read again.
 */
import { screen } from '@testing-library/react';
import type { Alert, ConnectedOverview } from '../../src/contract';
import { MEMBER, connected } from './fixtures';
import { freshBackend, renderPage } from './renderPage';

beforeEach(freshBackend);

// Saved at 09:42 UTC on the fixtures' day: 10:42 in Warsaw, earlier the same day.
const asOf = new Date('2026-11-26T09:42:00Z');

function staleBecauseBusy(params: Alert['params']): Partial<ConnectedOverview> {
  return {
    stale: true,
    asOf: asOf.toISOString(),
    alerts: [
      {
        code: 'STALE_DATA',
        severity: 'warning',
        message: 'GitProtect is busy right now.',
        action: 'RETRY',
        params: { asOf: asOf.toISOString(), reason: 'BUSY', ...params },
      } satisfies Alert,
    ],
  };
}

test('says GitProtect is busy, as of when, and when it can be read again', async () => {
  await renderPage(connected(staleBecauseBusy({ retryAfterSeconds: 120 })));
  expect(screen.getByRole('heading', { name: 'Showing saved data' })).toBeVisible();
  const words = screen.getByText(/GitProtect is busy right now \(too many requests\)/);
  expect(words).toHaveTextContent(/as of 10:42 CET/);
  expect(words).toHaveTextContent(/read again in 2 minutes/);
  expect(screen.queryByText(/could not be reached/)).toBeNull();
  expect(screen.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('leaves out a wait that is no time to wait for, and tells a member the same', async () => {
  await renderPage(connected({ ...staleBecauseBusy({ retryAfterSeconds: 1e20 }), viewer: MEMBER }));
  const words = screen.getByText(/GitProtect is busy right now/);
  expect(words).not.toHaveTextContent(/read again/);
  expect(screen.queryByText(/could not be reached/)).toBeNull();
});
