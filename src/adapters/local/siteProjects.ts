/**
 * The projects of the local Jira site, shared by the stand-in site and the emulated service so
 * that both name the same projects. Deterministic: project `i` of a site of any size is always
 * the same key and name.
 */

export interface SiteProject {
  key: string;
  name: string;
}

const AREAS: readonly (readonly [string, string])[] = [
  ['WEB', 'Website'],
  ['MOB', 'Mobile App'],
  ['PAY', 'Payments'],
  ['PLAT', 'Platform'],
  ['DATA', 'Data Warehouse'],
  ['OPS', 'Operations'],
  ['SEC', 'Security'],
  ['HR', 'People Team'],
  ['MKT', 'Marketing'],
  ['SUP', 'Customer Support'],
  ['FIN', 'Finance'],
  ['LEG', 'Legal'],
  ['DES', 'Design System'],
  ['API', 'Public API'],
  ['INFRA', 'Infrastructure'],
  ['QA', 'Quality Assurance'],
  ['SALES', 'Sales Enablement'],
  ['DOCS', 'Documentation'],
  ['BILL', 'Billing'],
  ['AUTH', 'Identity and Access'],
  ['SRCH', 'Search'],
  ['NOTIF', 'Notifications'],
  ['ANL', 'Analytics'],
  ['INT', 'Integrations'],
  ['ONB', 'Onboarding'],
];

/** Project `index` (0-based) of the local site. */
export function siteProjectAt(index: number): SiteProject {
  const area = AREAS[index % AREAS.length]!;
  const round = Math.floor(index / AREAS.length);
  return round === 0
    ? { key: area[0], name: area[1] }
    : { key: `${area[0]}${round + 1}`, name: `${area[1]} ${round + 1}` };
}

const sortedCache = new Map<number, readonly number[]>();

/** The indices of a site of `count` projects in key order, as Jira lists them (`orderBy=key`). */
export function indicesByKey(count: number): readonly number[] {
  let sorted = sortedCache.get(count);
  if (!sorted) {
    const keys = Array.from({ length: count }, (_, index) => siteProjectAt(index).key);
    sorted = keys
      .map((_, index) => index)
      .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
    if (sortedCache.size > 8) sortedCache.clear();
    sortedCache.set(count, sorted);
  }
  return sorted;
}

/**
 * The indices of a site of `count` projects whose key or name contains `query`, ignoring case,
 * in key order: Jira's project search with `query` and `orderBy=key`.
 */
export function searchIndicesByKey(count: number, query?: string): readonly number[] {
  const all = indicesByKey(count);
  if (query === undefined || query === '') return all;
  const needle = query.toLowerCase();
  return all.filter((index) => {
    const project = siteProjectAt(index);
    return (
      project.key.toLowerCase().includes(needle) || project.name.toLowerCase().includes(needle)
    );
  });
}

/** The index of the project with this key in a site of `count` projects, or undefined. */
export function siteProjectIndex(key: string, count: number): number | undefined {
  const match = /^([A-Z]+?)(\d*)$/.exec(key);
  if (!match) return undefined;
  const area = AREAS.findIndex(([areaKey]) => areaKey === match[1]);
  if (area < 0) return undefined;
  const round = match[2] === '' ? 0 : Number(match[2]) - 1;
  if (match[2] !== '' && round < 1) return undefined;
  const index = round * AREAS.length + area;
  return index < count ? index : undefined;
}
