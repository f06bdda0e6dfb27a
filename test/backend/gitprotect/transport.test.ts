import { startDeadline } from '../../../src/adapters/gitprotect/callBudget';
import {
  type HttpReply,
  REPLY_LIMITS,
  type ServiceRequest,
  createTransport,
} from '../../../src/adapters/gitprotect/transport';
import { isUpstreamError } from '../../../src/ports/upstreamError';
import type { Log } from '../../../src/ports/log';

/**
 * `invokeRemote` hands back the Forge proxy's reply, whose documented members (`@forge/api`'s
 * `Response` in out/index.d.ts, and the invokeRemote reference) are json, text, arrayBuffer, ok,
 * status, statusText and headers: no `body` stream. The transport must read, and cap, exactly that.
 */

interface Documented {
  reply: HttpReply;
  /** How many times the body was read, by any member. */
  reads: () => number;
}

/** A reply with exactly the documented members and nothing else. */
function documentedReply(status: number, text: string, headers: Record<string, string> = {}) {
  let reads = 0;
  const bytes = new TextEncoder().encode(text);
  const lower = new Map(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const reply = {
    ok: status >= 200 && status < 300,
    status,
    statusText: String(status),
    headers: {
      get: (name: string) => lower.get(name.toLowerCase()) ?? null,
      has: (name: string) => lower.has(name.toLowerCase()),
      forEach: (callback: (value: string, key: string) => void) => lower.forEach(callback),
    },
    json: () => {
      reads += 1;
      return Promise.resolve(JSON.parse(text) as unknown);
    },
    text: () => {
      reads += 1;
      return Promise.resolve(text);
    },
    arrayBuffer: () => {
      reads += 1;
      return Promise.resolve(bytes.buffer.slice(0) as ArrayBuffer);
    },
  };
  expect(Object.keys(reply).sort()).toEqual(
    ['arrayBuffer', 'headers', 'json', 'ok', 'status', 'statusText', 'text'].sort(),
  );
  return { reply, reads: () => reads } satisfies Documented;
}

const silent: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };
const logged: string[] = [];
const recording: Log = {
  info: () => undefined,
  warn: () => undefined,
  error: (message) => logged.push(message),
};

const register: ServiceRequest = {
  method: 'POST',
  path: '/instances',
  body: { region: 'EU' },
  retry: false,
  maxReplyBytes: REPLY_LIMITS.small,
};

function transportAnswering(documented: Documented, log: Log = silent) {
  return createTransport({
    baseUrl: '/jira/v1',
    fetch: () => Promise.resolve(documented.reply),
    log,
    attemptTimeoutMs: 1_000,
    maxAttempts: 1,
    random: () => 0.5,
  });
}

beforeEach(() => {
  logged.length = 0;
});

it('reads a reply that has only the documented members', async () => {
  const body = JSON.stringify({ instanceId: 'inst-1', region: 'EU' });
  const documented = documentedReply(201, body, { 'content-type': 'application/json' });
  const reply = await transportAnswering(documented)(register, startDeadline(2_000));
  expect(reply).toMatchObject({ status: 201, text: body });
  expect(reply.headers.get('content-type')).toBe('application/json');
  expect(documented.reads()).toBe(1);
});

it('refuses a reply whose content-length is past the limit, without reading it', async () => {
  const documented = documentedReply(201, '{}', {
    'content-length': String(REPLY_LIMITS.small + 1),
  });
  const error = await transportAnswering(documented, recording)(
    register,
    startDeadline(2_000),
  ).catch((caught: unknown) => caught);
  expect(isUpstreamError(error, 'MALFORMED')).toBe(true);
  expect(documented.reads()).toBe(0);
  expect(logged).toEqual([
    'GitProtect sent a reply larger than the contract allows; it was cut off',
  ]);
});

it('refuses a reply past the limit that declares no length, by the bytes read', async () => {
  // Multi-byte characters: the limit is in bytes, not characters.
  const text = JSON.stringify({ note: 'ż'.repeat(REPLY_LIMITS.small / 2) });
  expect(text.length).toBeLessThan(REPLY_LIMITS.small);
  const error = await transportAnswering(documentedReply(201, text), recording)(
    register,
    startDeadline(2_000),
  ).catch((caught: unknown) => caught);
  expect(isUpstreamError(error, 'MALFORMED')).toBe(true);
  expect(logged).toEqual([
    'GitProtect sent a reply larger than the contract allows; it was cut off',
  ]);
});

it('reads a reply of exactly the limit', async () => {
  const text = `"${'a'.repeat(REPLY_LIMITS.small - 2)}"`;
  const reply = await transportAnswering(documentedReply(200, text))(
    register,
    startDeadline(2_000),
  );
  expect(reply.text).toBe(text);
});
