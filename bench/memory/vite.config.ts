import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Bundles bench/memory/child.ts for plain Node, as Forge bundles the functions it deploys: the
 * memory figure is then the app's, not a TypeScript loader's. Dependencies stay in node_modules,
 * so the bundle lives under it too (git-ignored) to find them.
 */
export default defineConfig({
  root: repoRoot,
  logLevel: 'warn',
  build: {
    ssr: 'bench/memory/child.ts',
    outDir: join(repoRoot, 'node_modules', '.cache', 'gitprotect-bench-memory'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { format: 'esm', entryFileNames: 'child.mjs' } },
  },
});
