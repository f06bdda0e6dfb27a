import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { controlRefusal } from './controlGuard';
import type { EmulatorCore } from './core';
import { faultRequest } from './faults';
import { type Reply, errorReply, readJson, send } from './http';
import { problemOf } from './requests';
import { seedHistory } from './seedHistory';
import { SPACE_NAMES, withOldNames } from './spaceNames';
import type { InstanceSettings } from './state';

/** Test controls, outside the contract: never faulted, never counted in the stats. */

const clockRequest = z.strictObject({ advanceMs: z.number().int().min(0) });
const seedRequest = z.strictObject({
  cloudId: z.string().min(1).optional(),
  weeks: z.number().int().min(1).max(52).optional(),
});
const spaces = z.number().int().min(0).max(10_000).optional();
/** The space counts go by the page's words (`failingSpaces`) or their old ones (`failingProjects`). */
const instanceRequest = z.strictObject({
  cloudId: z.string().min(1).optional(),
  spaceCount: spaces,
  projectCount: spaces,
  failingSpaces: z.number().int().min(0).optional(),
  failingProjects: z.number().int().min(0).optional(),
  hiddenSpaces: spaces,
  hiddenProjects: spaces,
  excludedSpaces: spaces,
  excludedProjects: spaces,
  credentialsStatus: z.enum(['VALID', 'REJECTED']).optional(),
  /** The last day (UTC) the Jira API token works; null: no expiry known. */
  credentialsExpiresOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .nullable()
    .optional(),
  storageRegion: z.string().min(1).max(64).optional(),
  projectDurationMs: z.number().int().min(0).optional(),
});

/**
 * A FIT as Forge attaches it to `invokeRemote` from a backend function: the site goes in
 * `app.apiBaseUrl` and the installation's context, never in a `context` claim. Name an
 * `installationId` to play the same installation again, or a new one to play a reinstall.
 */
const forgeTokenRequest = z.strictObject({
  cloudId: z.string().min(1).max(128),
  installationId: z.string().min(1).max(200).optional(),
  lifetimeSeconds: z.number().int().min(-86_400).max(3_600).optional(),
});

type Control = (core: EmulatorCore, body: unknown) => Reply;

const CONTROLS: Record<string, Control> = {
  'POST /__control/faults': (core, body) => {
    const parsed = faultRequest.safeParse(body);
    if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
    if (parsed.data.mode === 'forgetInstance') return forgetInstances(core, parsed.data.cloudId);
    if (parsed.data.mode === 'revokeSession') return revokeSessions(core, parsed.data.cloudId);
    core.faults.set(parsed.data, core.state.lastTokenSerial);
    return { status: 200, body: { fault: core.faults.describe() } };
  },
  'GET /__control/faults': (core) => ({ status: 200, body: { fault: core.faults.describe() } }),
  'DELETE /__control/faults': (core) => {
    core.faults.clear();
    return { status: 204 };
  },
  'GET /__control/clock': (core) => ({ status: 200, body: { now: core.now().toISOString() } }),
  'POST /__control/clock': (core, body) => {
    const parsed = clockRequest.safeParse(body);
    if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
    core.clock.advance(parsed.data.advanceMs);
    return { status: 200, body: { now: core.now().toISOString() } };
  },
  'POST /__control/reset': (core) => {
    core.reset();
    return { status: 204 };
  },
  'POST /__control/seed-history': (core, body) => {
    const parsed = seedRequest.safeParse(body ?? {});
    if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
    const instance = core.findInstance(parsed.data.cloudId);
    if (!instance) return noSuchInstance(parsed.data.cloudId);
    const added = seedHistory(instance, core.now(), parsed.data.weeks ?? 3);
    core.commit();
    return { status: 200, body: { added } };
  },
  'POST /__control/instance': (core, body) => {
    const parsed = instanceRequest.safeParse(body ?? {});
    if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
    const change = withOldNames(parsed.data);
    if (!change.ok) return errorReply(400, 'invalid_request', change.problem);
    return changeInstance(core, change.value);
  },
  'GET /__control/state': (core) => ({
    status: 200,
    body: { now: core.now().toISOString(), faults: core.faults.describe(), ...core.state },
  }),
  // Atlassian's part, for registering by hand (curl): a FIT for the site, signed with the key
  // whose public half the emulator serves as its JWKS.
  'POST /__control/forge-token': (core, body) => {
    const parsed = forgeTokenRequest.safeParse(body);
    if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
    return { status: 200, body: { token: core.forgeSigner.mint(parsed.data) } };
  },
  'GET /__control/stats': (core) => ({ status: 200, body: core.stats }),
  /** Requests answered (after any latency), in the shape of the stats; cleared with them. */
  'GET /__control/answered': (core) => ({ status: 200, body: core.answered }),
  'DELETE /__control/stats': (core) => {
    core.resetStats();
    return { status: 204 };
  },
};

