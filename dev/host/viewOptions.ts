import { type LocalUserName, isLocalUserName } from './localApp';

/** What the local Jira "is" for one page view: who acts, in which language, zone and theme. */
export interface ViewOptions {
  as: LocalUserName;
  locale: string;
  theme: 'light' | 'dark';
  /** IANA zone; absent means the browser's own. */
  tz?: string;
}

const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Reads `?as=`, `?locale=`, `?theme=` and `?tz=`; anything unrecognised falls back to defaults. */
export function viewOptionsFrom(query: URLSearchParams): ViewOptions {
  const as = query.get('as');
  const locale = query.get('locale');
  const tz = query.get('tz');
  return {
    as: isLocalUserName(as) ? as : 'admin',
    locale: locale !== null && LOCALE.test(locale) ? locale : 'en-US',
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    ...(tz !== null && isTimeZone(tz) ? { tz } : {}),
  };
}

export function toQuery(options: ViewOptions): string {
  const query = new URLSearchParams({
    as: options.as,
    locale: options.locale,
    theme: options.theme,
  });
  if (options.tz) query.set('tz', options.tz);
  return query.toString();
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
