import { readFile, readdir } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { appState } from '../../src/app/state';
import type { Log } from '../../src/ports/log';
import {
  CSP_REPORT_PATH,
  ForgePagePolicy,
  MANIFEST_FILE,
  readManifestPermissions,
} from './forgeCsp';
import { LOCAL_USER_NAMES, type LocalApp, isLocalUserName } from './localApp';
import { renderShell } from './shell';
import { loadTokenStylesheet } from './themes';
import { viewOptionsFrom } from './viewOptions';

export interface HostServerOptions {
  /** 0 picks a free port. */
  port: number;
  app: LocalApp;
  /** The page's Vite build: index.html and its assets. */
  buildDir: string;
  /** Where `POST /__control/clock` is forwarded. */
  emulatorUrl: string;
  log: Log;
  /** Named in the message when the port is taken. */
  portVariable?: string;
  /** Whose `permissions` make the page's Content-Security-Policy. Default: the app's manifest.yml. */
  manifestFile?: string;
}

export interface HostServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Thrown when a port is taken, with a message that says how to pick another. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    variable: string,
  ) {
    super(`Port ${port} is already in use. Set ${variable}=... to use another port.`);
    this.name = 'PortInUseError';
  }
}

const HOST = '127.0.0.1';
/** Forge refuses invoke payloads over 500 KB. */
const MAX_BODY_BYTES = 500 * 1024;
const DRAIN_CEILING_BYTES = 16 * MAX_BODY_BYTES;
const BRIDGE_FILE = join(__dirname, 'bridge.js');
const BRIDGE_TAG = '<script src="/__host/bridge.js"></script>';
const BRIDGE_PLACEHOLDER = '<!-- forge-host-bridge -->';

/** An instance's Management Service host (as dev/host/bridge.js MANAGEMENT_HOST). */
const MANAGEMENT_HOST = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.(eu|us|au)\.app\.gitprotect\.io$/;
const MANAGEMENT_PREFIX = '/__host/gitprotect/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;

