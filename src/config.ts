import type { Region } from './contract';

/**
 * The Management Service's host per region: placeholders of this project's contract
 * (contract/management-service.yaml), not hosts GitProtect publishes. manifest.yml's backend
 * egress lists exactly these (test/backend/manifest.test.ts), so Forge lets the app reach
 * nothing else.
 */
export const REGION_API_HOSTS: Record<Region, string> = {
  EU: 'eu.api.gitprotect.io',
  US: 'us.api.gitprotect.io',
  AU: 'au.api.gitprotect.io',
};

/** The Management Service's base URL per region; `forge variables set` overrides each. */
export const DEFAULT_BASE_URLS: Record<Region, string> = {
  EU: `https://${REGION_API_HOSTS.EU}/jira/v1`,
  US: `https://${REGION_API_HOSTS.US}/jira/v1`,
  AU: `https://${REGION_API_HOSTS.AU}/jira/v1`,
};

export function baseUrlsFrom(env: Record<string, string | undefined>): Record<Region, string> {
  return {
    EU: env.GITPROTECT_API_EU || DEFAULT_BASE_URLS.EU,
    US: env.GITPROTECT_API_US || DEFAULT_BASE_URLS.US,
    AU: env.GITPROTECT_API_AU || DEFAULT_BASE_URLS.AU,
  };
}
