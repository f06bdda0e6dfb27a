import {
  FIT_ISSUER,
  LOCAL_APP_ID,
  type MintOptions,
  createLocalForgeSigner,
} from '../../../dev/emulator';
import { createManagementServiceDirectory } from '../../../src/adapters/gitprotect';
import { isUpstreamError } from '../../../src/ports/upstreamError';
import { ADMIN_EMAIL, CLOUD_ID, startTestApp, type TestApp } from '../../support/app';
import { connectedOverview } from '../support/siteAdmin';
import { ACCEPTED_JIRA_TOKEN } from '../../support/emulator';

/**
 * Issue 11, item 11: registration must prove the site. `POST /instances` carries a Forge
 * Invocation Token signed by the key the service trusts (the emulator's, standing in for
 * Atlassian's JWKS), for this app and for the cloudId being registered; anything else is refused
 * with 401 `site_not_proven` and changes nothing: the registered instance keeps its session and
 * its Jira credentials.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const ATTACKER = 'mallory@example.com';
const INSTALLATION = 'ari:cloud:ecosystem::installation/0a3a7799-53ae-4a5b-9e7e-03338980abb5';

function registration(cloudId = CLOUD_ID) {
  return {
    region: 'EU',
    cloudId,
    siteUrl: 'https://victim.atlassian.net',
    jira: { email: ATTACKER, apiToken: ACCEPTED_JIRA_TOKEN },
  };
}

async function register(authorization: string | undefined, body: unknown = registration()) {
  const response = await fetch(`${app.emulator.baseUrls.EU}/instances`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

const fit = (options: Partial<MintOptions> = {}) =>
  `Bearer ${app.emulator.forgeSigner.mint({ cloudId: CLOUD_ID, ...options })}`;

/** The parts of the service's state a takeover would change. */
async function takeoverSurface() {
  const state = (await app.emulator.control.state()) as {
    instances: Record<string, Record<string, unknown>>;
    accessTokens: Record<string, unknown>;
    refreshTokens: Record<string, unknown>;
  };
  return {
    // Not `scheduledUpTo`, which moves with the clock whatever is asked.
    instances: Object.fromEntries(
      Object.entries(state.instances).map(([cloudId, instance]) => [
        cloudId,
        { id: instance.id, siteUrl: instance.siteUrl, credentials: instance.credentials },
      ]),
    ),
    accessTokens: Object.keys(state.accessTokens).sort(),
    refreshTokens: Object.keys(state.refreshTokens).sort(),
  };
}

describe('a registration that does not prove the site is refused and changes nothing', () => {
  const otherKey = createLocalForgeSigner();
  const refusals: Array<[string, () => string | undefined]> = [
    ['no token at all', () => undefined],
    ['a bearer that is not a JWT', () => 'Bearer gpa_not-a-jwt'],
    [
      'a FIT signed by another key',
      () => `Bearer ${otherKey.mint({ cloudId: CLOUD_ID, installationId: 'x' })}`,
    ],
    ['an expired FIT', () => fit({ lifetimeSeconds: -120 })],
    ['a FIT not valid yet', () => fit({ override: { nbf: Math.floor(Date.now() / 1000) + 600 } })],
    ['a FIT for another cloudId', () => fit({ cloudId: 'another-site-0000' })],
    [
      'a FIT for another app',
      () => fit({ appId: 'ari:cloud:ecosystem::app/11111111-1111-4111-8111-111111111111' }),
    ],
    ['a FIT from another issuer', () => fit({ override: { iss: 'someone-else' } })],
    ['a FIT without a jti', () => fit({ override: { jti: undefined } })],
    [
      'a FIT naming no Jira site (no API base URL)',
      () => fit({ override: { app: { id: LOCAL_APP_ID, installationId: INSTALLATION } } }),
    ],
    [
      // The old stand-in's shape: the site in `context`, which a backend call's FIT lacks.
      'a FIT whose context names the site but whose installation is on another one',
      () =>
        fit({
          cloudId: 'another-site-0000',
          override: { context: { cloudId: CLOUD_ID } },
        }),
    ],
    [
      'a FIT whose API base URL is not Atlassian’s',
      () =>
        fit({
          override: {
            app: {
              id: LOCAL_APP_ID,
              installationId: INSTALLATION,
              apiBaseUrl: `https://api.atlassian.com.evil.example/ex/jira/${CLOUD_ID}`,
            },
          },
        }),
    ],
    [
      'a FIT whose header says alg none',
      () => {
        const [, payload, signature] = fit().slice('Bearer '.length).split('.');
        const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
        return `Bearer ${none}.${payload}.${signature}`;
      },
    ],
  ];

  it.each(refusals)('%s: 401 site_not_proven', async (_name, authorization) => {
    const before = await takeoverSurface();
    const reply = await register(authorization());
    expect([reply.status, (reply.json.error as { code: string }).code]).toEqual([
      401,
      'site_not_proven',
    ]);
    expect(await takeoverSurface()).toEqual(before);
  });

  it('the installed app still works with its session and the admin’s credentials', async () => {
    const overview = await connectedOverview(app);
    expect(overview.stale).toBe(false);
    const state = (await app.emulator.control.state()) as {
      instances: Record<string, { credentials: { email: string } }>;
    };
    expect(state.instances[CLOUD_ID]?.credentials.email).toBe(ADMIN_EMAIL);
  });

  it('a site nobody registered yet is not created without a FIT either', async () => {
    const reply = await register(undefined, registration('not-yet-registered-site'));
    expect(reply.status).toBe(401);
    const { instances } = await takeoverSurface();
    expect(Object.keys(instances)).toEqual([CLOUD_ID]);
  });
});

