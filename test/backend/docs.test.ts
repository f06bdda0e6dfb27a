import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PRESET_NAMES } from '../../dev/host/presets';
import { SPACE_NAMES } from '../../dev/emulator/spaceNames';
import { en } from '../../static/src/i18n/en';

/**
 * The README is for the people who install and use the app: what it does, how to start it, what
 * every state on the page means. Development lives in docs/, which it links to.
 */

const root = join(__dirname, '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const readme = read('README.md');
const development = read('docs/development.md');
const sections = (text: string) => [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
/** Text as the docs write it: straight apostrophes, lines wrapped anywhere. */
const plain = (text: string) => text.replace(/’/g, "'").replace(/\s+/g, ' ');

it('opens with what the app does and the two commands', () => {
  expect(sections(readme)[0]).toBe('Getting started');
  const start = readme.slice(0, readme.indexOf('## What the page tells you'));
  expect(start).toContain('npm install && npm start');
  expect(start).toContain('npm test ');
  expect(start).toContain('](docs/screenshot.png)');
});

it('names every verdict and status the page can show', () => {
  const words = Object.entries(en)
    .filter(([key]) =>
      /^(alert\.[A-Z_]+\.title|verdict\.PROTECTED\.(title|firstTitle)|status\.[A-Z_]+|coverage\.status\.[A-Z_]+)$/.test(
        key,
      ),
    )
    .map(([, text]) => plain(text as string));
  expect(words.length).toBeGreaterThan(20);
  const userPart = plain(readme.slice(0, readme.indexOf('## Development')));
  expect(words.filter((word) => !userPart.includes(word))).toEqual([]);
});

it('says how restore and notifications work: through the Management Service, signed in', () => {
  const part = plain(readme.slice(readme.indexOf('## Backups, restores and notifications')));
  for (const words of [
    'GitProtect Management Service',
    'single sign-on',
    'More features',
    plain(en['handOff.restore']),
    plain(en['handOff.notifications']),
  ]) {
    expect(part).toContain(words);
  }
});

it('keeps development in docs/, linked from its Development section, and Performance last', () => {
  const names = sections(readme);
  expect(names.at(-1)).toBe('Performance');
  expect(names.at(-2)).toBe('Development');
  const section = readme.slice(readme.indexOf('## Development'), readme.indexOf('## Performance'));
  expect(section).toContain('(docs/development.md)');
  expect(section).toContain('(docs/stand-ins.md)');
  expect(sections(development)).toEqual(
    expect.arrayContaining([
      'The local host (`npm start`)',
      'How it works',
      'Checks, builds and tests',
      "Atlassian's own tools, offline",
    ]),
  );
});

it.each([
  ['README.md', readme],
  ['docs/development.md', development],
])('%s links only to files that exist', (file, text) => {
  const links = [...text.matchAll(/\]\(([^)#:]+)(#[^)]*)?\)/g)].map((m) => m[1]!);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(existsSync(join(root, dirname(file), link))).toBe(true);
});

it.each([
  ['README.md', readme],
  ['docs/development.md', development],
])('%s names only npm scripts that exist', (_, text) => {
  const scripts = Object.keys(
    (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts,
  );
  const named = [...text.matchAll(/npm run ([a-z:-]+)/g)].map((m) => m[1]!);
  expect(named.filter((name) => !scripts.includes(name))).toEqual([]);
});

it('documents every named state of the local host and the emulator’s space controls', () => {
  for (const name of PRESET_NAMES) expect(development).toContain(`| \`${name}\``);
  for (const name of Object.keys(SPACE_NAMES)) expect(development).toContain(name);
});
