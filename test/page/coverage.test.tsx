import { act, screen, waitFor, within } from '@testing-library/react';
import type { GetCoverageInput, ProjectCoverage, ProjectCoveragePage } from '../../src/contract';
import { backend, callsOf } from './fakeBridge';
import { FIXTURE_NOW, MEMBER, connected, ok } from './fixtures';
import { freshBackend, renderPage } from './renderPage';
import { useFakeTimersFromNow } from '../support/fakeTimers';

beforeEach(freshBackend);

const EMAIL = 'backup@example.com';
const SSO_URL = 'https://acme.eu.app.gitprotect.io/sso/abc';

function space(index: number, overrides: Partial<ProjectCoverage> = {}): ProjectCoverage {
  return {
    key: `P${index}`,
    name: `Space ${index}`,
    status: 'PROTECTED',
    fix: null,
    lastBackup: {
      jobId: 'job-1',
      finishedAt: '2026-11-24T01:12:00Z',
      outcome: 'SUCCEEDED',
      failureReason: null,
    },
    lastSuccessAt: '2026-11-24T01:12:00Z',
    ...overrides,
  };
}

/** 40 spaces in two pages of 30 and 10: the first 2 out of the plan, the last 3 hidden. */
function coveragePage(startAt: number): ProjectCoveragePage {
  const size = startAt === 0 ? 30 : 10;
  const projects = Array.from({ length: size }, (_, offset) => {
    const index = startAt + offset + 1;
    if (index <= 2) return space(index, { status: 'NOT_IN_PLAN', fix: 'ADD_TO_PLAN' });
    if (index === 5)
      return space(index, {
        status: 'LAST_BACKUP_FAILED',
        fix: 'SEE_JOB_LOGS',
        lastBackup: {
          jobId: 'job-9',
          finishedAt: '2026-11-24T01:12:00Z',
          outcome: 'FAILED',
          failureReason: 'Attachment storage timed out',
        },
      });
    if (index > 37)
      return space(index, {
        status: 'NOT_VISIBLE_TO_BACKUP_ACCOUNT',
        fix: 'GRANT_BROWSE_PROJECTS',
        lastBackup: null,
      });
    return space(index);
  });
  return {
    projects,
    startAt,
    nextStartAt: startAt === 0 ? 30 : null,
    siteProjects: 40,
    matchingProjects: 40,
    lookedAt: startAt + size,
    visibleToBackupAccount: 37,
    plannedProjects: 35,
    notVisibleToBackupAccount: 3,
    backupAccount: { email: EMAIL },
  };
}

/** As the backend: with `onlyUnprotected`, only those rows, and how far it looked. */
function answerCoverage() {
  backend.handlers.getCoverage = (payload) => {
    const input = (payload ?? {}) as GetCoverageInput;
    const page = coveragePage(input.startAt ?? 0);
    return ok(
      input.onlyUnprotected
        ? { ...page, projects: page.projects.filter((p) => p.status !== 'PROTECTED') }
        : page,
    );
  };
}

async function openCoverage() {
  const page = await renderPage(connected());
  await page.user.click(screen.getByRole('button', { name: '38 of 40 in Jira' }));
  const dialog = await screen.findByRole('dialog', { name: 'Spaces and their backups' });
  return { ...page, dialog };
}

