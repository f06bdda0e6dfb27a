import type { ProjectCoverage, ProjectCoveragePage } from '../contract';
import { requireConnectedAdmin } from '../app/connection';
import type { AppDeps } from '../app/deps';
import { ok } from '../app/appError';
import { COVERAGE_PAGE, COVERAGE_SCAN, validateGetCoverage } from '../domain/browseInputs';
import { byKeyNaturally, projectCoverage } from '../domain/coverage';
import type { JiraProject } from '../ports/jira';
import type { ServiceProjects } from '../ports/managementService';
import { handle, valid } from './handle';

/**
 * A page of the site's projects, each protected or why not. Jira lists the projects the app sees
 * (as the app, which browses them all), or those matching the admin's search; GitProtect says
 * which of those its backup account sees, whether the plan covers each and how its last backup
 * went. A project GitProtect does not list is one the backup account cannot browse: left out of
 * every backup without an error. Two calls per page (three with a search, which also counts the
 * site), whatever the site's size; with `onlyUnprotected`, at most three of each, looking at up
 * to COVERAGE_SCAN.max projects. Admins only: the page names every project of the site.
 */
export const getCoverage = (deps: AppDeps) =>
  handle<ProjectCoveragePage>(deps, 'getCoverage', async (caller, payload) => {
    const input = valid(validateGetCoverage(payload));
    const { state, service, connection } = await requireConnectedAdmin(deps, caller, 'read');
    const startAt = input.startAt ?? 0;
    const limit = input.limit ?? COVERAGE_PAGE.fallback;
    const query = input.query?.trim();
    const [siteProjects, credentials, snapshot] = await Promise.all([
      query === undefined ? null : deps.jira.countProjects(),
      state.credentials(),
      // The plan whose period a success must fall within, as last read: no extra call.
      state.snapshot(connection),
    ]);
    const now = deps.clock.now();
    const coverageOf = (projects: JiraProject[], known: ServiceProjects) => {
      const byKey = new Map(known.projects.map((project) => [project.key, project]));
      return projects.map((project) =>
        projectCoverage(project, byKey.get(project.key), snapshot?.schedule ?? null, now),
      );
    };

    const found: ProjectCoverage[] = [];
    let lookedAt = startAt;
    let matching = 0;
    let known: ServiceProjects | null = null;
    // Without the filter, one chunk of `limit`; with it, chunks of Jira's largest page until
    // `limit` unprotected ones are found, the matches end, or the scan's budget is spent.
    const chunk = input.onlyUnprotected ? COVERAGE_SCAN.chunk : limit;
    const budget = input.onlyUnprotected ? COVERAGE_SCAN.max : limit;
    do {
      const site = await deps.jira.listProjects(lookedAt, chunk, query);
      matching = site.total;
      if (site.projects.length === 0) break;
      known = await service.projectsByKey(site.projects.map((project) => project.key));
      const rows = coverageOf(site.projects, known);
      if (!input.onlyUnprotected) {
        found.push(...rows);
        lookedAt += rows.length;
        break;
      }
      for (const row of rows) {
        lookedAt += 1;
        if (row.status !== 'PROTECTED') found.push(row);
        if (found.length === limit) break;
      }
    } while (found.length < limit && lookedAt < matching && lookedAt - startAt < budget);

    // No match (or an empty site) asks GitProtect for its totals alone.
    known ??= await service.projectsByKey([]);
    const site = siteProjects ?? matching;
    return ok({
      projects: byKeyNaturally(found),
      startAt,
      nextStartAt: lookedAt < matching ? lookedAt : null,
      siteProjects: site,
      matchingProjects: matching,
      lookedAt: Math.min(lookedAt, matching),
      visibleToBackupAccount: known.visibleProjects,
      plannedProjects: known.plannedProjects,
      notVisibleToBackupAccount: Math.max(0, site - known.visibleProjects),
      backupAccount: { email: credentials?.email ?? null },
    });
  });
