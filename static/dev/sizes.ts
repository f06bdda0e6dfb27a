/**
 * Gzip sizes of a Vite build: what the browser must fetch before first paint (the entry and
 * everything index.html preloads) versus the chunks that load only on demand.
 * Usage: npx tsx static/dev/sizes.ts [buildDir]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const buildDir = process.argv[2] ?? join(import.meta.dirname, '..', 'build');

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
const firstLoad = new Set(
  [...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => join(buildDir, m[1]!)),
);
const assets = listFiles(buildDir).filter((file) => /\.(js|css)$/.test(file));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/**
 * What opening each code-split part downloads: Vite lists, next to each dynamic import in a
 * first-load chunk, every chunk and stylesheet it preloads with it.
 */
function partsOf(firstLoadFiles: Set<string>): { part: string; files: string[] }[] {
  return [...firstLoadFiles]
    .filter((file) => file.endsWith('.js'))
    .flatMap((chunk) => {
      const code = readFileSync(chunk, 'utf8');
      const list = /m\.f=\[([^\]]*)\]/.exec(code)?.[1];
      if (!list) return [];
      const deps = [...list.matchAll(/"\.\/([^"]+)"/g)].map((m) => join(dirname(chunk), m[1]!));
      // `import("./X.js")`, sometimes `.then(...)` picking a named export, then its preloads.
      const imports = /import\("\.\/([^"]+)"\)[^,]*,__vite__mapDeps\(\[([\d,]*)\]\)/g;
      return [...code.matchAll(imports)].map((m) => ({
        part: m[1]!.replace(/-[\w-]{8}\.js$/, ''),
        // A chunk the first load already fetched costs nothing when the part opens.
        files: m[2]!
          .split(',')
          .map((index) => deps[Number(index)]!)
          .filter((file) => !firstLoadFiles.has(file)),
      }));
    });
}

let firstTotal = 0;
console.log('First load:');
for (const file of firstLoad) {
  const size = gzipSize(file);
  firstTotal += size;
  console.log(`  ${relative(buildDir, file).padEnd(60)} ${kb(size)}`);
}
console.log(`  ${'TOTAL'.padEnd(60)} ${kb(firstTotal)} (${firstTotal} B)`);
console.log(
  'Each lazy part, on first open (beyond the first load; chunks it shares with other parts counted in each):',
);
for (const { part, files } of partsOf(firstLoad)) {
  const total = files.reduce((sum, file) => sum + gzipSize(file), 0);
  console.log(`  ${part.padEnd(60)} ${kb(total)}`);
}
console.log('On demand:');
for (const file of assets.filter((f) => !firstLoad.has(f)).sort()) {
  console.log(`  ${relative(buildDir, file).padEnd(60)} ${kb(gzipSize(file))}`);
}
