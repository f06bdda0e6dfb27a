import { basename, join } from 'node:path';
import type { Plugin } from 'vite';

export const FIRST_READ_PLUGIN = 'gitprotect:first-read-entry';
const ENTRY_NAME = 'first-read';
const ENTRY_ID = 'virtual:gitprotect-first-read';
const RESOLVED_ENTRY_ID = `\0${ENTRY_ID}`;
const MAIN_SCRIPT = /<script type="module"[^>]*\ssrc="[^"]+"[^>]*><\/script>/;

/**
 * Builds an entry of its own that calls `startEarly()` of `module` (relative to the root), and
 * puts its script in index.html just before the main one. Vite would fold a second
 * `<script type="module">` of index.html into the main entry, and a module evaluates only once
 * everything it imports has been fetched and compiled; as its own module graph, the small
 * first-read script runs while the browser is still compiling React and Atlaskit.
 *
 * The UI's imports of `module` get that entry (which re-exports it), so what both use (the
 * bridge, the api, the first reads under way) is built into the entry's one file and both see
 * the same instances; `startEarly` has run by the time the UI code does. Vite's modulepreload
 * link for that file is dropped: its script tag loads it.
 */
export function firstReadEntry(module: string): Plugin {
  let modulePath = '';
  return {
    name: FIRST_READ_PLUGIN,
    apply: 'build',
    enforce: 'pre',
    config: (config) => {
      const root = config.root ?? process.cwd();
      modulePath = join(root, module);
      return {
        build: {
          rollupOptions: {
            input: { index: join(root, 'index.html'), [ENTRY_NAME]: ENTRY_ID },
          },
        },
      };
    },
    async resolveId(source, importer) {
      if (source === ENTRY_ID) return RESOLVED_ENTRY_ID;
      if (importer === undefined || importer === RESOLVED_ENTRY_ID) return null;
      if (basename(source).replace(/\.ts$/, '') !== basename(module, '.ts')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved?.id === modulePath ? RESOLVED_ENTRY_ID : null;
    },
    load: (id) =>
      id === RESOLVED_ENTRY_ID
        ? [
            `import { startEarly } from ${JSON.stringify(modulePath)};`,
            `export * from ${JSON.stringify(modulePath)};`,
            'startEarly();',
          ].join('\n')
        : null,
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.isEntry && output.name === ENTRY_NAME,
        );
        if (!chunk) throw new Error(`The build has no entry chunk for ${module}.`);
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
