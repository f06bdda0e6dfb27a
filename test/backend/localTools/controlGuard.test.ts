/**
 * The control endpoints of the emulator and of the local host answer the developer's own tools
 * (curl, the tests, the bench: no Origin, Host 127.0.0.1:port), not a web page that happens to
 * be open: a foreign Origin or a rebound DNS name gets 403, a body a page can send without a
 * preflight (text/plain) gets 415, and nothing changes.
 */
import { request } from 'node:http';
import type { HostServer } from '../../../dev/host/server';
import { type TestEmulator, startTestEmulator } from '../../support/emulator';
import { type HostOverEmulator, startHostOverEmulator } from '../../support/hostOverEmulator';

interface RawReply {
  status: number;
  body: string;
}

/** node:http rather than fetch: fetch would not send a Host header other than the URL's. */
function raw(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawReply> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method,
        headers: body === undefined ? headers : { 'content-length': `${body.length}`, ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const HANG = '{"mode":"hang"}';
const json = { 'content-type': 'application/json' };

describe("the emulator's controls", () => {
  let emulator: TestEmulator;
  let port: number;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    port = Number(new URL(emulator.url).port);
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.control.clearFaults());

  const activeFault = async () => (await emulator.control.state()).faults;
  const post = (headers: Record<string, string>, body = HANG) =>
    raw(emulator.url, 'POST', '/__control/faults', headers, body);

  it('refuses a cross-origin POST with 403, and the fault stays off', async () => {
    for (const origin of [
      'https://evil.example',
      `http://evil.example:${port}`,
      'http://127.0.0.1:1',
      `https://127.0.0.1:${port}`,
      'null',
    ]) {
      const reply = await post({ ...json, origin });
      expect([origin, reply.status]).toEqual([origin, 403]);
      expect(JSON.parse(reply.body)).toEqual({
        error: { code: 'forbidden_origin', message: expect.any(String) },
      });
    }
    expect(await activeFault()).toBeNull();
  });

  it('refuses the no-cors text/plain POST any page can send with 415, and the fault stays off', async () => {
    for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded']) {
      const reply = await post({ 'content-type': type });
      expect([type, reply.status]).toEqual([type, 415]);
      expect(JSON.parse(reply.body).error.code).toBe('unsupported_media_type');
    }
    expect((await post({})).status).toBe(415);
    expect(await activeFault()).toBeNull();
  });

  it('refuses a request to a rebound DNS name (Host not loopback at this port) with 403', async () => {
    for (const host of [
      `evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      'localhost',
    ]) {
      const reply = await post({ ...json, host });
      expect([host, reply.status]).toEqual([host, 403]);
      expect(JSON.parse(reply.body).error.code).toBe('forbidden_host');
    }
    expect(await activeFault()).toBeNull();
    // Nor may such a page read the state, which holds live tokens.
    expect(
      (await raw(emulator.url, 'GET', '/__control/state', { host: `evil.example:${port}` })).status,
    ).toBe(403);
  });

  it('takes JSON from the developer: no Origin, or its own, at 127.0.0.1 or localhost', async () => {
    expect((await post(json)).status).toBe(200);
    expect(await activeFault()).toMatchObject({ mode: 'hang' });
    expect((await raw(emulator.url, 'DELETE', '/__control/faults')).status).toBe(204);
    expect(await activeFault()).toBeNull();

    for (const headers of [
      { ...json, 'content-type': 'application/json; charset=utf-8' },
      { ...json, origin: `http://127.0.0.1:${port}` },
      { ...json, host: `localhost:${port}`, origin: `http://localhost:${port}` },
    ]) {
      expect((await post(headers)).status).toBe(200);
      await emulator.control.clearFaults();
    }
    // A control without a body needs no content type, as `curl -X POST` sends none.
    expect((await raw(emulator.url, 'POST', '/__control/reset')).status).toBe(204);
    expect((await raw(emulator.url, 'GET', '/__control/clock')).status).toBe(200);
  });
});

describe("the local host's clock control", () => {
  let stack: HostOverEmulator;
  let emulator: TestEmulator;
  let host: HostServer;

  beforeAll(async () => {
    stack = await startHostOverEmulator(1);
    ({ emulator, host } = stack);
  });
  afterAll(() => stack?.close());

  const DAY = '{"advanceMs":86400000}';
  const now = async () => Date.parse((await emulator.control.state()).now as string);

  it('refuses a foreign Origin, a rebound Host and a text/plain body, and the clock stays', async () => {
    const before = await now();
    const port = Number(new URL(host.url).port);
    const refused = [
      await raw(
        host.url,
        'POST',
        '/__control/clock',
        { ...json, origin: 'https://evil.example' },
        DAY,
      ),
      await raw(
        host.url,
        'POST',
        '/__control/clock',
        { ...json, host: `evil.example:${port}` },
        DAY,
      ),
      await raw(host.url, 'POST', '/__control/clock', { 'content-type': 'text/plain' }, DAY),
    ];
    expect(refused.map((reply) => reply.status)).toEqual([403, 403, 415]);
    expect(await now()).toBeLessThan(before + 3_600_000);
  });

  it('moves the clock for curl, as docs/development.md shows', async () => {
    const before = await now();
    const reply = await raw(host.url, 'POST', '/__control/clock', json, DAY);
    expect(reply.status).toBe(200);
    expect(await now()).toBeGreaterThanOrEqual(before + 86_400_000);
  });
});
