import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundleBackend, type BackendBundle } from '../../tools/forge/bundle';
import { ROOT, NODE22 } from '../../test/support/forgeBundle';
import { type Figure, kb, median, ms } from './report';

const SIZE_TARGET = 1.6;
const REQUIRE_TARGET = 2;

/**
 * The yardstick: a bare Forge function (`@forge/resolver` + `@forge/api` + `@forge/kvs`, one
 * resolver) in an app folder of its own, bundled by the same Forge bundler as the app.
 */
const BARE_FUNCTION = `import Resolver from '@forge/resolver';
import api, { route } from '@forge/api';
import { kvs } from '@forge/kvs';

const resolver = new Resolver();
resolver.define('getText', async () => {
  const stored = await kvs.get('text');
  const response = await api.asApp().requestJira(route\`/rest/api/3/serverInfo\`);
  return { stored, status: response.status };
});

export const handler = resolver.getDefinitions();
`;

const BARE_MANIFEST = `modules:
  function:
    - key: resolver
      handler: index.handler
app:
  id: ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000
  runtime:
    name: nodejs22.x
permissions:
  scopes:
    - storage:app
    - read:jira-work
`;

async function bundleBareFunction(work: string): Promise<BackendBundle> {
  const app = join(work, 'bare-function');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'src', 'index.ts'), BARE_FUNCTION);
  writeFileSync(join(app, 'manifest.yml'), BARE_MANIFEST);
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      extends: join(ROOT, 'tsconfig.base.json'),
      compilerOptions: { lib: ['ES2023'], types: ['node'] },
      include: ['src/**/*'],
    }),
  );
  symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'), 'dir');
  return bundleBackend(app, join(work, 'bare-function-bundle'));
}

/**
 * Milliseconds that `require` of the bundle takes in a fresh Node 22 process, run from a script
 * file as Forge's runtime loads it: `node -e` would have node:crypto and other built-ins loaded
 * before the clock starts.
 */
function coldRequireMs(bundleDir: string): number {
  const script = join(bundleDir, '..', `${basename(bundleDir)}-require.cjs`);
  writeFileSync(
    script,
    `const start = process.hrtime.bigint(); require(${JSON.stringify(join(bundleDir, 'index.cjs'))}); ` +
      'process.stdout.write(String(Number(process.hrtime.bigint() - start) / 1e6));',
  );
  return Number(execFileSync(NODE22, [script], { encoding: 'utf8' }));
}

const spread = (values: number[]) =>
  `${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)}`;

/** Bundle size and cold `require` time of the app's Forge bundle against a bare function's. */
export async function backendFigures(work: string, runs: number): Promise<Figure[]> {
  const app = await bundleBackend(ROOT, join(work, 'app-bundle'));
  const bare = await bundleBareFunction(work);
  coldRequireMs(app.outputDir);
  coldRequireMs(bare.outputDir);
  const appTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? [app, bare] : [bare, app];
    for (const bundle of order) {
      (bundle === app ? appTimes : bareTimes).push(coldRequireMs(bundle.outputDir));
    }
  }
  const sizeRatio = app.codeBytes / bare.codeBytes;
  const requireRatio = median(appTimes) / median(bareTimes);
  return [
    {
      figure: 'Forge bundle (index.cjs), @forge/bundler',
      measured: kb(app.codeBytes),
      baseline: kb(bare.codeBytes),
      ratio: sizeRatio,
      target: `ratio <= ${SIZE_TARGET}`,
      met: sizeRatio <= SIZE_TARGET,
      note:
        'both bundled by Forge’s own bundler as `forge deploy` does (unminified, as Forge ships ' +
        'it); baseline: a bare function with @forge/resolver, @forge/api and @forge/kvs',
    },
    {
      figure: 'cold `require` of the bundle, Node 22',
      measured: ms(median(appTimes)),
      baseline: ms(median(bareTimes)),
      ratio: requireRatio,
      target: `ratio <= ${REQUIRE_TARGET}`,
      met: requireRatio <= REQUIRE_TARGET,
      note:
        `median of ${runs} fresh processes each, interleaved, time inside the process around ` +
        `require('./index.cjs') run from a script file (as Forge loads it, not node -e); ` +
        `app ${spread(appTimes)} ms, bare function ${spread(bareTimes)} ms`,
    },
  ];
}
