import { screen, waitFor, within } from '@testing-library/react';
import type { AppError, ConnectInput, UpdateJiraTokenInput } from '../../src/contract';
import { credentialProblems, isoDay } from '../../src/domain/credentialRules';
import { validateConnect, validateUpdateJiraToken } from '../../src/domain/inputs';
import { parseTypedDate } from '../../static/src/components/connection/typedDate';
import { backend, callsOf } from './fakeBridge';
import { FIXTURE_NOW, connected, notConnected, ok } from './fixtures';
import { findFlag, freshBackend, renderPage } from './renderPage';

beforeEach(freshBackend);

const TOKEN = 'ATATT3xFfGF0formsTestToken42';

async function openSettings() {
  const page = await renderPage(connected());
  await page.user.click(screen.getByRole('tab', { name: 'Settings' }));
  const panel = await screen.findByRole('tabpanel');
  await within(panel).findByRole('heading', { name: 'Jira credentials' });
  return { ...page, panel };
}

async function openSetup() {
  const page = await renderPage(notConnected(true));
  const form = await screen.findByRole('region', { name: 'Set up GitProtect.io' });
  return { ...page, form };
}

function rejected(extra: Partial<AppError> = {}) {
  return () => ({
    ok: false,
    error: {
      code: 'TOKEN_REJECTED',
      message: 'Jira rejected this token.',
      field: 'token',
      ...extra,
    },
  });
}

describe('the backend’s clock decides which dates have passed', () => {
  test('an expiry ahead on the viewer’s machine but past on the backend’s clock is refused', async () => {
    // The app's clock runs 45 days ahead of the browser's, as after the local clock control.
    const DAY_MS = 86_400_000;
    const base = connected();
    const page = await renderPage({
      ...base,
      health: { ...base.health, checkedAt: new Date(Date.now() + 45 * DAY_MS).toISOString() },
    });
    await page.user.click(screen.getByRole('tab', { name: 'Settings' }));
    const panel = await screen.findByRole('tabpanel');
    const expiry = await within(panel).findByLabelText('Token expiry date (optional)');
    await page.user.type(within(panel).getByLabelText('API token'), TOKEN);
    await page.user.type(expiry, isoDay(new Date(Date.now() + 10 * DAY_MS)));
    await page.user.click(within(panel).getByRole('button', { name: 'Save token' }));

    expect(expiry).toHaveAccessibleDescription(/This date has passed, so the token has expired/);
    expect(callsOf('updateJiraToken')).toHaveLength(0);
  });
});

describe('the token form keeps what was typed', () => {
  test('every wrong field is named at once, nothing is sent, and the pasted token stays', async () => {
    const { user, panel } = await openSettings();
    const email = within(panel).getByLabelText('Jira account email');
    await user.clear(email);
    await user.type(email, 'not an email');
    await user.type(within(panel).getByLabelText('API token'), TOKEN);
    await user.type(within(panel).getByLabelText('Token expiry date (optional)'), '2020-01-01');
    await user.click(within(panel).getByRole('button', { name: 'Save token' }));

    expect(email).toHaveAccessibleDescription('Remove the spaces from the email address.');
    expect(
      within(panel).getByLabelText('Token expiry date (optional)'),
    ).toHaveAccessibleDescription(/This date has passed, so the token has expired/);
    expect(email).toHaveFocus();
    expect(within(panel).getByLabelText('API token')).toHaveValue(TOKEN);
    expect(callsOf('updateJiraToken')).toHaveLength(0);
  });

  test('a server refusal of another field keeps the token; fixing it sends the same token', async () => {
    let answer: () => unknown = () => ({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Enter a valid email address.', field: 'email' },
    });
    backend.handlers.connect = () => answer();
    const { user, form } = await openSetup();
    await user.click(within(form).getByLabelText('Region'));
    await user.click(await screen.findByRole('option', { name: 'Europe' }));
    await user.type(within(form).getByLabelText('Jira account email'), 'admin@example.com');
    await user.type(within(form).getByLabelText('API token'), TOKEN);
    await user.click(within(form).getByRole('button', { name: 'Connect' }));

    const email = within(form).getByLabelText('Jira account email');
    await waitFor(() => expect(email).toHaveAccessibleDescription('Enter a valid email address.'));
    expect(within(form).getByLabelText('API token')).toHaveValue(TOKEN);

    answer = () => ok(connected());
    await user.click(within(form).getByRole('button', { name: 'Connect' }));
    await findFlag('GitProtect.io is connected');
    expect((callsOf('connect') as ConnectInput[]).map((input) => input.token)).toEqual([
      TOKEN,
      TOKEN,
    ]);
  });

  test('setup names every missing field at once and marks the required ones', async () => {
    const { user, form } = await openSetup();
    expect(within(form).getByText('Fields marked with * are required.')).toBeVisible();
    expect(within(form).getByLabelText('Jira account email')).toBeRequired();
    expect(within(form).getByLabelText('API token')).toBeRequired();
    expect(within(form).getByLabelText('Region')).toHaveAccessibleDescription(
      /Choose the region your company’s data must stay in/,
    );
    await user.type(within(form).getByLabelText('API token'), 'with space');
    await user.click(within(form).getByRole('button', { name: 'Connect' }));
    expect(within(form).getByLabelText('Region')).toHaveAccessibleDescription(/Fill in this field/);
    expect(within(form).getByLabelText('Jira account email')).toHaveAccessibleDescription(
      'Fill in this field.',
    );
    expect(within(form).getByLabelText('API token')).toHaveAccessibleDescription(
      /exactly as Atlassian showed it, without spaces/,
    );
    expect(within(form).getByLabelText('API token')).toHaveValue('with space');
    expect(callsOf('connect')).toHaveLength(0);
  });
});

