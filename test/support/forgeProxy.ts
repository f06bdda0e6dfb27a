import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import type { LocalForgeSigner } from '../../dev/emulator';
import { searchIndicesByKey, siteProjectAt } from '../../src/adapters/local/siteProjects';

/**
 * A fake of Forge's API proxy on loopback: what the stand-in runtime's `__forge_fetch__` reaches
 * when Atlassian's `@forge/kvs` and `@forge/api` send storage and Jira requests. It answers them
 * as Forge documents them, acts as the invocation's user for `asUser()` (the token says who, as
 * Forge binds a proxy token to its invocation), and records every request it saw.
 */

/** The target object the SDK hands to `__forge_fetch__`. */
export interface ProxyTarget {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
  contextAri?: string;
}

export interface ProxiedRequest {
  invocationId: string;
  target: ProxyTarget;
  /** `user` for the SDK's `asUser()` (`provider: 'user'`); `app` for `asApp()` and storage. */
  as: 'user' | 'app';
  /** Whom the proxy acted as for `asUser()`: the invocation's user. Null for the app. */
  accountId: string | null;
  method: string;
  /** The path the SDK asked for, query included (`/api/v1/get`, `/rest/api/3/myself`). */
  path: string;
  body: unknown;
  status: number;
  /** The error code of a storage answer that was not OK (`KEY_CONFLICT`, ...). */
  code?: string;
  /** Forge Remote: what the remote answered, when the proxy answered the function otherwise. */
  remoteStatus?: number;
}

export interface JiraUser {
  accountId: string;
  displayName: string;
  admin: boolean;
}

export interface ProxyOptions {
  users: JiraUser[];
  projects: number;
  /** The functions' clock, by which keys expire; default this process's. */
  now?: () => number;
  /** How long an expired key stays readable; kvs documents up to 48 hours. Default 0. */
  expiredReadableForMs?: number;
  siteUrl?: string;
  /**
   * Forge Remote (`invokeRemote`, target `{ type: 'frc', remote }`): where each manifest remote
   * is served locally, and the signer that plays Atlassian in minting the Forge Invocation Token
   * the proxy adds to every forwarded request.
   */
  remotes?: { servedAt: Record<string, string>; signer: LocalForgeSigner };
}

/** Who an invocation runs for: what Forge binds to the proxy token in its `_meta`. */
export interface InvocationGrant {
  invocationId: string;
  /** The user behind a resolver call; absent for a scheduled trigger. */
  accountId?: string;
  /** What a Forge Invocation Token names: the app, its installation and the site. */
  appId?: string;
  installationId?: string;
  cloudId?: string;
}

interface Entry {
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expiresAt?: number;
}

/**
 * Forge's key-value storage for one installation: plain keys and secrets kept apart. As kvs
 * does (storage-reference/kvs-api), an expired key is deleted late: for `expiredReadableForMs`
 * after its expiry it is still returned (with its `expireTime` when asked) and refuses
 * FAIL_IF_EXISTS. `now` is the functions' clock (the sandboxes'), which `expireTime` is read by.
 */
export class KvsState {
  readonly plain = new Map<string, Entry>();
  readonly secrets = new Map<string, Entry>();

  constructor(
    readonly now: () => number = () => Date.now(),
    public expiredReadableForMs = 0,
  ) {}

