/**
 * What one run of the hourly trigger costs upstream: requests to the Management Service (the
 * emulator's own count) plus calls to the Jira site.
 */
import type { LocalJiraSite } from '../../src/adapters/local/jiraSite';
import type { SyncOutcome } from '../../src/triggers/hourlySync';
import { SNAPSHOT_FRESH_MS } from '../../src/app/freshness';
import type { EmulatorControl } from './control';

export interface TriggerCost {
  service: number;
  jira: number;
  total: number;
  byRoute: Record<string, number>;
  outcome: SyncOutcome;
}

export interface TriggerTarget {
  control: EmulatorControl;
  jira: LocalJiraSite;
  runTrigger(): Promise<SyncOutcome>;
}

export async function triggerRunCost(target: TriggerTarget): Promise<TriggerCost> {
  await target.control.resetStats();
  target.jira.calls = 0;
  const outcome = await target.runTrigger();
  const stats = await target.control.stats();
  return {
    service: stats.requests,
    jira: target.jira.calls,
    total: stats.requests + target.jira.calls,
    byRoute: stats.byRoute,
    outcome,
  };
}

/** A run that has to read: the stored snapshot is made older than the trigger's freshness. */
export async function staleRunCost(target: TriggerTarget, projects: number): Promise<TriggerCost> {
  await target.control.setInstance({ projectCount: projects });
  target.jira.projects = projects;
  await target.control.advance(SNAPSHOT_FRESH_MS * 2);
  return triggerRunCost(target);
}
