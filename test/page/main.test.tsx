import { screen } from '@testing-library/react';
import { act } from 'react';
import { backend } from './fakeBridge';
import { connected, ok } from './fixtures';
import { freshBackend } from './renderPage';

jest.mock('@forge/bridge', () => jest.requireActual('./fakeBridge').bridgeModule);

beforeEach(freshBackend);

test('the entry point turns on Jira’s theme and renders the page into #root', async () => {
  backend.handlers.getOverview = () => ok(connected());
  document.body.innerHTML = '<div id="root"></div>';
  await act(async () => {
    await import('../../static/src/main');
  });
  expect(backend.themeEnabled).toBe(1);
  expect(
    await screen.findByRole('heading', { level: 1, name: 'GitProtect.io for Jira' }),
  ).toBeVisible();
});
