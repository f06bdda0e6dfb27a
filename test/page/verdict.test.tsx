/**
 * One verdict at the top of the page, for each cause, as an admin and as a member sees it. The
 * overviews come from the backend's own rules (`assessHealth`, `memberView`), so what the page
 * draws is what the backend would send.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import type { BackupJob, ConnectedOverview } from '../../src/contract';
import { assessHealth, type HealthFacts } from '../../src/domain/health';
import { memberView } from '../../src/domain/memberView';
import { backend } from './fakeBridge';
import { FIXTURE_NOW, SCHEDULE, connected, job, running } from './fixtures';
import { fact, freshBackend, renderPage } from './renderPage';
import { useFakeTimersFromNow } from '../support/fakeTimers';
import { alertText } from '../../static/src/components/status/alertText';
import { createI18n } from '../../static/src/i18n';
import { pl } from '../../static/src/i18n/pl';

beforeEach(freshBackend);

/** The backend's clock in these tests: Thursday 26 Nov 2026, 11:00 in Warsaw. */
const NOW = new Date(FIXTURE_NOW);
const DAY_MS = 86_400_000;

const lastNight = job({
  id: 'job-5',
  startedAt: '2026-11-26T01:00:00Z',
  finishedAt: '2026-11-26T01:12:00Z',
});
const allFailed = job({
  id: 'job-6',
  outcome: 'FAILED',
  startedAt: '2026-11-26T01:00:00Z',
  finishedAt: '2026-11-26T01:12:00Z',
  projectsSucceeded: 0,
  projectsFailed: 40,
});
const onlySpaceFailed = job({
  id: 'job-8',
  outcome: 'FAILED',
  startedAt: '2026-11-26T01:00:00Z',
  finishedAt: '2026-11-26T01:02:00Z',
  projectsTotal: 1,
  projectsSucceeded: 0,
  projectsFailed: 1,
});
const partlyFailed = job({
  id: 'job-7',
  outcome: 'SUCCEEDED_WITH_WARNINGS',
  startedAt: '2026-11-26T01:00:00Z',
  finishedAt: '2026-11-26T01:12:00Z',
  projectsSucceeded: 37,
  projectsFailed: 3,
});
const fourDaysAgo = job({
  id: 'job-4',
  startedAt: '2026-11-22T01:00:00Z',
  finishedAt: '2026-11-22T01:12:00Z',
});

interface Situation {
  facts?: Partial<HealthFacts>;
  overview?: Partial<ConnectedOverview>;
}

/** The overview the backend would compose for these facts, for an admin or a member. */
function overviewOf({ facts = {}, overview = {} }: Situation, as: 'admin' | 'member') {
  const base = connected();
  const lastJob: BackupJob = facts.lastJob === undefined ? lastNight : facts.lastJob!;
  const recentJobs = [...(facts.recentJobs ?? [lastJob])];
  const assessed = assessHealth({
    now: NOW,
    recentJobs,
    lastJob,
    runningJob: null,
    schedule: SCHEDULE,
    credentialsStatus: 'VALID',
    token: base.token,
    connectedAt: '2026-01-01T00:00:00Z',
    connectionLost: false,
    stale: false,
    asOf: NOW.toISOString(),
    ...facts,
  });
  const admin: ConnectedOverview = {
    ...base,
    lastBackup: lastJob,
    recentJobs,
    runningJob: facts.runningJob ?? null,
    nextBackupAt: '2026-11-27T01:00:00Z',
    stale: facts.stale ?? false,
    asOf: facts.asOf ?? NOW.toISOString(),
    ...assessed,
    ...overview,
  };
  return as === 'admin' ? admin : memberView(admin);
}

