import {
  type JsonWebKey,
  type KeyObject,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  sign as signWith,
  verify,
} from 'node:crypto';

/**
 * Forge Invocation Tokens (FIT) on one machine. On Forge, Atlassian signs a FIT for every
 * `invokeRemote` call and publishes its public keys as a JWKS; here a key pair generated at start
 * plays Atlassian's part: the signer mints FITs (for the local host, the tests and the fake Forge
 * API proxy), and the emulator verifies registrations against the signer's public JWKS, served
 * on a route of its own. The claims are those contract/management-service.yaml names.
 */

/** `iss` of every FIT. */
export const FIT_ISSUER = 'forge/invocation-token';
/** The app id of manifest.yml (a placeholder until `forge register`), as an ARI. */
export const LOCAL_APP_ID = 'ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000';
/** Where the emulator serves its JWKS, standing in for Atlassian's published keys. */
export const JWKS_PATH = '/.well-known/jwks.json';

const DEFAULT_LIFETIME_SECONDS = 60;

/**
 * The claims of a FIT that Forge attaches to `invokeRemote` from a backend function, as
 * remote/essentials documents them: the app, its installation and the site's API base URL
 * (`.../ex/jira/<cloudId>`), and no `context` nor `principal` ("When invoked from a backend
 * function, no context is currently provided"; `principal` is for UI modules only).
 */
export interface FitClaims {
  iss: string;
  aud: string;
  iat: number;
  nbf: number;
  exp: number;
  jti: string;
  app: {
    id: string;
    version?: string;
    appVersion: string;
    /** What a remote keys its storage on: it changes when the app is installed again. */
    installationId: string;
    /** The site's API base URL, `https://api.atlassian.com/ex/jira/<cloudId>`. */
    apiBaseUrl: string;
    environment: { type: string; id: string };
    module: { type: string; key: string };
    installation: { id: string; contexts: Array<{ name?: string; apiBaseUrl: string }> };
    license?: Record<string, unknown>;
  };
  /** Only in a FIT from a UI module; absent from a backend call's. */
  context?: Record<string, unknown>;
  principal?: string;
}

/** Where Atlassian routes a Jira site's API, as the FIT names it (`app.apiBaseUrl`). */
export const JIRA_API_BASE = 'https://api.atlassian.com/ex/jira/';

export function jiraApiBaseUrl(cloudId: string): string {
  return `${JIRA_API_BASE}${cloudId}`;
}

