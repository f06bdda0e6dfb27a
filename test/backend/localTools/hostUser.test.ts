/**
 * The local host runs a resolver only for a caller who names the acting Jira user: a request
 * without X-Local-User, or with a user the local site does not have, runs nothing.
 */
import type { LocalStore } from '../../../src/adapters/local/fileStore';
import { LOCAL_USERS } from '../../../src/adapters/local/jiraSite';
import type { Envelope, Overview, StartedBackup } from '../../../src/contract';
import type { LocalApp } from '../../../dev/host/localApp';
import type { HostServer } from '../../../dev/host/server';
import { ACCEPTED_JIRA_TOKEN, type TestEmulator } from '../../support/emulator';
import { type HostOverEmulator, startHostOverEmulator } from '../../support/hostOverEmulator';
import { fetchWhole } from '../../support/http';

let stack: HostOverEmulator;
let emulator: TestEmulator;
let app: LocalApp;
let host: HostServer;

beforeAll(async () => {
  stack = await startHostOverEmulator(3);
  ({ emulator, app, host } = stack);
  const connected = (await app.invoke('admin', 'connect', {
    region: 'EU',
    email: 'alex.admin@example.com',
    token: ACCEPTED_JIRA_TOKEN,
    expiresOn: new Date(emulator.clock.now().getTime() + 100 * 86_400_000)
      .toISOString()
      .slice(0, 10),
  })) as Envelope<Overview>;
  if (!connected.ok) throw new Error(`connect failed: ${connected.error.code}`);
});
afterAll(() => stack?.close());
beforeEach(() => emulator.control.resetStats());

const invoke = (functionKey: string, headers: Record<string, string> = {}) =>
  fetchWhole(`${host.url}api/invoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ functionKey }),
  });

function storeDump(): string {
  const store = app.deps.store as LocalStore;
  return store.plainDump() + store.secretDump();
}

describe('a request that names no acting user', () => {
  it('is refused with 400 and a JSON error saying what to send, and starts no backup', async () => {
    const before = storeDump();
    const reply = await invoke('startBackup');
    expect(reply.status).toBe(400);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await reply.json()).toEqual({ error: expect.stringMatching(/X-Local-User: admin/) });
    expect((await emulator.control.stats()).requests).toBe(0);
    expect(storeDump()).toBe(before);
  });

  it('gets no overview and no site context', async () => {
    expect((await invoke('getOverview')).status).toBe(400);
    const context = await fetchWhole(`${host.url}api/context`);
    expect(context.status).toBe(400);
    expect((await context.json()).error).toMatch(/X-Local-User/);
    expect((await emulator.control.stats()).requests).toBe(0);
  });
});

describe('a request that names a user the local site does not have', () => {
  it.each(['root', 'Admin', 'ADMIN', '', 'admin, member', 'constructor', '__proto__'])(
    'X-Local-User: %j is refused with 400 and runs nothing',
    async (user) => {
      const before = storeDump();
      const reply = await invoke('startBackup', { 'X-Local-User': user });
      expect(reply.status).toBe(400);
      expect(await reply.json()).toEqual({
        error: expect.stringMatching(
          /^X-Local-User must name a user of the local site: admin, member/,
        ),
      });
      expect((await emulator.control.stats()).requests).toBe(0);
      expect(storeDump()).toBe(before);
      const context = await fetchWhole(`${host.url}api/context`, {
        headers: { 'X-Local-User': user },
      });
      expect(context.status).toBe(400);
    },
  );
});

describe('the users the local site has', () => {
  it('runs the member as the member: refused by the resolver, nothing reaches the service', async () => {
    const reply = await invoke('startBackup', { 'X-Local-User': 'member' });
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.any(String) },
    });
    expect((await emulator.control.stats()).requests).toBe(0);
    const context = await fetchWhole(`${host.url}api/context`, {
      headers: { 'X-Local-User': 'member' },
    });
    expect((await context.json()).accountId).toBe(LOCAL_USERS.member.accountId);
  });

  it('runs the admin as the admin: the backup starts in the service', async () => {
    const overview = (await (
      await invoke('getOverview', { 'X-Local-User': 'admin' })
    ).json()) as Envelope<Overview>;
    expect(overview.ok && overview.data.viewer).toEqual({
      accountId: LOCAL_USERS.admin.accountId,
      isAdmin: true,
    });
    const reply = await invoke('startBackup', { 'X-Local-User': 'admin' });
    expect(reply.status).toBe(200);
    const started = (await reply.json()) as Envelope<StartedBackup>;
    expect(started.ok).toBe(true);
    expect((await emulator.control.stats()).byRoute['POST /instance/backups']).toBe(1);
  });
});