const SITUATIONS = {
  tokenExpired: {
    facts: {
      credentialsStatus: 'REJECTED',
      token: { ...connected().token, expiresOn: '2026-11-20' },
      lastJob: allFailed,
      recentJobs: [allFailed, fourDaysAgo],
    },
  },
  credentialsRejected: { facts: { credentialsStatus: 'REJECTED' } },
  connectionLost: {
    facts: { connectionLost: true, stale: true, asOf: '2026-11-26T08:00:00Z' },
  },
  failing: { facts: { lastJob: allFailed, recentJobs: [allFailed, fourDaysAgo] } },
  failingOnlySpace: {
    facts: {
      lastJob: onlySpaceFailed,
      recentJobs: [onlySpaceFailed],
      spaces: { site: 1, visible: 1, planned: 1, protected: 0 },
    },
  },
  partial: { facts: { lastJob: partlyFailed, recentJobs: [partlyFailed, fourDaysAgo] } },
  overdue: { facts: { lastJob: fourDaysAgo, recentJobs: [fourDaysAgo] } },
  tokenExpiring: { facts: { token: { ...connected().token, expiresOn: '2026-12-03' } } },
  stale: { facts: { stale: true, asOf: '2026-11-26T09:42:00Z' } },
  // 3 spaces the backup account cannot read, 2 the plan leaves out, the rest backed up.
  spacesUnprotected: { facts: { spaces: { site: 25, visible: 22, planned: 20, protected: 20 } } },
  healthy: {},
} satisfies Record<string, Situation>;

type Name = keyof typeof SITUATIONS;

async function show(name: Name, as: 'admin' | 'member' = 'admin') {
  const overview = overviewOf(SITUATIONS[name], as);
  if (as === 'member') expect(overview.viewer.isAdmin).toBe(false);
  const page = await renderPage(overview);
  await screen.findByRole('heading', { name: 'Backup status' });
  return { overview, ...page };
}

/** The one verdict on the page (two would fail here). */
function theVerdict(): HTMLElement {
  const verdicts = document.querySelectorAll<HTMLElement>('[data-verdict]');
  expect(verdicts).toHaveLength(1);
  return verdicts[0]!;
}

/** Buttons inside the verdict, by name. */
/** The verdict's fixes: its buttons but the one that discloses the other causes. */
function verdictButtons(): string[] {
  return within(theVerdict())
    .queryAllByRole('button')
    .filter((button) => !button.hasAttribute('aria-expanded'))
    .map((button) => button.textContent ?? '');
}

const ADMIN_FIXES = [
  'Update token',
  'Reconnect',
  'Start a backup',
  'Open the logs in the Management Service',
];

