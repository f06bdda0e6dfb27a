import type { ProjectCoverage } from '../contract';

/** What the service says of a project the backup account can see. */
export interface ServiceView {
  inPlan: boolean;
  lastBackup: ProjectCoverage['lastBackup'];
}

/**
 * Whether one project of the site is protected, and what fixes it when not. `service` is
 * undefined when the service did not list the project: the backup account cannot browse it.
 */
export function projectCoverage(
  project: { key: string; name: string },
  service: ServiceView | undefined,
): ProjectCoverage {
  const base = { key: project.key, name: project.name };
  if (!service) {
    return {
      ...base,
      status: 'NOT_VISIBLE_TO_BACKUP_ACCOUNT',
      fix: 'GRANT_BROWSE_PROJECTS',
      lastBackup: null,
    };
  }
  if (!service.inPlan) {
    return { ...base, status: 'NOT_IN_PLAN', fix: 'ADD_TO_PLAN', lastBackup: service.lastBackup };
  }
  if (service.lastBackup?.outcome === 'FAILED') {
    return {
      ...base,
      status: 'LAST_BACKUP_FAILED',
      fix: 'SEE_JOB_LOGS',
      lastBackup: service.lastBackup,
    };
  }
  return { ...base, status: 'PROTECTED', fix: null, lastBackup: service.lastBackup };
}
