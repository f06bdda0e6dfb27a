import type { ProjectCoverage, Schedule } from '../contract';
import type { ServiceProject } from '../ports/managementService';
import { spaceProtection } from './protection';

/**
 * Whether one project of the site is protected, and what fixes it when not. `service` is
 * undefined when the service did not list the project: the backup account cannot browse it.
 * `schedule` is the plan whose period a success must fall within (null: the default plan).
 */
export function projectCoverage(
  project: { key: string; name: string },
  service: Pick<ServiceProject, 'inPlan' | 'lastBackup' | 'lastSuccessAt'> | undefined,
  schedule: Schedule | null,
  now: Date,
): ProjectCoverage {
  const facts = {
    visible: service !== undefined,
    inPlan: service?.inPlan ?? false,
    lastBackup: service?.lastBackup ?? null,
    lastSuccessAt: service?.lastSuccessAt ?? null,
  };
  return {
    key: project.key,
    name: project.name,
    ...spaceProtection(facts, schedule, now),
    lastBackup: facts.lastBackup,
    lastSuccessAt: facts.lastSuccessAt,
  };
}

/**
 * Made at its first use: a collator loads ICU's collation data, which would otherwise cost every
 * cold start of the function, most of which never sort spaces.
 */
let naturalOrder: Intl.Collator | undefined;

/** Projects by key in natural order: ANL5 before ANL49 before ANL50. */
export function byKeyNaturally<P extends { key: string }>(projects: readonly P[]): P[] {
  naturalOrder ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  const order = naturalOrder;
  return [...projects].sort((a, b) => order.compare(a.key, b.key));
}
