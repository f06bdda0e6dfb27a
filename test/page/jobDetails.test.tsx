import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type {
  BackupJob,
  GetJobInput,
  JobDetails,
  JobProjectResult,
  ListJobsInput,
} from '../../src/contract';
import { backend, callsOf } from './fakeBridge';
import { MEMBER, connected, job, ok, running } from './fixtures';
import { fact, freshBackend, renderPage } from './renderPage';
import { useFakeTimersFromNow } from '../support/fakeTimers';
import { createI18n } from '../../static/src/i18n';
import { en } from '../../static/src/i18n/en';
import { pl } from '../../static/src/i18n/pl';

beforeEach(freshBackend);

/**
 * Issue 13, items 2 and 3 on the page: each backup's details for admins (failed spaces and
 * their reasons first, paged), older backups for everyone, and hand-offs straight to a job's
 * logs, a space's restore and the notification settings.
 */

const SSO_URL = 'https://acme.eu.app.gitprotect.io/sso/one-time';
const DAY_MS = 86_400_000;

const partial = job({
  id: 'job-7',
  outcome: 'SUCCEEDED_WITH_WARNINGS',
  startedAt: '2026-11-25T01:00:00Z',
  finishedAt: '2026-11-25T01:42:00Z',
  projectsTotal: 40,
  projectsSucceeded: 37,
  projectsFailed: 3,
  trigger: { kind: 'ADMIN', accountId: 'admin-1', displayName: 'Alice Admin' },
});

function space(index: number, outcome: JobProjectResult['outcome']): JobProjectResult {
  return {
    key: `SP${index}`,
    name: `Space ${index}`,
    outcome,
    failureReason: outcome === 'FAILED' ? `Jira answered 403 for space SP${index}` : null,
    finishedAt: outcome === 'PENDING' ? null : '2026-11-25T01:40:00Z',
  };
}

/** getJob over 37 succeeded and 3 failed spaces, paged by a cursor that is the next index. */
function serveJob(target: BackupJob = partial) {
  const all = [
    ...Array.from({ length: 37 }, (_, i) => space(i + 1, 'SUCCEEDED')),
    ...[38, 39, 40].map((i) => space(i, 'FAILED')),
  ];
  backend.handlers.getJob = (payload) => {
    const input = payload as GetJobInput;
    const wanted = all.filter((s) => !input.outcome || s.outcome === input.outcome);
    const from = Number(input.cursor ?? 0);
    const limit = input.limit ?? 50;
    const page = wanted.slice(from, from + limit);
    const next = from + limit < wanted.length ? String(from + limit) : null;
    const details: JobDetails = {
      job: target,
      durationMs:
        target.finishedAt === null
          ? null
          : Date.parse(target.finishedAt) - Date.parse(target.startedAt),
      projects: page,
      nextCursor: next,
    };
    return ok(details);
  };
}

async function openDetails(overview = connected({ recentJobs: [partial, job()] })) {
  serveJob();
  const page = await renderPage(overview);
  const table = await screen.findByRole('table');
  await page.user.click(
    within(table).getByRole('button', { name: /^Details of the backup started Wed 25 Nov/ }),
  );
  const dialog = await screen.findByRole('dialog', { name: /^Backup started Wed 25 Nov/ });
  return { ...page, dialog };
}

