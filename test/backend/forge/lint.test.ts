import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import type { ForgeLintSummary } from '../../../tools/forge/lint';
import { ROOT } from '../../support/forgeBundle';

const run = promisify(execFile);
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

interface Manifest {
  modules: { function: Array<{ key: string; handler: string }> };
  permissions: { scopes: string[] };
}

const manifestCopy = () => parse(readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as Manifest;

/**
 * Forge's own client-side linters, as `forge lint` and `forge tunnel` run them, offline: with the
 * app's manifest, then with each copy given, in one child process (tools/forge/lint.ts).
 */
async function forgeLint(...copies: Manifest[]): Promise<ForgeLintSummary[]> {
  const work = mkdtempSync(path.join(tmpdir(), 'gitprotect-lint-'));
  try {
    const args = [path.join(ROOT, 'tools', 'forge', 'lint.ts')];
    copies.forEach((copy, index) => {
      const file = path.join(work, `manifest-${index}.yml`);
      writeFileSync(file, stringify(copy));
      args.push('--manifest', file);
    });
    const output = await run(TSX, args, { cwd: ROOT, timeout: 230_000 }).catch(
      (failure: { code?: number; stdout?: string; stderr?: string }) => {
        if (failure.code !== 1) throw new Error(`forge lint did not run: ${failure.stderr ?? ''}`);
        return { stdout: failure.stdout ?? '' };
      },
    );
    return JSON.parse(output.stdout) as ForgeLintSummary[];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

describe('forge lint (client-side)', () => {
  let app: ForgeLintSummary;
  let misspeltHandler: ForgeLintSummary;
  let missingScope: ForgeLintSummary;

  beforeAll(async () => {
    const misspelt = manifestCopy();
    const resolverFunction = misspelt.modules.function.find((fn) => fn.key === 'resolver');
    if (!resolverFunction) throw new Error('the manifest has no resolver function');
    resolverFunction.handler = 'index.resolvr';
    const narrower = manifestCopy();
    narrower.permissions.scopes = narrower.permissions.scopes.filter(
      (scope) => scope !== 'read:jira-user',
    );
    [app, misspeltHandler, missingScope] = (await forgeLint(misspelt, narrower)) as [
      ForgeLintSummary,
      ForgeLintSummary,
      ForgeLintSummary,
    ];
  }, 240_000);

  it('parses every source file and finds no problems', () => {
    const sources = app.files.filter((file) => /\.[cm]?[jt]sx?$/.test(file));
    expect(sources.length).toBeGreaterThan(30);
    expect([...app.parsed].sort()).toEqual([...sources].sort());
    expect(app.report.filter((line) => line.includes(':'))).toEqual([]);
    expect({ errors: app.errors, warnings: app.warnings }).toEqual({ errors: 0, warnings: 0 });
  });

  it('bites: a manifest naming a handler the code does not export is reported', () => {
    expect(misspeltHandler.warnings).toBeGreaterThan(0);
    expect(misspeltHandler.report.join('\n')).toMatch(/resolvr/);
  });

  it('bites: a Jira route whose scope the manifest lacks is reported', () => {
    expect(missingScope.errors).toBeGreaterThan(0);
    expect(missingScope.report.join('\n')).toMatch(/read:jira-user/);
    expect(missingScope.report.join('\n')).toMatch(/\/rest\/api\/3\/myself/);
  });
});