describe('one verdict, for an admin', () => {
  test('healthy: a calm line with when the last backup was and when the next is', async () => {
    await show('healthy');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'PROTECTED');
    expect(within(verdict).getByText('Jira is protected')).toBeVisible();
    expect(verdict).toHaveTextContent('Last backup 9 hours ago, next in 15 hours.');
    expect(verdictButtons()).toEqual([]);
    expect(fact('Status')).toHaveTextContent('Succeeded');
    expect(fact('Next backup')).toHaveTextContent('in 15 hours');
  });

  test('token expired: its headline, Update token, and facts that say nothing runs', async () => {
    const { user } = await show('tokenExpired');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'TOKEN_EXPIRED');
    expect(within(verdict).getByText('The Jira API token has expired')).toBeVisible();
    expect(verdict).toHaveTextContent(/stopped working after 20 Nov 2026, so no backup can run/);
    expect(verdictButtons()).toEqual(['Update token']);
    // The causes it explains wait below, collapsed, with no buttons of their own.
    const others = within(verdict).getByRole('button', { name: '2 more things need attention' });
    expect(others).toHaveAttribute('aria-expanded', 'false');
    expect(within(verdict).getByText('Backups are failing', { exact: false })).not.toBeVisible();

    expect(fact('Status')).toHaveTextContent('Paused');
    expect(fact('Status')).toHaveTextContent(
      'No backup can run until the Jira API token is replaced.',
    );
    expect(fact('Status')).not.toHaveTextContent('Failed');
    expect(fact('Next backup')).toHaveTextContent('Paused until the token is replaced');
    expect(fact('Next backup')).not.toHaveTextContent(/Nov|CET|in \d/);
    expect(fact('Spaces in the plan')).toHaveTextContent('38 of 40 in Jira');
    expect(fact('Spaces in the plan')).toHaveTextContent('The last backup saved 0 of 40');

    await user.click(within(verdict).getByRole('button', { name: 'Update token' }));
    expect(await screen.findByRole('tab', { name: 'Settings', selected: true })).toBeVisible();
  });

  test('credentials rejected: Update token; Status says paused, not the last job’s Succeeded', async () => {
    await show('credentialsRejected');
    expect(theVerdict()).toHaveAttribute('data-verdict', 'CREDENTIALS_REJECTED');
    expect(within(theVerdict()).getByText('Jira rejects the credentials')).toBeVisible();
    expect(verdictButtons()).toEqual(['Update token']);
    expect(fact('Status')).toHaveTextContent('Paused');
    expect(fact('Status')).not.toHaveTextContent('Succeeded');
    expect(fact('Next backup')).toHaveTextContent('Paused until the token is replaced');
  });

  test('connection lost: Reconnect leads to Settings; the facts say only what the app knows', async () => {
    const { user } = await show('connectionLost');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'CONNECTION_LOST');
    expect(within(verdict).getByText('The connection to GitProtect was lost')).toBeVisible();
    expect(verdict).toHaveTextContent(/the status as of 09:00 CET;/);
    expect(verdictButtons()).toEqual(['Reconnect']);
    // No second banner says the data is saved: the verdict already does.
    expect(screen.queryByText('Showing saved data')).toBeNull();
    // The app cannot know that nothing runs: the last status read, and what it cannot see.
    expect(verdict).toHaveTextContent('GitProtect may still be running backups.');
    expect(verdict).not.toHaveTextContent(/no backup runs/);
    expect(fact('Status')).toHaveTextContent('Succeeded');
    expect(fact('Status')).toHaveTextContent('GitProtect may still run scheduled ones.');
    expect(fact('Next backup')).toHaveTextContent('Not known until the site is reconnected');
    await user.click(within(verdict).getByRole('button', { name: 'Reconnect' }));
    expect(await screen.findByRole('tab', { name: 'Settings', selected: true })).toBeVisible();
    // Issue 26, item 14: straight to the reconnect step, Disconnect, not left on the link.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Disconnect' })).toHaveFocus());
  });

  test('failing on a site of one space: that space, in English and Polish, not "0 of 1 spaces"', async () => {
    const { overview } = await show('failingOnlySpace');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'LAST_BACKUP_FAILED');
    expect(verdict).toHaveTextContent(
      'The last backup could not save the only space. Find out why in the logs',
    );
    expect(verdict).not.toHaveTextContent(/of 1 spaces/);
    const polish = createI18n(pl, 'pl', 'pl-PL', 'Europe/Warsaw');
    expect(alertText(overview.alerts[0]!, polish, { isAdmin: true, now: NOW }).body).toMatch(
      /^Ostatnia kopia nie zapisała jedynej przestrzeni\./,
    );
  });

  test('failing: the logs in the Management Service, not another run that fails the same way', async () => {
    const { user } = await show('failing');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'LAST_BACKUP_FAILED');
    expect(within(verdict).getByText('Backups are failing')).toBeVisible();
    expect(verdict).toHaveTextContent('The last backup saved 0 of 40 spaces: 40 failed.');
    expect(verdictButtons()).toEqual(['Open the logs in the Management Service']);
    expect(within(verdict).getByText('1 more thing needs attention')).toBeVisible();
    expect(fact('Status')).toHaveTextContent('Failed');
    expect(fact('Spaces in the plan')).toHaveTextContent('The last backup saved 0 of 40');
    expect(fact('Next backup')).toHaveTextContent('in 15 hours');

    await user.click(
      within(verdict).getByRole('button', { name: 'Open the logs in the Management Service' }),
    );
    expect(await screen.findByRole('dialog', { name: 'More features' })).toBeVisible();
  });

  test('the other causes open from an Atlassian disclosure button, not the browser’s triangle', async () => {
    const { user } = await show('failing');
    const verdict = theVerdict();
    expect(verdict.querySelector('details, summary')).toBeNull();
    const more = within(verdict).getByRole('button', { name: '1 more thing needs attention' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const causes = document.getElementById(more.getAttribute('aria-controls') ?? '');
    expect(causes).not.toBeNull();
    expect(causes).not.toBeVisible();
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    expect(causes).toBeVisible();
    expect(within(causes!).getAllByRole('listitem')).toHaveLength(1);
    await user.click(more);
    expect(causes).not.toBeVisible();
  });

  test('partly failed: the backup’s details in the app first, the logs second', async () => {
    await show('partial');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'LAST_BACKUP_PARTIAL');
    expect(verdict).toHaveTextContent('In the last backup, 3 spaces of 40 failed.');
    // It is itself the last success: no second line repeating its time.
    expect(verdict).not.toHaveTextContent('successful backup');
    expect(verdictButtons()).toEqual([
      'Show the backup’s details',
      'Open the logs in the Management Service',
    ]);
  });

  test('overdue: Start a backup, with when the last one succeeded', async () => {
    const { user } = await show('overdue');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'BACKUP_OVERDUE');
    expect(within(verdict).getByText('Backups are overdue')).toBeVisible();
    expect(verdict).toHaveTextContent(/since Sun 22 Nov, 02:12 CET \(4 days ago\)/);
    expect(verdictButtons()).toEqual(['Start a backup']);
    await user.click(within(verdict).getByRole('button', { name: 'Start a backup' }));
    expect(await screen.findByRole('dialog', { name: 'Start a backup now?' })).toBeVisible();
  });

  test('token expiring: a warning with Update token and the date; backups still run', async () => {
    await show('tokenExpiring');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'TOKEN_EXPIRING');
    // Whole days in UTC, from Thursday 26 Nov to Thursday 3 Dec.
    expect(verdict).toHaveTextContent('expires on 3 Dec 2026 (UTC), in 7 days');
    expect(verdictButtons()).toEqual(['Update token']);
    expect(fact('Status')).toHaveTextContent('Succeeded');
    expect(fact('Next backup')).toHaveTextContent('in 15 hours');
  });

  test('spaces not protected: never "Jira is protected"; how many are, why not, the spaces view', async () => {
    const { user } = await show('spacesUnprotected');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'SPACES_UNPROTECTED');
    expect(within(verdict).getByText('Not every space is protected')).toBeVisible();
    expect(within(verdict).queryByText('Jira is protected')).toBeNull();
    expect(verdict).toHaveTextContent(
      '20 of 25 spaces are protected: 3 cannot be read by the backup account and 2 are not in the plan.',
    );
    expect(verdictButtons()).toEqual(['Show the spaces']);
    await user.click(within(verdict).getByRole('button', { name: 'Show the spaces' }));
    expect(await screen.findByRole('dialog', { name: 'Spaces and their backups' })).toBeVisible();
  });

  test('a backup already running is the fix under way: no second "Start a backup" beside it', async () => {
    // Right after setup: the first backup runs, so no space has a success yet.
    const first = running().runningJob!;
    await renderPage(
      overviewOf(
        {
          facts: {
            connectedAt: '2026-11-26T09:50:00Z',
            lastJob: null,
            recentJobs: [first],
            runningJob: first,
            spaces: { site: 25, visible: 25, planned: 25, protected: 0 },
          },
        },
        'admin',
      ),
    );
    await screen.findByRole('heading', { name: 'Backup status' });
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'SPACES_UNPROTECTED');
    expect(verdict).toHaveTextContent('A backup is running: 12 of 40 spaces');
    expect(verdictButtons()).toEqual([]);
  });

  test('a token on its last day expires "today", in UTC', async () => {
    const lastDay = overviewOf(
      { facts: { token: { ...connected().token, expiresOn: '2026-11-26' } } },
      'admin',
    );
    await renderPage(lastDay);
    expect(theVerdict()).toHaveTextContent(
      'expires at the end of today, 26 Nov 2026 (UTC). Backups stop then: update it now.',
    );
  });

  test('stale: the saved snapshot "as of" its time, with Retry', async () => {
    await show('stale');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'STALE_DATA');
    expect(within(verdict).getByText('Showing saved data')).toBeVisible();
    expect(verdict).toHaveTextContent(/as of 10:42 CET/);
    expect(verdictButtons()).toEqual(['Retry']);
  });
});