  /** The entry while storage still holds it: expired ones too, until they are deleted. */
  live(store: Map<string, Entry>, key: string): Entry | undefined {
    const entry = store.get(key);
    if (
      entry?.expiresAt !== undefined &&
      entry.expiresAt + this.expiredReadableForMs <= this.now()
    ) {
      store.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Makes a key as old as if it had been written `ms` earlier (its expiry too): time passing. */
  age(key: string, ms: number): void {
    const entry = this.plain.get(key);
    if (!entry) return;
    entry.createdAt -= ms;
    entry.updatedAt -= ms;
    if (entry.expiresAt !== undefined) entry.expiresAt -= ms;
  }

  /** Whether a stored key's TTL has passed (it may still be held: see `expiredReadableForMs`). */
  expired(key: string): boolean {
    const entry = this.live(this.plain, key);
    return entry?.expiresAt !== undefined && entry.expiresAt <= this.now();
  }

  get(key: string): unknown {
    return this.live(this.plain, key)?.value;
  }

  getSecret(key: string): unknown {
    return this.live(this.secrets, key)?.value;
  }

  set(key: string, value: unknown, ttlSeconds?: number): void {
    const now = this.now();
    this.plain.set(key, {
      value,
      createdAt: now,
      updatedAt: now,
      ...(ttlSeconds === undefined ? {} : { expiresAt: now + ttlSeconds * 1000 }),
    });
  }

  delete(key: string): void {
    this.plain.delete(key);
  }

  keys(): string[] {
    return [...this.plain.keys()].filter((key) => this.live(this.plain, key)).sort();
  }

  secretKeys(): string[] {
    return [...this.secrets.keys()].filter((key) => this.live(this.secrets, key)).sort();
  }
}

/** A storage error the proxy answers instead of the next matching requests. */
export interface StorageFault {
  status: number;
  code: string;
  /** How many requests it answers; default 1. */
  count?: number;
  /** Only requests to this path (`/api/v1/set`); default every storage request. */
  path?: string;
}

export interface ForgeProxy {
  url: string;
  kvs: KvsState;
  /** Answers the next storage requests with a documented error (handling-errors-kvs). */
  failStorage(fault: StorageFault): void;
  /** Every request, in the order the proxy answered them. */
  requests: ProxiedRequest[];
  /** A token for one invocation's `_meta.proxy`. */
  issueToken(grant: InvocationGrant): string;
  requestsOf(invocationId: string): ProxiedRequest[];
  close(): Promise<void>;
}

// Documented limits (developer.atlassian.com/platform/forge/runtime-reference/storage-api-*):
// keys match [a-zA-Z0-9:._\s-#]+ up to 500 characters, values up to 240 KiB (secrets 128 KiB),
// at most 32 levels deep, query pages hold 10 values by default and at most 100. The error codes
// are those of storage-reference/handling-errors-kvs.
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
const MAX_KEY_LENGTH = 500;
const MAX_DEPTH = 32;
const MAX_VALUE_BYTES = 240 * 1024;
const MAX_SECRET_BYTES = 128 * 1024;
const DEFAULT_QUERY_LIMIT = 10;
const MAX_QUERY_LIMIT = 100;
const TTL_SECONDS = { SECONDS: 1, MINUTES: 60, HOURS: 3_600, DAYS: 86_400 } as const;

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  code?: string;
}

/** The error body @forge/kvs turns into its own ForgeKvsAPIError (`code`, `message`). */
function kvsError(status: number, code: string, message: string): Answer {
  return { status, body: { code, message }, code };
}

/** A 400 with one of the documented error codes. */
const invalid = (code: string, message: string) => kvsError(400, code, message);

function keyProblem(key: unknown): Answer | undefined {
  if (typeof key !== 'string' || key.length < 1) return invalid('KEY_TOO_SHORT', 'Key too short');
  if (key.length > MAX_KEY_LENGTH) return invalid('KEY_TOO_LONG', 'Key too long');
  if (!KEY_PATTERN.test(key)) return invalid('INVALID_KEY', 'Invalid key format');
  return undefined;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) deepest = Math.max(deepest, depthOf(child));
  return deepest + 1;
}

/** The metadata a request asked for (`metadataFields`, `returnMetadataFields`). */
function asked(fields: unknown): Set<string> {
  return new Set(Array.isArray(fields) ? fields.map(String) : []);
}

