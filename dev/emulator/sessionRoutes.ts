import type { Region } from '../../src/contract';
import { type EmulatorCore, shortId } from './core';
import { credentialsRejected, lastFourOf, rejectionOf } from './credentials';
import { fitProblem, installationOfFit } from './forgeTokens';
import { type Reply, errorReply } from './http';
import { problemOf, refreshRequest, registerRequest } from './requests';
import type { InstanceRecord } from './state';
import { newVersion } from './versions';

const STORAGE_REGIONS: Record<Region, string> = {
  EU: 'eu-central-1',
  US: 'us-east-1',
  AU: 'ap-southeast-2',
};

export function registerInstance(
  core: EmulatorCore,
  region: Region,
  body: unknown,
  bearer: string | undefined,
): Reply {
  const parsed = registerRequest.safeParse(body);
  if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
  const { cloudId, siteUrl, jira } = parsed.data;
  if (parsed.data.region !== region) {
    return errorReply(
      400,
      'region_mismatch',
      `This is the ${region} service; register the site there.`,
    );
  }
  // Past the request's own checks and before anything is read or changed: only the app installed
  // on the site may register it (or register it again, which replaces its credentials and
  // issues a new session).
  const unproven = fitProblem(bearer, {
    jwks: core.forgeSigner.jwks,
    appId: core.options.appId,
    cloudId,
    now: core.now(),
    used: core.usedForgeTokens,
  });
  if (unproven || bearer === undefined) {
    return errorReply(401, 'site_not_proven', unproven ?? 'No token.');
  }
  const installationId = installationOfFit(bearer);
  const now = core.now();
  const rejection = rejectionOf(jira.apiToken, jira.expiresOn, now);
  if (rejection) return credentialsRejected(rejection);

  const existing = core.state.instances[cloudId];
  if (existing && existing.region !== region) return registeredElsewhere(existing.region);
  const credentials = {
    email: jira.email,
    apiTokenLastFour: lastFourOf(jira.apiToken),
    expiresOn: jira.expiresOn ?? null,
    checkedAt: now.toISOString(),
    statusOverride: null,
  };
  // The same site from a new installation (the app installed again) keeps its instance, jobs
  // and plan: the cloudId does not change on a reinstall, the installation does.
  const instance: InstanceRecord = existing
    ? { ...existing, siteUrl, credentials, installationId }
    : { ...createInstance(core, region, cloudId, siteUrl, now, credentials), installationId };
  core.state.instances[cloudId] = instance;
  const session = core.issueSession(cloudId);
  core.commit();
  return {
    status: existing ? 200 : 201,
    body: { instance: { id: instance.id, managementHost: instance.managementHost }, session },
  };
}

/** 409 `registered_in_other_region`, naming the region the site is registered in. */
export function registeredElsewhere(region: Region): Reply {
  const reply = errorReply(
    409,
    'registered_in_other_region',
    `This site is already registered with the ${region} service.`,
  );
  return { ...reply, body: { ...(reply.body as object), region } };
}

function createInstance(
  core: EmulatorCore,
  region: Region,
  cloudId: string,
  siteUrl: string,
  now: Date,
  credentials: InstanceRecord['credentials'],
): InstanceRecord {
  const { defaults } = core.state;
  return {
    id: `inst_${shortId()}${shortId()}`,
    cloudId,
    siteUrl,
    region,
    managementHost: `${siteLabel(siteUrl)}-${shortId()}.${region.toLowerCase()}.${core.options.instanceDomain}`,
    storageRegion: defaults.storageRegion ?? STORAGE_REGIONS[region],
    storageProvider: 'GitProtect Cloud',
    projectCount: defaults.projectCount,
    projectDurationMs: defaults.projectDurationMs,
    failingProjects: defaults.failingProjects,
    credentials,
    plan: { version: newVersion(), schedule: null },
    jobs: [],
    idempotencyKeys: {},
    scheduledUpTo: now.toISOString(),
  };
}

/** `acme` for https://acme.atlassian.net: what GitProtect names the management host after. */
function siteLabel(siteUrl: string): string {
  const label = new URL(siteUrl).hostname.split('.')[0] ?? '';
  const clean = label
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+|-+$/g, '')
    .slice(0, 30);
  return clean || 'jira';
}

export function refreshSession(core: EmulatorCore, region: Region, body: unknown): Reply {
  const parsed = refreshRequest.safeParse(body);
  if (!parsed.success) return errorReply(400, 'invalid_request', problemOf(parsed.error));
  const { refreshToken } = parsed.data;
  const cloudId = core.state.refreshTokens[refreshToken];
  const instance = cloudId === undefined ? undefined : core.state.instances[cloudId];
  if (!instance || instance.region !== region) {
    return errorReply(
      401,
      'unauthorized',
      'This refresh token is unknown: register the site again.',
    );
  }
  const session = core.issueSession(instance.cloudId, refreshToken);
  core.commit();
  return { status: 200, body: session };
}
