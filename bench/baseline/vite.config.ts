import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PluginOption, mergeConfig } from 'vite';
import { CSS_ONCE_PLUGIN } from '../../static/cssOnce';
import { FEATURE_GATES_PLUGIN } from '../../static/featureGatesStub';
import { FIRST_READ_PLUGIN } from '../../static/firstReadEntry';
import pageConfig from '../../static/vite.config';

const PAGE_ONLY = new Set([FIRST_READ_PLUGIN, FEATURE_GATES_PLUGIN, CSS_ONCE_PLUGIN]);
const isPageOnly = (plugin: PluginOption) =>
  typeof plugin === 'object' && plugin !== null && 'name' in plugin && PAGE_ONLY.has(plugin.name);

/**
 * The page's own Vite config (same plugins, same options), pointed at the baseline page, less
 * what the page does for itself: its second entry script, its stand-in for Atlassian's
 * feature-gate client and its pruning of later stylesheets. The yardstick stays a plain Atlaskit
 * page, built as before. The build
 * goes to a temporary folder: `--outDir` on the command line, or this default.
 */
export default mergeConfig(
  { ...pageConfig, plugins: (pageConfig.plugins ?? []).filter((plugin) => !isPageOnly(plugin)) },
  {
    root: fileURLToPath(new URL('.', import.meta.url)),
    build: { outDir: join(tmpdir(), 'gitprotect-bench-baseline') },
  },
);
