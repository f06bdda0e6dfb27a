/**
 * The page's only door to Forge: typed resolver calls over src/contract.ts, plus the few view
 * and router calls the page needs. Components never see function-key strings or raw bridge
 * errors.
 */
import { makeInvoke, router, view } from '@forge/bridge';
import type {
  AppError,
  ConnectInput,
  Defs,
  Envelope,
  ErrorCode,
  GetCoverageInput,
  GetJobInput,
  GetOverviewInput,
  ListJobsInput,
  ManagementDestination,
  SaveScheduleInput,
  UpdateJiraTokenInput,
} from '../../src/contract';

/** A resolver's own error, or UNREACHABLE when the call never produced an envelope. */
/**
 * The page's own codes: UNREACHABLE (the bridge failed), PAGE_REPEATED (a page of a list repeated
 * rows already shown, so the list ends there).
 */
export type PageErrorCode = ErrorCode | 'UNREACHABLE' | 'PAGE_REPEATED';
export type PageError = Omit<AppError, 'code'> & { code: PageErrorCode };
export type Result<T> = { ok: true; data: T } | { ok: false; error: PageError };

const invoke = makeInvoke<Defs>();

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const candidate = value as { ok: unknown; error?: unknown };
  return (
    candidate.ok === true ||
    (candidate.ok === false && typeof candidate.error === 'object' && candidate.error !== null)
  );
}

// The bridge rejects on network failures and resolver crashes, and a misbehaving resolver can
// answer anything: both become an envelope so every caller handles exactly one shape.
async function call<T>(request: () => Promise<Envelope<T>>): Promise<Result<T>> {
  try {
    const answer: unknown = await request();
    if (isEnvelope(answer)) return answer as Result<T>;
    return { ok: false, error: { code: 'UNREACHABLE', message: 'Unexpected answer' } };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { code: 'UNREACHABLE', message } };
  }
}

export const api = {
  /** `{ idle: true }`: a page left open reads again; fresh stored status answers (see contract). */
  getOverview: (input?: GetOverviewInput) =>
    call(() => (input ? invoke('getOverview', input) : invoke('getOverview'))),
  saveSchedule: (input: SaveScheduleInput) => call(() => invoke('saveSchedule', input)),
  startBackup: () => call(() => invoke('startBackup')),
  openManagementService: () => call(() => invoke('openManagementService')),
  getJob: (input: GetJobInput) => call(() => invoke('getJob', input)),
  listJobs: (input: ListJobsInput) => call(() => invoke('listJobs', input)),
  /** A hand-off straight to one place in the Management Service (a space's restore, a job's logs). */
  openManagementServiceAt: (destination: ManagementDestination) =>
    call(() => invoke('openManagementService', { destination })),
  getCoverage: (input: GetCoverageInput) => call(() => invoke('getCoverage', input)),
  updateJiraToken: (input: UpdateJiraTokenInput) => call(() => invoke('updateJiraToken', input)),
  connect: (input: ConnectInput) => call(() => invoke('connect', input)),
  disconnect: () => call(() => invoke('disconnect')),
};

export interface ViewerContext {
  /** BCP 47, e.g. "pl-PL"; undefined when the host did not say. */
  locale?: string;
  /** IANA zone; undefined when the host did not say. */
  timeZone?: string;
  /** The manifest's module showing the page (manifest.yml), e.g. the admin page "Get started". */
  moduleKey?: string;
  /** The app's main page (its `jira:globalPage`); undefined when the host did not say. */
  mainPageUrl?: string;
}

/**
 * The app's global page, `/jira/apps/{appId}/{envId}` on the site as Jira builds it for a
 * `jira:globalPage`, from the context's `localId`
 * (`ari:cloud:ecosystem::extension/{appId}/{envId}/static/{moduleKey}`).
 */
export function mainPageUrlOf(context: { siteUrl?: unknown; localId?: unknown }) {
  const ids = /^ari:cloud:ecosystem::extension\/([\w-]+)\/([\w-]+)\//.exec(
    typeof context.localId === 'string' ? context.localId : '',
  );
  if (!ids || typeof context.siteUrl !== 'string') return undefined;
  try {
    return new URL(`/jira/apps/${ids[1]}/${ids[2]}`, context.siteUrl).href;
  } catch {
    return undefined;
  }
}

export async function getViewerContext(): Promise<ViewerContext> {
  try {
    const context = await view.getContext();
    return {
      locale: context?.locale ?? undefined,
      timeZone: context?.timezone ?? undefined,
      moduleKey: context?.moduleKey ?? undefined,
      mainPageUrl: context ? mainPageUrlOf(context) : undefined,
    };
  } catch {
    // Without a context the page still works in English and the browser's zone.
    return {};
  }
}

export function enableTheme(): void {
  view.theme.enable().catch(() => {
    // An older host without theming keeps Atlaskit's light fallbacks: still readable.
  });
}

/** Whether a router step went through: a refused or failed one rejects. */
async function wentThrough(step: () => Promise<unknown>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch {
    return false;
  }
}

/** Goes to a page of this Jira site in this tab (the app's main page); false when it could not. */
export function navigateInJira(url: string): Promise<boolean> {
  return wentThrough(() => router.navigate(url));
}

/** Opens a page outside Jira; false when the viewer declined to leave. */
export function openInNewTab(url: string): Promise<boolean> {
  return wentThrough(() => router.open(url));
}
