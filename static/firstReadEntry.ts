import { join } from 'node:path';
import type { Plugin } from 'vite';

export const FIRST_READ_PLUGIN = 'gitprotect:first-read-entry';
const ENTRY_NAME = 'first-read';
const MAIN_SCRIPT = /<script type="module"[^>]*\ssrc="[^"]+"[^>]*><\/script>/;

/**
 * Builds `entry` (relative to the root) as an entry of its own and puts its script in
 * index.html just before the main one. Vite would fold a second `<script type="module">` of
 * index.html into the main entry, and a module evaluates only once everything it imports has
 * been fetched and compiled; as its own module graph, the small first-read script runs while
 * the browser is still compiling React and Atlaskit. The main entry imports it too, so the
 * modules both use (the bridge, the api) are built into its file and both see the same
 * instances; Vite's modulepreload link for that file is dropped, its script tag loads it.
 */
export function firstReadEntry(entry: string): Plugin {
  return {
    name: FIRST_READ_PLUGIN,
    apply: 'build',
    config: (config) => {
      const root = config.root ?? process.cwd();
      return {
        build: {
          rollupOptions: {
            input: { index: join(root, 'index.html'), [ENTRY_NAME]: join(root, entry) },
          },
        },
      };
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === ENTRY_NAME,
        );
        if (!chunk) throw new Error(`The build has no ${entry} entry chunk.`);
        if (!MAIN_SCRIPT.test(html)) throw new Error('index.html has no module script.');
        const preload = new RegExp(
          `\\s*<link rel="modulepreload"[^>]*href="\\./${escapeRegExp(chunk.fileName)}"[^>]*>`,
        );
        return html
          .replace(preload, '')
          .replace(
            MAIN_SCRIPT,
            (main) =>
              `<script type="module" crossorigin src="./${chunk.fileName}"></script>\n    ${main}`,
          );
      },
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