function row(key: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[data-space="${key}"]`);
  if (!found) throw new Error(`No row for ${key}`);
  return found;
}

describe('every space, protected or why not', () => {
  test('says first which spaces are not backed up and how to fix it, then lists them', async () => {
    answerCoverage();
    const { dialog } = await openCoverage();

    expect(await within(dialog).findByText('3 spaces are not backed up')).toBeVisible();
    expect(
      within(dialog).getByText(
        `The backup account ${EMAIL} cannot see them, so GitProtect leaves them out without an error. Grant it the Browse projects permission on those spaces.`,
      ),
    ).toBeVisible();
    expect(within(dialog).getByText('2 spaces are not in the backup plan')).toBeVisible();
    expect(
      within(dialog).getByText(
        'Spaces in Jira: 40. Seen by the backup account: 37. In the backup plan: 35.',
      ),
    ).toBeVisible();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(30);
    expect(within(dialog).getByText('Loaded 30 of 40 spaces')).toBeVisible();
    expect(callsOf('getCoverage')).toEqual([{}]);

    expect(row('P3')).toHaveTextContent('Space 3');
    expect(row('P3')).toHaveTextContent('Protected');
    expect(row('P3')).toHaveTextContent(/Backed up .*ago/);
    expect(row('P1')).toHaveTextContent('Not in the plan');
    expect(row('P1')).toHaveTextContent('Add it to the backup plan in GitProtect.');
    expect(row('P5')).toHaveTextContent('Last backup failed');
    expect(row('P5')).toHaveTextContent('GitProtect says: Attachment storage timed out');
  });

  test('a space never backed up is not protected: it says so, offers no restore, and is kept by the filter', async () => {
    backend.handlers.getCoverage = (payload) =>
      ok({
        ...coveragePage(0),
        projects: [
          ...((payload as GetCoverageInput | undefined)?.onlyUnprotected ? [] : [space(3)]),
          space(4, {
            status: 'NEVER_BACKED_UP',
            fix: 'START_BACKUP',
            lastBackup: null,
            lastSuccessAt: null,
          }),
        ],
        nextStartAt: null,
      });
    const { user, dialog } = await openCoverage();
    await waitFor(() => expect(row('P4')).toHaveTextContent('Not backed up yet'));
    expect(
      within(dialog).getByText(/^A space is protected when it is in the backup plan, the backup/),
    ).toBeVisible();
    expect(row('P4')).not.toHaveTextContent('Protected');
    expect(row('P4')).toHaveTextContent('No backup of this space has succeeded yet.');
    expect(row('P4')).toHaveTextContent('The next backup saves it; Backup now saves it sooner.');
    expect(within(row('P4')).queryByRole('button')).toBeNull();
    expect(within(row('P3')).getByRole('button', { name: /Restore in GitProtect/ })).toBeVisible();

    await user.click(
      within(dialog).getByRole('checkbox', { name: /Only spaces that are not protected/ }),
    );
    await waitFor(() => expect(document.querySelector('[data-space="P3"]')).toBeNull());
    expect(row('P4')).toBeVisible();
  });

  test('an open view keeps its "backed up … ago" true as the minutes pass', async () => {
    useFakeTimersFromNow({ advanceTimers: true });
    try {
      const twoHoursAgo = new Date(Date.parse(FIXTURE_NOW) - 2 * 3_600_000).toISOString();
      backend.handlers.getCoverage = () =>
        ok({
          ...coveragePage(0),
          projects: [
            space(3, { lastBackup: { ...space(3).lastBackup!, finishedAt: twoHoursAgo } }),
          ],
          nextStartAt: null,
        });
      await openCoverage();
      await waitFor(() => expect(row('P3')).toHaveTextContent('2 hours ago'));
      act(() => jest.advanceTimersByTime(3 * 3_600_000));
      expect(row('P3')).toHaveTextContent('5 hours ago');
    } finally {
      jest.useRealTimers();
    }
  });

  test('Show more pages on until every space is listed, hidden ones with their fix', async () => {
    answerCoverage();
    const { user, dialog } = await openCoverage();
    await user.click(await within(dialog).findByRole('button', { name: 'Show more' }));

    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(40));
    expect(callsOf('getCoverage')).toEqual([{}, { startAt: 30 }]);
    expect(within(dialog).getByText('Loaded 40 of 40 spaces')).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: 'Show more' })).toBeNull();
    for (const key of ['P38', 'P39', 'P40']) {
      expect(row(key)).toHaveTextContent('Not backed up');
      expect(row(key)).toHaveTextContent('The backup account cannot see this space.');
      expect(row(key)).toHaveTextContent(
        `Grant ${EMAIL} the Browse projects permission on this space.`,
      );
      expect(row(key)).toHaveTextContent('No backup yet');
      expect(within(row(key)).queryByRole('button')).toBeNull();
    }
  });

  test('only the spaces that are not protected: the backend looks for them, and says how far it looked', async () => {
    answerCoverage();
    const { user, dialog } = await openCoverage();
    await user.click(
      await within(dialog).findByRole('checkbox', { name: 'Only spaces that are not protected' }),
    );
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('listitem')
          .map((item) => item.dataset.space),
      ).toEqual(['P1', 'P2', 'P5']),
    );
    expect(callsOf('getCoverage')).toEqual([{}, { onlyUnprotected: true }]);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Looked at 30 of 40 spaces: 3 are not protected.',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Look further' }));
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('listitem')
          .map((item) => item.dataset.space),
      ).toEqual(['P1', 'P2', 'P5', 'P38', 'P39', 'P40']),
    );
    expect(callsOf('getCoverage').at(-1)).toEqual({ startAt: 30, onlyUnprotected: true });
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Looked at 40 of 40 spaces: 6 are not protected.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Look further' })).toBeNull();

    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Only spaces that are not protected' }),
    );
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(30));
    expect(callsOf('getCoverage').at(-1)).toEqual({});
  });

  test('says so when none of the spaces looked at needs attention, and offers to look further', async () => {
    backend.handlers.getCoverage = (payload) => {
      const input = (payload ?? {}) as GetCoverageInput;
      return ok({
        ...coveragePage(input.startAt ?? 0),
        projects: input.onlyUnprotected ? [] : [space(3), space(4)],
        lookedAt: input.startAt ? 40 : 30,
        nextStartAt: input.startAt ? null : 30,
      });
    };
    const { user, dialog } = await openCoverage();
    await user.click(await within(dialog).findByRole('checkbox'));
    expect(
      await within(dialog).findByText(
        'Every space looked at so far is protected. Look further for the rest.',
      ),
    ).toBeVisible();
    expect(within(dialog).queryByRole('listitem')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Look further' }));
    expect(
      await within(dialog).findByText('None of them needs attention: every one is protected.'),
    ).toBeVisible();
  });

  test('on a site of one space, says whether that space is protected, not "1 of 1 spaces"', async () => {
    let protectedSpace = false;
    backend.handlers.getCoverage = (payload) => {
      const input = (payload ?? {}) as GetCoverageInput;
      const only = protectedSpace
        ? space(1)
        : space(1, { status: 'NOT_IN_PLAN', fix: 'ADD_TO_PLAN' });
      return ok({
        ...coveragePage(0),
        projects: input.onlyUnprotected && protectedSpace ? [] : [only],
        nextStartAt: null,
        siteProjects: 1,
        matchingProjects: 1,
        lookedAt: 1,
        visibleToBackupAccount: 1,
        plannedProjects: protectedSpace ? 1 : 0,
        notVisibleToBackupAccount: 0,
      });
    };
    const { user, dialog } = await openCoverage();
    const onlyProblems = await within(dialog).findByRole('checkbox', {
      name: 'Only spaces that are not protected',
    });
    await user.click(onlyProblems);
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'The only space is not protected.',
      ),
    );
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);

    protectedSpace = true;
    await user.click(onlyProblems);
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1));
    await user.click(onlyProblems);
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'The only space is protected: it needs no attention.',
      ),
    );
    expect(within(dialog).queryByRole('listitem')).toBeNull();
    expect(within(dialog).queryByText(/None of them|1 of 1/)).toBeNull();
  });

  test('lists the loaded spaces in natural order: ANL5 before ANL49 before ANL50', async () => {
    const keys = ['ANL', 'ANL10', 'ANL49', 'ANL5', 'ANL50', 'ANL9'];
    backend.handlers.getCoverage = () =>
      ok({
        ...coveragePage(0),
        projects: keys.map((key, index) => ({ ...space(index), key })),
        nextStartAt: null,
      });
    const { dialog } = await openCoverage();
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('listitem')
          .map((item) => item.dataset.space),
      ).toEqual(['ANL', 'ANL5', 'ANL9', 'ANL10', 'ANL49', 'ANL50']),
    );
  });

  test('Restore in GitProtect hands off to restoring that space; a failed job’s row to its logs', async () => {
    answerCoverage();
    backend.handlers.openManagementService = () => ok({ url: SSO_URL });
    const { user, dialog } = await openCoverage();

    await user.click(
      await within(dialog).findByRole('button', { name: 'Restore in GitProtect: Space 3 (P3)' }),
    );
    await waitFor(() => expect(backend.opened).toEqual([SSO_URL]));
    await user.click(within(row('P5')).getByRole('button', { name: /^Open the logs/ }));
    await user.click(within(row('P1')).getByRole('button', { name: /^Open GitProtect/ }));
    await waitFor(() => expect(backend.opened).toHaveLength(3));
    expect(callsOf('openManagementService')).toEqual([
      { destination: { kind: 'RESTORE_PROJECT', projectKey: 'P3' } },
      { destination: { kind: 'JOB_LOGS', jobId: 'job-9' } },
      { destination: { kind: 'HOME' } },
    ]);
    expect(screen.getByRole('dialog', { name: 'Spaces and their backups' })).toBeVisible();
  });

  test('a failed hand-off says so in the view', async () => {
    answerCoverage();
    backend.handlers.openManagementService = () => ({
      ok: false,
      error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' },
    });
    const { user, dialog } = await openCoverage();
    await user.click(
      await within(dialog).findByRole('button', { name: 'Restore in GitProtect: Space 4 (P4)' }),
    );
    expect(await within(dialog).findByText('GitProtect could not be opened')).toBeVisible();
    expect(
      within(dialog).getByText(
        'The GitProtect service cannot be reached right now. Try again in a few minutes.',
      ),
    ).toBeVisible();
    expect(backend.opened).toEqual([]);
  });

  test('shows that it is loading, then the spaces', async () => {
    let answer: (value: unknown) => void = () => undefined;
    backend.handlers.getCoverage = () =>
      new Promise((resolve) => {
        answer = resolve;
      });
    const { dialog } = await openCoverage();
    expect(await within(dialog).findByRole('img', { name: 'Loading the spaces' })).toBeVisible();
    answer(ok(coveragePage(0)));
    expect(await within(dialog).findByText('3 spaces are not backed up')).toBeVisible();
    expect(within(dialog).queryByRole('img', { name: 'Loading the spaces' })).toBeNull();
  });

  test('an upstream failure is a clear message with Retry, never a blank', async () => {
    backend.handlers.getCoverage = () => ({
      ok: false,
      error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' },
    });
    const { user, dialog } = await openCoverage();
    expect(await within(dialog).findByText('The spaces could not be loaded')).toBeVisible();
    expect(
      within(dialog).getByText(
        'The GitProtect service cannot be reached right now. Try again in a few minutes.',
      ),
    ).toBeVisible();

    answerCoverage();
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog).findByText('3 spaces are not backed up')).toBeVisible();
    expect(callsOf('getCoverage')).toEqual([{}, {}]);
  });

  test('a failed next page keeps the spaces shown and retries that page', async () => {
    answerCoverage();
    const { user, dialog } = await openCoverage();
    backend.handlers.getCoverage = () => ({
      ok: false,
      error: { code: 'UPSTREAM_RATE_LIMITED', message: 'busy' },
    });
    await user.click(await within(dialog).findByRole('button', { name: 'Show more' }));
    expect(await within(dialog).findByText('More spaces could not be loaded')).toBeVisible();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(30);

    answerCoverage();
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(40));
    expect(callsOf('getCoverage')).toEqual([{}, { startAt: 30 }, { startAt: 30 }]);
  });

  test('every space protected: says so', async () => {
    backend.handlers.getCoverage = () =>
      ok({
        ...coveragePage(0),
        projects: [space(1), space(2)],
        nextStartAt: null,
        siteProjects: 2,
        visibleToBackupAccount: 2,
        plannedProjects: 2,
        notVisibleToBackupAccount: 0,
      });
    const { user, dialog } = await openCoverage();
    expect(await within(dialog).findByText('All 2 spaces are in the backup plan.')).toBeVisible();
    await user.click(within(dialog).getAllByRole('button', { name: 'Close' })[0]!);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  test('members see the count as plain text, and no space list', async () => {
    await renderPage(connected({ viewer: MEMBER }));
    expect(screen.getByText('38 of 40 in Jira')).toBeVisible();
    expect(screen.queryByRole('button', { name: '38 of 40 in Jira' })).toBeNull();
    expect(callsOf('getCoverage')).toEqual([]);
  });

  test('in Polish, it speaks of spaces', async () => {
    backend.context = { locale: 'pl-PL', timezone: 'Europe/Warsaw' };
    answerCoverage();
    const page = await renderPage(connected());
    await page.user.click(screen.getByRole('button', { name: '38 z 40 w Jirze' }));
    const dialog = await screen.findByRole('dialog', { name: 'Przestrzenie i ich kopie zapasowe' });
    expect(
      await within(dialog).findByText('3 przestrzenie nie mają kopii zapasowej'),
    ).toBeVisible();
    expect(within(dialog).getByText('2 przestrzenie są poza planem kopii')).toBeVisible();
    expect(row('P3')).toHaveTextContent('Chroniona');
    expect(within(dialog).getByRole('button', { name: 'Pokaż więcej' })).toBeVisible();
    expect(dialog.textContent).not.toMatch(/projekt/i);
  });
});

describe('searching the spaces by key or name', () => {
  /** As Jira's search: key or name contains the text, ignoring case. */
  function answerSearch() {
    backend.handlers.getCoverage = (payload) => {
      const input = (payload ?? {}) as GetCoverageInput;
      const all = [...coveragePage(0).projects, ...coveragePage(30).projects];
      const query = input.query?.toLowerCase();
      const matching = query
        ? all.filter((p) => p.key.toLowerCase().includes(query) || p.name.includes(query))
        : all;
      const found = input.onlyUnprotected
        ? matching.filter((p) => p.status !== 'PROTECTED')
        : matching;
      return ok({
        ...coveragePage(0),
        projects: found.slice(0, 30),
        matchingProjects: matching.length,
        lookedAt: Math.min(30, matching.length),
        nextStartAt: matching.length > 30 ? 30 : null,
      });
    };
  }

  test('asks the backend once the typing pauses, and announces how many match', async () => {
    answerSearch();
    const { user, dialog } = await openCoverage();
    const box = await within(dialog).findByRole('searchbox', { name: 'Search spaces' });
    expect(box).toHaveAttribute('maxlength', '80');
    await user.type(box, ' p3 ');
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'Loaded 11 of 11 spaces that match “p3”',
      ),
    );
    // One request for the whole text, without the spaces around it; none per keystroke.
    expect(callsOf('getCoverage')).toEqual([{}, { query: 'p3' }]);
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.dataset.space),
    ).toEqual(['P3', 'P30', 'P31', 'P32', 'P33', 'P34', 'P35', 'P36', 'P37', 'P38', 'P39']);
    expect(within(dialog).queryByRole('button', { name: 'Show more' })).toBeNull();

    await user.clear(box);
    await user.type(box, 'p40');
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent('1 space matches “p40”'),
    );
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(1);

    await user.clear(box);
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(30));
    expect(callsOf('getCoverage').at(-1)).toEqual({});
    expect(within(dialog).getByRole('status')).toHaveTextContent('Loaded 30 of 40 spaces');
  });

  test('says when no space matches, and searches within those not protected', async () => {
    answerSearch();
    const { user, dialog } = await openCoverage();
    const box = await within(dialog).findByRole('searchbox', { name: 'Search spaces' });
    await user.type(box, 'zzz');
    expect(
      await within(dialog).findByText('No spaces match “zzz”.', { selector: 'p' }),
    ).toBeVisible();
    expect(within(dialog).queryByRole('listitem')).toBeNull();
    // Heard as the same words (hidden from sight: browser test), not "Loaded 0 of 0 spaces".
    expect(within(dialog).getByRole('status')).toHaveTextContent(/^No spaces match “zzz”\.$/);

    await user.clear(box);
    await user.type(box, 'P3');
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Only spaces that are not protected' }),
    );
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('listitem')
          .map((item) => item.dataset.space),
      ).toEqual(['P38', 'P39']),
    );
    expect(callsOf('getCoverage').at(-1)).toEqual({ query: 'P3', onlyUnprotected: true });
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Looked at 11 of 11 spaces that match “P3”: 2 are not protected.',
    );
  });

  test('one matching space is named as the only one, protected or not', async () => {
    answerSearch();
    const { user, dialog } = await openCoverage();
    const box = await within(dialog).findByRole('searchbox', { name: 'Search spaces' });
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Only spaces that are not protected' }),
    );
    await user.type(box, 'P40');
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'The only space that matches “P40” is not protected.',
      ),
    );
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.dataset.space),
    ).toEqual(['P40']);

    await user.clear(box);
    await user.type(box, 'P7');
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        'The only space that matches “P7” is protected: it needs no attention.',
      ),
    );
    expect(within(dialog).queryByRole('listitem')).toBeNull();
    expect(within(dialog).queryByText(/None of them|1 of 1/)).toBeNull();
  });

  test('a failed search keeps what was shown and retries the search', async () => {
    answerCoverage();
    const { user, dialog } = await openCoverage();
    const box = await within(dialog).findByRole('searchbox', { name: 'Search spaces' });
    backend.handlers.getCoverage = () => ({
      ok: false,
      error: { code: 'UPSTREAM_UNAVAILABLE', message: 'down' },
    });
    await user.type(box, 'P1');
    expect(await within(dialog).findByText('The spaces could not be searched')).toBeVisible();
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(30);
    answerSearch();
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(11));
    expect(callsOf('getCoverage').slice(1)).toEqual([{ query: 'P1' }, { query: 'P1' }]);
  });

  test('shows only the answer to the latest search when an earlier one answers late', async () => {
    const answers: Array<() => void> = [];
    answerSearch();
    const search = backend.handlers.getCoverage!;
    const { user, dialog } = await openCoverage();
    const box = await within(dialog).findByRole('searchbox', { name: 'Search spaces' });
    backend.handlers.getCoverage = (payload) =>
      new Promise((resolve) => answers.push(() => resolve(search(payload))));
    await user.type(box, 'P2');
    await waitFor(() => expect(answers).toHaveLength(1));
    await user.clear(box);
    await user.type(box, 'P40');
    await waitFor(() => expect(answers).toHaveLength(2));
    act(() => answers[1]!());
    await waitFor(() => expect(within(dialog).getAllByRole('listitem')).toHaveLength(1));
    act(() => answers[0]!());
    await act(() => Promise.resolve());
    expect(
      within(dialog)
        .getAllByRole('listitem')
        .map((item) => item.dataset.space),
    ).toEqual(['P40']);
  });
});
