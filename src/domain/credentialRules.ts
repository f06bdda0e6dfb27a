/**
 * What makes the Jira credentials of a connect or token update acceptable. The resolvers check
 * payloads with these rules (inputs.ts) and the page checks its form with the same ones before
 * sending, so both refuse the same values. Pure and tiny: the page imports this file.
 */
import { EMAIL_PATTERN } from './validation';

export type CredentialField = 'email' | 'token' | 'expiresOn';

export type EmailProblem = 'missing' | 'tooLong' | 'spaces' | 'notAnEmail';
export type TokenProblem = 'missing' | 'tooShort' | 'tooLong' | 'spaces';
export type ExpiryProblem = 'notADate' | 'noSuchDay' | 'past' | 'tooFar';
export type CredentialProblem = EmailProblem | TokenProblem | ExpiryProblem;

export const MAX_EMAIL_LENGTH = 254;
export const MAX_TOKEN_LENGTH = 1024;
/** The oldest Atlassian API tokens have 24 characters; every later format is longer. */
export const MIN_TOKEN_LENGTH = 24;
/** Atlassian API tokens live at most a year. */
export const MAX_TOKEN_LIFETIME_DAYS = 366;

const CONTROL_OR_SPACE = /[\s\p{Cc}\p{Cf}]/u;
const DAY_MS = 86_400_000;

export function emailProblem(email: string): EmailProblem | null {
  if (email.length === 0) return 'missing';
  if (email.length > MAX_EMAIL_LENGTH) return 'tooLong';
  if (CONTROL_OR_SPACE.test(email)) return 'spaces';
  return EMAIL_PATTERN.test(email) ? null : 'notAnEmail';
}

export function tokenProblem(token: string): TokenProblem | null {
  if (token.length === 0) return 'missing';
  if (token.length > MAX_TOKEN_LENGTH) return 'tooLong';
  if (CONTROL_OR_SPACE.test(token)) return 'spaces';
  return token.length < MIN_TOKEN_LENGTH ? 'tooShort' : null;
}

/** `YYYY-MM-DD` of an instant, in UTC: the day the server compares expiry dates with. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last expiry date accepted on `today`. */
export function latestExpiry(today: Date): string {
  return isoDay(new Date(today.getTime() + MAX_TOKEN_LIFETIME_DAYS * DAY_MS));
}

export function expiryProblem(day: string, today: Date): ExpiryProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return 'notADate';
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || isoDay(date) !== day) return 'noSuchDay';
  if (day < isoDay(today)) return 'past';
  return day > latestExpiry(today) ? 'tooFar' : null;
}

export interface CredentialValues {
  email: string;
  token: string;
  /** Empty or absent: no expiry date given. */
  expiresOn?: string;
}

/** Every field's problem at once, so a form can show them together. */
export function credentialProblems(
  values: CredentialValues,
  today: Date,
): Partial<Record<CredentialField, CredentialProblem>> {
  const problems: Partial<Record<CredentialField, CredentialProblem>> = {};
  const email = emailProblem(values.email);
  const token = tokenProblem(values.token);
  const expiry = values.expiresOn ? expiryProblem(values.expiresOn, today) : null;
  if (email) problems.email = email;
  if (token) problems.token = token;
  if (expiry) problems.expiresOn = expiry;
  return problems;
}
