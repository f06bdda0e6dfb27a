import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * docs/stand-ins.md, linked from the README's Development section, has one row per stand-in
 * behaviour, each naming the Atlassian document it follows and tests that exist.
 */

const root = join(__dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'stand-ins.md'), 'utf8');
const rows = doc
  .split('\n')
  .filter(
    (line) => line.startsWith('| ') && !line.startsWith('| Stand-in') && !/^\|\s*-/.test(line),
  )
  .map((line) =>
    line
      .slice(1, -1)
      .split(' | ')
      .map((cell) => cell.trim()),
  );

it('is linked from the README’s Development section', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const development = readme.slice(readme.indexOf('## Development'));
  expect(development).toContain('(docs/stand-ins.md)');
});

it.each([
  'Runtime wrapper',
  'Fake proxy, storage',
  'Fake proxy, secrets',
  'Fake proxy, Jira',
  'Fake egress',
  'Fake Remote',
  'Local host, function stop',
  'Local host, bridge',
  'Local host, Content-Security-Policy',
  "Emulator's token",
])('has a row for %s, with a document, a limit and tests that exist', (name) => {
  const row = rows.find((cells) => cells[0]?.startsWith(name));
  expect(row).toHaveLength(4);
  const [, follows, cannot, pinnedBy] = row ?? [];
  expect(follows).toMatch(/`[a-z-]+(\/[a-z-]+)*\/index\.md`/);
  expect(cannot?.length).toBeGreaterThan(20);
  const tests = [...(pinnedBy ?? '').matchAll(/`(test\/[^`]+\.test\.ts)`/g)].map((m) => m[1]);
  expect(tests.length).toBeGreaterThan(0);
  for (const test of tests) expect(existsSync(join(root, test ?? ''))).toBe(true);
});
