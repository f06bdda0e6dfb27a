import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const FEATURE_GATES_PLUGIN = 'gitprotect:feature-gates-stub';
const STUB = fileURLToPath(new URL('./src/vendor/featureGates.ts', import.meta.url));
/** The imports Atlaskit's components use: the package itself and its `/feature-gates` entry. */
const CLIENT = /^@atlaskit\/feature-gate-js-client(\/feature-gates)?$/;

/**
 * Builds the page with src/vendor/featureGates.ts in place of Atlassian's feature-gate client.
 * Atlaskit's components ask it for gates through @atlaskit/platform-feature-flags; inside a
 * Forge app's frame it is never initialised and answers false to all of them, so the Statsig
 * client behind it (33 kB of the page's gzipped first load) is code that never runs. Only the
 * page's build: jest runs the components against the real client, which answers the same.
 */
export function featureGatesStub(): Plugin {
  return {
    name: FEATURE_GATES_PLUGIN,
    enforce: 'pre',
    resolveId: (source) => (CLIENT.test(source) ? STUB : null),
  };
}