/**
 * A Forge-like host on 127.0.0.1: a Jira-like shell page, the built app with a bridge, and the
 * endpoints the bridge calls, dispatched through the app's real resolver handler.
 */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const { app, log } = options;
  const tokensCss = loadTokenStylesheet();
  const build = new BuildFiles(options.buildDir);
  await build.remember();
  const policy = pagePolicy(
    new ForgePagePolicy(readManifestPermissions(options.manifestFile ?? MANIFEST_FILE)),
    build,
  );
  let origin = '';

  const routes: Record<string, Route> = {
    'GET /': async (_req, res, url) =>
      sendText(
        res,
        200,
        'text/html; charset=utf-8',
        renderShell(viewOptionsFrom(url.searchParams)),
      ),
    'GET /__host/bridge.js': async (_req, res) =>
      sendText(res, 200, CONTENT_TYPES['.js']!, await readFile(BRIDGE_FILE, 'utf8')),
    'GET /__host/tokens.css': async (_req, res) =>
      sendText(res, 200, CONTENT_TYPES['.css']!, tokensCss),
    'GET /favicon.ico': async (_req, res) => {
      res.writeHead(204).end();
    },
    'GET /app': async (_req, res, url) => {
      res.writeHead(302, { location: `/app/index.html${url.search}` }).end();
    },
    'GET /api/context': async (req, res) => sendJson(res, 200, app.contextOf(actingUser(req))),
    'POST /api/invoke': async (req, res) => {
      const user = actingUser(req);
      const call = parseCall(await readJsonBody(req));
      let result: unknown;
      try {
        result = await app.invoke(user, call.functionKey, call.payload);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log.error('A resolver threw past its envelope', { functionKey: call.functionKey });
        throw new HttpProblem(500, `The resolver ${call.functionKey} failed: ${message}`);
      }
      if (result === undefined) res.writeHead(204, { 'cache-control': 'no-store' }).end();
      else sendJson(res, 200, result);
    },
    'POST /api/trigger': async (_req, res) => sendJson(res, 200, await app.runTrigger()),
    [`POST ${CSP_REPORT_PATH}`]: async (req, res) => {
      log.warn(
        "The page broke Forge's Content-Security-Policy",
        violationReport(await readBody(req)),
      );
      res.writeHead(204).end();
    },
    // The token's expiry as the app and the service both know it, `inDays` from today: the
    // expiry alerts without waiting (the seeded token lasts 200 days).
    'POST /__control/token-expiry': async (req, res) => {
      const body = await readJsonBody(req);
      const inDays = (body as { inDays?: unknown } | null)?.inDays;
      if (typeof inDays !== 'number' || !Number.isInteger(inDays) || inDays < -30 || inDays > 365) {
        throw new HttpProblem(400, 'Send {"inDays": n}, a whole number from -30 to 365.');
      }
      const state = appState(app.deps.store);
      const [credentials, connection] = await Promise.all([
        state.credentials(),
        state.connection(),
      ]);
      if (!credentials || !connection) throw new HttpProblem(409, 'Connect the local site first.');
      const day = new Date(app.deps.clock.now().getTime() + inDays * 86_400_000);
      const expiresOn = day.toISOString().slice(0, 10);
      const reply = await fetch(`${options.emulatorUrl}/__control/instance`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ cloudId: connection.cloudId, credentialsExpiresOn: expiresOn }),
      });
      if (!reply.ok) throw new HttpProblem(502, `The emulator answered ${reply.status}.`);
      await state.saveCredentials({ ...credentials, expiresOn });
      sendJson(res, 200, { expiresOn });
    },
    'POST /__control/clock': async (req, res) => {
      const body = await readJsonBody(req);
      const reply = await fetch(`${options.emulatorUrl}/__control/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      sendText(
        res,
        reply.status,
        reply.headers.get('content-type') ?? 'application/json',
        await reply.text(),
      );
    },
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local-host');
    const handled = (async () => {
      refuseForeignRequests(req, origin);
      const route = routes[`${req.method ?? 'GET'} ${url.pathname}`];
      if (route) return route(req, res, url);
      if (req.method === 'GET' && url.pathname.startsWith(MANAGEMENT_PREFIX)) {
        return redirectToManagementPage(res, options.emulatorUrl, url.pathname);
      }
      if (req.method === 'GET' && url.pathname.startsWith('/app/')) {
        return serveApp(res, build, policy, url.pathname.slice('/app/'.length));
      }
      const known = Object.keys(routes).some((key) => key.endsWith(` ${url.pathname}`));
      throw new HttpProblem(known ? 405 : 404, known ? 'Method not allowed.' : 'Not found.');
    })();
    handled.catch((error: unknown) => {
      const status = error instanceof HttpProblem ? error.status : 500;
      if (status === 500) {
        log.error('The local host failed a request', {
          path: url.pathname,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
      if (res.headersSent) return res.destroy();
      if (status === 413) res.setHeader('connection', 'close');
      sendJson(res, status, { error: error instanceof Error ? error.message : 'Failed.' });
    });
  });

  const port = await listen(server, options.port, options.portVariable ?? 'PORT');
  origin = `http://${HOST}:${port}`;
  return {
    url: `${origin}/`,
    port,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

export function listen(server: Server, port: number, variable: string): Promise<number> {
  return new Promise((done, fail) => {
    const onError = (error: NodeJS.ErrnoException) =>
      fail(error.code === 'EADDRINUSE' ? new PortInUseError(port, variable) : error);
    server.once('error', onError);
    server.listen(port, HOST, () => {
      server.off('error', onError);
      done((server.address() as AddressInfo).port);
    });
  });
}

/**
 * The bridge opens an instance's Management Service (`https://<host>/<path>`) here, as
 * `/__host/gitprotect/<host>/<path>`: it goes on to the emulator's page for that host.
 */
function redirectToManagementPage(res: ServerResponse, emulatorUrl: string, pathname: string) {
  const rest = pathname.slice(MANAGEMENT_PREFIX.length);
  const slash = rest.indexOf('/');
  const host = slash < 0 ? rest : rest.slice(0, slash);
  if (!MANAGEMENT_HOST.test(host)) throw new HttpProblem(404, 'Not a Management Service host.');
  const target = `${emulatorUrl}/management/${host}${slash < 0 ? '/' : rest.slice(slash)}`;
  res.writeHead(302, { location: target, 'cache-control': 'no-store' }).end();
}

/**
 * Only this host's own pages may act: a web page elsewhere cannot post to 127.0.0.1 as the local
 * admin (Origin check), nor reach it through a rebound DNS name (Host check).
 */
function refuseForeignRequests(req: IncomingMessage, origin: string): void {
  const port = origin.slice(origin.lastIndexOf(':') + 1);
  const host = req.headers.host ?? '';
  if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) {
    throw new HttpProblem(403, 'Open the local host as http://127.0.0.1.');
  }
  const from = req.headers.origin;
  if (
    req.method !== 'GET' &&
    from !== undefined &&
    from !== origin &&
    from !== `http://localhost:${port}`
  ) {
    throw new HttpProblem(403, 'Requests from other sites are refused.');
  }
}

/**
 * Who acts, as the caller names it: nobody is taken for the admin by default, so a request that
 * forgot to say (or a stray one) runs nothing. The bridge sends it as the page's `?as=` says.
 */
function actingUser(req: IncomingMessage) {
  const header = req.headers['x-local-user'];
  if (!isLocalUserName(header)) {
    throw new HttpProblem(
      400,
      header === undefined
        ? 'Name the acting Jira user: send the header X-Local-User: admin or X-Local-User: member.'
        : `X-Local-User must name a user of the local site: ${LOCAL_USER_NAMES}.`,
    );
  }
  return header;
}

function parseCall(body: unknown): { functionKey: string; payload: unknown } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpProblem(400, 'The body must be {"functionKey", "payload"}.');
  }
  const { functionKey, payload } = body as { functionKey?: unknown; payload?: unknown };
  if (typeof functionKey !== 'string' || functionKey.length === 0) {
    throw new HttpProblem(400, 'functionKey must be a string.');
  }
  return { functionKey, payload };
}

