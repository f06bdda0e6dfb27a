import fc from 'fast-check';
import type { Schedule, Weekday } from '../../../src/contract';
import {
  protectionPeriodMs,
  spaceProtection,
  unprotectedSpaces,
  type SpaceFacts,
} from '../../../src/domain/protection';

/** What "protected" means for one space, as the page and the verdict count it. */

const WEEKDAYS: Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const HOUR_MS = 3_600_000;

const schedules = fc.option(
  fc.record<Schedule>({
    days: fc.subarray(WEEKDAYS, { minLength: 1 }),
    hour: fc.integer({ min: 0, max: 23 }),
    timezone: fc.constantFrom('UTC', 'Europe/Warsaw', 'America/New_York', 'Asia/Tokyo'),
  }),
  { nil: null },
);
// Any instant from 2020 to 2040: the rule must not care which day it is.
const instants = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2040, 0, 1) });

function space(overrides: Partial<SpaceFacts>): SpaceFacts {
  return { visible: true, inPlan: true, lastBackup: null, lastSuccessAt: null, ...overrides };
}

const failedAt = (at: number): SpaceFacts['lastBackup'] => ({
  jobId: 'job-f',
  finishedAt: new Date(at).toISOString(),
  outcome: 'FAILED',
  failureReason: 'Jira answered 503',
});

test('a space never backed up is not protected, whatever the plan and the day', () => {
  fc.assert(
    fc.property(schedules, instants, fc.boolean(), (schedule, now, failedOnce) => {
      const facts = space({ lastBackup: failedOnce ? failedAt(now - HOUR_MS) : null });
      const verdict = spaceProtection(facts, schedule, new Date(now));
      expect(verdict.status).not.toBe('PROTECTED');
      expect(verdict.status).toBe(failedOnce ? 'LAST_BACKUP_FAILED' : 'NEVER_BACKED_UP');
    }),
  );
});

test('a success within the plan’s period protects; one older than it does not', () => {
  fc.assert(
    fc.property(
      schedules,
      instants,
      fc.double({ min: 0, max: 1, noNaN: true }),
      (schedule, now, part) => {
        const period = protectionPeriodMs(schedule);
        const within = space({
          lastSuccessAt: new Date(now - Math.floor(part * period)).toISOString(),
        });
        expect(spaceProtection(within, schedule, new Date(now))).toEqual({
          status: 'PROTECTED',
          fix: null,
        });
        const stale = space({ lastSuccessAt: new Date(now - period - 60_000).toISOString() });
        expect(spaceProtection(stale, schedule, new Date(now))).toEqual({
          status: 'BACKUP_OUTDATED',
          fix: 'START_BACKUP',
        });
      },
    ),
  );
});

test('the period is the plan’s longest gap plus six hours: a week for a weekly plan', () => {
  const weekly: Schedule = { days: ['SUN'], hour: 2, timezone: 'UTC' };
  const daily: Schedule = { days: [...WEEKDAYS], hour: 2, timezone: 'UTC' };
  expect(protectionPeriodMs(weekly)).toBe((7 * 24 + 6) * HOUR_MS);
  expect(protectionPeriodMs(daily)).toBe(30 * HOUR_MS);
  // No plan configured: the service's default, daily.
  expect(protectionPeriodMs(null)).toBe(30 * HOUR_MS);
});

test('a last backup that failed after a success within the period still leaves the space protected', () => {
  const now = Date.UTC(2027, 2, 28, 0, 30);
  const facts = space({
    lastBackup: failedAt(now - HOUR_MS),
    lastSuccessAt: new Date(now - 20 * HOUR_MS).toISOString(),
  });
  expect(spaceProtection(facts, null, new Date(now)).status).toBe('PROTECTED');
  // The same failure with the success gone past the period: the failure is the cause.
  const older = { ...facts, lastSuccessAt: new Date(now - 31 * HOUR_MS).toISOString() };
  expect(spaceProtection(older, null, new Date(now))).toEqual({
    status: 'LAST_BACKUP_FAILED',
    fix: 'SEE_JOB_LOGS',
  });
});

test('a space the backup account cannot read, or the plan leaves out, is never protected', () => {
  fc.assert(
    fc.property(schedules, instants, fc.boolean(), (schedule, now, hidden) => {
      const justBackedUp = new Date(now - 60_000).toISOString();
      const facts = space(
        hidden
          ? { visible: false, lastSuccessAt: justBackedUp }
          : { inPlan: false, lastSuccessAt: justBackedUp },
      );
      expect(spaceProtection(facts, schedule, new Date(now))).toEqual(
        hidden
          ? { status: 'NOT_VISIBLE_TO_BACKUP_ACCOUNT', fix: 'GRANT_BROWSE_PROJECTS' }
          : { status: 'NOT_IN_PLAN', fix: 'ADD_TO_PLAN' },
      );
    }),
  );
});

test('the site’s spaces split into protected and one root cause each, adding up to the site', () => {
  fc.assert(
    fc.property(
      fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
      fc.integer({ min: -5, max: 20_000 }),
      fc.integer({ min: -5, max: 20_000 }),
      fc.integer({ min: -5, max: 20_000 }),
      (site, visible, planned, protectedCount) => {
        const split = unprotectedSpaces({ site, visible, planned, protected: protectedCount });
        const parts = [
          split.protected,
          split.notVisible,
          split.notInPlan,
          split.notRecentlyBackedUp,
        ];
        for (const part of parts) expect(part).toBeGreaterThanOrEqual(0);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(split.total);
        if (site !== null && site >= visible) expect(split.total).toBe(site);
      },
    ),
  );
  expect(unprotectedSpaces({ site: 25, visible: 22, planned: 20, protected: 20 })).toEqual({
    total: 25,
    protected: 20,
    notVisible: 3,
    notInPlan: 2,
    notRecentlyBackedUp: 0,
  });
});
