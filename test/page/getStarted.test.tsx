import { screen, waitFor, within } from '@testing-library/react';
import type { Alert, ConnectedOverview } from '../../src/contract';
import { backend, callsOf } from './fakeBridge';
import { connected, neverRun, notConnected, running } from './fixtures';
import { freshBackend, renderPage } from './renderPage';

const APP_ID = '3f1c7a52-6d0e-4b1a-9c3e-2b7d8e9f0a11';
const ENV_ID = 'b5e2d1c4-7a8f-4e3d-9b6c-1a2f3e4d5c6b';
const MAIN_PAGE = `https://acme.atlassian.net/jira/apps/${APP_ID}/${ENV_ID}`;

/** As Jira's apps manager opens it right after install: the `useAsGetStarted` admin page. */
function asGetStarted(locale = 'en-GB') {
  backend.context = {
    locale,
    timezone: 'Europe/Warsaw',
    moduleKey: 'gitprotect-get-started',
    siteUrl: 'https://acme.atlassian.net',
    localId: `ari:cloud:ecosystem::extension/${APP_ID}/${ENV_ID}/static/gitprotect-get-started`,
  };
}

beforeEach(() => {
  freshBackend();
  asGetStarted();
});

function unprotected(protectedSpaces: number, total: number): Alert {
  return {
    code: 'SPACES_UNPROTECTED',
    severity: 'warning',
    message: `${protectedSpaces} of ${total} spaces are protected.`,
    action: 'OPEN_SPACES',
    params: {
      total,
      protected: protectedSpaces,
      notVisible: 0,
      notInPlan: 0,
      notRecentlyBackedUp: total - protectedSpaces,
    },
  };
}

function step(key: 'connect' | 'firstBackup' | 'everySpace') {
  const found = document.querySelector<HTMLElement>(`[data-step="${key}"]`);
  if (!found) throw new Error(`No step ${key}`);
  return found;
}

async function openGetStarted(overview: Parameters<typeof renderPage>[0]) {
  const page = await renderPage(overview);
  await screen.findByRole('heading', { level: 2, name: 'Get started with GitProtect.io' });
  return page;
}

describe('Get started, the page Jira opens right after install', () => {
  test('before connecting: what the app does and needs, the steps to do, and the setup form', async () => {
    await openGetStarted(notConnected());

    expect(screen.getByText(/^GitProtect.io backs up this Jira site to GitProtect/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'What you need' })).toBeVisible();
    expect(
      screen.getByText(
        'A region where GitProtect keeps the backups: Europe, United States or Australia.',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(/^A Jira API token of an account that can browse every space/),
    ).toBeVisible();
    const tokens = screen.getByRole('link', { name: 'Create an API token at Atlassian' });
    expect(tokens).toHaveAttribute(
      'href',
      'https://id.atlassian.com/manage-profile/security/api-tokens',
    );

    const steps = within(screen.getByRole('list', { name: 'Steps' })).getAllByRole('listitem');
    expect(steps.map((item) => item.dataset.state)).toEqual(['todo', 'todo', 'todo']);
    expect(step('connect')).toHaveTextContent('To do');
    expect(step('connect')).toHaveTextContent('1. Connect to GitProtect');
    expect(step('firstBackup')).toHaveTextContent('2. Run the first backup');
    expect(step('everySpace')).toHaveTextContent('3. Protect every space');
    // The setup form is right there: connecting is the first step.
    expect(await screen.findByRole('button', { name: 'Connect' })).toBeVisible();
    expect(screen.queryByText('You are all set')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Backup status' })).toBeNull();
  });

  test('after connecting: connected, the first backup still to run, and a way to the main page', async () => {
    const { user } = await openGetStarted(neverRun());

    expect(step('connect')).toHaveTextContent('Done');
    expect(step('connect')).toHaveTextContent(
      'Connected in Europe with the account backup@example.com.',
    );
    expect(step('firstBackup')).toHaveTextContent('To do');
    expect(step('firstBackup')).toHaveTextContent(
      /The first backup runs .*; Backup now on the main page starts it sooner\./,
    );
    expect(step('everySpace')).toHaveTextContent('To do');
    expect(step('everySpace')).toHaveTextContent(
      'Once a backup has succeeded, this says whether every space is protected.',
    );
    expect(screen.queryByRole('button', { name: 'Connect' })).toBeNull();
    expect(screen.queryByText('You are all set')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Open GitProtect.io' }));
    await waitFor(() => expect(backend.navigated).toEqual([MAIN_PAGE]));
    expect(callsOf('getOverview')).toHaveLength(1);
  });

  test('spaces not protected after a backup: how many are, by the backend’s count', async () => {
    await openGetStarted(connected({ alerts: [unprotected(38, 40)] }));
    expect(step('firstBackup')).toHaveTextContent('Done');
    expect(step('everySpace')).toHaveTextContent('To do');
    expect(step('everySpace')).toHaveTextContent(
      '38 of 40 spaces are protected. The main page says which are not, why, and what fixes it.',
    );
    expect(screen.queryByText('You are all set')).toBeNull();
  });

  test('a first backup under way is shown as running', async () => {
    await openGetStarted({ ...running(), lastBackup: null });
    expect(step('firstBackup')).toHaveTextContent('Running');
    expect(step('firstBackup')).toHaveTextContent('The first backup is running now.');
  });

  test('when every step is done, it says so', async () => {
    const done: ConnectedOverview = connected({ siteProjects: 40 });
    await openGetStarted(done);

    expect(
      within(screen.getByRole('list', { name: 'Steps' }))
        .getAllByRole('listitem')
        .map((item) => item.dataset.state),
    ).toEqual(['done', 'done', 'done']);
    expect(step('firstBackup')).toHaveTextContent(/The last backup finished .* ago\./);
    expect(step('everySpace')).toHaveTextContent('All 40 spaces are protected.');
    expect(screen.getByText('You are all set')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Open GitProtect.io' })).toBeVisible();
  });

  test('in Polish, with the plural forms of spaces', async () => {
    asGetStarted('pl-PL');
    await renderPage(connected({ siteProjects: 3 }));
    await screen.findByRole('heading', { level: 2, name: 'Pierwsze kroki z GitProtect.io' });
    expect(step('everySpace')).toHaveTextContent('Chronione są wszystkie 3 przestrzenie.');
    expect(screen.getByText('Wszystko gotowe')).toBeVisible();
  });

  test('in Polish, many spaces and some not yet protected', async () => {
    asGetStarted('pl-PL');
    await renderPage(connected({ siteProjects: 25, alerts: [unprotected(21, 25)] }));
    await screen.findByRole('heading', { level: 2, name: 'Pierwsze kroki z GitProtect.io' });
    expect(step('everySpace')).toHaveTextContent(
      'Chronione: 21 z 25 przestrzeni. Strona główna pokazuje, których brakuje, dlaczego i co to naprawi.',
    );
    expect(step('everySpace')).toHaveTextContent('Do zrobienia');
  });

  test('the main page itself still shows the status, not the onboarding', async () => {
    backend.context = { locale: 'en-GB', timezone: 'Europe/Warsaw', moduleKey: 'gitprotect-page' };
    await renderPage(connected());
    expect(await screen.findByRole('heading', { name: 'Backup status' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Get started with GitProtect.io' })).toBeNull();
  });
});