/** `port`: the one the emulator listens on, the only one a control request may name in Host. */
export async function serveControl(
  core: EmulatorCore,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  port: number,
): Promise<void> {
  const refused = controlRefusal(req, port);
  if (refused) return send(res, refused);
  const body = await readJson(req);
  const control = CONTROLS[`${req.method ?? 'GET'} ${path}`];
  if (!control) return send(res, errorReply(404, 'not_found', 'No such control.'));
  if (body instanceof Error) return send(res, errorReply(400, 'invalid_request', body.message));
  core.startDueBackups();
  send(res, control(core, body));
}

/** Changes the named (or only) instance, and the settings of instances registered later. */
function changeInstance(
  core: EmulatorCore,
  change: Omit<z.infer<typeof instanceRequest>, keyof typeof SPACE_NAMES>,
): Reply {
  const { cloudId, credentialsStatus, credentialsExpiresOn, ...settings } = change;
  const instance = core.findInstance(cloudId);
  const registered = Object.keys(core.state.instances).length;
  if (!instance && (cloudId !== undefined || registered > 0)) return noSuchInstance(cloudId);

  const defined = Object.fromEntries(
    Object.entries(settings).filter(([, value]) => value !== undefined),
  ) as Partial<InstanceSettings>;
  core.state.defaults = { ...core.state.defaults, ...defined };
  if (instance) {
    Object.assign(instance, defined);
    if (credentialsStatus) {
      instance.credentials.statusOverride = credentialsStatus;
      instance.credentials.checkedAt = core.now().toISOString();
    }
    if (credentialsExpiresOn !== undefined) instance.credentials.expiresOn = credentialsExpiresOn;
  }
  core.commit();
  return { status: 200, body: instance ? { instance } : { defaults: core.state.defaults } };
}

/**
 * The service forgets the site (an instance deleted on GitProtect's side): at once and for good,
 * as there. Its sessions stay known as the site's, so their calls answer 404
 * `instance_not_found` and their refresh 401; registering the site again creates a new instance.
 */
function forgetInstances(core: EmulatorCore, cloudId: string | undefined): Reply {
  const forgotten = Object.keys(core.state.instances).filter(
    (known) => cloudId === undefined || known === cloudId,
  );
  if (cloudId !== undefined && forgotten.length === 0) return noSuchInstance(cloudId);
  for (const known of forgotten) delete core.state.instances[known];
  core.commit();
  return { status: 200, body: { fault: null, forgotten } };
}

/**
 * The site's sessions are revoked in the Management Service (an administrator there cut the app
 * off): at once and for good. Its access tokens answer 403 `session_revoked` on every instance
 * route and its refresh tokens are forgotten (401); the instance and its backups stay, and
 * registering the site again issues a new session.
 */
function revokeSessions(core: EmulatorCore, cloudId: string | undefined): Reply {
  if (cloudId !== undefined && !core.state.instances[cloudId]) return noSuchInstance(cloudId);
  const concerned = (owner: string) => cloudId === undefined || owner === cloudId;
  const revoked = new Set<string>();
  for (const record of Object.values(core.state.accessTokens)) {
    if (!concerned(record.cloudId)) continue;
    record.revoked = true;
    revoked.add(record.cloudId);
  }
  for (const [refreshToken, owner] of Object.entries(core.state.refreshTokens)) {
    if (concerned(owner)) delete core.state.refreshTokens[refreshToken];
  }
  core.commit();
  return { status: 200, body: { fault: null, revoked: [...revoked] } };
}

function noSuchInstance(cloudId: string | undefined): Reply {
  return cloudId === undefined
    ? errorReply(
        400,
        'instance_required',
        'Name the instance by cloudId: there is none, or several.',
      )
    : errorReply(404, 'not_found', `No instance for cloudId ${cloudId}.`);
}
