/**
 * An oversized request to the local host gets its 413, never a connection reset: the client can
 * read the answer whether it declared the length or streamed the body in chunks.
 */
import { request } from 'node:http';
import { type HostOverEmulator, startHostOverEmulator } from '../../support/hostOverEmulator';

let stack: HostOverEmulator;

beforeAll(async () => {
  stack = await startHostOverEmulator(3);
});
afterAll(() => stack?.close());

/** Posts `bytes` of JSON in 64 KB writes; resolves with the status, rejects on a reset. */
function postLarge(
  bytes: number,
  declareLength: boolean,
): Promise<{ status: number; body: string }> {
  const body = Buffer.from(
    JSON.stringify({ functionKey: 'getOverview', payload: { filler: 'x'.repeat(bytes) } }),
  );
  const url = new URL(`${stack.host.url}api/invoke`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-local-user': 'admin',
          ...(declareLength ? { 'content-length': String(body.length) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    for (let offset = 0; offset < body.length; offset += 64 * 1024) {
      req.write(body.subarray(offset, offset + 64 * 1024));
    }
    req.end();
  });
}

describe('the local host and an oversized request', () => {
  it.each([
    ['with a content-length', true],
    ['streamed in chunks', false],
  ])(
    'answers 413 %s, every time',
    async (_how, declareLength) => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        const answer = await postLarge(700 * 1024, declareLength);
        expect(answer.status).toBe(413);
        expect(JSON.parse(answer.body)).toEqual({ error: 'The body is larger than 500 KB.' });
      }
    },
    60_000,
  );

  it('still takes a body just under the limit', async () => {
    const answer = await postLarge(400 * 1024, true);
    expect(answer.status).toBe(200);
  }, 60_000);
});
