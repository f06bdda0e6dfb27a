/**
 * The app's page on the local host runs under the Content-Security-Policy Forge computes for
 * this manifest, and a violation of it in the browser fails the test it happens in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BridgeScriptService } from '@forge/cli-shared/out/service/bridge-script-service';
import { IframeResizerScriptService } from '@forge/cli-shared/out/service/iframe-resizer-script-service';
import { CSPInjectionService, CSPProcessingService } from '@forge/csp';
import type { Permissions } from '@forge/manifest';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { BUILD_DIR, REPO_ROOT } from '../../dev/host/pageBuild';
import { failOnPolicyViolations, policyViolations } from '../support/browser';
import { eventually, newViewerContext, openApp, withViewer } from './appPage';
import { useBrowser, useStack } from './fixture';
import { fetchWhole } from '../support/http';

jest.setTimeout(60_000);

/** What Forge would send, worked out here from the packages alone (not through dev/host). */
function forgeComputes(builtHtml: string): string[] {
  const { permissions } = parse(readFileSync(join(REPO_ROOT, 'manifest.yml'), 'utf8')) as {
    permissions: Permissions;
  };
  const fail = () => {
    throw new Error('not an HTML document');
  };
  const packaged = new BridgeScriptService('prod').injectBridgeCore(
    new IframeResizerScriptService('prod').injectIframeResizer(Buffer.from(builtHtml), fail),
    fail,
  );
  const details = new CSPProcessingService({ info: () => undefined }, load).getCspDetails(
    packaged,
    permissions,
  );
  return new CSPInjectionService().getInjectableCSP({
    existingCSPDetails: details,
    microsEnv: 'prod',
  });
}

