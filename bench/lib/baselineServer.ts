/**
 * Serves the baseline page's build on 127.0.0.1 with a bridge stand-in that answers `invoke`
 * with a canned reply: the baseline costs no resolver and no network round trip beyond its own
 * files, and it is served without Forge's Content-Security-Policy (the local host sends it). The
 * bridge's place in the page matches the local host's. `npm run bench` uses it for its stricter
 * row only; its target compares against the baseline served by a local host.
 */
import { readFile } from 'node:fs/promises';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const BRIDGE_PATH = '/__bench/bridge.js';
const PLACEHOLDER = '<!-- forge-host-bridge -->';

export interface StaticServer {
  /** The page, e.g. `http://127.0.0.1:41234/index.html`. */
  url: string;
  close(): Promise<void>;
}

export function bridgeStandIn(invokeReply: unknown): string {
  return `globalThis.__bridge = {
  callBridge: function (op) {
    return Promise.resolve(op === 'invoke' ? ${JSON.stringify(invokeReply)} : undefined);
  },
};
`;
}

export async function startBaselineServer(
  buildDir: string,
  invokeReply: unknown,
): Promise<StaticServer> {
  const bridge = bridgeStandIn(invokeReply);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://baseline').pathname;
    void respond(path).then(
      ({ status, type, body }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
        res.end(body);
      },
      () => {
        res.writeHead(404).end();
      },
    );
  });

  async function respond(path: string) {
    if (path === BRIDGE_PATH) return { status: 200, type: TYPES['.js']!, body: bridge };
    const relative = normalize(decodeURIComponent(path === '/' ? '/index.html' : path));
    const file = join(buildDir, relative);
    if (!file.startsWith(buildDir + sep)) throw new Error('Outside the build.');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (relative === `${sep}index.html`) {
      const html = await readFile(file, 'utf8');
      const body = html.replace(PLACEHOLDER, `<script src="${BRIDGE_PATH}"></script>`);
      return { status: 200, type, body };
    }
    return { status: 200, type, body: await readFile(file) };
  }

  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