/** The cloudId an API base URL names, when it is a Jira site's on Atlassian's API gateway. */
export function cloudIdOfApiBaseUrl(apiBaseUrl: unknown): string | undefined {
  if (typeof apiBaseUrl !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(apiBaseUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.search !== '' || url.hash !== '') return undefined;
  if (url.host !== 'api.atlassian.com' && url.host !== 'api.stg.atlassian.com') return undefined;
  const match = /^\/ex\/jira\/([A-Za-z0-9_-]{1,128})\/?$/.exec(url.pathname);
  return match?.[1];
}

export interface MintOptions {
  /** The site the installation is on: named by `app.apiBaseUrl` and the installation's context. */
  cloudId: string;
  /** `ari:cloud:ecosystem::app/<uuid>`, or a bare uuid; default LOCAL_APP_ID. */
  appId?: string;
  /** Default: a new installation (`ari:cloud:ecosystem::installation/<uuid>`). */
  installationId?: string;
  /** The remote's key in the manifest (`app.module.key`). */
  moduleKey?: string;
  /** Seconds from now; negative mints an expired token. */
  lifetimeSeconds?: number;
  /** Claims to replace after the rest is built (tests of refusals). */
  override?: Partial<Record<keyof FitClaims, unknown>>;
}

export interface LocalForgeSigner {
  /** The public half, as Atlassian's JWKS publishes it. */
  jwks: { keys: JsonWebKey[] };
  /** A FIT as Forge attaches it to `invokeRemote` from a backend function. */
  mint(options: MintOptions): string;
  /** Any claims, signed as a FIT is (tests built from documented examples). */
  sign(claims: Record<string, unknown>): string;
}

/** A signer with a fresh RS256 key; `clock` decides `iat`/`exp` (the emulator's, when shared). */
export function createLocalForgeSigner(
  options: { clock?: { now(): Date } } = {},
): LocalForgeSigner {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `local-${randomUUID()}`;
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const clock = options.clock ?? { now: () => new Date() };
  const sign = (claims: Record<string, unknown>) => {
    const signingInput = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
    const signature = signWith('RSA-SHA256', Buffer.from(signingInput), privateKey);
    return `${signingInput}.${signature.toString('base64url')}`;
  };
  return {
    jwks: { keys: [jwk] },
    sign,
    mint(mint) {
      const now = Math.floor(clock.now().getTime() / 1000);
      const appId = appAri(mint.appId ?? LOCAL_APP_ID);
      const installationId =
        mint.installationId ?? `ari:cloud:ecosystem::installation/${randomUUID()}`;
      const apiBaseUrl = jiraApiBaseUrl(mint.cloudId);
      const app: FitClaims['app'] = {
        id: appId,
        appVersion: '1.0.0',
        installationId,
        apiBaseUrl,
        environment: {
          type: 'DEVELOPMENT',
          id: `ari:cloud:ecosystem::environment/${appId.split('/').at(-1) ?? ''}/local`,
        },
        module: { type: 'core:endpoint', key: mint.moduleKey ?? 'gitprotect-eu' },
        installation: { id: installationId, contexts: [{ apiBaseUrl }] },
      };
      return sign({
        iss: FIT_ISSUER,
        aud: appId,
        iat: now,
        nbf: now,
        exp: now + (mint.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS),
        jti: randomUUID(),
        app,
        ...mint.override,
      });
    },
  };
}

export function appAri(appId: string): string {
  return appId.startsWith('ari:') ? appId : `ari:cloud:ecosystem::app/${appId}`;
}

function part(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Why a FIT does not prove the site, for the 401's message; undefined when it does. */
export function fitProblem(
  token: string | undefined,
  expected: {
    jwks: { keys: JsonWebKey[] };
    appId: string;
    cloudId: string;
    now: Date;
    /** The `jti`s of the tokens that proved a registration, with their `exp`. */
    used: Map<string, number>;
  },
): string | undefined {
  if (!token) return 'Registration needs a Forge Invocation Token as Authorization: Bearer.';
  const [header, payload, signature, extra] = token.split('.');
  if (!header || !payload || !signature || extra !== undefined) return 'The token is not a JWT.';
  let head: { alg?: unknown; kid?: unknown };
  let claims: Partial<FitClaims>;
  try {
    head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as typeof head;
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
  } catch {
    return 'The token is not a JWT.';
  }
  if (head.alg !== 'RS256') return 'The token is not signed with RS256.';
  const key = expected.jwks.keys.find((candidate) => candidate.kid === head.kid);
  if (!key) return 'The token is not signed with a key Atlassian publishes.';
  const signed = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    publicKeyOf(key),
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) return 'The token is not signed with a key Atlassian publishes.';
  if (claims.iss !== FIT_ISSUER) return 'The token was not issued by Forge.';
  const now = expected.now.getTime() / 1000;
  // A few seconds of clock skew either way, as JWT libraries allow by default.
  if (typeof claims.exp !== 'number' || claims.exp + 5 <= now) return 'The token has expired.';
  if (typeof claims.nbf === 'number' && claims.nbf - 5 > now) return 'The token is not valid yet.';
  const appId = appAri(expected.appId);
  if (claims.aud !== appId || claims.app?.id !== appId) return 'The token is for another app.';
  if (typeof claims.app?.installationId !== 'string' || claims.app.installationId === '') {
    return 'The token names no installation.';
  }
  // A FIT from a backend function has no `context`: the site is the one the installation's API
  // base URLs name (app.apiBaseUrl, app.installation.contexts[].apiBaseUrl).
  const sites = new Set(
    [claims.app.apiBaseUrl, ...installationContexts(claims).map((context) => context?.apiBaseUrl)]
      .map(cloudIdOfApiBaseUrl)
      .filter((cloudId): cloudId is string => cloudId !== undefined),
  );
  if (sites.size === 0) return 'The token names no Jira site.';
  if (!sites.has(expected.cloudId)) return 'The token is for another site.';
  // A token proves one registration: one seen in transit cannot be sent again while it lasts.
  if (typeof claims.jti !== 'string' || claims.jti === '') return 'The token has no jti.';
  for (const [jti, exp] of expected.used) if (exp + 5 <= now) expected.used.delete(jti);
  if (expected.used.has(claims.jti))
    return 'The token was used before: each registration needs a new one.';
  expected.used.set(claims.jti, claims.exp);
  return undefined;
}

function installationContexts(claims: Partial<FitClaims>): Array<{ apiBaseUrl?: unknown } | null> {
  const contexts: unknown = claims.app?.installation?.contexts;
  return Array.isArray(contexts) ? (contexts as Array<{ apiBaseUrl?: unknown } | null>) : [];
}

const publicKeys = new WeakMap<JsonWebKey, KeyObject>();

function publicKeyOf(jwk: JsonWebKey): KeyObject {
  let key = publicKeys.get(jwk);
  if (!key) {
    key = createPublicKey({ key: jwk, format: 'jwk' });
    publicKeys.set(jwk, key);
  }
  return key;
}

/** The installation a FIT names (`app.installationId`); call after `fitProblem` accepted it. */
export function installationOfFit(token: string): string {
  const payload = token.split('.')[1] ?? '';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as FitClaims;
  return claims.app.installationId;
}

/**
 * A fetch that does for a plain-fetch registration what Forge does for `invokeRemote`: adds a
 * FIT for the site as `Authorization: Bearer`. The site is the installation's (`cloudId`), or,
 * for client tests that register several sites, whichever the request body names.
 */
export function fetchWithForgeInvocationToken(
  signer: LocalForgeSigner,
  site: { cloudId: string | 'fromBody'; appId?: string; installationId?: string },
  base: typeof fetch = (input, init) => fetch(input, init),
): typeof fetch {
  return (input, init) => {
    const cloudId = site.cloudId === 'fromBody' ? cloudIdOfBody(init?.body) : site.cloudId;
    const headers = new Headers(init?.headers);
    if (cloudId !== undefined) {
      headers.set(
        'authorization',
        `Bearer ${signer.mint({ cloudId, appId: site.appId, installationId: site.installationId })}`,
      );
    }
    return base(input, { ...init, headers });
  };
}

function cloudIdOfBody(body: unknown): string | undefined {
  if (typeof body !== 'string') return undefined;
  try {
    const parsed = JSON.parse(body) as { cloudId?: unknown };
    return typeof parsed.cloudId === 'string' ? parsed.cloudId : undefined;
  } catch {
    return undefined;
  }
}
