/** The Jira site the app is installed on. Failures throw UpstreamError. */
export interface Jira {
  /** Whether the calling user (`accountId`, from the trusted context) administers Jira. */
  isAdmin(accountId: string): Promise<boolean>;
  /** The calling user's display name, for the audit trail and job triggers. */
  displayName(accountId: string): Promise<string>;
  /** How many projects the site has (one page-less count, whatever the site's size). */
  countProjects(): Promise<number>;
  /** The site's base URL, e.g. `https://acme.atlassian.net`. */
  siteUrl(): Promise<string>;
}
