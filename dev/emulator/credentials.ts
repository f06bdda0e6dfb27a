import type { InstanceRecord } from './state';

const DAY_MS = 86_400_000;
const API_TOKEN_SHAPE = /^ATATT[A-Za-z0-9_=-]{19,}$/;

/** Why Jira would refuse these credentials at `now`, or undefined when it would accept them. */
export function rejectionOf(
  apiToken: string,
  expiresOn: string | undefined,
  now: Date,
): string | undefined {
  if (!API_TOKEN_SHAPE.test(apiToken)) {
    return 'Jira rejected these credentials: this is not an Atlassian API token (they start with ATATT).';
  }
  if (expiresOn !== undefined && isPastDay(expiresOn, now)) {
    return `Jira rejected these credentials: the API token expired after ${expiresOn}.`;
  }
  return undefined;
}

/** `expiresOn` is the last day (UTC) on which the token works. */
function expiryInstant(expiresOn: string): number {
  return Date.parse(`${expiresOn}T00:00:00Z`) + DAY_MS;
}

function isPastDay(day: string, now: Date): boolean {
  return now.getTime() >= expiryInstant(day);
}

export function credentialsRejectedAt(instance: InstanceRecord, at: Date): boolean {
  const { statusOverride, expiresOn } = instance.credentials;
  if (statusOverride !== null) return statusOverride === 'REJECTED';
  return expiresOn !== null && isPastDay(expiresOn, at);
}

export function credentialsView(
  instance: InstanceRecord,
  now: Date,
): { status: 'VALID' | 'REJECTED'; checkedAt: string } {
  const { statusOverride, expiresOn, checkedAt } = instance.credentials;
  if (!credentialsRejectedAt(instance, now)) return { status: 'VALID', checkedAt };
  const expiredAt =
    statusOverride === null && expiresOn !== null
      ? new Date(expiryInstant(expiresOn)).toISOString()
      : checkedAt;
  return { status: 'REJECTED', checkedAt: expiredAt > checkedAt ? expiredAt : checkedAt };
}

export function lastFourOf(apiToken: string): string {
  return apiToken.slice(-4);
}
