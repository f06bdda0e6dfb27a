import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUNDLE_DIR, NODE22, manifestFunctions, requireBundle } from '../../support/forgeBundle';

/** What `npm run package` wrote with Forge's own bundler, loaded the way Forge's runtime would. */
describe('the Forge bundle (npm run package)', () => {
  beforeAll(requireBundle);

  function loadInNode22(script: string): string {
    return execFileSync(NODE22, ['-e', script], {
      cwd: BUNDLE_DIR,
      encoding: 'utf8',
      timeout: 20_000,
    });
  }

  it('runs on Node 22, the version of the manifest’s runtime', () => {
    expect(loadInNode22('process.stdout.write(process.versions.node)')).toMatch(/^22\./);
  });

  it('loads in a fresh Node 22 process and exports every handler the manifest names', () => {
    const exported = JSON.parse(
      loadInNode22(
        `const m = require('./index.cjs');
         process.stdout.write(JSON.stringify(Object.keys(m).filter((k) => typeof m[k] === 'function')));`,
      ),
    ) as string[];
    for (const { handler } of manifestFunctions()) {
      const [file, fn] = handler.split('.');
      expect(file).toBe('index');
      expect(exported).toContain(fn);
    }
  });

  it('does at load only what every call needs: node:crypto and a collator wait for their first use', () => {
    // A script file, as Forge's runtime loads the bundle: `node -e` has node:crypto loaded already.
    const dir = mkdtempSync(path.join(tmpdir(), 'bundle-load-'));
    const probe = path.join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      `const loaded = new Set(process.moduleLoadList);
       let collators = 0;
       const Collator = Intl.Collator;
       Intl.Collator = function (...args) { collators += 1; return new Collator(...args); };
       require(${JSON.stringify(path.join(BUNDLE_DIR, 'index.cjs'))});
       const crypto = process.moduleLoadList.filter((m) => !loaded.has(m) && m.includes('crypto'));
       process.stdout.write(JSON.stringify({ crypto, collators }));`,
    );
    try {
      const atLoad = JSON.parse(
        execFileSync(NODE22, [probe], { encoding: 'utf8', timeout: 20_000 }),
      ) as unknown;
      expect(atLoad).toEqual({ crypto: [], collators: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('carries the runtime loader the function host calls, and the bundled source map', () => {
    const loader = readFileSync(path.join(BUNDLE_DIR, '__forge__.cjs'), 'utf8');
    expect(loader).toContain('exports.main');
    const map = JSON.parse(readFileSync(path.join(BUNDLE_DIR, 'index.cjs.map'), 'utf8')) as {
      sources: string[];
    };
    expect(map.sources.some((source) => source.includes('src/index.ts'))).toBe(true);
  });
});