describe('a field’s error is heard', () => {
  test('setup: the first wrong field, the region, gets the focus; each error is in a live region and is its field’s description', async () => {
    const { user, form } = await openSetup();
    await user.click(within(form).getByRole('button', { name: 'Connect' }));

    const region = within(form).getByLabelText('Region');
    await waitFor(() => expect(region).toHaveFocus());
    expect(region).toHaveAccessibleDescription(/^Fill in this field\./);
    for (const error of within(form).getAllByText('Fill in this field.')) {
      expect(error.closest('[aria-live="polite"]')).not.toBeNull();
    }
    expect(within(form).getAllByText('Fill in this field.')).toHaveLength(3);
  });
});

describe('a rejected token says why', () => {
  test.each([
    ['EXPIRED', /This API token has expired. Create a new one and paste it here./],
    ['FORMAT', /This is not an Atlassian API token/],
    ['NO_ACCESS', /This account cannot read this site’s Jira data/],
    [undefined, /Jira rejected this token. Check that it belongs to this email/],
  ] as const)('reason %s: at the token field, which is cleared', async (reason, words) => {
    backend.handlers.updateJiraToken = rejected(reason ? { tokenRejection: reason } : {});
    const { user, panel } = await openSettings();
    await user.type(within(panel).getByLabelText('API token'), TOKEN);
    await user.click(within(panel).getByRole('button', { name: 'Save token' }));
    const tokenField = within(panel).getByLabelText('API token');
    await waitFor(() => expect(tokenField).toHaveAccessibleDescription(words));
    expect(tokenField).toHaveValue('');
    expect(tokenField).toHaveFocus();
  });

  test('another account’s email: said at the email field, and the token is kept', async () => {
    backend.handlers.updateJiraToken = rejected({ tokenRejection: 'WRONG_EMAIL' });
    const { user, panel } = await openSettings();
    await user.type(within(panel).getByLabelText('API token'), TOKEN);
    await user.click(within(panel).getByRole('button', { name: 'Save token' }));
    const email = within(panel).getByLabelText('Jira account email');
    await waitFor(() =>
      expect(email).toHaveAccessibleDescription(/Jira does not accept this token with this email/),
    );
    expect(email).toHaveFocus();
    expect(within(panel).getByLabelText('API token')).toHaveValue(TOKEN);
  });

  test('in Polish', async () => {
    backend.context = { locale: 'pl-PL', timezone: 'Europe/Warsaw' };
    backend.handlers.updateJiraToken = rejected({ tokenRejection: 'EXPIRED' });
    const page = await renderPage(connected());
    await page.user.click(screen.getByRole('tab', { name: 'Ustawienia' }));
    const panel = await screen.findByRole('tabpanel');
    await page.user.type(await within(panel).findByLabelText('Token API'), TOKEN);
    await page.user.click(within(panel).getByRole('button', { name: 'Zapisz token' }));
    await waitFor(() =>
      expect(within(panel).getByLabelText('Token API')).toHaveAccessibleDescription(
        /Ten token API wygasł. Utwórz nowy i wklej go tutaj./,
      ),
    );
  });
});