function directives(header: string): Map<string, string[]> {
  return new Map(
    header.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

/** Whether a CSP source list lets a document at `self` fetch `url` (host sources and keywords). */
function allows(sources: readonly string[], url: string, self: string): boolean {
  const target = new URL(url);
  return sources.some((source) => {
    if (source === "'self'") return target.origin === new URL(self).origin;
    if (source === '*') return target.protocol === 'http:' || target.protocol === 'https:';
    if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return target.protocol === source.toLowerCase();
    const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+|\*)(?::(\d+|\*))?(\/.*)?$/i.exec(
      source,
    );
    if (!match) return false;
    const [, scheme, wildcard, host = '', port, path] = match;
    if (scheme && `${scheme.toLowerCase()}:` !== target.protocol) return false;
    const hostOk =
      host === '*' ||
      (wildcard
        ? target.hostname.endsWith(`.${host.toLowerCase()}`)
        : target.hostname === host.toLowerCase());
    const portOk = port === '*' || (port ?? '') === target.port;
    const pathOk =
      !path || (path.endsWith('/') ? target.pathname.startsWith(path) : target.pathname === path);
    return hostOk && portOk && pathOk;
  });
}

const PROBE_SCRIPT = (emulatorUrl: string) => `
  window.__cspProbe = window.__cspProbe || {};
  try { window.__cspProbe.eval = eval('"eval ran"'); } catch (error) { window.__cspProbe.eval = error.name; }
  fetch(${JSON.stringify(`${emulatorUrl}/__control/faults`)}).then(
    function () { window.__cspProbe.fetch = 'fetch ran'; },
    function (error) { window.__cspProbe.fetch = error.name; }
  );
`;

describe("Forge's Content-Security-Policy on the local host", () => {
  const browser = useBrowser();
  const stack = useStack();

  it('sends with the page and its assets the header @forge/csp computes for this manifest', async () => {
    const page = await fetchWhole(`${stack.url}app/index.html`);
    expect(page.status).toBe(200);
    const header = page.headers.get('content-security-policy');
    const built = readFileSync(join(BUILD_DIR, 'index.html'), 'utf8');
    // Reports go to the local host instead of Atlassian's collector; nothing else differs.
    const expected = forgeComputes(built).map((directive) =>
      directive.startsWith('report-uri ') ? 'report-uri /__host/csp-report' : directive,
    );
    expect(header?.split('; ')).toEqual(expected);

    const asset = /<script type="module" crossorigin src="\.\/([^"]+)"/.exec(built)?.[1];
    expect(asset).toBeDefined();
    const script = await fetchWhole(`${stack.url}app/${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-security-policy')).toBe(header);
    // The Jira-like shell around the frame is the host's, not the app's: Forge's policy is not its.
    expect((await fetchWhole(stack.url)).headers.get('content-security-policy')).toBeNull();
  });

  it('allows no inline script or eval, and no connection to GitProtect or the emulator', async () => {
    const page = await fetchWhole(`${stack.url}app/index.html`);
    const policy = directives(page.headers.get('content-security-policy') ?? '');
    const scriptSrc = policy.get('script-src') ?? [];
    const connectSrc = policy.get('connect-src') ?? [];
    expect(scriptSrc).toContain("'self'");
    for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'https:']) {
      expect(scriptSrc).not.toContain(unsafe);
    }
    expect(policy.get('style-src')).toContain("'unsafe-inline'"); // permissions.content.styles
    expect(connectSrc).toContain("'self'");

    const self = `${stack.url}app/index.html`;
    expect(allows(connectSrc, `${stack.url}api/invoke`, self)).toBe(true);
    expect(allows(connectSrc, 'https://api.atlassian.com/metal/ingest', self)).toBe(true);
    for (const url of [
      `${stack.emulatorUrl}/v1/instances`,
      'https://eu.api.gitprotect.io/jira/v1/summary',
      'https://gitprotect.io/',
      'http://localhost:3001/',
    ]) {
      expect({ url, allowed: allows(connectSrc, url, self) }).toEqual({ url, allowed: false });
    }
    // Only this page's own origin and Atlassian's hosts, over HTTPS.
    for (const source of connectSrc.filter((source) => source !== "'self'")) {
      expect(source).toMatch(/^https:\/\/[a-z0-9.-]+\.(atlassian\.com|atlassian-dev\.net)(\/|$)/);
    }
  });

  it('runs the page under the policy with no violation', async () => {
    await withViewer(browser, stack.url, { theme: 'dark' }, async (app) => {
      await app.app.getByRole('tab', { name: 'Settings' }).click();
      await app.app.getByRole('tab', { name: 'Backup' }).click();
      await app.ready();
      expect(policyViolations()).toEqual([]);
    });
  });

  it('fails the test that breaks it, naming the directive and what was blocked', async () => {
    const context = await newViewerContext(browser);
    try {
      // The page as the host serves it (same header), plus what Forge's policy forbids: an inline
      // script and handler unknown when the policy was computed, eval, a call to the emulator.
      await context.route(/\/app\/index\.html(\?|$)/, async (route) => {
        const response = await route.fetch();
        const html = (await response.text())
          .replace(
            '</head>',
            '<script>window.__cspProbe = { inline: "inline ran" };</script></head>',
          )
          .replace(
            '<body>',
            '<body><img alt="" src="data:," onerror="window.__cspHandler = \'handler ran\'">' +
              '<script src="./csp-probe.js"></script>',
          );
        await route.fulfill({ response, body: html });
      });
      await context.route(/\/app\/csp-probe\.js$/, (route) =>
        route.fulfill({ contentType: 'text/javascript', body: PROBE_SCRIPT(stack.emulatorUrl) }),
      );
      const app = await openApp(context, stack.url);
      const frame = await app.frame();
      await eventually('four violations', async () => policyViolations().length >= 4);
      await eventually('the blocked fetch to fail', async () =>
        frame.evaluate(() => 'fetch' in ((window as { __cspProbe?: object }).__cspProbe ?? {})),
      );
      // Nothing it blocked ran; the page itself did.
      expect(
        await frame.evaluate(() => ({
          probe: (window as { __cspProbe?: object }).__cspProbe,
          handler: (window as { __cspHandler?: string }).__cspHandler,
        })),
      ).toEqual({ probe: { eval: 'EvalError', fetch: 'TypeError' }, handler: undefined });
      await app.app.getByRole('heading', { level: 1 }).waitFor();

      let failure = '';
      try {
        failOnPolicyViolations();
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error);
      }
      const page = `in ${stack.url}app/index.html`;
      expect(failure).toContain('Content-Security-Policy violation(s)');
      expect(failure).toContain(`script-src-elem blocked inline ${page}`);
      expect(failure).toContain(`script-src-attr blocked inline ${page}`);
      expect(failure).toContain(`script-src blocked eval ${page}`);
      expect(failure).toContain(`connect-src blocked ${stack.emulatorUrl}/__control/faults`);
      expect(failure).toContain('during "Forge\'s Content-Security-Policy on the local host');
      expect(policyViolations()).toEqual([]);

      // The browser's reports reach the host's log too (what `npm start` shows).
      await eventually('the reports in the host log', async () =>
        stack.logLines.some(
          (line) =>
            line.includes('Content-Security-Policy') &&
            line.includes('"effective-directive":"connect-src"'),
        ),
      );
    } finally {
      await context.close();
    }
  });
});
