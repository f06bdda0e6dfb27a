/** A project as the app sees it. */
export interface JiraProject {
  key: string;
  name: string;
}

/** One page of the site's projects, by key. */
export interface JiraProjectPage {
  projects: JiraProject[];
  /** Projects of the site the app can see (matching the query, if any), all pages together. */
  total: number;
}

/** The Jira site the app is installed on. Failures throw UpstreamError. */
export interface Jira {
  /**
   * Whether the user who made this call administers Jira: always the caller, never any other
   * account. On Forge the question goes as that user (`asUser`) and the id is not needed; a
   * local fake, serving many callers, tells them apart by `callerAccountId`.
   */
  isCallerAdmin(callerAccountId: string): Promise<boolean>;
  /**
   * The calling user's display name, for the audit trail and job triggers: always the caller's,
   * never any other account's. On Forge the question goes as that user (`asUser`, `/myself`) and
   * the id is not needed; a local fake, serving many callers, tells them apart by
   * `callerAccountId`.
   */
  callerDisplayName(callerAccountId: string): Promise<string>;
  /** How many projects the site has (one page-less count, whatever the site's size). */
  countProjects(): Promise<number>;
  /**
   * The site's projects as the app sees them (`asApp`, which browses every project), ordered
   * by key as Jira orders them (`orderBy=key`), from `startAt` (0-based), at most `maxResults`
   * (1 to 100). With `query`, only those whose key or name contains it, ignoring case (Jira's
   * `query`); `total` then counts those.
   */
  listProjects(startAt: number, maxResults: number, query?: string): Promise<JiraProjectPage>;
  /** The site's base URL, e.g. `https://acme.atlassian.net`. */
  siteUrl(): Promise<string>;
}