describe('the expiry date follows the viewer’s locale', () => {
  test('Polish: typed and shown as Polish dates, sent as YYYY-MM-DD', async () => {
    backend.context = { locale: 'pl-PL', timezone: 'Europe/Warsaw' };
    backend.handlers.updateJiraToken = (payload) => {
      const input = payload as UpdateJiraTokenInput;
      return ok({ configured: true, email: input.email, lastFour: '9z9z', expiresOn: null });
    };
    const page = await renderPage(connected());
    await page.user.click(screen.getByRole('tab', { name: 'Ustawienia' }));
    const panel = await screen.findByRole('tabpanel');
    // Half a year after the backend's today, typed with leading zeros as many Poles write it.
    const soon = new Date(Date.parse(FIXTURE_NOW) + 180 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = `${soon.getFullYear()}-${pad(soon.getMonth() + 1)}-${pad(soon.getDate())}`;
    const typed = `${pad(soon.getDate())}.${pad(soon.getMonth() + 1)}.${soon.getFullYear()}`;
    await page.user.type(await within(panel).findByLabelText('Token API'), TOKEN);
    await page.user.type(
      within(panel).getByRole('combobox', { name: /Data wygaśnięcia tokenu/ }),
      typed,
    );
    await page.user.keyboard('{Enter}');
    // Shown as the picker writes a Polish date: the locale's own short date.
    const shown = new Intl.DateTimeFormat('pl-PL').format(soon);
    await waitFor(() => expect(within(panel).getByText(shown)).toBeVisible());
    await page.user.click(within(panel).getByRole('button', { name: 'Zapisz token' }));
    await waitFor(() =>
      expect(callsOf('updateJiraToken')).toEqual([
        { email: 'backup@example.com', token: TOKEN, expiresOn: day },
      ]),
    );
  });

  test('dates are read in the order the locale writes them', () => {
    const day = (date: Date) =>
      isoDay(new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())));
    expect(day(parseTypedDate('30.06.2027', 'pl-PL'))).toBe('2027-06-30');
    expect(day(parseTypedDate('30/06/2027', 'en-GB'))).toBe('2027-06-30');
    expect(day(parseTypedDate('6/30/2027', 'en-US'))).toBe('2027-06-30');
    expect(day(parseTypedDate('2027-06-30', 'en-US'))).toBe('2027-06-30');
    expect(Number.isNaN(parseTypedDate('31.02.2027', 'pl-PL').getTime())).toBe(true);
    expect(Number.isNaN(parseTypedDate('soon', 'pl-PL').getTime())).toBe(true);
  });
});

describe('the page and the server agree on the credential rules', () => {
  const today = new Date('2026-12-01T12:00:00Z');
  const emails = [
    'a@example.com',
    '',
    ' a@example.com',
    'a@b',
    'x'.repeat(250) + '@e.io',
    'ä@example.com',
    'a@example.c0m',
  ];
  const tokens = [TOKEN, '', 'a b', 'a\u200bb', 'x'.repeat(1024), 'x'.repeat(1025)];
  const days = [
    undefined,
    '2026-12-01',
    '2026-11-30',
    '2027-12-02',
    '2027-12-03',
    '2027-02-30',
    '1/2/2027',
  ];

  test.each(
    emails.flatMap((email) =>
      tokens.flatMap((token) => days.map((expiresOn) => [email, token, expiresOn])),
    ),
  )('%j %j %j', (email, token, expiresOn) => {
    const payload = { email, token, ...(expiresOn === undefined ? {} : { expiresOn }) };
    const page = credentialProblems(payload as { email: string; token: string }, today);
    const server = validateUpdateJiraToken(payload, today);
    const connect = validateConnect({ ...payload, region: 'EU' }, today);
    expect(server.ok).toBe(Object.keys(page).length === 0);
    expect(connect.ok).toBe(server.ok);
    if (!server.ok) expect(Object.keys(page)).toContain(server.field);
  });
});
