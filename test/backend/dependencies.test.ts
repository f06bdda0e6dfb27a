import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `dependencies` are what the app ships: each is imported by the backend (src/) or the page
 * (static/src/). Anything only the emulator, tools or tests use is a devDependency.
 */

const root = join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|css)$/.test(name) ? [path] : [];
  });
}

const shipped = [...sources(join(root, 'src')), ...sources(join(root, 'static', 'src'))]
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

function imported(name: string): boolean {
  const quoted = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(`['"]${quoted}(?:/[^'"]*)?['"]`).test(shipped);
}

it.each(Object.keys(pkg.dependencies))('%s is imported by the backend or the page', (name) => {
  expect(imported(name)).toBe(true);
});

it('keeps zod and luxon out of what ships', () => {
  expect(pkg.dependencies).not.toHaveProperty('zod');
  expect(pkg.dependencies).not.toHaveProperty('luxon');
  expect(pkg.devDependencies).not.toHaveProperty('luxon');
});
