import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PluginOption, mergeConfig } from 'vite';
import { FIRST_READ_PLUGIN } from '../../static/firstReadEntry';
import pageConfig from '../../static/vite.config';

const isPageOnly = (plugin: PluginOption) =>
  typeof plugin === 'object' &&
  plugin !== null &&
  'name' in plugin &&
  plugin.name === FIRST_READ_PLUGIN;

/**
 * The page's own Vite config (same plugins, same options), pointed at the baseline page, less
 * the page's second entry script, which the baseline does not have. The build goes to a
 * temporary folder: `--outDir` on the command line, or this default.
 */
export default mergeConfig(
  { ...pageConfig, plugins: (pageConfig.plugins ?? []).filter((plugin) => !isPageOnly(plugin)) },
  {
    root: fileURLToPath(new URL('.', import.meta.url)),
    build: { outDir: join(tmpdir(), 'gitprotect-bench-baseline') },
  },
);
