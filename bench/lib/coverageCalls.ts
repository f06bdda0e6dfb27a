/**
 * What one page of the projects view (`getCoverage`) costs upstream, on a small site and a
 * large one: requests to the Management Service (the emulator's count) plus calls to the Jira
 * site. Paged, it must not grow with the number of projects.
 */
import type { LocalJiraSite } from '../../src/adapters/local/jiraSite';
import type { Envelope, GetCoverageInput, ProjectCoveragePage } from '../../src/contract';
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

/** The pages of the spaces view the admin asks for at scale: plain, searched, filtered. */
export const SPACES_PAGES = {
  'first page': {},
  'search "anl"': { query: 'anl' },
  'only not protected': { onlyUnprotected: true },
} as const satisfies Record<string, GetCoverageInput>;
export type SpacesPage = keyof typeof SPACES_PAGES;

export interface SpacesPageCost {
  /** Upstream calls of one page: the service's requests and the Jira site's calls. */
  calls: number;
  /** How long each timed call took, end to end over the host's HTTP API. */
  times: number[];
  rows: number;
  lookedAt: number;
  /** The spaces that match the page's search (all of them without one). */
  matching: number;
}

/**
 * Each page of `SPACES_PAGES` on a site of `projects` spaces, every one of them backed up (so
 * "only not protected" has to look as far as it may), `runs` times each.
 */
export async function spacesViewCosts(
  target: CoverageTarget,
  projects: number,
  runs: number,
): Promise<Record<SpacesPage, SpacesPageCost>> {
  await target.control.setInstance({
    projectCount: projects,
    hiddenProjects: 0,
    excludedProjects: 0,
    failingProjects: 0,
  });
  target.jira.projects = projects;
  await invoke(target, 'startBackup', undefined);
  // The host's clock moves the app's and the emulator's: the backup of every space finishes.
  await fetch(`${target.url}__control/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceMs: 3_600_000 + projects * 400 }),
  });
  const costs = {} as Record<SpacesPage, SpacesPageCost>;
  for (const [name, payload] of Object.entries(SPACES_PAGES) as [SpacesPage, GetCoverageInput][]) {
    const times: number[] = [];
    let calls = 0;
    let page: ProjectCoveragePage | undefined;
    for (let run = 0; run < runs; run += 1) {
      await target.control.resetStats();
      target.jira.calls = 0;
      const started = performance.now();
      page = await invoke<ProjectCoveragePage>(target, 'getCoverage', payload);
      times.push(performance.now() - started);
      calls = (await target.control.stats()).requests + target.jira.calls;
    }
    costs[name] = {
      calls,
      times,
      rows: page?.projects.length ?? 0,
      lookedAt: page?.lookedAt ?? 0,
      matching: page?.matchingProjects ?? 0,
    };
  }
  return costs;
}

async function invoke<T>(target: CoverageTarget, functionKey: string, payload: unknown) {
  const response = await fetch(`${target.url}api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-local-user': 'admin' },
    body: JSON.stringify({ functionKey, payload }),
  });
  const envelope = (await response.json()) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${functionKey} failed: ${envelope.error.code}`);
  return envelope.data;
}
