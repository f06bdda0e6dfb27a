/**
 * What one page of the projects view (`getCoverage`) costs upstream, on a small site and a
 * large one: requests to the Management Service (the emulator's count) plus calls to the Jira
 * site. Paged, it must not grow with the number of projects.
 */
import type { LocalJiraSite } from '../../src/adapters/local/jiraSite';
import type { Envelope, ProjectCoveragePage } from '../../src/contract';
import type { EmulatorControl } from './control';

export interface CoverageCost {
  service: number;
  jira: number;
  total: number;
  rows: number;
  byRoute: Record<string, number>;
}

export interface CoverageTarget {
  control: EmulatorControl;
  jira: LocalJiraSite;
  /** The host, e.g. `http://127.0.0.1:3000/`. */
  url: string;
}

export const COVERAGE_PAGE_SIZE = 50;

/** The last page of a site of `projects` projects, as an admin opens it. */
export async function coveragePageCost(
  target: CoverageTarget,
  projects: number,
): Promise<CoverageCost> {
  await target.control.setInstance({ projectCount: projects });
  target.jira.projects = projects;
  await target.control.resetStats();
  target.jira.calls = 0;
  const startAt = Math.max(0, projects - COVERAGE_PAGE_SIZE);
  const response = await fetch(`${target.url}api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-user': 'admin' },
    body: JSON.stringify({
      functionKey: 'getCoverage',
      payload: { startAt, limit: COVERAGE_PAGE_SIZE },
    }),
  });
  const envelope = (await response.json()) as Envelope<ProjectCoveragePage>;
  if (!envelope.ok) throw new Error(`getCoverage failed: ${envelope.error.code}`);
  const stats = await target.control.stats();
  return {
    service: stats.requests,
    jira: target.jira.calls,
    total: stats.requests + target.jira.calls,
    rows: envelope.data.projects.length,
    byRoute: stats.byRoute,
  };
}
