import type { Jira } from '../ports/jira';
import { withDeadline } from './withDeadline';
import type { AppDeps } from './deps';
import { BUDGETS } from './deps';

/** Jira with every call held to BUDGETS.jira, so a slow Jira cannot hold a resolver or run. */
export function jiraWithDeadline(jira: Jira): Jira {
  const within = <T>(call: Promise<T>, what: string) => withDeadline(call, BUDGETS.jira, what);
  return {
    isCallerAdmin: (callerAccountId) => within(jira.isCallerAdmin(callerAccountId), 'Admin check'),
    callerDisplayName: (callerAccountId) =>
      within(jira.callerDisplayName(callerAccountId), 'Reading the display name'),
    countProjects: () => within(jira.countProjects(), 'Counting Jira projects'),
    listProjects: (startAt, maxResults, query) =>
      within(jira.listProjects(startAt, maxResults, query), 'Listing Jira projects'),
    siteUrl: () => within(jira.siteUrl(), 'Reading the site URL'),
  };
}

/** The app's dependencies as every entry point (resolvers, trigger) uses them. */
export function withJiraDeadline(deps: AppDeps): AppDeps {
  return { ...deps, jira: jiraWithDeadline(deps.jira) };
}