describe('a registration with a valid FIT', () => {
  it('is accepted for the site it names (the same instance, a new session)', async () => {
    const before = await takeoverSurface();
    const reply = await register(fit(), {
      ...registration(),
      jira: { email: ADMIN_EMAIL, apiToken: ACCEPTED_JIRA_TOKEN },
    });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      instance: { id: (before.instances[CLOUD_ID] as { id: string }).id },
    });
    expect((await takeoverSurface()).accessTokens.length).toBe(before.accessTokens.length + 1);
  });

  it('proves one registration: the same token sent again is refused and changes nothing', async () => {
    const token = fit();
    const body = { ...registration(), jira: { email: ADMIN_EMAIL, apiToken: ACCEPTED_JIRA_TOKEN } };
    expect((await register(token, body)).status).toBe(200);
    const before = await takeoverSurface();
    const replay = await register(token, { ...body, jira: { ...body.jira, email: ATTACKER } });
    expect([replay.status, (replay.json.error as { code: string }).code]).toEqual([
      401,
      'site_not_proven',
    ]);
    expect(replay.json.error).toMatchObject({ message: expect.stringMatching(/used before/) });
    expect(await takeoverSurface()).toEqual(before);
    expect((await register(fit(), body)).status).toBe(200);
  });

  it('is what the emulator publishes the keys for: RS256, with a kid, public half only', async () => {
    const response = await fetch(`${app.emulator.url}/.well-known/jwks.json`);
    const jwks = (await response.json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toEqual([
      expect.objectContaining({ kty: 'RSA', alg: 'RS256', kid: expect.any(String) }),
    ]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const [, payload] = fit().split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as object;
    // A backend function's FIT (remote/essentials): the site in the API base URLs, no context,
    // no principal.
    expect(claims).toMatchObject({
      iss: FIT_ISSUER,
      aud: LOCAL_APP_ID,
      app: {
        id: LOCAL_APP_ID,
        installationId: expect.stringMatching(/^ari:cloud:ecosystem::installation\//),
        apiBaseUrl: `https://api.atlassian.com/ex/jira/${CLOUD_ID}`,
        module: { type: 'core:endpoint' },
        installation: {
          contexts: [{ apiBaseUrl: `https://api.atlassian.com/ex/jira/${CLOUD_ID}` }],
        },
      },
    });
    expect(claims).not.toHaveProperty('context');
    expect(claims).not.toHaveProperty('principal');
    expect(claims).not.toHaveProperty('principal');
  });

  it('is accepted as Atlassian documents it: the example claims of a backend call', async () => {
    // The example FIT of Forge Remote essentials, as a backend function's call gets it: no
    // `context`, no `principal`; made this app's, for this site, and current.
    const now = Math.floor(app.emulator.clock.now().getTime() / 1000);
    const documented = {
      app: {
        id: LOCAL_APP_ID,
        version: '16',
        appVersion: '16.0.1',
        installationId: INSTALLATION,
        apiBaseUrl: `https://api.atlassian.com/ex/jira/${CLOUD_ID}`,
        environment: {
          type: 'DEVELOPMENT',
          id: 'ari:cloud:ecosystem::environment/8db33809-1f32-48bb-8c52-5877dab48107/aa911f10-c54b-4b93-9e27-dd2947840b9e',
        },
        module: { type: 'core:endpoint', key: 'gitprotect-eu' },
        license: {
          isActive: true,
          billingPeriod: 'MONTHLY',
          capabilitySet: 'capabilityAdvanced',
          isEvaluation: false,
          type: 'commercial',
          modes: ['USER_ACCESS'],
        },
      },
      aud: LOCAL_APP_ID,
      iss: 'forge/invocation-token',
      iat: now,
      nbf: now,
      exp: now + 25,
      jti: 'd8a496253ec8c18a54631e4c82cbedd5d0ae8570',
    };
    const reply = await register(`Bearer ${app.emulator.forgeSigner.sign(documented)}`, {
      ...registration(),
      jira: { email: ADMIN_EMAIL, apiToken: ACCEPTED_JIRA_TOKEN },
    });
    expect(reply.status).toBe(200);
    const state = (await app.emulator.control.state()) as {
      instances: Record<string, { installationId?: string }>;
    };
    expect(state.instances[CLOUD_ID]?.installationId).toBe(INSTALLATION);
  });

  it('from a new installation of the same site (a reinstall): the same instance, the new installation kept', async () => {
    const reinstalled = 'ari:cloud:ecosystem::installation/75969db9-dc7b-4798-9715-bd098ac0d9d1';
    const before = (await app.emulator.control.state()) as {
      instances: Record<string, { id: string; jobs: unknown[]; installationId?: string }>;
    };
    const previous = before.instances[CLOUD_ID];
    expect(previous?.installationId).not.toBe(reinstalled);
    const reply = await register(fit({ installationId: reinstalled }), {
      ...registration(),
      jira: { email: ADMIN_EMAIL, apiToken: ACCEPTED_JIRA_TOKEN },
    });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ instance: { id: previous?.id } });
    const after = (await app.emulator.control.state()) as typeof before;
    expect(after.instances[CLOUD_ID]).toMatchObject({
      id: previous?.id,
      installationId: reinstalled,
      jobs: previous?.jobs,
    });
  });
});

