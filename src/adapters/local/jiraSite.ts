import type { Jira, JiraProjectPage } from '../../ports/jira';
import { searchIndicesByKey, siteProjectAt } from './siteProjects';
import { UpstreamError } from '../../ports/upstreamError';

export interface LocalUser {
  accountId: string;
  displayName: string;
  admin: boolean;
}

export const LOCAL_USERS = {
  admin: { accountId: 'local-admin-0001', displayName: 'Alex Admin', admin: true },
  member: { accountId: 'local-member-0002', displayName: 'Morgan Member', admin: false },
  secondAdmin: { accountId: 'local-admin-0003', displayName: 'Sam Second', admin: true },
} as const satisfies Record<string, LocalUser>;

export interface LocalJiraOptions {
  projects: number;
  latencyMs?: number;
  siteUrl?: string;
  users?: LocalUser[];
}

/** A stand-in Jira site for the local host and tests: users, a project count, latency, outages. */
export class LocalJiraSite implements Jira {
  projects: number;
  latencyMs: number;
  /** While true every call fails as if Jira were down. */
  unavailable = false;
  calls = 0;
  readonly siteBaseUrl: string;
  private readonly users: Map<string, LocalUser>;

  constructor(options: LocalJiraOptions) {
    this.projects = options.projects;
    this.latencyMs = options.latencyMs ?? 0;
    this.siteBaseUrl = options.siteUrl ?? 'https://local-site.atlassian.net';
    this.users = new Map(
      (options.users ?? Object.values(LOCAL_USERS)).map((user) => [user.accountId, user]),
    );
  }

  async isCallerAdmin(callerAccountId: string) {
    await this.respond();
    return this.users.get(callerAccountId)?.admin === true;
  }

  async callerDisplayName(callerAccountId: string) {
    await this.respond();
    const user = this.users.get(callerAccountId);
    if (!user) throw new UpstreamError('NOT_FOUND', 'No such Jira user');
    return user.displayName;
  }

  async countProjects() {
    await this.respond();
    return this.projects;
  }

  /** The projects of src/adapters/local/siteProjects.ts, by key, as Jira's project search. */
  async listProjects(
    startAt: number,
    maxResults: number,
    query?: string,
  ): Promise<JiraProjectPage> {
    await this.respond();
    const matching = searchIndicesByKey(this.projects, query);
    const page = matching.slice(startAt, startAt + maxResults);
    return { projects: page.map((index) => siteProjectAt(index)), total: matching.length };
  }

  async siteUrl() {
    await this.respond();
    return this.siteBaseUrl;
  }

  private async respond() {
    this.calls += 1;
    if (this.latencyMs > 0) {
      // A simulated slow Jira must not keep the process alive after the host or a test stops.
      await new Promise((resolve) => setTimeout(resolve, this.latencyMs).unref());
    }
    if (this.unavailable) throw new UpstreamError('UNAVAILABLE', 'Jira answered 503');
  }
}
