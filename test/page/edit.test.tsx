import { act, screen, waitFor, within } from '@testing-library/react';
import type { ConnectedOverview, SaveScheduleInput } from '../../src/contract';
import { backend, callsOf } from './fakeBridge';
import { SCHEDULE, connected, neverRun, ok } from './fixtures';
import { fact, findFlag, freshBackend, renderPage } from './renderPage';
import { useFakeTimersFromNow } from '../support/fakeTimers';

beforeEach(freshBackend);

const NEXT = ['2026-12-01T03:00:00Z', '2026-12-02T03:00:00Z', '2026-12-04T03:00:00Z'];
const WEEK = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Opens the editor on the given overview, or on what `getOverview` already answers. */
async function openEditor(overview?: ConnectedOverview) {
  const page = await renderPage(
    overview ?? (backend.handlers.getOverview ? undefined : connected()),
  );
  await page.user.click(screen.getByRole('button', { name: 'Edit schedule' }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit backup schedule' });
  return { ...page, dialog };
}

function previewItems(dialog: HTMLElement): string[] {
  const preview = within(dialog).getByRole('region', { name: 'Next backups' });
  return within(preview)
    .queryAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('Edit backup schedule', () => {
  test('starts from the stored schedule and previews the next three backups', async () => {
    const { dialog } = await openEditor();
    const checked = DAYS.filter(
      (day) => (within(dialog).getByRole('checkbox', { name: day }) as HTMLInputElement).checked,
    );
    expect(checked).toEqual(['Monday', 'Wednesday', 'Friday']);
    expect(within(dialog).getByText('02:00')).toBeVisible();
    expect(within(dialog).getByText(/Europe\/Warsaw/)).toBeVisible();
    const items = previewItems(dialog);
    expect(items).toHaveLength(3);
    // From the backend's clock, Thursday 26 Nov 2026 in the fixtures.
    expect(items).toEqual([
      'Fri 27 Nov, 02:00 CET',
      'Mon 30 Nov, 02:00 CET',
      'Wed 2 Dec, 02:00 CET',
    ]);
  });

  test('previews from the backend’s clock, not the browser’s', async () => {
    // The app's clock runs 45 days ahead of the browser's, as after the local clock control.
    const backendNow = Date.now() + 45 * 86_400_000;
    const daily = { days: [...WEEK], hour: 2, timezone: 'UTC', version: 'v1' };
    const base = connected({ schedule: daily, scheduleVersion: 'v1' });
    const { dialog } = await openEditor({
      ...base,
      health: { ...base.health, checkedAt: new Date(backendNow).toISOString() },
    });
    const first = new Date(backendNow);
    first.setUTCHours(2, 0, 0, 0);
    if (first.getTime() <= backendNow) first.setUTCDate(first.getUTCDate() + 1);
    const dayAndMonth = new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    }).format(first);
    expect(previewItems(dialog)[0]).toContain(`${dayAndMonth}`);
  });

  test('saving sends the edited schedule with its version and shows it on the page', async () => {
    let stored = connected();
    backend.handlers.getOverview = () => ok(stored);
    backend.handlers.saveSchedule = (payload) => {
      const { version: _version, ...schedule } = payload as SaveScheduleInput;
      const saved = { schedule: { ...schedule, version: 'v2' }, nextBackups: NEXT };
      stored = { ...stored, schedule: saved.schedule, nextBackupAt: NEXT[0]! };
      return ok(saved);
    };
    const { user, dialog } = await openEditor();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Monday' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Tuesday' }));
    await user.click(within(dialog).getByLabelText('Hour'));
    await user.click(await screen.findByRole('option', { name: '04:00' }));
    expect(previewItems(dialog).every((item) => /^(Tue|Wed|Fri) .*04:00/.test(item))).toBe(true);

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('saveSchedule')).toEqual([
      { days: ['TUE', 'WED', 'FRI'], hour: 4, timezone: 'Europe/Warsaw', version: 'v1' },
    ]);
    expect(fact('Schedule')).toHaveTextContent('Tue, Wed and Fri at 04:00 (Europe/Warsaw)');
    expect(fact('Next backup')).toHaveTextContent(/Tue 1 Dec, 04:00 CET/);
    expect(await findFlag(/^Schedule saved\. Next backup: Tue 1 Dec/)).toMatchObject({
      type: 'success',
    });
  });

  test('with no day chosen, Save is refused and the dialog says why', async () => {
    const { user, dialog } = await openEditor();
    for (const day of ['Monday', 'Wednesday', 'Friday']) {
      await user.click(within(dialog).getByRole('checkbox', { name: day }));
    }
    expect(
      within(dialog).getByText('Choose at least one day: a schedule without days would never run.'),
    ).toBeVisible();
    expect(
      within(dialog).getByText(/Choose at least one day to see the next backups/),
    ).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(callsOf('saveSchedule')).toHaveLength(0);
    expect(screen.getByRole('dialog', { name: 'Edit backup schedule' })).toBeVisible();
    expect(within(dialog).getByRole('checkbox', { name: 'Monday' })).toHaveFocus();
  });

  test('a conflict shows the schedule someone else saved and lets the admin edit from it', async () => {
    const theirs = { days: ['SAT' as const], hour: 23, timezone: 'UTC', version: 'v7' };
    let attempt = 0;
    backend.handlers.saveSchedule = (payload) => {
      attempt += 1;
      if (attempt === 1) {
        return {
          ok: false,
          error: { code: 'CONFLICT', message: 'Someone else changed it', current: theirs },
        };
      }
      const { version: _v, ...schedule } = payload as SaveScheduleInput;
      return ok({ schedule: { ...schedule, version: 'v8' }, nextBackups: [] });
    };
    const { user, dialog } = await openEditor();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Someone else changed the schedule')).toBeVisible();
    expect(within(dialog).getByText(/changed to: Sat at 23:00 \(UTC\)/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Edit the current schedule' }));
    expect(within(dialog).getByRole('checkbox', { name: 'Saturday' })).toBeChecked();
    expect(within(dialog).getByRole('checkbox', { name: 'Monday' })).not.toBeChecked();
    expect(within(dialog).getByText('23:00')).toBeVisible();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('saveSchedule')[1]).toEqual({ ...theirs, days: ['SAT'], version: 'v7' });
  });

  test('after a conflict with no schedule left, the next save uses the version the page reads next, also when its own re-read failed', async () => {
    // Issue 25: the dialog kept the old version when the re-read failed or a newer read won,
    // so every later save conflicted again.
    useFakeTimersFromNow();
    let attempt = 0;
    backend.handlers.saveSchedule = (payload) => {
      attempt += 1;
      if (attempt === 1) {
        return { ok: false, error: { code: 'CONFLICT', message: 'The schedule was removed' } };
      }
      const { version: _v, ...schedule } = payload as SaveScheduleInput;
      return ok({ schedule: { ...schedule, version: 'v10' }, nextBackups: [] });
    };
    const { user, dialog } = await openEditor();
    backend.handlers.getOverview = () => ({
      ok: false,
      error: { code: 'UPSTREAM_UNAVAILABLE', message: 'GitProtect cannot be reached' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('While you were editing, the schedule was removed.'),
    ).toBeVisible();

    // The page's next read (a minute later, as an open page reads) knows the new version.
    backend.handlers.getOverview = () => ok({ ...connected(), scheduleVersion: 'v9' });
    await act(() => jest.advanceTimersByTimeAsync(61_000));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('saveSchedule').map((call) => (call as SaveScheduleInput).version)).toEqual([
      SCHEDULE.version,
      'v9',
    ]);
  });

  test('a first schedule opens on the default plan in its own zone (UTC), the viewer’s time beside it', async () => {
    // Issue 26, item 10: it used to open in the viewer's zone, so saving unchanged moved the plan.
    backend.context = { locale: 'en-GB', timezone: 'Asia/Tokyo' };
    backend.handlers.saveSchedule = (payload) => {
      const { version: _version, ...schedule } = payload as SaveScheduleInput;
      return ok({ schedule: { ...schedule, version: 'v2' }, nextBackups: NEXT });
    };
    const { user, dialog } = await openEditor(neverRun());
    expect(within(dialog).getByText(/^UTC \(GMT(\+0)?\)$/)).toBeVisible();
    expect(within(dialog).queryByText(/Asia\/Tokyo/)).toBeNull();
    expect(within(dialog).getByText('02:00')).toBeVisible();
    for (const day of DAYS) {
      expect(within(dialog).getByRole('checkbox', { name: day })).toBeChecked();
    }
    const items = previewItems(dialog);
    expect(items).toHaveLength(3);
    // 02:00 UTC is 11:00 the same day in Tokyo.
    for (const item of items) {
      expect(item).toMatch(/02:00 UTC \(your time: \w{3} \d+ \w+( \d{4})?, 11:00 GMT\+9\)/);
    }

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('saveSchedule')).toEqual([
      { days: [...WEEK], hour: 2, timezone: 'UTC', version: expect.any(String) },
    ]);
  });

  test('another zone can still be chosen for a first schedule, and the preview names both zones', async () => {
    backend.context = { locale: 'en-GB', timezone: 'America/New_York' };
    const { user, dialog } = await openEditor(neverRun());
    await user.type(within(dialog).getByLabelText('Time zone'), 'Europe/Warsaw');
    await user.keyboard('{Enter}');
    const items = previewItems(dialog);
    expect(items).toHaveLength(3);
    // 02:00 in Warsaw is 20:00 or 21:00 the evening before in New York ("GMT-5" in en-GB).
    for (const item of items) {
      expect(item).toMatch(
        /02:00 CES?T \(your time: \w{3} \d+ \w+( \d{4})?, (20|21):00 GMT-[45]\)/,
      );
    }
  });

  test('Escape and Cancel close the dialog without saving', async () => {
    const { user } = await openEditor();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Edit schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit backup schedule' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(callsOf('saveSchedule')).toHaveLength(0);
  });
});
