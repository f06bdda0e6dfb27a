import { type LocalUserName, isLocalUserName } from './localApp';

/** What the local Jira "is" for one page view: who acts, in which language, zone and theme. */
export interface ViewOptions {
  as: LocalUserName;
  locale: string;
  theme: 'light' | 'dark';
  /** IANA zone; absent means the browser's own. */
  tz?: string;
  /**
   * Which of the manifest's page modules shows the app: the global page (absent), the admin
   * page Jira's apps manager opens as "Get started" (`get-started`), or the one under Jira
   * settings > Apps (`admin`).
   */
  module?: PageModule;
}

export const PAGE_MODULES = {
  'get-started': { type: 'jira:adminPage', key: 'gitprotect-get-started' },
  admin: { type: 'jira:adminPage', key: 'gitprotect-admin-page' },
} as const;
export type PageModule = keyof typeof PAGE_MODULES;

const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Reads `?as=`, `?locale=`, `?theme=` and `?tz=`; anything unrecognised falls back to defaults. */
export function viewOptionsFrom(query: URLSearchParams): ViewOptions {
  const as = query.get('as');
  const locale = query.get('locale');
  const tz = query.get('tz');
  const module = query.get('module');
  return {
    as: isLocalUserName(as) ? as : 'admin',
    locale: locale !== null && LOCALE.test(locale) ? locale : 'en-US',
    theme: query.get('theme') === 'dark' ? 'dark' : 'light',
    ...(tz !== null && isTimeZone(tz) ? { tz } : {}),
    ...(module !== null && Object.hasOwn(PAGE_MODULES, module)
      ? { module: module as PageModule }
      : {}),
  };
}

export function toQuery(options: ViewOptions): string {
  const query = new URLSearchParams({
    as: options.as,
    locale: options.locale,
    theme: options.theme,
  });
  if (options.tz) query.set('tz', options.tz);
  if (options.module) query.set('module', options.module);
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
