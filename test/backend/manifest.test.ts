import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { validate } from '@forge/manifest';
import { parse } from 'yaml';
import { HOURLY_SYNC_TIMEOUT_SECONDS } from '../../src/app/deps';
import { SYNC_LOCK_SECONDS } from '../../src/app/state';
import { DEFAULT_BASE_URLS, REGION_API_HOSTS } from '../../src/config';
import { REGIONS } from '../../src/contract';

const root = join(__dirname, '..', '..');
const manifestPath = join(root, 'manifest.yml');

interface Manifest {
  app: { runtime: { name: string } };
  modules: {
    function: Array<{ key: string; handler: string; timeoutSeconds?: number }>;
    'jira:globalPage': Array<{ title: string; resource: string; resolver: { function: string } }>;
    'jira:adminPage': Array<{
      key: string;
      title: string;
      resource: string;
      resolver: { function: string };
      useAsGetStarted?: boolean;
    }>;
    scheduledTrigger: Array<{ function: string; interval: string }>;
  };
  resources: Array<{ key: string; path: string }>;
  permissions: {
    scopes: string[];
    content: { styles: string[] };
    external: { fetch: { backend: Array<{ address: string }> } };
  };
}

const manifest = parse(readFileSync(manifestPath, 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('passes Forge’s own offline validation with no errors', async () => {
    expect(existsSync(join(root, 'static/build/index.html'))).toBe(true);
    const result = await validate(false, manifestPath);
    const errors = (result.errors ?? []).filter((error) => error.level === 'error');
    expect(errors).toEqual([]);
  }, 60_000);

  it('declares, on every remote, that the service stores end-user data (data residency)', () => {
    // manifest-reference/remotes: `compute` lets invokeRemote work; the service also keeps the
    // admin's email and the customer's Jira credentials, which is `storage` with inScopeEUD.
    const { remotes } = parse(readFileSync(manifestPath, 'utf8')) as {
      remotes: Array<{ key: string; operations?: string[]; storage?: { inScopeEUD?: unknown } }>;
    };
    expect(remotes.length).toBe(REGIONS.length);
    for (const remote of remotes) {
      expect({ key: remote.key, operations: [...(remote.operations ?? [])].sort() }).toEqual({
        key: remote.key,
        operations: ['compute', 'storage'],
      });
      expect(remote.storage).toEqual({ inScopeEUD: true });
    }
  });

  it('names only handlers that src/index.ts exports as functions', async () => {
    const entry = (await import('../../src/index')) as Record<string, unknown>;
    for (const fn of manifest.modules.function) {
      const [file, exported] = fn.handler.split('.');
      expect(file).toBe('index');
      expect(typeof entry[exported as string]).toBe('function');
    }
  });

  it('subscribes to no app lifecycle event that Forge does not send (it sends no uninstall event)', () => {
    const documented = ['avi:forge:installed:app', 'avi:forge:upgraded:app'];
    const triggers =
      (
        parse(readFileSync(manifestPath, 'utf8')) as {
          modules: { trigger?: Array<{ events: string[] }> };
        }
      ).modules.trigger ?? [];
    const lifecycleEvents = triggers
      .flatMap((trigger) => trigger.events)
      .filter((event) => event.startsWith('avi:forge:'));
    expect(lifecycleEvents.filter((event) => !documented.includes(event))).toEqual([]);
  });

  it('has one global page titled GitProtect.io, served from the built page', () => {
    const pages = manifest.modules['jira:globalPage'];
    expect(pages).toHaveLength(1);
    expect(pages[0]?.title).toBe('GitProtect.io');
    const resource = manifest.resources.find((r) => r.key === pages[0]?.resource);
    expect(resource?.path).toBe('static/build');
  });

  it("opens the first-run setup from the apps manager's Get started, and lists it under Apps", () => {
    const pages = manifest.modules['jira:adminPage'];
    const global = manifest.modules['jira:globalPage'][0];
    expect(pages.filter((page) => page.useAsGetStarted === true)).toEqual([
      expect.objectContaining({ key: 'gitprotect-get-started', title: 'GitProtect.io' }),
    ]);
    expect(pages.filter((page) => page.useAsGetStarted === undefined)).toHaveLength(1);
    for (const page of pages) {
      expect([page.key, page.resource, page.resolver]).toEqual([
        page.key,
        global?.resource,
        global?.resolver,
      ]);
    }
  });

  it('runs the sync every hour on a runtime Forge still deploys', () => {
    expect(['nodejs22.x', 'nodejs24.x']).toContain(manifest.app.runtime.name);
    expect(manifest.modules.scheduledTrigger).toEqual([
      expect.objectContaining({ interval: 'hour', function: 'hourly-sync' }),
    ]);
  });

  it('declares exactly the scopes the code uses and inline styles', () => {
    expect([...manifest.permissions.scopes].sort()).toEqual(
      ['read:jira-user', 'read:jira-work', 'storage:app'].sort(),
    );
    expect(manifest.permissions.content.styles).toEqual(['unsafe-inline']);
  });

  it('lets the backend reach exactly the regional Management Service hosts, and no other', () => {
    // The sign-in link on the instance's managementHost is opened by the browser (router.open),
    // never fetched by the backend: it needs no egress.
    expect(manifest.permissions.external.fetch.backend).toEqual(
      REGIONS.map((region) => ({ address: `https://${REGION_API_HOSTS[region]}` })),
    );
    for (const region of REGIONS) {
      expect(new URL(DEFAULT_BASE_URLS[region]).origin).toBe(`https://${REGION_API_HOSTS[region]}`);
    }
  });

  it('gives the hourly sync the timeout its lock lasts', () => {
    const sync = manifest.modules.function.find((fn) => fn.key === 'hourly-sync');
    expect(sync?.timeoutSeconds).toBe(HOURLY_SYNC_TIMEOUT_SECONDS);
    expect(SYNC_LOCK_SECONDS).toBe(sync?.timeoutSeconds);
  });
});
