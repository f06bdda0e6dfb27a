/**
 * Serves the built page (static/build) with the dev bridge stand-in, so it can be looked at in
 * a browser outside Jira. The host's bridge script goes where index.html has its
 * `<!-- forge-host-bridge -->` marker, before the module bundle, exactly as a real host does.
 *
 *   npm run build && npx tsx static/dev/serve.ts        (PORT=5178 by default)
 *   open http://localhost:5178/?state=running&locale=pl-PL&theme=dark
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
// PAGE_BUILD_DIR serves another build (e.g. one made with `vite build --outDir`) for comparison.
const buildDir = process.env.PAGE_BUILD_DIR ?? join(here, '..', 'build');
const themeDir = join(
  here,
  '..',
  '..',
  'node_modules',
  '@atlaskit',
  'tokens',
  'dist',
  'esm',
  'artifacts',
  'themes',
);
const BRIDGE_MARKER = '<!-- forge-host-bridge -->';
const THEME_NAME = /^[a-z-]+$/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** The built index.html with the stand-in bridge where a host puts its own. */
export function pageWithBridge(): string {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  if (!html.includes(BRIDGE_MARKER)) throw new Error(`index.html lacks ${BRIDGE_MARKER}`);
  return html.replace(BRIDGE_MARKER, '<script src="./dev/bridge.js"></script>');
}

function fileFor(pathname: string): string | null {
  if (pathname === '/dev/bridge.js') return join(here, 'bridge.js');
  const theme = /^\/dev\/tokens\/([^/]+)\.js$/.exec(pathname)?.[1];
  if (theme) return THEME_NAME.test(theme) ? join(themeDir, `${theme}.js`) : null;
  const file = normalize(join(buildDir, decodeURIComponent(pathname)));
  return file.startsWith(buildDir + sep) ? file : null;
}

export function startServer(port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname === '/' || pathname === '/index.html') {
      response.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      response.end(pageWithBridge());
      return;
    }
    const file = fileFor(pathname);
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const port = Number(process.env.PORT ?? 5178);
  void startServer(port).then(() => {
    console.log(`GitProtect page (dev bridge): http://127.0.0.1:${port}/?state=connected`);
  });
}