describe('the member view of each verdict: whom to ask, no admin instructions or data', () => {
  const memberWords: Record<Name, RegExp> = {
    tokenExpired: /Ask a Jira administrator to update it\./,
    credentialsRejected: /Ask a Jira administrator to update it\./,
    connectionLost: /Ask a Jira administrator to reconnect the site\./,
    failing: /Ask a Jira administrator to find out why\./,
    failingOnlySpace: /Ask a Jira administrator to find out why\./,
    partial: /Ask a Jira administrator to find out why some failed\./,
    overdue: /none has succeeded since Sun 22 Nov, 02:12 CET\. Ask a Jira administrator/,
    tokenExpiring: /Ask a Jira administrator to update the Jira API token/,
    stale: /as of 10:42 CET/,
    spacesUnprotected:
      /20 of 25 spaces are protected\. Ask a Jira administrator to protect the others\./,
    healthy: /Last backup 9 hours ago, next in 15 hours\./,
  };

  test.each(Object.keys(SITUATIONS) as Name[])('%s', async (name) => {
    const { overview } = await show(name, 'member');
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', overview.health.verdict);
    expect(verdict).toHaveTextContent(memberWords[name]);
    // No fix a member cannot make; Retry only reads again.
    expect(verdictButtons()).toEqual(name === 'stale' ? ['Retry'] : []);
    const page = document.body.textContent ?? '';
    for (const words of ADMIN_FIXES) expect(page).not.toContain(words);
    expect(page).not.toMatch(/Update the token|Replace it|Start one now|Start a new backup/);
    // The token's date and email are an admin's: neither in the data nor on the page.
    expect(JSON.stringify(overview)).not.toMatch(/2026-11-20|2026-12-03|backup@example\.com/);
    expect(page).not.toMatch(/20 Nov 2026|3 Dec 2026|backup@example\.com/);
    expect(screen.getByText('Backups are managed by your Jira administrators.')).toBeVisible();
  });

  test('overdue with a backup running for days: admin gets the logs, a member whom to ask', async () => {
    const stuck = job({
      id: 'job-9',
      outcome: 'RUNNING',
      startedAt: '2026-11-23T01:00:00Z',
      finishedAt: null,
      projectsSucceeded: 30,
    });
    const situation: Situation = {
      facts: { lastJob: fourDaysAgo, recentJobs: [stuck, fourDaysAgo], runningJob: stuck },
      overview: { status: 'RUNNING' },
    };
    const asAdmin = await renderPage(overviewOf(situation, 'admin'));
    await screen.findByRole('heading', { name: 'Backup status' });
    expect(theVerdict()).toHaveTextContent('the backup running now started 3 days ago');
    expect(verdictButtons()).toEqual(['Open the logs in the Management Service']);
    asAdmin.unmount();

    await renderPage(overviewOf(situation, 'member'));
    await screen.findByRole('heading', { name: 'Backup status' });
    expect(theVerdict()).toHaveTextContent(
      'and the one running has not finished. Ask a Jira administrator to find out why.',
    );
    expect(verdictButtons()).toEqual([]);
  });

  test.each([
    ['overdue', 'for longer than the schedule allows. Ask a Jira administrator to start one'],
    ['spacesUnprotected', 'Some spaces of this site are not backed up. Ask a Jira administrator'],
  ] as const)(
    'a member whose %s alert came without its numbers reads whom to ask, with nothing left blank',
    async (name, words) => {
      const overview = overviewOf(SITUATIONS[name], 'member');
      const bare = {
        ...overview,
        alerts: overview.alerts.map((alert) => ({ ...alert, params: {} })),
      };
      await renderPage(bare);
      await screen.findByRole('heading', { name: 'Backup status' });
      expect(theVerdict()).toHaveTextContent(words);
      expect(theVerdict().textContent).not.toMatch(/since \.|\{|\bof (of|spaces)|^ of /);
    },
  );

  test('a member sees the same facts agree: paused while the token is expired', async () => {
    await show('tokenExpired', 'member');
    expect(fact('Status')).toHaveTextContent('Paused');
    expect(fact('Next backup')).toHaveTextContent('Paused until the token is replaced');
  });
});

describe('time that reads naturally', () => {
  test('en-US: one 12-hour clock for every time; relative times with the exact one at hand', async () => {
    backend.context = { locale: 'en-US', timezone: 'Europe/Warsaw' };
    await show('healthy');
    expect(fact('Schedule')).toHaveTextContent('Mon, Wed, and Fri at 2:00 AM (Europe/Warsaw)');
    const next = fact('Next backup');
    expect(next).toHaveTextContent('in 15 hours');
    expect(next).toHaveTextContent(/Fri, Nov 27(, 2026)?, 2:00 AM GMT\+1/);
    expect(within(next).getByText('in 15 hours')).toHaveAttribute(
      'title',
      expect.stringMatching(/Fri, Nov 27(, 2026)?, 2:00 AM GMT\+1/),
    );
    expect(fact('Last backup')).toHaveTextContent('9 hours ago');
    expect(fact('Last backup')).toHaveTextContent(/Thu, Nov 26(, 2026)?, 2:00 AM GMT\+1/);
    expect(document.body.textContent).not.toMatch(/\b0\d:00\b/);
  });

  test('a viewer in another zone sees the plan’s own hour next to theirs', async () => {
    backend.context = { locale: 'en-GB', timezone: 'Europe/London' };
    await show('healthy');
    const next = fact('Next backup');
    expect(next).toHaveTextContent(/Fri 27 Nov, 01:00 GMT/);
    expect(next).toHaveTextContent('02:00 in Europe/Warsaw, the plan’s time');
    expect(fact('Schedule')).toHaveTextContent('Mon, Wed and Fri at 02:00 (Europe/Warsaw)');
  });

  test('in the plan’s own zone, no second time is shown', async () => {
    await show('healthy');
    expect(fact('Next backup')).not.toHaveTextContent('the plan’s time');
  });

  test('under a minute away reads "just now" and "in a moment", never a bare "now"', async () => {
    const base = connected();
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000).toISOString();
    await renderPage({
      ...base,
      nextBackupAt: at(20),
      health: { ...base.health, checkedAt: NOW.toISOString(), lastSuccessAt: at(-10) },
    });
    expect(theVerdict()).toHaveTextContent('Last backup just now, next in a moment.');
    expect(theVerdict()).not.toHaveTextContent(/\bnow\.|backup now,/);
  });

  test('a duration is what the shown start and end read: 01:00 to 01:12 is 12 min', async () => {
    const twelveMinutes = job({
      id: 'job-12',
      startedAt: '2026-11-26T00:00:05Z',
      finishedAt: '2026-11-26T00:12:40Z',
    });
    await renderPage(connected({ lastBackup: twelveMinutes, recentJobs: [twelveMinutes] }));
    const table = await screen.findByRole('table');
    expect(table).toHaveTextContent('01:00');
    expect(table).toHaveTextContent('12 min');
    expect(table).not.toHaveTextContent('13 min');
  });

  test('a page left open keeps its relative times true as the minutes pass', async () => {
    useFakeTimersFromNow({ advanceTimers: true });
    try {
      const overview = overviewOf({}, 'admin');
      await renderPage(overview);
      await screen.findByRole('heading', { name: 'Backup status' });
      expect(fact('Next backup')).toHaveTextContent('in 15 hours');
      act(() => jest.advanceTimersByTime(3 * 3_600_000));
      expect(fact('Next backup')).toHaveTextContent('in 12 hours');
      expect(theVerdict()).toHaveTextContent('Last backup 12 hours ago, next in 12 hours.');
    } finally {
      jest.useRealTimers();
    }
  });

  test('relative times count from the backend’s clock, not the viewer’s machine', async () => {
    // The backend's clock is 30 days ahead of these instants: so is the page's "ago".
    const later = new Date(NOW.getTime() + 30 * DAY_MS);
    const overview = overviewOf({ facts: { now: later } }, 'admin');
    await renderPage(overview);
    await screen.findByRole('heading', { name: 'Backup status' });
    expect(fact('Last backup')).toHaveTextContent('30 days ago');
  });
});

