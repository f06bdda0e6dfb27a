/**
 * The Content-Security-Policy Forge puts on a Custom UI resource, computed the way Forge does it
 * (`@forge/tunnel`'s resource server follows the same steps): Forge's iframe-resizer and bridge
 * script tags are injected into the HTML, `@forge/csp` reads the HTML (hashes of inline
 * scripts, a legacy CSP `<meta>`) and the manifest's `permissions`, and its injection service
 * turns that into the header's directives for the production CDN.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// The two services' own modules: the package's index loads the whole CLI (about 1.5 s more).
import { BridgeScriptService } from '@forge/cli-shared/out/service/bridge-script-service';
import { IframeResizerScriptService } from '@forge/cli-shared/out/service/iframe-resizer-script-service';
import { type CSPDetails, CSPInjectionService, CSPProcessingService } from '@forge/csp';
import type { Permissions } from '@forge/manifest';
import { load } from 'cheerio';
import { parse } from 'yaml';
import { REPO_ROOT } from './pageBuild';

export const MANIFEST_FILE = join(REPO_ROOT, 'manifest.yml');

/** Forge's production CDN: where a deployed app's page is served from. */
const FORGE_ENVIRONMENT = 'prod';

/** Where the local host takes the page's violation reports (see `localReportUri`). */
export const CSP_REPORT_PATH = '/__host/csp-report';

/** The manifest's `permissions` (none declared: an empty object, as Forge reads it). */
export function readManifestPermissions(file: string = MANIFEST_FILE): Permissions {
  const manifest: unknown = parse(readFileSync(file, 'utf8'));
  if (typeof manifest !== 'object' || manifest === null) {
    throw new Error(`${file} is not a YAML mapping.`);
  }
  const { permissions } = manifest as { permissions?: unknown };
  if (permissions === undefined || permissions === null) return {};
  if (typeof permissions !== 'object' || Array.isArray(permissions)) {
    throw new Error(`${file}: permissions must be a mapping.`);
  }
  return permissions as Permissions;
}

/**
 * The HTML as Forge ships it: the iframe resizer is prepended to `<head>`, then the bridge before
 * it, each from Forge's CDN.
 */
export function withForgeScripts(html: string): string {
  const malformed = () => {
    throw new Error('The page is not an HTML document: Forge cannot inject its scripts.');
  };
  const resized = new IframeResizerScriptService(FORGE_ENVIRONMENT).injectIframeResizer(
    Buffer.from(html),
    malformed,
  );
  return new BridgeScriptService(FORGE_ENVIRONMENT).injectBridgeCore(resized, malformed).toString();
}

/**
 * `fetch.client` entries may be `{ address }` objects (or remotes, which this app has none of);
 * the CSP service takes only strings, so Forge's resource server maps them first, as here.
 */
function withClientAddresses(permissions: Permissions): Permissions {
  const client = permissions.external?.fetch?.client;
  if (!client) return permissions;
  const addresses = client.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    return 'address' in entry && typeof entry.address === 'string' ? [entry.address] : [];
  });
  return {
    ...permissions,
    external: {
      ...permissions.external,
      fetch: { ...permissions.external?.fetch, client: addresses },
    },
  };
}

/** The header's directives exactly as Forge computes them for `html` (before its scripts go in). */
export function forgeCspDirectives(html: string, permissions: Permissions): string[] {
  const details: CSPDetails = new CSPProcessingService(
    { info: () => undefined },
    load,
  ).getCspDetails(withForgeScripts(html), withClientAddresses(permissions));
  return new CSPInjectionService().getInjectableCSP({
    existingCSPDetails: details,
    microsEnv: FORGE_ENVIRONMENT,
  });
}

/**
 * Forge's directives with one change: violation reports go to this host (which logs them), not
 * to Atlassian's collector. A developer's local mistakes are no business of Atlassian's
 * production reporting, and `forge tunnel` reports locally too. `report-uri` changes what is
 * reported to whom, never what the browser blocks.
 */
export function localReportUri(directives: readonly string[]): string[] {
  return directives.map((directive) =>
    directive.startsWith('report-uri ') ? `report-uri ${CSP_REPORT_PATH}` : directive,
  );
}

/**
 * The header the local host sends with the page and its assets. The manifest is read once (at
 * host start); the rest depends only on the built index.html, so it is worked out once per
 * build the host serves.
 */
export class ForgePagePolicy {
  private cached: { html: string; header: string } | undefined;

  constructor(private readonly permissions: Permissions = readManifestPermissions()) {}

  headerFor(html: string): string {
    if (this.cached?.html !== html) {
      const directives = localReportUri(forgeCspDirectives(html, this.permissions));
      this.cached = { html, header: directives.join('; ') };
    }
    return this.cached.header;
  }
}
