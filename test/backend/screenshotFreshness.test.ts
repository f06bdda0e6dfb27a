import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  SCREENSHOT_FILE,
  SCREENSHOT_RECORD,
  type ScreenshotRecord,
  screenshotInputFiles,
  screenshotInputsHash,
} from '../../dev/screenshotInputs';

/**
 * The README's picture (docs/screenshot.png) shows the page as it is: the screenshots script
 * records the hash of what decides how it looks, and a change to any of it fails here until
 * `npm run screenshots` is run again.
 */

const root = join(__dirname, '..', '..');

it('docs/screenshot.png was taken of the page as it is now', () => {
  expect(existsSync(join(root, SCREENSHOT_FILE))).toBe(true);
  const record = JSON.parse(
    readFileSync(join(root, SCREENSHOT_RECORD), 'utf8'),
  ) as ScreenshotRecord;
  const now = screenshotInputsHash(root);
  if (record.inputs !== now) {
    throw new Error(
      `${SCREENSHOT_FILE} shows an older page than the sources: run npm run screenshots ` +
        `(recorded ${record.inputs.slice(0, 12)}, now ${now.slice(0, 12)}).`,
    );
  }
});

describe('the hash of what the screenshot shows', () => {
  let copy: string;
  beforeEach(() => {
    copy = mkdtempSync(join(tmpdir(), 'screenshot-inputs-'));
    for (const file of [...screenshotInputFiles(root), 'package.json']) {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      copyFileSync(join(root, file), join(copy, file));
    }
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  const edit = (file: string, change: (text: string) => string) =>
    writeFileSync(join(copy, file), change(readFileSync(join(copy, file), 'utf8')));

  it('covers the page, the contract it reads, the state shown and the shell around it', () => {
    const files = screenshotInputFiles(root);
    expect(files).toEqual(
      expect.arrayContaining([
        'static/src/i18n/en.ts',
        'static/index.html',
        'src/contract.ts',
        'dev/host/presets.ts',
        'dev/host/shell.ts',
      ]),
    );
    expect(files.filter((file) => file.startsWith('static/src/')).length).toBeGreaterThan(20);
  });

  it('is the same for a checkout with CRLF line endings', () => {
    const before = screenshotInputsHash(copy);
    for (const file of screenshotInputFiles(copy))
      edit(file, (text) => text.replace(/\n/g, '\r\n'));
    expect(screenshotInputsHash(copy)).toBe(before);
  });

  it.each(['static/src/i18n/en.ts', 'src/contract.ts', 'dev/host/presets.ts'])(
    'changes when %s changes',
    (file) => {
      const before = screenshotInputsHash(copy);
      edit(file, (text) => `${text}\n// changed\n`);
      expect(screenshotInputsHash(copy)).not.toBe(before);
    },
  );

  it('is the same with a machine’s own files among the sources', () => {
    const before = screenshotInputsHash(copy);
    for (const file of ['.DS_Store', 'i18n/.en.ts.swp', 'i18n/en.ts~']) {
      writeFileSync(join(copy, 'static/src', file), 'not a source');
    }
    expect(screenshotInputsHash(copy)).toBe(before);
  });

  it('changes when a page file is added', () => {
    const before = screenshotInputsHash(copy);
    writeFileSync(join(copy, 'static/src/added.ts'), 'export const added = 1;\n');
    expect(screenshotInputsHash(copy)).not.toBe(before);
  });

  it('changes when a library the page ships changes, not when a dev tool does', () => {
    const before = screenshotInputsHash(copy);
    edit('package.json', (text) => text.replace('"jest": "^', '"jest": ">='));
    expect(screenshotInputsHash(copy)).toBe(before);
    edit('package.json', (text) =>
      text.replace('"@atlaskit/button": "^', '"@atlaskit/button": ">='),
    );
    expect(screenshotInputsHash(copy)).not.toBe(before);
  });
});
