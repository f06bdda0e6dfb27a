/**
 * What decides how docs/screenshot.png looks: the page's sources, the contract it reads, the
 * Jira-like shell around it, the state it is photographed in and the libraries it ships. The
 * screenshots script records their hash in docs/screenshot.json; a test recomputes it, so a
 * change to any of them fails until the screenshot is taken again.
 *
 * The hash is of source files only (never of a build), with paths in POSIX form sorted by code
 * point and line endings made LF, so every machine and checkout computes the same one.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Folders (every file under them) and single files, relative to the repository's root. */
export const SCREENSHOT_INPUTS = [
  'static/src/',
  'static/index.html',
  'static/cssOnce.ts',
  'static/featureGatesStub.ts',
  'static/firstReadEntry.ts',
  'static/vite.config.ts',
  'src/contract.ts',
  'dev/host/shell.ts',
  'dev/host/themes.ts',
  'dev/host/presets.ts',
  'dev/emulator/seedHistory.ts',
  'dev/screenshots.ts',
] as const;

/** The relative path of docs/screenshot.json, and of the picture it describes. */
export const SCREENSHOT_FILE = 'docs/screenshot.png';
export const SCREENSHOT_RECORD = 'docs/screenshot.json';

export interface ScreenshotRecord {
  /** sha256 of the inputs, see `screenshotInputsHash`. */
  inputs: string;
  /** The preset and the view photographed, for whoever reads the file. */
  state: string;
  view: string;
}

/** Every input file, as a sorted list of POSIX paths relative to `root`. */
export function screenshotInputFiles(root: string): string[] {
  const files = SCREENSHOT_INPUTS.flatMap((input) =>
    input.endsWith('/') ? filesUnder(root, input.slice(0, -1)) : [input],
  );
  return [...new Set(files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function screenshotInputsHash(root: string): string {
  const hash = createHash('sha256');
  for (const file of screenshotInputFiles(root)) {
    const text = readFileSync(join(root, ...file.split('/')), 'utf8').replace(/\r\n?/g, '\n');
    hash.update(`${file}\0${text}\0`);
  }
  // The libraries the page ships, as package.json asks for them (not how npm resolved them).
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const sorted = Object.entries(dependencies ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  hash.update(`package.json#dependencies\0${JSON.stringify(sorted)}\0`);
  return hash.digest('hex');
}

/**
 * What a build can read: a machine's own files beside them (`.DS_Store`, an editor's `.swp` or
 * `~` backup) would make its hash differ from everyone else's.
 */
const SOURCE_FILE = /^[^.].*\.(ts|tsx|css|json|html|svg)$/;

function filesUnder(root: string, folder: string): string[] {
  return readdirSync(join(root, ...folder.split('/'))).flatMap((entry) => {
    const path = posix.join(folder, entry);
    if (statSync(join(root, ...path.split('/'))).isDirectory()) return filesUnder(root, path);
    return SOURCE_FILE.test(entry) ? [path] : [];
  });
}
