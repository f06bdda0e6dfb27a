import { readManifest, runForgeLint } from '../../../tools/forge/lint';
import { ROOT } from '../../support/forgeBundle';

/** Forge's own client-side linters, as `forge lint` and `forge tunnel` run them, offline. */
describe('forge lint (client-side)', () => {
  it('parses every source file and finds no problems', async () => {
    const run = await runForgeLint(ROOT);
    const sources = run.files.filter((file) => /\.[cm]?[jt]sx?$/.test(file));
    expect(sources.length).toBeGreaterThan(30);
    expect([...run.parsed].sort()).toEqual([...sources].sort());
    expect(run.report.filter((line) => line.includes(':'))).toEqual([]);
    expect({ errors: run.errors, warnings: run.warnings }).toEqual({ errors: 0, warnings: 0 });
  }, 120_000);

  it('bites: a manifest naming a handler the code does not export is reported', async () => {
    const manifest = await readManifest(ROOT);
    const misspelt = structuredClone(manifest);
    const resolverFunction = misspelt.modules?.function?.find((fn) => fn.key === 'resolver');
    if (!resolverFunction) throw new Error('the manifest has no resolver function');
    resolverFunction.handler = 'index.resolvr';
    const run = await runForgeLint(ROOT, misspelt);
    expect(run.warnings).toBeGreaterThan(0);
    expect(run.report.join('\n')).toMatch(/resolvr/);
  }, 120_000);

  it('bites: a Jira route whose scope the manifest lacks is reported', async () => {
    const manifest = await readManifest(ROOT);
    const narrower = structuredClone(manifest);
    narrower.permissions = {
      ...narrower.permissions,
      scopes: ((narrower.permissions?.scopes ?? []) as string[]).filter(
        (scope) => scope !== 'read:jira-user',
      ),
    };
    const run = await runForgeLint(ROOT, narrower);
    expect(run.errors).toBeGreaterThan(0);
    expect(run.report.join('\n')).toMatch(/read:jira-user/);
    expect(run.report.join('\n')).toMatch(/\/rest\/api\/3\/myself/);
  }, 120_000);
});
