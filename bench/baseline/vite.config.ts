import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeConfig } from 'vite';
import pageConfig from '../../static/vite.config';

/**
 * The page's own Vite config (same plugins, same options), pointed at the baseline page. The
 * build goes to a temporary folder: `--outDir` on the command line, or this default.
 */
export default mergeConfig(pageConfig, {
  root: fileURLToPath(new URL('.', import.meta.url)),
  build: { outDir: join(tmpdir(), 'gitprotect-bench-baseline') },
});