export async function startForgeProxy(options: ProxyOptions): Promise<ForgeProxy> {
  const kvs = new KvsState(options.now, options.expiredReadableForMs);
  const storageFaults: Array<Required<Omit<StorageFault, 'path'>> & { path?: string }> = [];
  const requests: ProxiedRequest[] = [];
  const grants = new Map<string, InvocationGrant>();
  const users = new Map(options.users.map((user) => [user.accountId, user]));
  const siteUrl = options.siteUrl ?? 'https://forge-test-site.atlassian.net';

  function storage(path: string, body: Record<string, unknown>): Answer {
    const faultAt = storageFaults.findIndex((fault) => !fault.path || fault.path === path);
    const fault = storageFaults[faultAt];
    if (fault) {
      fault.count -= 1;
      if (fault.count <= 0) storageFaults.splice(faultAt, 1);
      return kvsError(fault.status, fault.code, `Injected ${fault.code}`);
    }
    const secret = path.startsWith('/api/v1/secret/');
    const store = secret ? kvs.secrets : kvs.plain;
    const operation = path.replace(/^\/api\/v1\/(secret\/)?/, '');
    if (operation === 'query' && !secret) return query(body);
    const problem = keyProblem(body.key);
    if (problem) return problem;
    const key = body.key as string;
    const entry = kvs.live(store, key);
    switch (operation) {
      case 'get': {
        // @forge/kvs raises any error but KEY_NOT_FOUND, which it reads as "no value".
        if (!entry) return kvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
        const options = (body.options ?? {}) as { metadataFields?: unknown };
        return { status: 200, body: entryBody(key, entry, asked(options.metadataFields)) };
      }
      case 'delete':
        if (!entry) return kvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');
        store.delete(key);
        return { status: 204 };
      case 'set':
        return set(store, key, entry, body, secret);
      default:
        return { status: 404, body: { code: 'NOT_FOUND', message: `No route ${path}` } };
    }
  }

  function set(
    store: Map<string, Entry>,
    key: string,
    previous: Entry | undefined,
    body: Record<string, unknown>,
    secret: boolean,
  ): Answer {
    const setOptions = (body.options ?? {}) as {
      ttl?: { value: number; unit: keyof typeof TTL_SECONDS };
      keyPolicy?: 'OVERRIDE' | 'FAIL_IF_EXISTS';
      returnValue?: 'PREVIOUS' | 'LATEST';
      returnMetadataFields?: unknown;
    };
    if (body.value === undefined || body.value === null) {
      return invalid('INVALID_VALUE', 'A value is required');
    }
    const bytes = Buffer.byteLength(JSON.stringify(body.value));
    if (bytes > (secret ? MAX_SECRET_BYTES : MAX_VALUE_BYTES)) {
      return invalid('MAX_SIZE', 'Value too large');
    }
    if (depthOf(body.value) > MAX_DEPTH) return invalid('MAX_DEPTH', 'Value too deep');
    // Forge's KVS answers a FAIL_IF_EXISTS write to a key it holds with 409 and code
    // KEY_CONFLICT; @forge/kvs raises that as its ForgeKvsAPIError (`code`,
    // `responseDetails.status`). An expired key it has not deleted yet counts as held.
    if (setOptions.keyPolicy === 'FAIL_IF_EXISTS' && previous) {
      return kvsError(409, 'KEY_CONFLICT', 'The key already exists');
    }
    const now = kvs.now();
    const ttl = setOptions.ttl
      ? setOptions.ttl.value * TTL_SECONDS[setOptions.ttl.unit] * 1000
      : undefined;
    const entry: Entry = {
      value: body.value,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      ...(ttl === undefined ? {} : { expiresAt: now + ttl }),
    };
    store.set(key, entry);
    if (setOptions.keyPolicy === 'OVERRIDE' && setOptions.returnValue) {
      const returned = setOptions.returnValue === 'PREVIOUS' ? previous : entry;
      const fields = asked(setOptions.returnMetadataFields);
      return { status: 200, body: returned ? entryBody(key, returned, fields) : {} };
    }
    return { status: 204 };
  }

  function query(body: Record<string, unknown>): Answer {
    const limit = body.limit === undefined ? DEFAULT_QUERY_LIMIT : body.limit;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
      return invalid('LIST_QUERY_LIMIT_EXCEEDED', 'Invalid limit');
    }
    if (limit > MAX_QUERY_LIMIT) {
      return invalid('LIST_QUERY_LIMIT_EXCEEDED', `The limit is at most ${MAX_QUERY_LIMIT}`);
    }
    const where = (body.where ?? []) as Array<{
      property?: string;
      condition?: string;
      values?: unknown[];
    }>;
    if (where.length > 1) return invalid('QUERY_WHERE_INVALID', 'One where condition at most');
    const [condition] = where;
    if (condition && condition.property !== 'key') {
      return invalid('QUERY_WHERE_FIELD_INVALID', 'The key-value store filters on key only');
    }
    if (condition && condition.condition !== 'BEGINS_WITH') {
      return invalid('INVALID_FILTER_CONDITION', 'The key-value store filters with BEGINS_WITH');
    }
    const prefix = condition ? String(condition.values?.[0] ?? '') : '';
    const after =
      typeof body.after === 'string' ? Buffer.from(body.after, 'base64url').toString() : '';
    const matching = kvs.keys().filter((key) => key.startsWith(prefix) && key > after);
    const page = matching.slice(0, limit);
    const last = page.at(-1);
    return {
      status: 200,
      body: {
        data: page.map((key) => ({ key, value: kvs.get(key) })),
        ...(last && matching.length > limit
          ? { cursor: Buffer.from(last).toString('base64url') }
          : {}),
      },
    };
  }

  function jira(method: string, url: URL, accountId: string | null): Answer {
    const user = accountId ? users.get(accountId) : undefined;
    if (method !== 'GET') return jiraError(405, 'Method not allowed');
    switch (url.pathname) {
      case '/rest/api/3/mypermissions': {
        const wanted = (url.searchParams.get('permissions') ?? '').split(',').filter(Boolean);
        if (wanted.length === 0) return jiraError(400, 'The permissions parameter is required');
        const permissions = Object.fromEntries(
          wanted.map((key) => [
            key,
            { key, type: 'GLOBAL', havePermission: key === 'ADMINISTER' && user?.admin === true },
          ]),
        );
        return { status: 200, body: { permissions } };
      }
      case '/rest/api/3/myself':
        if (!user) return jiraError(401, 'Not a user');
        return {
          status: 200,
          body: {
            accountId: user.accountId,
            accountType: 'atlassian',
            displayName: user.displayName,
            active: true,
          },
        };
      case '/rest/api/3/project/search': {
        // The local site's projects, by key (`orderBy=key`), a page from `startAt`; with
        // `query`, those whose key or name contains it, ignoring case.
        const maxResults = Number(url.searchParams.get('maxResults') ?? 50);
        const startAt = Number(url.searchParams.get('startAt') ?? 0);
        const matching = searchIndicesByKey(
          options.projects,
          url.searchParams.get('query') ?? undefined,
        );
        const page = matching.slice(startAt, startAt + maxResults);
        return {
          status: 200,
          body: {
            startAt,
            maxResults,
            total: matching.length,
            isLast: startAt + page.length >= matching.length,
            values: page.map((index) => ({ id: String(10_000 + index), ...siteProjectAt(index) })),
          },
        };
      }
      case '/rest/api/3/serverInfo':
        return { status: 200, body: { baseUrl: siteUrl, deploymentType: 'Cloud' } };
      default:
        return jiraError(404, `No Jira route ${url.pathname} in this fake`);
    }
  }

  async function answer(
    request: IncomingMessage,
  ): Promise<{ answer: Answer; record?: ProxiedRequest }> {
    const grant = grants.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!grant) return { answer: { status: 401, body: { message: 'Unknown proxy token' } } };
    const target = JSON.parse(String(request.headers['forge-proxy-target'] ?? '{}')) as ProxyTarget;
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://proxy');
    const path = `${url.pathname.replace(`/${target.type}`, '')}${url.search}`;
    const text = await readBody(request);
    const body = text === '' ? undefined : (JSON.parse(text) as unknown);
    const asUser = target.provider === 'user';
    const accountId = asUser ? (target.accountId ?? grant.accountId ?? null) : null;
    let reply: Answer;
    if (target.type === 'kvs' && method === 'POST') {
      reply = storage(url.pathname.replace('/kvs', ''), (body ?? {}) as Record<string, unknown>);
    } else if (target.type === 'fpp' && target.remote === 'jira') {
      reply =
        asUser && !accountId
          ? // No user to act as (a scheduled trigger): the SDK raises NeedsAuthenticationError.
            { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } }
          : jira(method, new URL(path, 'http://jira'), accountId);
    } else {
      reply = { status: 404, body: { message: `No ${target.type} route in this fake` } };
    }
    const record: ProxiedRequest = {
      invocationId: grant.invocationId,
      target,
      as: asUser ? 'user' : 'app',
      accountId,
      method,
      path,
      body,
      status: reply.status,
      ...(reply.code ? { code: reply.code } : {}),
    };
    return { answer: reply, record };
  }

  /**
   * What Forge does for `invokeRemote`: forwards the request to the remote's base URL with a
   * backend-shaped Forge Invocation Token for the invocation's app, installation and site in place of the
   * function's proxy token, and hands the remote's reply back as it streams. A 3xx is not
   * followed nor passed on: Forge Remote treats it as an error (remote/essentials, "Errors"),
   * here a 502 with a `forge-proxy-error` header (the status and code are this fake's own), which
   * `@forge/api`'s invokeRemote raises as a ProxyRequestError.
   */
  async function forwardToRemote(
    request: IncomingMessage,
    response: ServerResponse,
    grant: InvocationGrant,
    target: ProxyTarget,
  ): Promise<ProxiedRequest> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://proxy');
    const path = `${url.pathname.replace(/^\/frc/, '')}${url.search}`;
    const text = await readBody(request);
    const record = (status: number): ProxiedRequest => ({
      invocationId: grant.invocationId,
      target,
      as: 'app',
      accountId: null,
      method,
      path,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
      status,
    });
    const servedAt =
      target.remote && options.remotes && Object.hasOwn(options.remotes.servedAt, target.remote)
        ? options.remotes.servedAt[target.remote]
        : undefined;
    if (!servedAt || !options.remotes || !grant.cloudId) {
      send(response, { status: 400, headers: { 'forge-proxy-error': 'INVALID_REMOTE' } });
      return record(400);
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value !== 'string' || FORWARD_SKIPPED.has(name)) continue;
      headers.set(name, value);
    }
    // The FIT of a call from a backend function (remote/essentials): app, installation and the
    // site's API base URL; no `context` and no `principal`, even when a user's resolver call
    // made it.
    const fit = options.remotes.signer.mint({
      cloudId: grant.cloudId,
      appId: grant.appId,
      installationId: grant.installationId,
      moduleKey: target.remote,
    });
    headers.set('authorization', `Bearer ${fit}`);
    const reply = await fetch(`${servedAt}${path}`, {
      method,
      headers,
      body: text === '' ? undefined : text,
      redirect: 'manual',
    });
    if (reply.status >= 300 && reply.status < 400) {
      await reply.body?.cancel().catch(() => undefined);
      send(response, { status: 502, headers: { 'forge-proxy-error': REMOTE_REDIRECT } });
      return { ...record(502), code: REMOTE_REDIRECT, remoteStatus: reply.status };
    }
    const replyHeaders = Object.fromEntries(
      [...reply.headers].filter(([name]) => !['transfer-encoding', 'connection'].includes(name)),
    );
    response.writeHead(reply.status, replyHeaders);
    if (!reply.body) {
      response.end();
    } else {
      const body = Readable.fromWeb(reply.body as import('node:stream/web').ReadableStream);
      // The function stops reading an endless reply: stop fetching it too.
      response.on('close', () => body.destroy());
      body.on('error', () => response.destroy());
      body.pipe(response);
    }
    return record(reply.status);
  }

  const server = createServer((request, response) => {
    const grant = grants.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
    const target = JSON.parse(String(request.headers['forge-proxy-target'] ?? '{}')) as ProxyTarget;
    if (grant && target.type === 'frc') {
      forwardToRemote(request, response, grant, target)
        .then((record) => requests.push(record))
        .catch(() => {
          if (!response.headersSent) send(response, { status: 502 });
          else response.destroy();
        });
      return;
    }
    answer(request)
      .then(({ answer: reply, record }) => {
        if (record) requests.push(record);
        send(response, reply);
      })
      .catch((error: unknown) => send(response, { status: 500, body: { message: String(error) } }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    kvs,
    failStorage(fault) {
      storageFaults.push({ ...fault, count: fault.count ?? 1 });
    },
    requests,
    issueToken(grant) {
      const token = randomUUID();
      grants.set(token, grant);
      return token;
    },
    requestsOf: (invocationId) =>
      requests.filter((request) => request.invocationId === invocationId),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The fake's name for a remote's redirect, which Forge Remote refuses. */
export const REMOTE_REDIRECT = 'REMOTE_REDIRECT_REFUSED';

/** Hop-by-hop headers and the function's own credentials never reach the remote. */
const FORWARD_SKIPPED = new Set([
  'authorization',
  'forge-proxy-target',
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
]);

/** A stored entry with the metadata asked for (CREATED_AT, UPDATED_AT, EXPIRE_TIME). */
function entryBody(key: string, entry: Entry, fields: Set<string> = new Set()) {
  return {
    key,
    value: entry.value,
    ...(fields.has('CREATED_AT') ? { createdAt: entry.createdAt } : {}),
    ...(fields.has('UPDATED_AT') ? { updatedAt: entry.updatedAt } : {}),
    ...(fields.has('EXPIRE_TIME') && entry.expiresAt !== undefined
      ? { expireTime: new Date(entry.expiresAt).toISOString() }
      : {}),
  };
}

function jiraError(status: number, message: string): Answer {
  return { status, body: { errorMessages: [message], errors: {} } };
}

function send(response: ServerResponse, reply: Answer): void {
  const headers = { ...reply.headers };
  if (reply.body === undefined) {
    response.writeHead(reply.status, headers).end();
    return;
  }
  response
    .writeHead(reply.status, { ...headers, 'content-type': 'application/json' })
    .end(JSON.stringify(reply.body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
