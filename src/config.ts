import type { Region } from './contract';
import { REGIONS } from './contract';

/**
 * The Management Service's host per region: placeholders of this project's contract
 * (contract/management-service.yaml), not hosts GitProtect publishes. manifest.yml's backend
 * egress lists exactly these (test/backend/manifest.test.ts), so Forge lets the app reach
 * nothing else: a base URL on another host could never be fetched anyway.
 */
export const REGION_API_HOSTS: Record<Region, string> = {
  EU: 'eu.api.gitprotect.io',
  US: 'us.api.gitprotect.io',
  AU: 'au.api.gitprotect.io',
};

/** The domain under which GitProtect serves each instance's Management Service, per region. */
export const MANAGEMENT_DOMAIN = 'app.gitprotect.io';

/**
 * Whether a registration's `managementHost` is one host name under the region's management
 * domain (`<instance>.<region>.app.gitprotect.io`): sign-in links are only ever opened on it, so
 * a reply naming any other host would send admins wherever the reply says.
 */
export function isManagementHostOf(region: Region, host: string): boolean {
  const suffix = `.${region.toLowerCase()}.${MANAGEMENT_DOMAIN}`;
  if (!host.endsWith(suffix)) return false;
  const label = host.slice(0, -suffix.length);
  return /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label);
}

/** The base URL per region when its `forge variables` entry is not set. */
export const DEFAULT_BASE_URLS: Record<Region, string> = {
  EU: `https://${REGION_API_HOSTS.EU}/jira/v1`,
  US: `https://${REGION_API_HOSTS.US}/jira/v1`,
  AU: `https://${REGION_API_HOSTS.AU}/jira/v1`,
};

export interface BaseUrlRules {
  /**
   * Also accept `http:` on 127.0.0.1, [::1] or localhost: the emulator of the local host and the
   * tests. Never in src/index.ts: on Forge every base URL is https on its region's host.
   */
  allowLoopbackHttp?: boolean;
}

/** A base URL the app must not use; the message names where it came from, never the whole value. */
export class BaseUrlConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BaseUrlConfigError';
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** `GITPROTECT_API_EU` etc.: what `forge variables set` overrides. */
export const baseUrlVariable = (region: Region) => `GITPROTECT_API_${region}`;

/**
 * The base URL per region from `forge variables` (the function's environment), the default where
 * one is not set. A variable that is set but breaks the rules throws: never used, never replaced.
 */
export function baseUrlsFrom(
  env: Record<string, string | undefined>,
  rules: BaseUrlRules = {},
): Record<Region, string> {
  const urls = { ...DEFAULT_BASE_URLS };
  for (const region of REGIONS) {
    const name = baseUrlVariable(region);
    const value = env[name];
    if (value !== undefined) urls[region] = checkedBaseUrl(region, value, rules, name);
  }
  return urls;
}

/** Every region's base URL checked, for deps built without `forge variables` (local, tests). */
export function checkedBaseUrls(
  urls: Record<Region, string>,
  rules: BaseUrlRules = {},
): Record<Region, string> {
  const checked = { ...urls };
  for (const region of REGIONS) {
    checked[region] = checkedBaseUrl(region, urls[region], rules, `The ${region} base URL`);
  }
  return checked;
}

/**
 * `https://<the region's host>/<path>`: no other scheme, host or port, no user name or password,
 * no query or fragment. Returned without a trailing slash, as the client appends `/instances`.
 */
export function checkedBaseUrl(
  region: Region,
  value: string,
  rules: BaseUrlRules,
  source: string,
): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BaseUrlConfigError(`${source} is not a URL.`);
  }
  const loopback = rules.allowLoopbackHttp === true && LOOPBACK_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(loopback && url.protocol === 'http:')) {
    throw new BaseUrlConfigError(`${source} must be an https:// URL.`);
  }
  if (!loopback && (url.hostname !== REGION_API_HOSTS[region] || url.port !== '')) {
    throw new BaseUrlConfigError(
      `${source} must be on ${REGION_API_HOSTS[region]}, the ${region} host that manifest.yml lets the app reach (it is on ${url.host}).`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new BaseUrlConfigError(`${source} must not hold a user name or password.`);
  }
  if (url.search !== '' || url.hash !== '' || value.includes('?') || value.includes('#')) {
    throw new BaseUrlConfigError(`${source} must not have a query or fragment.`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
