import type { Region } from './contract';

/** The Management Service's base URL per region; `forge variables set` overrides each. */
export const DEFAULT_BASE_URLS: Record<Region, string> = {
  EU: 'https://eu.api.gitprotect.io/jira/v1',
  US: 'https://us.api.gitprotect.io/jira/v1',
  AU: 'https://au.api.gitprotect.io/jira/v1',
};

export function baseUrlsFrom(env: Record<string, string | undefined>): Record<Region, string> {
  return {
    EU: env.GITPROTECT_API_EU || DEFAULT_BASE_URLS.EU,
    US: env.GITPROTECT_API_US || DEFAULT_BASE_URLS.US,
    AU: env.GITPROTECT_API_AU || DEFAULT_BASE_URLS.AU,
  };
}
