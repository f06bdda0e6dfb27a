import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * No module of the backend or the page imports itself through others, statically or through a
 * lazy `import()`: a circle makes load order matter and keeps chunks from splitting cleanly.
 */

const root = join(__dirname, '..', '..');

/** Imports that run: `import type` and `export type` statements are erased, so they are left out. */
const IMPORT =
  /(?:^\s*(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every circle among `files`, each as the list of files from one back to itself. */
function circles(files: string[], read: (file: string) => string): string[][] {
  const known = new Set(files);
  const resolveImport = (from: string, specifier: string) => {
    const base = resolve(dirname(from), specifier);
    return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => known.has(p));
  };
  const graph = new Map(
    files.map((file) => [
      file,
      [...read(file).matchAll(IMPORT)]
        .map((match) => resolveImport(file, match[1] ?? ''))
        .filter((path): path is string => path !== undefined),
    ]),
  );
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      found.push([...path.slice(at), file].map((p) => relative(resolve('/'), p)));
      return;
    }
    if (done.has(file)) return;
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of files) visit(file, []);
  return found;
}

it.each(['src', 'static/src'])('%s has no import circles', (dir) => {
  const files = sources(join(root, dir));
  const found = circles(files, (file) => readFileSync(file, 'utf8'));
  expect(found.map((circle) => circle.map((file) => relative(root, `/${file}`)))).toEqual([]);
});

it('finds a lazy import back to its importer, and ignores imports of types only', () => {
  const files = new Map([
    ['/a.ts', "import { b } from './b';\nimport type { C } from './c';"],
    ['/b.ts', "export const b = () => import('./a');"],
    ['/c.ts', "import { a } from './a';\nexport type C = typeof a;"],
  ]);
  expect(circles([...files.keys()], (file) => files.get(file) ?? '')).toEqual([
    ['a.ts', 'b.ts', 'a.ts'],
  ]);
});