describe('registering by hand against the emulator', () => {
  it('POST /__control/forge-token gives a FIT for the named site, and only that site', async () => {
    const response = await fetch(`${app.emulator.url}/__control/forge-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cloudId: 'hand-registered-site' }),
    });
    const { token } = (await response.json()) as { token: string };
    const claims = JSON.parse(
      Buffer.from(token.split('.')[1] ?? '', 'base64url').toString(),
    ) as Record<string, unknown>;
    expect(claims).toMatchObject({
      app: { apiBaseUrl: 'https://api.atlassian.com/ex/jira/hand-registered-site' },
    });
    expect(claims).not.toHaveProperty('context');
    expect(claims).not.toHaveProperty('principal');
    expect((await register(`Bearer ${token}`, registration('hand-registered-site'))).status).toBe(
      201,
    );
    expect((await register(`Bearer ${token}`)).status).toBe(401);
  });
});

describe('registering by hand, again after a reinstall', () => {
  it('POST /__control/forge-token names the installation asked for, which the service keeps', async () => {
    const installationId = 'ari:cloud:ecosystem::installation/11111111-2222-4333-8444-555555555555';
    const response = await fetch(`${app.emulator.url}/__control/forge-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cloudId: 'hand-registered-site', installationId }),
    });
    const { token } = (await response.json()) as { token: string };
    expect((await register(`Bearer ${token}`, registration('hand-registered-site'))).status).toBe(
      200,
    );
    const state = (await app.emulator.control.state()) as {
      instances: Record<string, { installationId?: string }>;
    };
    expect(state.instances['hand-registered-site']?.installationId).toBe(installationId);
  });
});

describe('the client', () => {
  it('without a way to prove the site, reports a refused registration, not a lost session', async () => {
    const directory = createManagementServiceDirectory({
      baseUrls: app.emulator.baseUrls,
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    const error = await directory
      .register(
        'EU',
        { cloudId: CLOUD_ID, siteUrl: 'https://victim.atlassian.net' },
        { email: ATTACKER, apiToken: ACCEPTED_JIRA_TOKEN },
      )
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
    expect(isUpstreamError(error, 'MALFORMED')).toBe(true);
    expect((error as Error).message).toMatch(/could not verify .* installed on this Jira site/);
  });
});
