import { screen, within } from '@testing-library/react';
import { backend } from './fakeBridge';
import { FIXTURE_NOW, connected, job } from './fixtures';
import { fact, freshBackend, renderPage } from './renderPage';
import { en } from '../../static/src/i18n/en';
import { pl } from '../../static/src/i18n/pl';

beforeEach(() => {
  freshBackend();
  backend.context = { locale: 'pl-PL', timezone: 'Europe/Warsaw' };
});

describe('in Polish', () => {
  test('spaces that are not protected: counted with the Polish plural forms', async () => {
    const base = connected();
    await renderPage(
      connected({
        alerts: [
          {
            code: 'SPACES_UNPROTECTED',
            severity: 'warning',
            message: '20 of 27 spaces are protected.',
            action: 'OPEN_SPACES',
            params: {
              total: 27,
              protected: 20,
              notVisible: 2,
              notInPlan: 5,
              notRecentlyBackedUp: 0,
            },
          },
        ],
        health: { ...base.health, verdict: 'SPACES_UNPROTECTED' },
      }),
    );
    const verdict = document.querySelector<HTMLElement>('[data-verdict]')!;
    expect(verdict).toHaveAttribute('data-verdict', 'SPACES_UNPROTECTED');
    expect(within(verdict).getByText('Nie wszystkie przestrzenie są chronione')).toBeVisible();
    expect(verdict).toHaveTextContent(
      'Chronione są 20 z 27 przestrzeni: 2 są niewidoczne dla konta kopii zapasowych i 5 nie jest w planie.',
    );
    expect(within(verdict).getByRole('button', { name: 'Pokaż przestrzenie' })).toBeVisible();
  });

  test('the words, dates and plurals follow the viewer’s Jira locale', async () => {
    const partial = job({
      outcome: 'SUCCEEDED_WITH_WARNINGS',
      projectsSucceeded: 37,
      projectsFailed: 3,
    });
    await renderPage(connected({ status: 'SUCCEEDED_WITH_WARNINGS', lastBackup: partial }));

    expect(document.documentElement.lang).toBe('pl');
    for (const name of ['Edytuj harmonogram', 'Utwórz kopię teraz', 'Więcej funkcji']) {
      expect(screen.getByRole('button', { name })).toBeVisible();
    }
    expect(screen.getByRole('tab', { name: 'Ustawienia' })).toBeVisible();
    expect(fact('Stan')).toHaveTextContent('Udana z ostrzeżeniami');
    expect(fact('Przestrzenie w planie')).toHaveTextContent('38 z 40 w Jirze');
    expect(fact('Przestrzenie w planie')).toHaveTextContent('Ostatnia kopia zapisała 37 z 40');
    expect(fact('Region usługi')).toHaveTextContent('Europa');
    expect(fact('Ostatnia kopia')).toHaveTextContent(/wt\., 24 lis, 02:00 CET/);
    expect(fact('Ostatnia kopia')).toHaveTextContent('3 przestrzenie nieudane');
    expect(fact('Harmonogram')).toHaveTextContent('pon., śr. i pt. o 02:00 (Europe/Warsaw)');
    expect(await screen.findByRole('columnheader', { name: 'Początek' })).toBeVisible();
  });

  test('the verdict and the facts that agree with it speak Polish too', async () => {
    await renderPage(
      connected({
        status: 'PAUSED',
        alerts: [
          {
            code: 'TOKEN_EXPIRED',
            severity: 'error',
            message: 'The Jira API token expired after 2026-11-20.',
            action: 'UPDATE_TOKEN',
            params: { expiresOn: '2026-11-20' },
          },
        ],
        health: {
          verdict: 'TOKEN_EXPIRED',
          pausedUntil: 'TOKEN_REPLACED',
          checkedAt: FIXTURE_NOW,
          lastSuccessAt: '2026-11-24T01:12:00Z',
        },
      }),
    );
    await screen.findByRole('heading', { name: 'Stan kopii zapasowych' });
    expect(screen.getByRole('heading', { name: 'Token API Jiry wygasł' })).toBeVisible();
    expect(screen.getByText(/przestał działać po 20 lis 2026/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Zaktualizuj token' })).toBeVisible();
    expect(fact('Stan')).toHaveTextContent('Wstrzymane');
    expect(fact('Następna kopia')).toHaveTextContent('Wstrzymana do wymiany tokenu');
    // One clock style: 24-hour, as in every other time on the page.
    expect(fact('Harmonogram')).toHaveTextContent('o 02:00 (Europe/Warsaw)');
  });

  test('a protected site: one calm line, relative times in Polish', async () => {
    const now = Date.now();
    await renderPage(
      connected({
        nextBackupAt: new Date(now + 22 * 3_600_000).toISOString(),
        health: {
          verdict: 'PROTECTED',
          pausedUntil: null,
          checkedAt: new Date(now).toISOString(),
          lastSuccessAt: new Date(now - 2 * 3_600_000).toISOString(),
        },
      }),
    );
    await screen.findByRole('heading', { name: 'Stan kopii zapasowych' });
    expect(screen.getByText('Jira jest chroniona')).toBeVisible();
    expect(
      screen.getByText('Ostatnia kopia 2 godziny temu, następna za 22 godziny.'),
    ).toBeVisible();
  });

  test('the Edit dialog speaks Polish too', async () => {
    const { user } = await renderPage(connected());
    await user.click(screen.getByRole('button', { name: 'Edytuj harmonogram' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edytuj harmonogram kopii' });
    expect(within(dialog).getByRole('checkbox', { name: 'Poniedziałek' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Wtorek' })).not.toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Zapisz' })).toBeVisible();
    expect(within(dialog).getByRole('button', { name: 'Anuluj' })).toBeVisible();
  });

  test('an unknown locale falls back to English', async () => {
    backend.context = { locale: 'xx-YY', timezone: 'Europe/Warsaw' };
    await renderPage(connected());
    expect(screen.getByRole('button', { name: 'Backup now' })).toBeVisible();
  });

  test.each(['en-US@posix', 'pl_PL.UTF-8', 'C'])(
    'a browser language Intl rejects (%s) still shows the page',
    async (language) => {
      backend.context = null;
      const real = Object.getOwnPropertyDescriptor(Navigator.prototype, 'language')!;
      Object.defineProperty(navigator, 'language', { configurable: true, get: () => language });
      try {
        await renderPage(connected());
      } finally {
        Object.defineProperty(navigator, 'language', real);
      }
      const words = language.startsWith('pl') ? 'Utwórz kopię teraz' : 'Backup now';
      expect(screen.getByRole('button', { name: words })).toBeVisible();
      expect(await screen.findAllByRole('row')).toHaveLength(1 + connected().recentJobs.length);
    },
  );

  test('without a context the page still works, in English and the browser’s zone', async () => {
    backend.context = null;
    await renderPage(connected());
    expect(screen.getByRole('button', { name: 'Backup now' })).toBeVisible();
  });
});

describe('one spelling, one apostrophe (issue 26, item 16)', () => {
  /** Every string of a language's messages, plural forms included. */
  const strings = (messages: Record<string, string | Record<string, string>>) =>
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[key, value] as const]
        : Object.values(value).map((form) => [key, form] as const),
    );

  test('English and Polish use the curly apostrophe only', () => {
    for (const messages of [en, pl]) {
      const straight = strings(messages).filter(([, text]) => text.includes("'"));
      expect(straight).toEqual([]);
    }
  });

  test('English spells email one way: "email", never "e-mail"', () => {
    const hyphenated = strings(en).filter(([, text]) => /e-mail/i.test(text));
    expect(hyphenated).toEqual([]);
  });
});
