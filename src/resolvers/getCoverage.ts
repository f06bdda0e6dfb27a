import type { ProjectCoveragePage } from '../contract';
import { requireConnectedAdmin } from '../app/connection';
import type { AppDeps } from '../app/deps';
import { ok } from '../app/appError';
import { COVERAGE_PAGE, validateGetCoverage } from '../domain/browseInputs';
import { projectCoverage } from '../domain/coverage';
import { handle, valid } from './handle';

/**
 * A page of the site's projects, each protected or why not. Jira lists the projects the app sees
 * (as the app, which browses them all); GitProtect says which of those its backup account sees,
 * whether the plan covers each and how its last backup went. A project GitProtect does not list
 * is one the backup account cannot browse: left out of every backup without an error. Two calls
 * per page, whatever the site's size. Admins only: the page names every project of the site.
 */
export const getCoverage = (deps: AppDeps) =>
  handle<ProjectCoveragePage>(deps, 'getCoverage', async (caller, payload) => {
    const input = valid(validateGetCoverage(payload));
    const { state, service, connection } = await requireConnectedAdmin(deps, caller, 'read');
    const startAt = input.startAt ?? 0;
    const limit = input.limit ?? COVERAGE_PAGE.fallback;
    const [site, credentials, snapshot] = await Promise.all([
      deps.jira.listProjects(startAt, limit),
      state.credentials(),
      // The plan whose period a success must fall within, as last read: no extra call.
      state.snapshot(connection),
    ]);
    const known = await service.projectsByKey(site.projects.map((project) => project.key));
    const byKey = new Map(known.projects.map((project) => [project.key, project]));
    const next = startAt + site.projects.length;
    const now = deps.clock.now();
    return ok({
      projects: site.projects.map((project) =>
        projectCoverage(project, byKey.get(project.key), snapshot?.schedule ?? null, now),
      ),
      startAt,
      nextStartAt: site.projects.length > 0 && next < site.total ? next : null,
      siteProjects: site.total,
      visibleToBackupAccount: known.visibleProjects,
      plannedProjects: known.plannedProjects,
      notVisibleToBackupAccount: Math.max(0, site.total - known.visibleProjects),
      backupAccount: { email: credentials?.email ?? null },
    });
  });