describe('failures for the same reason', () => {
  const REFUSED = 'Jira answered 401: the API token was refused.';
  const everyFailed = job({
    id: 'job-9',
    outcome: 'SUCCEEDED_WITH_WARNINGS',
    startedAt: '2026-11-25T01:00:00Z',
    finishedAt: '2026-11-25T01:42:00Z',
    projectsTotal: 40,
    projectsSucceeded: 14,
    projectsFailed: 26,
  });
  const results: JobProjectResult[] = [
    ...Array.from({ length: 25 }, (_, i) => ({
      ...space(i + 1, 'FAILED'),
      failureReason: REFUSED,
    })),
    { ...space(26, 'FAILED'), failureReason: 'Space 26 is archived in Jira.' },
    ...Array.from({ length: 14 }, (_, i) => space(i + 27, 'SUCCEEDED')),
  ];

  async function openGrouped() {
    backend.handlers.getJob = (payload) => {
      const input = payload as GetJobInput;
      const wanted = results.filter((s) => !input.outcome || s.outcome === input.outcome);
      return ok({ job: everyFailed, durationMs: 42 * 60_000, projects: wanted, nextCursor: null });
    };
    const page = await renderPage(connected({ recentJobs: [everyFailed] }));
    const table = await screen.findByRole('table');
    await page.user.click(
      within(table).getByRole('button', { name: /^Details of the backup started Wed 25 Nov/ }),
    );
    const dialog = await screen.findByRole('dialog', { name: /^Backup started Wed 25 Nov/ });
    const list = await within(dialog).findByRole('list', { name: 'Spaces in this backup' });
    return { ...page, dialog, list };
  }

  test('say the reason once, with how many spaces, and name them on request', async () => {
    const { user, dialog, list } = await openGrouped();
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent(`25 spacesFailed${REFUSED}`);
    expect(within(dialog).getAllByText(REFUSED)).toHaveLength(1);
    // A reason only one space had is that space's own row.
    expect(rows[1]).toHaveTextContent('Space 26 (SP26)Failed');
    expect(within(dialog).getByText('26 of 26 shown')).toBeVisible();

    const which = within(rows[0]!).getByRole('button', { name: 'Show the 25 spaces' });
    expect(which).toHaveAttribute('aria-expanded', 'false');
    expect(within(rows[0]!).getByText('Space 7 (SP7)')).not.toBeVisible();
    await user.click(which);
    expect(which).toHaveAttribute('aria-expanded', 'true');
    const names = within(rows[0]!).getAllByRole('listitem');
    expect(names).toHaveLength(25);
    expect(names[6]).toHaveTextContent('Space 7 (SP7)');
    expect(
      within(rows[0]!).getByRole('button', {
        name: 'Open this job’s logs in GitProtect: 25 spaces that failed for this reason',
      }),
    ).toBeVisible();
  });

  test('every space still offers its own Restore when it was saved', async () => {
    const { user, dialog } = await openGrouped();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Failed only' }));
    await within(dialog).findByText('40 of 40 shown');
    const restores = within(dialog).getAllByRole('button', { name: /^Restore in GitProtect: / });
    expect(restores).toHaveLength(14);
    expect(restores[0]).toHaveAccessibleName('Restore in GitProtect: Space 27 (SP27)');
    expect(within(dialog).getAllByText(REFUSED)).toHaveLength(1);
  });

  test('count spaces in Polish with its three plural forms', () => {
    const polish = createI18n(pl, 'pl', 'pl-PL', 'Europe/Warsaw');
    const english = createI18n(en, 'en', 'en-GB', 'Europe/Warsaw');
    expect(
      [1, 2, 4, 5, 12, 22, 25].map((count) => polish.t('jobDetails.reasonCount', { count })),
    ).toEqual([
      '1 przestrzeń',
      '2 przestrzenie',
      '4 przestrzenie',
      '5 przestrzeni',
      '12 przestrzeni',
      '22 przestrzenie',
      '25 przestrzeni',
    ]);
    expect(polish.t('jobDetails.reasonSpaces', { count: 25 })).toBe('Pokaż 25 przestrzeni');
    expect(english.t('jobDetails.reasonCount', { count: 1 })).toBe('1 space');
  });
});