describe('a running backup', () => {
  test('a protected verdict says a backup is running and how far it is', async () => {
    await renderPage(running(7));
    const verdict = theVerdict();
    expect(verdict).toHaveAttribute('data-verdict', 'PROTECTED');
    expect(verdict).toHaveTextContent('A backup is running: 7 of 40 spaces so far.');
  });

  test('with no backup running, the verdict does not mention one', async () => {
    await renderPage(connected());
    expect(theVerdict()).not.toHaveTextContent('A backup is running');
  });
});

describe('the last successful backup, when the last backup did not succeed', () => {
  test('failing: the verdict and the Last backup fact say when the last good backup was', async () => {
    await show('failing');
    expect(theVerdict()).toHaveTextContent(
      'The last successful backup finished Sun 22 Nov, 02:12 CET (4 days ago).',
    );
    expect(fact('Last backup')).toHaveTextContent(
      'Last success: Sun 22 Nov, 02:12 CET (4 days ago)',
    );
  });

  test('failing with no success ever: both say no backup has succeeded yet', async () => {
    await renderPage(
      overviewOf({ facts: { lastJob: allFailed, recentJobs: [allFailed] } }, 'admin'),
    );
    await screen.findByRole('heading', { name: 'Backup status' });
    expect(theVerdict()).toHaveAttribute('data-verdict', 'LAST_BACKUP_FAILED');
    expect(theVerdict()).toHaveTextContent('No backup has succeeded yet.');
    expect(fact('Last backup')).toHaveTextContent('No backup has succeeded yet');
  });

  test('after a backup that succeeded, no extra line', async () => {
    await show('healthy');
    expect(fact('Last backup')).not.toHaveTextContent('Last success');
    expect(theVerdict()).not.toHaveTextContent('successful backup');
  });
});
