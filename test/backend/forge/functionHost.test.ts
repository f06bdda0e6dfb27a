import { readlinkSync, realpathSync } from 'node:fs';
import { DEFAULT_BASE_URLS } from '../../../src/config';
import { NODE22 } from '../../support/forgeBundle';
import { startForgeApp, type ForgeApp } from '../../support/forgeApp';

/**
 * The packaged bundle in `@forge/tunnel`'s own function host: NodeSandbox processes started by
 * LocalFunctionHost on Node 22, invocations through LocalDevelopmentServer, and the stand-in
 * runtime (tools/forge/runtime) between them and the app.
 */

jest.setTimeout(120_000);

let app: ForgeApp;
beforeAll(async () => {
  app = await startForgeApp({ probe: true });
});
afterAll(() => app?.close());

describe('the function host', () => {
  it('runs each handler in a sandbox process of its own, on Node 22', async () => {
    const overview = await app.invoke('admin', 'getOverview');
    expect(overview.result).toMatchObject({ ok: true, data: { connected: true } });

    const node22 = realpathSync(NODE22);
    for (const handler of ['index.resolver', 'index.hourlySync']) {
      const pid = app.host.sandboxes[handler];
      expect(pid).toEqual(expect.any(Number));
      expect(readlinkSync(`/proc/${pid}/exe`)).toBe(node22);
    }
    const { result } = await app.probe({ op: 'runtime' });
    expect(result).toMatchObject({ node: expect.stringMatching(/^22\./) });
    expect(process.versions.node).not.toMatch(/^22\./);
  });

  it('gives the function its forge variables as its environment, and little else', async () => {
    const keys = ['GITPROTECT_API_EU', 'GITPROTECT_API_AU', '_HANDLER', 'PATH'];
    const { result } = await app.probe({ op: 'runtime', keys });
    expect(result).toMatchObject({
      env: {
        GITPROTECT_API_EU: DEFAULT_BASE_URLS.EU,
        GITPROTECT_API_AU: DEFAULT_BASE_URLS.AU,
        _HANDLER: '__forge__.main',
        PATH: null,
      },
    });
  });

  it('shows the functions’ console output as the tunnel’s runtime logs', async () => {
    const before = app.host.logs.length;
    await app.invoke('member', 'getOverview');
    const logged = app.host.logs.slice(before).join('\n');
    expect(logged).toMatch(/invocation: [0-9a-f]{32} index\.resolver/);
    expect(logged).toContain('"message":"Resolver finished","resolver":"getOverview"');
    expect(app.host.logs.join('\n')).not.toContain('exited');
  });

  it('answers a handler that throws with the runtime’s error, and keeps the sandbox', async () => {
    const before = app.host.logs.length;
    await expect(app.probe({ op: 'noSuchOperation' })).rejects.toThrow(
      /"errorMessage":"Unknown probe operation noSuchOperation"/,
    );
    expect(app.host.logs.slice(before).join('\n')).toContain('Unknown probe operation');
    expect((await app.probe({ op: 'runtime' })).result).toMatchObject({ node: expect.any(String) });
  });

  it('answers a function key the app does not define with INVALID_INPUT, not a thrown error', async () => {
    for (const key of ['noSuchResolver', 'valueOf', '__proto__']) {
      const { result } = await app.invoke('admin', key as 'getOverview');
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect((await app.invoke('admin', 'getOverview')).result.ok).toBe(true);
  });
});

describe('secrets through @forge/kvs', () => {
  const SESSION = 'gitprotect-session';

  it('keeps the service session, written by connect, in secret storage only', () => {
    const session = app.proxy.kvs.getSecret(SESSION) as {
      accessToken: string;
      refreshToken: string;
    };
    expect(session).toMatchObject({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
    });
    expect(app.proxy.kvs.keys()).not.toContain(SESSION);
    const writes = app.proxy.requests.filter((request) => request.path.endsWith('/set'));
    expect(writes.filter((request) => request.path === '/api/v1/secret/set')).toEqual([
      expect.objectContaining({ body: expect.objectContaining({ key: SESSION }), status: 204 }),
    ]);
    const plainWrites = JSON.stringify(writes.filter((request) => request.path === '/api/v1/set'));
    expect(plainWrites).not.toContain(session.accessToken);
    expect(plainWrites).not.toContain(session.refreshToken);
  });

  it('lets a function fetch only the origins the manifest declares (egress)', async () => {
    const undeclared = await app.probe({ op: 'fetch', key: 'https://elsewhere.example/x' });
    expect(undeclared.result).toEqual({
      refused: 'Egress to https://elsewhere.example is not declared in the manifest',
    });
    // A declared regional host reaches the emulator that serves it (no such path there: 404).
    const declared = await app.probe({
      op: 'fetch',
      key: `${new URL(DEFAULT_BASE_URLS.EU).origin}/no-such-path`,
    });
    expect(declared.result).toEqual({ status: 404 });
  });

  it('cannot be read through plain kvs.get, from inside a sandbox', async () => {
    const plain = await app.probe({ op: 'kvs.get', key: SESSION });
    expect(plain.result).toEqual({ value: null });
    expect(plain.proxied).toEqual([
      expect.objectContaining({ path: '/api/v1/get', status: 404, code: 'KEY_NOT_FOUND' }),
    ]);
    const secret = await app.probe({ op: 'kvs.getSecret', key: SESSION });
    expect(secret.result).toEqual({ value: app.proxy.kvs.getSecret(SESSION) });
  });
});
