import { lastFour } from '../domain/masking';
import type { JiraCredentials } from '../ports/managementService';
import type { CredentialsMetadata } from './state';

/** A Jira API token as an admin entered it (validated). */
export interface EnteredToken {
  email: string;
  token: string;
  expiresOn?: string;
}

/** What GitProtect is handed: the token itself, which the app never keeps. */
export function serviceCredentials(entered: EnteredToken): JiraCredentials {
  return {
    email: entered.email,
    apiToken: entered.token,
    ...(entered.expiresOn ? { expiresOn: entered.expiresOn } : {}),
  };
}

/** What the app keeps of a token it handed on: its last four characters, never the rest. */
export function credentialsMetadata(entered: EnteredToken, updatedAt: string): CredentialsMetadata {
  return {
    email: entered.email,
    lastFour: lastFour(entered.token),
    updatedAt,
    expiresOn: entered.expiresOn ?? null,
  };
}
