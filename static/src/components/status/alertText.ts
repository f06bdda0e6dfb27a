import { ALERT_CODES, type Alert, type AlertCode } from '../../../../src/contract';
import { retryWhen } from '../../wording/errors';
import type { I18n, MessageKey } from '../../i18n';

function numberParam(alert: Alert, name: string): number | undefined {
  const value = alert.params[name];
  return typeof value === 'number' ? value : undefined;
}

function textParam(alert: Alert, name: string): string | undefined {
  const value = alert.params[name];
  return typeof value === 'string' ? value : undefined;
}

/** Who reads the words: an admin gets the fix, anyone else whom to ask. */
export interface Reader {
  isAdmin: boolean;
  /** The backend's clock: "2 hours ago" counts from it. */
  now: Date;
}

/** Codes whose words for a member differ from an admin's: they name the admin's fix. */
const MEMBER_WORDS: Partial<Record<AlertCode, MessageKey>> = {
  CREDENTIALS_REJECTED: 'verdict.member.CREDENTIALS_REJECTED',
  TOKEN_EXPIRED: 'verdict.member.TOKEN_EXPIRED',
  TOKEN_EXPIRING: 'verdict.member.TOKEN_EXPIRING',
  CONNECTION_LOST: 'verdict.member.CONNECTION_LOST',
  LAST_BACKUP_FAILED: 'verdict.member.LAST_BACKUP_FAILED',
  LAST_BACKUP_PARTIAL: 'verdict.member.LAST_BACKUP_PARTIAL',
  BACKUP_OVERDUE: 'verdict.member.BACKUP_OVERDUE',
  SPACES_UNPROTECTED: 'verdict.member.SPACES_UNPROTECTED',
};

/**
 * A member's words for the codes whose member words need the alert's numbers, for an alert that
 * came without them (an older or newer backend): still whom to ask, with no number left blank.
 */
const MEMBER_GENERIC_WORDS: Partial<Record<AlertCode, MessageKey>> = {
  BACKUP_OVERDUE: 'verdict.member.BACKUP_OVERDUE.generic',
  SPACES_UNPROTECTED: 'verdict.member.SPACES_UNPROTECTED.generic',
};

/** Why spaces are not protected, root cause first (src/domain/protection.ts). */
const SPACE_CAUSES = ['notVisible', 'notInPlan', 'notRecentlyBackedUp'] as const;

/** "Tue 24 Nov, 02:00 CET" for a past instant, with how long ago. */
function when(instant: string, { format }: I18n, now: Date): { at: string; ago: string } {
  return { at: format.dateTime(instant), ago: format.relative(instant, now) };
}

/**
 * The page's own words for an alert, filled from its params; the generic wording covers params
 * the backend did not send, and the backend's English covers codes newer than this page.
 */
export function alertText(
  alert: Alert,
  i18n: I18n,
  reader: Reader,
  /** When the shown status was read (the stale snapshot's time). */
  asOf?: string,
): { title: string; body: string } {
  const { t, format } = i18n;
  if (!ALERT_CODES.includes(alert.code)) {
    return { title: t('alert.other.title'), body: alert.message };
  }
  const title = t(`alert.${alert.code}.title`);
  const memberKey = reader.isAdmin ? undefined : MEMBER_WORDS[alert.code];
  const genericKey = memberKey
    ? (MEMBER_GENERIC_WORDS[alert.code] ?? memberKey)
    : (`alert.${alert.code}.generic` as const);
  const generic = { title, body: t(genericKey) };
  switch (alert.code) {
    case 'LAST_BACKUP_FAILED':
    case 'LAST_BACKUP_PARTIAL': {
      const failed = numberParam(alert, 'projectsFailed');
      const total = numberParam(alert, 'projectsTotal');
      if (memberKey || failed === undefined || total === undefined) return generic;
      // "saved 0 of 1 spaces" reads wrongly: a site of one space hears about that space.
      if (alert.code === 'LAST_BACKUP_FAILED' && total === 1 && failed === 1) {
        return { title, body: t('alert.LAST_BACKUP_FAILED.onlySpace') };
      }
      return {
        title,
        body: t(`alert.${alert.code}.body`, { count: failed, total, saved: total - failed }),
      };
    }
    case 'BACKUP_OVERDUE': {
      const since = textParam(alert, 'since');
      if (since === undefined) return generic;
      const { at, ago } = when(since, i18n, reader.now);
      const running = textParam(alert, 'runningSince');
      if (memberKey) {
        const words = running ? 'verdict.member.BACKUP_OVERDUE.running' : memberKey;
        return { title, body: t(words, { since: at }) };
      }
      return {
        title,
        body: running
          ? t('alert.BACKUP_OVERDUE.running', {
              since: at,
              ago,
              started: format.relative(running, reader.now),
            })
          : t('alert.BACKUP_OVERDUE.body', { since: at, ago }),
      };
    }
    case 'SPACES_UNPROTECTED': {
      const counts = SPACE_CAUSES.map((cause) => numberParam(alert, cause));
      const shown = numberParam(alert, 'protected');
      const total = numberParam(alert, 'total');
      if (shown === undefined || total === undefined) return generic;
      const numbers = { protected: format.number(shown), count: total };
      if (memberKey) return { title, body: t(memberKey, numbers) };
      const causes = SPACE_CAUSES.flatMap((cause, index) => {
        const count = counts[index] ?? 0;
        return count > 0 ? [t(`alert.SPACES_UNPROTECTED.${cause}`, { count })] : [];
      });
      return {
        title,
        body: t('alert.SPACES_UNPROTECTED.body', { ...numbers, causes: format.list(causes) }),
      };
    }
    case 'TOKEN_EXPIRING': {
      const expiresOn = textParam(alert, 'expiresOn');
      const daysLeft = numberParam(alert, 'daysLeft');
      if (memberKey || expiresOn === undefined || daysLeft === undefined) return generic;
      const date = format.calendarDay(expiresOn);
      return {
        title,
        body:
          daysLeft === 0
            ? t('alert.TOKEN_EXPIRING.today', { date })
            : t('alert.TOKEN_EXPIRING.body', { date, count: daysLeft }),
      };
    }
    case 'TOKEN_EXPIRED': {
      const expiresOn = textParam(alert, 'expiresOn');
      if (memberKey || expiresOn === undefined) return generic;
      return {
        title,
        body: t('alert.TOKEN_EXPIRED.body', { date: format.calendarDay(expiresOn) }),
      };
    }
    case 'CREDENTIALS_REJECTED':
      return memberKey ? generic : { title, body: t('alert.CREDENTIALS_REJECTED.body') };
    case 'CONNECTION_LOST':
      if (memberKey || asOf === undefined) return generic;
      return {
        title,
        body: t('alert.CONNECTION_LOST.body', { time: format.timeOfDay(asOf) }),
      };
    case 'STALE_DATA': {
      const time = textParam(alert, 'asOf') ?? asOf;
      // Busy (rate limited) is not unreachable: it passes, and the service may say when.
      if (textParam(alert, 'reason') === 'BUSY') {
        if (time === undefined) return { title, body: t('alert.STALE_DATA.busy.generic') };
        const retry = retryWhen(numberParam(alert, 'retryAfterSeconds'), i18n);
        const shown = format.timeOfDay(time);
        return {
          title,
          body: retry
            ? t('alert.STALE_DATA.busy.retry', { time: shown, when: retry })
            : t('alert.STALE_DATA.busy', { time: shown }),
        };
      }
      if (time === undefined) return generic;
      return { title, body: t('alert.STALE_DATA.body', { time: format.timeOfDay(time) }) };
    }
  }
}
