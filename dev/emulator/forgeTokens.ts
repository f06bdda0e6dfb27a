import {
  type JsonWebKey,
  type KeyObject,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  sign,
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

export interface FitClaims {
  iss: string;
  aud: string;
  iat: number;
  nbf: number;
  exp: number;
  jti: string;
  app: { id: string; installationId: string; environment?: { type: string; id: string } };
  context: { cloudId: string };
  principal?: string;
}

export interface MintOptions {
  cloudId: string;
  /** `ari:cloud:ecosystem::app/<uuid>`, or a bare uuid; default LOCAL_APP_ID. */
  appId?: string;
  installationId?: string;
  accountId?: string;
  /** Seconds from now; negative mints an expired token. */
  lifetimeSeconds?: number;
  /** Claims to replace after the rest is built (tests of refusals). */
  override?: Partial<Record<keyof FitClaims, unknown>>;
}

export interface LocalForgeSigner {
  /** The public half, as Atlassian's JWKS publishes it. */
  jwks: { keys: JsonWebKey[] };
  mint(options: MintOptions): string;
}

/** A signer with a fresh RS256 key; `clock` decides `iat`/`exp` (the emulator's, when shared). */
export function createLocalForgeSigner(
  options: { clock?: { now(): Date } } = {},
): LocalForgeSigner {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = `local-${randomUUID()}`;
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' };
  const clock = options.clock ?? { now: () => new Date() };
  return {
    jwks: { keys: [jwk] },
    mint(mint) {
      const now = Math.floor(clock.now().getTime() / 1000);
      const appId = appAri(mint.appId ?? LOCAL_APP_ID);
      const claims: Record<string, unknown> = {
        iss: FIT_ISSUER,
        aud: appId,
        iat: now,
        nbf: now,
        exp: now + (mint.lifetimeSeconds ?? DEFAULT_LIFETIME_SECONDS),
        jti: randomUUID(),
        app: {
          id: appId,
          installationId:
            mint.installationId ?? `ari:cloud:ecosystem::installation/${randomUUID()}`,
        },
        context: { cloudId: mint.cloudId },
        ...(mint.accountId ? { principal: mint.accountId } : {}),
        ...mint.override,
      };
      const signingInput = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(claims)}`;
      const signature = sign('RSA-SHA256', Buffer.from(signingInput), privateKey);
      return `${signingInput}.${signature.toString('base64url')}`;
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
  if (typeof claims.app?.installationId !== 'string') return 'The token names no installation.';
  if (claims.context?.cloudId !== expected.cloudId) return 'The token is for another site.';
  // A token proves one registration: one seen in transit cannot be sent again while it lasts.
  if (typeof claims.jti !== 'string' || claims.jti === '') return 'The token has no jti.';
  for (const [jti, exp] of expected.used) if (exp + 5 <= now) expected.used.delete(jti);
  if (expected.used.has(claims.jti))
    return 'The token was used before: each registration needs a new one.';
  expected.used.set(claims.jti, claims.exp);
  return undefined;
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