describe('a backup’s details (admins)', () => {
  test('its headings go in order: the dialog title, then the spaces under it', async () => {
    const { dialog } = await openDetails();
    await within(dialog).findByRole('list', { name: 'Spaces in this backup' });
    const levels = within(dialog)
      .getAllByRole('heading')
      .map((heading) => Number(heading.tagName.slice(1)));
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level).toBeLessThanOrEqual(levels[i]! + 1));
    expect(
      within(dialog).getByRole('heading', { level: 2, name: 'Spaces in this backup' }),
    ).toBeVisible();
  });

  test('start, end, duration, trigger; the failed spaces first, each with its reason', async () => {
    const { dialog } = await openDetails();
    expect(fact('Started', dialog)).toHaveTextContent('Wed 25 Nov, 02:00 CET');
    expect(fact('Finished', dialog)).toHaveTextContent('Wed 25 Nov, 02:42 CET');
    expect(fact('Duration', dialog)).toHaveTextContent('42 min');
    expect(fact('Trigger', dialog)).toHaveTextContent('Alice Admin');
    expect(fact('Outcome', dialog)).toHaveTextContent('Succeeded with warnings');
    expect(fact('Spaces', dialog)).toHaveTextContent('37 succeeded, 3 failed, of 40');

    expect(within(dialog).getByRole('checkbox', { name: 'Failed only' })).toBeChecked();
    const list = await within(dialog).findByRole('list', { name: 'Spaces in this backup' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Space 38 (SP38)Failed');
    expect(items[0]).toHaveTextContent('Jira answered 403 for space SP38');
    expect(within(dialog).getByText('3 of 3 shown')).toBeVisible();
    expect(callsOf('getJob')).toEqual([{ jobId: 'job-7', limit: 50, outcome: 'FAILED' }]);
    // Never the word the service uses: the page speaks of spaces.
    expect(dialog.textContent).not.toMatch(/project/i);
  });

  test('every space, a page at a time, when "Failed only" is cleared', async () => {
    const { user, dialog } = await openDetails();
    await within(dialog).findByRole('list', { name: 'Spaces in this backup' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Failed only' }));
    await within(dialog).findByText('40 of 40 shown');
    // 40 spaces fit the first page of 50: no more to ask for.
    expect(within(dialog).queryByRole('button', { name: 'Show more spaces' })).toBeNull();
    expect(callsOf('getJob').at(-1)).toEqual({ jobId: 'job-7', limit: 50 });
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(40);
  });

  test('pages the per-space list with the cursor the service gave', async () => {
    const big = { ...partial, projectsTotal: 120, projectsSucceeded: 117 };
    const results = Array.from({ length: 117 }, (_, i) => space(i + 1, 'SUCCEEDED'));
    backend.handlers.getJob = (payload) => {
      const input = payload as GetJobInput;
      const from = Number(input.cursor ?? 0);
      const wanted = input.outcome === 'FAILED' ? [space(200, 'FAILED')] : results;
      const next = from + 50 < wanted.length ? String(from + 50) : null;
      return ok({
        job: big,
        durationMs: 1,
        projects: wanted.slice(from, from + 50),
        nextCursor: next,
      });
    };
    const page = await renderPage(connected({ recentJobs: [big] }));
    await page.user.click(
      within(await screen.findByRole('table')).getByRole('button', { name: /^Details of/ }),
    );
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Space 200 (SP200)');
    await page.user.click(within(dialog).getByRole('checkbox', { name: 'Failed only' }));
    await within(dialog).findByText('50 of 120 shown');
    await page.user.click(within(dialog).getByRole('button', { name: 'Show more spaces' }));
    await within(dialog).findByText('100 of 120 shown');
    // The button stayed while the page loaded: the keyboard is where it was.
    expect(within(dialog).getByRole('button', { name: 'Show more spaces' })).toHaveFocus();
    expect(callsOf('getJob').at(-1)).toEqual({ jobId: 'job-7', limit: 50, cursor: '50' });
    await page.user.click(within(dialog).getByRole('button', { name: 'Show more spaces' }));
    await within(dialog).findByText('117 of 120 shown');
    expect(within(dialog).queryByRole('button', { name: 'Show more spaces' })).toBeNull();
  });

  test('a page that repeats spaces already shown ends the paging with a clear error', async () => {
    const big = { ...partial, projectsTotal: 120, projectsSucceeded: 117 };
    backend.handlers.getJob = (payload) => {
      const input = payload as GetJobInput;
      const from = input.cursor ? 40 : 0;
      // The second page starts 10 spaces back: SP41 to SP50 again, then 40 new ones.
      const projects = Array.from({ length: 50 }, (_, i) => space(from + i + 1, 'SUCCEEDED'));
      return ok({ job: big, durationMs: 1, projects, nextCursor: 'next' });
    };
    const page = await renderPage(connected({ recentJobs: [big] }));
    await page.user.click(
      within(await screen.findByRole('table')).getByRole('button', { name: /^Details of/ }),
    );
    const dialog = await screen.findByRole('dialog');
    await page.user.click(within(dialog).getByRole('checkbox', { name: 'Failed only' }));
    await within(dialog).findByText('50 of 120 shown');
    await page.user.click(within(dialog).getByRole('button', { name: 'Show more spaces' }));
    await within(dialog).findByText('90 of 120 shown');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(90);
    expect(within(dialog).getByText(/sent again what is already shown/)).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Show more spaces' })).toBeNull();
  });

  test('hands off to this job’s logs, and from a failed space to the logs, not a restore', async () => {
    backend.handlers.openManagementService = () => ok({ url: SSO_URL });
    const { user, dialog } = await openDetails();
    await user.click(
      within(dialog).getByRole('button', { name: 'Open this job’s logs in GitProtect' }),
    );
    await waitFor(() => expect(backend.opened).toEqual([SSO_URL]));
    expect(callsOf('openManagementService')).toEqual([
      { destination: { kind: 'JOB_LOGS', jobId: 'job-7' } },
    ]);

    // Issue 26, item 8: a space that failed has nothing to restore from this backup.
    await user.click(
      await within(dialog).findByRole('button', {
        name: 'Open this job’s logs in GitProtect: Space 39 (SP39)',
      }),
    );
    await waitFor(() => expect(backend.opened).toHaveLength(2));
    expect(callsOf('openManagementService').at(-1)).toEqual({
      destination: { kind: 'JOB_LOGS', jobId: 'job-7' },
    });
    expect(within(dialog).queryByRole('button', { name: /^Restore in GitProtect/ })).toBeNull();
  });

  test('each space this backup saved offers Restore in GitProtect (issue 26, item 8)', async () => {
    backend.handlers.openManagementService = () => ok({ url: SSO_URL });
    const { user, dialog } = await openDetails();
    await within(dialog).findByText('Jira answered 403 for space SP38');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Failed only' }));
    const restore = await within(dialog).findByRole('button', {
      name: 'Restore in GitProtect: Space 1 (SP1)',
    });
    expect(
      within(dialog).getAllByRole('button', { name: /^Restore in GitProtect: / }),
    ).toHaveLength(37);
    expect(
      within(dialog).queryByRole('button', { name: 'Restore in GitProtect: Space 38 (SP38)' }),
    ).toBeNull();
    await user.click(restore);
    await waitFor(() => expect(backend.opened).toEqual([SSO_URL]));
    expect(callsOf('openManagementService').at(-1)).toEqual({
      destination: { kind: 'RESTORE_PROJECT', projectKey: 'SP1' },
    });
  });

  test('a hand-off that fails says why, next to its button', async () => {
    backend.handlers.openManagementService = () =>
      ({ ok: false, error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' } }) as const;
    const { user, dialog } = await openDetails();
    await user.click(
      within(dialog).getByRole('button', { name: 'Open this job’s logs in GitProtect' }),
    );
    expect(await within(dialog).findByText(/^GitProtect could not be opened\./)).toBeVisible();
    expect(backend.opened).toEqual([]);
  });

  test('loading, then an error with Retry, never a blank', async () => {
    let fail = true;
    let release: () => void = () => undefined;
    serveJob();
    const serve = backend.handlers.getJob!;
    backend.handlers.getJob = async (payload) => {
      await new Promise<void>((resolve) => (release = resolve));
      if (fail) return { ok: false, error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' } };
      return serve(payload);
    };
    const page = await renderPage(connected({ recentJobs: [partial] }));
    await page.user.click(
      within(await screen.findByRole('table')).getByRole('button', { name: /^Details of/ }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByRole('img', { name: 'Loading the spaces of this backup' }),
    ).toBeVisible();
    release();
    expect(
      await within(dialog).findByText('The spaces of this backup could not be loaded'),
    ).toBeVisible();
    fail = false;
    await page.user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    release();
    expect(await within(dialog).findByText('Jira answered 403 for space SP38')).toBeVisible();
  });

  test('Close returns to the table', async () => {
    const { user, dialog } = await openDetails();
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' }).at(-1)!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByRole('table')).toBeVisible();
  });
});

describe('members', () => {
  test('get no details to open: the resolver is for admins', async () => {
    await renderPage(connected({ viewer: MEMBER, recentJobs: [partial] }));
    const table = await screen.findByRole('table');
    expect(within(table).queryByRole('button')).toBeNull();
    expect(table).toHaveTextContent('Wed 25 Nov, 02:00 CET');
  });
});

function tenJobs(from: number): BackupJob[] {
  return Array.from({ length: 10 }, (_, i) =>
    job({
      id: `job-${from + i}`,
      startedAt: new Date(Date.parse('2026-11-25T01:00:00Z') - (from + i) * DAY_MS).toISOString(),
      finishedAt: new Date(Date.parse('2026-11-25T01:10:00Z') - (from + i) * DAY_MS).toISOString(),
    }),
  );
}

/** listJobs over 25 jobs, newest first; the cursor is the next index. */
function serveHistory() {
  const all = [...tenJobs(0), ...tenJobs(10), ...tenJobs(20).slice(0, 5)];
  backend.handlers.listJobs = (payload) => {
    const input = (payload ?? {}) as ListJobsInput;
    const from = Number(input.cursor ?? 0);
    const limit = input.limit ?? 10;
    return ok({
      jobs: all.slice(from, from + limit),
      nextCursor: from + limit < all.length ? String(from + limit) : null,
    });
  };
  return all;
}

describe('older backups', () => {
  test.each([
    ['an admin', connected()],
    ['a member', connected({ viewer: MEMBER })],
  ])('%s pages back with "Show older backups" until there are none', async (_, base) => {
    serveHistory();
    const { user } = await renderPage({ ...base, recentJobs: tenJobs(0) });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    await user.click(screen.getByRole('button', { name: 'Show older backups' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(21));
    expect(screen.getByText('Backups listed: 20')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Show older backups' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(26));
    expect(callsOf('listJobs')).toEqual([{ limit: 20 }, { cursor: '20', limit: 10 }]);
    expect(screen.queryByRole('button', { name: 'Show older backups' })).toBeNull();
    // Each job once, newest first.
    const starts = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(new Set(starts).size).toBe(25);
  });

  test('fewer than a page of recent backups: nothing older to offer', async () => {
    await renderPage(connected());
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: 'Show older backups' })).toBeNull();
  });

  test('an older page that repeats backups already listed ends the paging with a clear error', async () => {
    const all = [...tenJobs(0), ...tenJobs(10), ...tenJobs(20)];
    backend.handlers.listJobs = (payload) => {
      const input = (payload ?? {}) as ListJobsInput;
      // Every older page starts 5 backups back: job-15 to job-19 again, then 5 new ones.
      const from = input.cursor ? 15 : 0;
      return ok({ jobs: all.slice(from, from + (input.limit ?? 10)), nextCursor: 'again' });
    };
    const { user } = await renderPage(connected({ recentJobs: tenJobs(0) }));
    const table = await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Show older backups' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(21));
    await user.click(screen.getByRole('button', { name: 'Show older backups' }));
    expect(await screen.findByText(/sent again what is already shown/)).toBeVisible();
    expect(within(table).getAllByRole('row')).toHaveLength(26);
    expect(screen.queryByRole('button', { name: 'Show older backups' })).toBeNull();
  });

  test('a failed page says so with Retry; the table stays', async () => {
    const all = serveHistory();
    const serve = backend.handlers.listJobs!;
    let fail = true;
    backend.handlers.listJobs = (payload) =>
      fail
        ? { ok: false, error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' } }
        : serve(payload);
    const { user } = await renderPage(connected({ recentJobs: all.slice(0, 10) }));
    const table = await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Show older backups' }));
    expect(await screen.findByText('Older backups could not be loaded')).toBeVisible();
    expect(within(table).getAllByRole('row')).toHaveLength(11);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(21));
    expect(screen.queryByText('Older backups could not be loaded')).toBeNull();
  });
});

describe('the running job', () => {
  test('is in the table as soon as the status says so, its "so far" from the backend’s clock', async () => {
    // The backend's clock is 4 days ahead of the browser's (the local clock control moved it).
    const backendNow = Date.now() + 4 * DAY_MS;
    const active = job({
      id: 'job-run',
      outcome: 'RUNNING',
      startedAt: new Date(Date.now()).toISOString(),
      finishedAt: null,
      projectsSucceeded: 3,
    });
    const base = connected();
    await renderPage({
      ...base,
      status: 'RUNNING',
      runningJob: active,
      health: { ...base.health, checkedAt: new Date(backendNow).toISOString() },
    });
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(1 + 1 + base.recentJobs.length);
    expect(rows[1]).toHaveTextContent(/^.*CET96 hrs? so far/);
    expect(rows[1]).toHaveTextContent('Running');
  });
});

describe('the notification settings hand-off', () => {
  test('Settings offers email on failed backups, set up in GitProtect', async () => {
    backend.handlers.openManagementService = () => ok({ url: SSO_URL });
    const { user } = await renderPage(connected());
    await user.click(screen.getByRole('tab', { name: 'Settings' }));
    const section = await screen.findByRole('region', { name: 'Email when a backup fails' });
    await user.click(within(section).getByRole('button', { name: 'Set up emails in GitProtect' }));
    await waitFor(() => expect(backend.opened).toEqual([SSO_URL]));
    expect(callsOf('openManagementService')).toEqual([
      { destination: { kind: 'NOTIFICATION_SETTINGS' } },
    ]);
  });
});

describe('in Polish', () => {
  test('the details speak of przestrzenie', async () => {
    backend.context = { locale: 'pl-PL', timezone: 'Europe/Warsaw' };
    serveJob();
    const page = await renderPage(connected({ recentJobs: [partial] }));
    await page.user.click(
      within(await screen.findByRole('table')).getByRole('button', {
        name: /^Szczegóły kopii rozpoczętej/,
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: /^Kopia rozpoczęta/ });
    expect(within(dialog).getByRole('checkbox', { name: 'Tylko nieudane' })).toBeChecked();
    await within(dialog).findByRole('list', { name: 'Przestrzenie w tej kopii' });
    expect(
      within(dialog).getByRole('button', { name: 'Otwórz dzienniki tej kopii w GitProtect' }),
    ).toBeVisible();
    expect(within(dialog).getByText('Widoczne: 3 z 3')).toBeVisible();
  });
});

describe('the details of a backup that is still running', () => {
  beforeEach(() => useFakeTimersFromNow({ advanceTimers: true }));
  afterEach(() => jest.useRealTimers());

  test('follow its progress while open, and show its final spaces when it ends', async () => {
    const at = (done: number) => running(done).runningJob!;
    const ended: BackupJob = {
      ...at(40),
      outcome: 'SUCCEEDED',
      finishedAt: new Date(Date.now() + 60_000).toISOString(),
    };
    const overviews = [running(10), running(20), connected({ recentJobs: [ended, partial] })];
    let read = 0;
    backend.handlers.getOverview = () => ok(overviews[Math.min(read++, overviews.length - 1)]!);
    let served = at(10);
    backend.handlers.getJob = () =>
      ok<JobDetails>({
        job: served,
        durationMs: null,
        projects: [space(1, 'SUCCEEDED'), space(2, served === ended ? 'SUCCEEDED' : 'PENDING')],
        nextCursor: null,
      });

    await renderPage();
    const table = await screen.findByRole('table');
    fireEvent.click(
      within(table).getAllByRole('button', { name: /^Details of the backup started/ })[0]!,
    );
    const dialog = await screen.findByRole('dialog', { name: /^Backup started/ });
    await waitFor(() =>
      expect(fact('Spaces', dialog)).toHaveTextContent('10 succeeded, 0 failed, of 40'),
    );
    expect(callsOf('getJob')).toHaveLength(1);
    expect(
      await within(dialog).findByRole('list', { name: 'Spaces in this backup' }),
    ).toHaveTextContent('Waiting');

    await act(() => jest.advanceTimersByTimeAsync(3_000));
    await waitFor(() =>
      expect(fact('Spaces', dialog)).toHaveTextContent('20 succeeded, 0 failed, of 40'),
    );
    expect(callsOf('getJob')).toHaveLength(1);

    served = ended;
    await act(() => jest.advanceTimersByTimeAsync(3_000));
    await waitFor(() =>
      expect(fact('Spaces', dialog)).toHaveTextContent('40 succeeded, 0 failed, of 40'),
    );
    expect(fact('Outcome', dialog)).toHaveTextContent('Succeeded');
    await waitFor(() => expect(callsOf('getJob')).toHaveLength(2));
    await waitFor(() =>
      expect(
        within(dialog).getByRole('list', { name: 'Spaces in this backup' }),
      ).not.toHaveTextContent('Waiting'),
    );
  });
});

describe('a partly failed backup’s verdict (issue 26, item 7)', () => {
  const partlyFailed = () =>
    connected({
      lastBackup: partial,
      recentJobs: [partial, job()],
      status: 'SUCCEEDED_WITH_WARNINGS',
      alerts: [
        {
          code: 'LAST_BACKUP_PARTIAL',
          severity: 'warning',
          message: 'The last backup partly failed.',
          action: 'OPEN_JOB_DETAILS',
          params: { projectsFailed: 3, projectsTotal: 40, jobId: partial.id },
        },
      ],
    });

  test('its action opens that backup’s details in the app, with each failed space’s reason', async () => {
    serveJob();
    const { user } = await renderPage(partlyFailed());
    const verdict = document.querySelector<HTMLElement>('[data-verdict]')!;
    expect(verdict).toHaveTextContent('The backup’s details say why for each space.');
    await user.click(within(verdict).getByRole('button', { name: 'Show the backup’s details' }));
    const dialog = await screen.findByRole('dialog', { name: /^Backup started Wed 25 Nov/ });
    expect(await within(dialog).findByText('Jira answered 403 for space SP38')).toBeVisible();
    expect(callsOf('getJob')[0]).toMatchObject({ jobId: partial.id });
  });

  test('the Management Service’s logs are the secondary way', async () => {
    const { user } = await renderPage(partlyFailed());
    const verdict = document.querySelector<HTMLElement>('[data-verdict]')!;
    const names = within(verdict)
      .getAllByRole('button')
      .map((button) => button.textContent);
    expect(names).toEqual(['Show the backup’s details', 'Open the logs in the Management Service']);
    await user.click(
      within(verdict).getByRole('button', { name: 'Open the logs in the Management Service' }),
    );
    expect(await screen.findByRole('dialog', { name: 'More features' })).toBeVisible();
  });
});

describe('history rows that would read alike (issue 26, item 12)', () => {
  test('two backups started in the same minute show their seconds; the others do not', async () => {
    const first = job({
      id: 'job-a',
      startedAt: '2026-11-25T15:06:12Z',
      finishedAt: '2026-11-25T15:06:40Z',
    });
    const second = job({
      id: 'job-b',
      startedAt: '2026-11-25T15:06:48Z',
      finishedAt: '2026-11-25T15:20:00Z',
    });
    const earlier = job({
      id: 'job-c',
      startedAt: '2026-11-24T01:00:05Z',
      finishedAt: '2026-11-24T01:12:00Z',
    });
    await renderPage(connected({ lastBackup: second, recentJobs: [second, first, earlier] }));
    const table = await screen.findByRole('table');
    expect(
      within(table).getByRole('button', {
        name: 'Details of the backup started Wed 25 Nov, 16:06:48 CET',
      }),
    ).toHaveTextContent('Wed 25 Nov, 16:06:48 CET');
    expect(
      within(table).getByRole('button', {
        name: 'Details of the backup started Wed 25 Nov, 16:06:12 CET',
      }),
    ).toHaveTextContent('Wed 25 Nov, 16:06:12 CET');
    expect(
      within(table).getByRole('button', {
        name: 'Details of the backup started Tue 24 Nov, 02:00 CET',
      }),
    ).toHaveTextContent(/^Tue 24 Nov, 02:00 CET$/);
  });
});

describe('one style for each control (issue 26, item 16)', () => {
  test('Close at the foot of job details is drawn as Close at the foot of the spaces view', async () => {
    serveJob();
    const { user } = await renderPage(connected({ recentJobs: [partial, job()] }));
    await user.click(screen.getByRole('button', { name: '38 of 40 in Jira' }));
    const spaces = await screen.findByRole('dialog', { name: 'Spaces and their backups' });
    const spacesClose = within(spaces).getAllByRole('button', { name: 'Close' }).at(-1)!;
    const style = spacesClose.className;
    await user.click(spacesClose);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const table = await screen.findByRole('table');
    await user.click(
      within(table).getByRole('button', { name: /^Details of the backup started Wed 25 Nov/ }),
    );
    const details = await screen.findByRole('dialog', { name: /^Backup started Wed 25 Nov/ });
    const detailsClose = within(details).getAllByRole('button', { name: 'Close' }).at(-1)!;
    expect(detailsClose).toHaveTextContent('Close');
    expect(detailsClose.className).toBe(style);
  });
});
