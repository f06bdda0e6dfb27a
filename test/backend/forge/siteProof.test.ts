import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REMOTE_KEYS } from '../../../src/adapters/gitprotect/forgeRemote';
import { REGION_API_HOSTS } from '../../../src/config';
import { REGIONS } from '../../../src/contract';
import { ADMIN_EMAIL, JIRA_TOKEN, isoDay } from '../../support/app';
import { ROOT } from '../../support/forgeBundle';
import {
  FORGE_CLOUD_ID,
  INSTALLATION_ID,
  startForgeApp,
  type ForgeApp,
} from '../../support/forgeApp';
import { REMOTE_REDIRECT } from '../../support/forgeProxy';

/**
 * Issue 11, item 11, on Forge: the bundled app registers through Atlassian's `invokeRemote`
 * (`@forge/api`), the stand-in runtime's `__forge_fetch__` sends it to the fake Forge API proxy
 * as a `frc` request, and the proxy, playing Atlassian, forwards it to the manifest remote's host
 * with a Forge Invocation Token for the invocation's app, installation and site. The emulator
 * accepts the registration only because of that token.
 */

jest.setTimeout(120_000);

let app: ForgeApp;
beforeAll(async () => {
  app = await startForgeApp({ connected: false });
});
afterAll(() => app?.close());

const connectPayload = () => ({
  region: 'EU',
  email: ADMIN_EMAIL,
  token: JIRA_TOKEN,
  expiresOn: isoDay(app.emulator.clock.now(), 200),
});

describe('connect through Forge Remote', () => {
  it('refuses a redirect from the remote as from any other reply, and stores nothing', async () => {
    await app.emulator.control.faults({
      mode: 'redirect',
      status: 307,
      location: 'https://elsewhere.example/instances',
      route: 'POST /instances',
      count: 1,
    });
    const { result, proxied } = await app.invoke('admin', 'connect', connectPayload());
    expect(result).toMatchObject({ ok: false });
    // Forge Remote treats the remote's 3xx as an error: the function never sees the redirect.
    expect(proxied.filter((request) => request.target.type === 'frc')).toEqual([
      expect.objectContaining({ status: 502, code: REMOTE_REDIRECT, remoteStatus: 307 }),
    ]);
    expect(app.proxy.kvs.get('connection')).toBeUndefined();
    expect(app.proxy.kvs.secretKeys()).toEqual([]);
  });

  it('cuts off an endless reply from the remote as from any other, and stores nothing', async () => {
    await app.emulator.control.faults({ mode: 'oversize', route: 'POST /instances', count: 1 });
    const { result } = await app.invoke('admin', 'connect', connectPayload());
    expect(result).toMatchObject({ ok: false });
    expect(app.host.logs.join('\n')).toContain(
      'GitProtect sent a reply larger than the contract allows',
    );
    expect(app.proxy.kvs.get('connection')).toBeUndefined();
    expect(app.proxy.kvs.secretKeys()).toEqual([]);
  });

  it('registers the site with the FIT the proxy minted, and nothing else reaches /instances', async () => {
    await app.emulator.control.resetStats();
    const { result, proxied } = await app.invoke('admin', 'connect', connectPayload());
    expect(result).toMatchObject({ ok: true, data: { connected: true } });
    expect(proxied.filter((request) => request.target.type === 'frc')).toEqual([
      expect.objectContaining({
        target: { type: 'frc', remote: REMOTE_KEYS.EU },
        method: 'POST',
        path: '/jira/v1/instances',
        status: 201,
        body: expect.objectContaining({ cloudId: FORGE_CLOUD_ID, region: 'EU' }),
      }),
    ]);
    expect((await app.emulator.control.stats()).byRoute['POST /instances']).toBe(1);
    const state = (await app.emulator.control.state()) as {
      instances: Record<string, { installationId?: string }>;
    };
    expect(Object.keys(state.instances)).toEqual([FORGE_CLOUD_ID]);
    // Proven by a backend call's FIT (no context): the service keeps the installation it names.
    expect(state.instances[FORGE_CLOUD_ID]?.installationId).toBe(INSTALLATION_ID);
    // Later calls go over plain fetch with the session the proven registration issued.
    const overview = await app.invoke('admin', 'getOverview');
    expect(overview.result).toMatchObject({ ok: true, data: { connected: true, stale: false } });
    expect(overview.proxied.filter((request) => request.target.type === 'frc')).toEqual([]);
  });
});

describe('manifest.yml remotes', () => {
  it('has one remote per region, on that region’s host, for compute and storage of end-user data', () => {
    const manifest = parse(readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as {
      remotes: Array<{
        key: string;
        baseUrl: string;
        operations: string[];
        storage: { inScopeEUD: boolean };
      }>;
    };
    expect(manifest.remotes).toEqual(
      REGIONS.map((region) => ({
        key: REMOTE_KEYS[region],
        baseUrl: `https://${REGION_API_HOSTS[region]}`,
        operations: ['compute', 'storage'],
        storage: { inScopeEUD: true },
      })),
    );
  });
});
