import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { cssOnce } from './cssOnce';
import { featureGatesStub } from './featureGatesStub';
import { firstReadEntry } from './firstReadEntry';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  // Forge serves the assets under an app-specific path: absolute URLs would leave the page blank.
  base: './',
  plugins: [
    react({
      babel: {
        // Turns token('color.text') into 'var(--ds-text)' at build time, so the page does not
        // ship Atlaskit's map of every token name; the host's theme supplies the values.
        plugins: [
          [
            '@atlaskit/tokens/babel-plugin',
            { shouldUseAutoFallback: false, shouldForceAutoFallback: false },
          ],
        ],
      },
    }),
    firstReadEntry('src/firstRead.ts'),
    featureGatesStub(),
    cssOnce(),
    {
      // What Forge serves, the local host and the tests all get the production build, also when
      // the caller runs with NODE_ENV=test (jest rebuilding a stale page): in React's development
      // build, StrictMode's double effects leave Atlaskit's modal dialogs empty.
      name: 'gitprotect:production-build',
      apply: 'build',
      config: () => {
        process.env.NODE_ENV = 'production';
      },
    },
  ],
  build: {
    outDir: 'build',
    emptyOutDir: true,
    // @forge/bridge alone makes the entry chunk exceed Vite's 500 kB default; the budget that
    // matters is checked by static/dev/sizes.ts against a baseline page instead.
    chunkSizeWarningLimit: 800,
  },
});