/**
 * Reads a body of at most MAX_BODY_BYTES. A larger one is still read to its end (and dropped)
 * before the 413, since leaving the loop early destroys the socket and the client sees a reset
 * instead of the answer; past a hard ceiling the connection is cut after all.
 */
async function readBody(req: IncomingMessage): Promise<string> {
  const tooLarge = () => new HttpProblem(413, 'The body is larger than 500 KB.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > DRAIN_CEILING_BYTES) throw tooLarge();
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer);
  }
  if (size > MAX_BODY_BYTES) throw tooLarge();
  return Buffer.concat(chunks).toString('utf8');
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    throw new HttpProblem(415, 'Send the body as application/json.');
  }
  const text = await readBody(req);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpProblem(400, 'The body is not JSON.');
  }
}

/**
 * The build folder, plus every asset of the builds seen since the host started: a rebuild
 * replaces the hashed chunks, and a page opened before it still loads the ones it knows. While a
 * rebuild has emptied the folder, the last index.html served still answers.
 */
class BuildFiles {
  readonly root: string;
  private readonly earlier = new Map<string, Buffer>();
  private lastIndex: Buffer | undefined;

  constructor(buildDir: string) {
    this.root = resolve(buildDir);
  }

  /** Keeps a copy of each asset of the current build not seen yet. */
  async remember(): Promise<void> {
    const files = await readdir(this.root, { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    for (const entry of files) {
      if (!entry.isFile()) continue;
      const file = join(entry.parentPath, entry.name);
      const key = relative(this.root, file);
      if (key === 'index.html' || this.earlier.has(key)) continue;
      const content = await readFile(file).catch(() => undefined);
      if (content) this.earlier.set(key, content);
    }
  }

  async read(file: string): Promise<Buffer | undefined> {
    const key = relative(this.root, file);
    try {
      const content = await readFile(file);
      if (key === 'index.html') this.lastIndex = content;
      return content;
    } catch {
      return key === 'index.html' ? this.lastIndex : this.earlier.get(key);
    }
  }
}

/**
 * The app's page and its assets, each with the Content-Security-Policy Forge would send with
 * them, so whatever Forge would block is blocked (and reported) here too.
 */
async function serveApp(
  res: ServerResponse,
  build: BuildFiles,
  policy: PagePolicy,
  relativePath: string,
): Promise<void> {
  const { root } = build;
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativePath || 'index.html');
  } catch {
    throw new HttpProblem(400, 'Bad path.');
  }
  const file = resolve(root, decoded);
  if (!file.startsWith(root + sep)) throw new HttpProblem(404, 'Not found.');
  const isIndex = file === join(root, 'index.html');
  const content = await build.read(file);
  if (!content) {
    if (isIndex) {
      throw new HttpProblem(
        503,
        'The page is not built: run `npm run build` (npm start builds it).',
      );
    }
    throw new HttpProblem(404, 'Not found.');
  }
  const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
  if (isIndex) {
    await build.remember();
    const html = content.toString('utf8');
    // Forge injects its CDN bridge and iframe resizer before working out the policy, and so does
    // policy.forPage. The page is served with the local bridge in their place: Forge's bridge
    // talks to a real Jira parent frame and cannot load offline, while the local one answers
    // from this host. Both are external scripts, which add nothing to the policy (only inline
    // scripts are hashed into it), so the page is held to exactly what Forge would enforce.
    const csp = policy.forPage(html);
    sendText(res, 200, type, withBridge(html), { 'content-security-policy': csp });
    return;
  }
  res.writeHead(200, {
    'content-type': type,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': await policy.forAssets(),
  });
  res.end(content);
}

interface PagePolicy {
  forPage(html: string): string;
  /** The policy of the page last served (or of the current build when none has been yet). */
  forAssets(): Promise<string>;
}

function pagePolicy(policy: ForgePagePolicy, build: BuildFiles): PagePolicy {
  let lastPage: string | undefined;
  return {
    forPage(html) {
      lastPage = policy.headerFor(html);
      return lastPage;
    },
    async forAssets() {
      if (lastPage !== undefined) return lastPage;
      const index = await build.read(join(build.root, 'index.html'));
      return policy.headerFor(index?.toString('utf8') ?? EMPTY_PAGE);
    },
  };
}

const EMPTY_PAGE = '<!doctype html><html><head></head><body></body></html>';

/** The fields of a browser's `application/csp-report` worth a log line; the body is untrusted. */
function violationReport(body: string): Record<string, string> {
  let report: unknown;
  try {
    report = (JSON.parse(body) as { 'csp-report'?: unknown })['csp-report'];
  } catch {
    return { report: 'unreadable' };
  }
  if (typeof report !== 'object' || report === null) return { report: 'unreadable' };
  const fields: Record<string, string> = {};
  for (const key of [
    'effective-directive',
    'blocked-uri',
    'document-uri',
    'source-file',
    'line-number',
    'script-sample',
  ]) {
    const value = (report as Record<string, unknown>)[key];
    if (typeof value === 'string' || typeof value === 'number') {
      fields[key] = String(value).slice(0, 300);
    }
  }
  return fields;
}

/** The bridge must exist before @forge/bridge is imported: its tag goes before any script. */
export function withBridge(html: string): string {
  const candidates = [
    html.indexOf(BRIDGE_PLACEHOLDER),
    html.search(/<script\b/i),
    html.search(/<\/head>/i),
  ];
  const at = Math.min(...candidates.filter((index) => index >= 0));
  if (!Number.isFinite(at)) throw new HttpProblem(500, 'The built index.html has no <head>.');
  const rest = html.slice(at).startsWith(BRIDGE_PLACEHOLDER)
    ? html.slice(at + BRIDGE_PLACEHOLDER.length)
    : html.slice(at);
  return `${html.slice(0, at)}${BRIDGE_TAG}${rest}`;
}

function sendText(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}
