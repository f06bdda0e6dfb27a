import { urlForLog } from '../../domain/masking';
import { UpstreamError } from '../../ports/upstreamError';
import type { Log } from '../../ports/log';
import { type Deadline, sleep } from './callBudget';

/** One request of the contract; `path` is a contract path (no query, no secrets), fit for logs. */
export interface ServiceRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  /** Only requests that are safe to repeat are retried. */
  retry: boolean;
  /** The largest reply body read, in bytes; see `REPLY_LIMITS`. */
  maxReplyBytes: number;
}

export interface ServiceReply {
  status: number;
  headers: ReplyHeaders;
  text: string;
  /** How many times the request was sent for this reply: above 1, an earlier send may have acted. */
  attempts?: number;
}

/** The part of a reply's headers the client reads. */
export interface ReplyHeaders {
  get(name: string): string | null;
}

/**
 * What the transport needs of a reply. A fetch `Response` is one; so is what `invokeRemote`
 * returns, whose documented members (`@forge/api`'s `Response`) are only these: no `body` stream,
 * no `type`. Those two are read when present and never relied on.
 */
export interface HttpReply {
  ok: boolean;
  status: number;
  statusText: string;
  headers: ReplyHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
  body?: ReadableStream<Uint8Array> | null;
  type?: string;
}

/** Plain fetch, or a channel (Forge Remote) whose reply has only the documented members. */
export type HttpFetch = (url: string, init: RequestInit) => Promise<HttpReply>;

const KIB = 1024;

/**
 * The largest reply body the client reads per call, from the sizes the contract allows (its
 * "Reply sizes" section says why each is what it is). A reply past its limit is cut off while
 * it streams and fails the call as MALFORMED: it does not follow the contract, and asking again
 * would only read the same flood.
 */
export const REPLY_LIMITS = {
  /** A session, a registration, one job, a schedule, an SSO link, or an error body. */
  small: 16 * KIB,
  /** The summary: a few fields and at most two jobs. */
  summary: 32 * KIB,
  /** A page of jobs: 100 jobs of at most 3.3 KiB, with room for a service that ignores `limit`. */
  jobPage: 1024 * KIB,
  /** A page of projects, or one job with a page of its project results (100 of about 2 KiB). */
  projectPage: 256 * KIB,
} as const;

/** A request of the contract, repeated on transient failures unless `more` says otherwise. */
export function requestOf(
  method: ServiceRequest['method'],
  path: string,
  maxReplyBytes: number,
  more: Partial<ServiceRequest> = {},
): ServiceRequest {
  return { method, path, retry: true, maxReplyBytes, ...more };
}

/** A longer `Retry-After` is treated as this: nobody is told to come back next century. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

export interface TransportOptions {
  baseUrl: string;
  fetch: HttpFetch;
  log: Log;
  attemptTimeoutMs: number;
  maxAttempts: number;
  random: () => number;
}

export type Transport = (request: ServiceRequest, deadline: Deadline) => Promise<ServiceReply>;

const FIRST_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 2_000;

type Attempt =
  | { kind: 'reply'; reply: ServiceReply }
  | { kind: 'timeout' }
  | { kind: 'network'; reason: string }
  | { kind: 'redirect'; status: number; location: string | null }
  | { kind: 'oversize'; status: number };

/**
 * Sends a request, retrying transient failures (network, timeout, 429, 5xx) inside the deadline.
 * Returns any other reply for the caller to interpret; throws UpstreamError when retries end.
 * Redirects are never followed (a request body may hold a Jira API token) and a reply is read
 * only up to the request's `maxReplyBytes`: both end the call as MALFORMED, without a retry.
 */
export function createTransport(options: TransportOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  async function attemptOnce(request: ServiceRequest, timeoutMs: number): Promise<Attempt> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await options.fetch(urlOf(baseUrl, request), {
        method: request.method,
        headers: headersOf(request),
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        redirect: 'manual',
        signal: controller.signal,
      });
      if (isRedirect(response)) {
        controller.abort();
        return {
          kind: 'redirect',
          status: response.status,
          location: response.headers.get('location'),
        };
      }
      const text = await readCapped(response, request.maxReplyBytes, controller);
      if (text === undefined) return { kind: 'oversize', status: response.status };
      return { kind: 'reply', reply: { status: response.status, headers: response.headers, text } };
    } catch (error) {
      if (controller.signal.aborted) return { kind: 'timeout' };
      return { kind: 'network', reason: networkReason(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  return async (request, deadline) => {
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await attemptOnce(
        request,
        Math.max(1, Math.min(options.attemptTimeoutMs, deadline.remainingMs())),
      );
      const succeeded = outcome.kind === 'reply' && outcome.reply.status < 400;
      options.log[succeeded ? 'info' : 'warn']('GitProtect request', {
        method: request.method,
        path: request.path,
        status: outcome.kind === 'reply' ? outcome.reply.status : statusOf(outcome),
        attempt,
        elapsedMs: deadline.elapsedMs(),
      });
      if (outcome.kind === 'redirect' || outcome.kind === 'oversize') {
        throw refusedReply(request, outcome, options.log);
      }
      if (outcome.kind === 'reply' && !isTransientStatus(outcome.reply.status)) {
        return { ...outcome.reply, attempts: attempt };
      }

      const retryAfterMs =
        outcome.kind === 'reply' ? retryAfterOf(outcome.reply.headers) : undefined;
      const failure = transientFailure(request, outcome, retryAfterMs);
      if (!request.retry || attempt >= options.maxAttempts) throw failure;

      const backoffMs = jitteredBackoff(attempt, options.random);
      const waitMs = retryAfterMs === undefined ? backoffMs : Math.max(retryAfterMs, backoffMs);
      if (waitMs >= deadline.remainingMs()) throw failure;
      await sleep(waitMs);
    }
  };
}

function urlOf(baseUrl: string, request: ServiceRequest): string {
  const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
  return `${baseUrl}${request.path}${query}`;
}

function headersOf(request: ServiceRequest): Record<string, string> {
  return {
    accept: 'application/json',
    ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...request.headers,
  };
}

function isTransientStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

function jitteredBackoff(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

/**
 * `Retry-After` in seconds or as an HTTP date, at most `MAX_RETRY_AFTER_MS`; undefined when absent
 * or unreadable.
 */
export function retryAfterOf(headers: ReplyHeaders): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Math.min(MAX_RETRY_AFTER_MS, Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.min(MAX_RETRY_AFTER_MS, Math.max(0, at - Date.now()));
}

function transientFailure(
  request: ServiceRequest,
  outcome: Exclude<Attempt, { kind: 'redirect' | 'oversize' }>,
  retryAfterMs: number | undefined,
): UpstreamError {
  const call = `${request.method} ${request.path}`;
  const retryAfterSeconds = retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000);
  switch (outcome.kind) {
    case 'timeout':
      return new UpstreamError('UNAVAILABLE', `GitProtect did not answer ${call} in time.`, {
        reason: 'timeout',
      });
    case 'network':
      return new UpstreamError(
        'UNAVAILABLE',
        `GitProtect could not be reached for ${call} (${outcome.reason}).`,
        { reason: 'network' },
      );
    case 'reply':
      if (outcome.reply.status === 429) {
        return new UpstreamError('RATE_LIMITED', `GitProtect is rate limiting ${call}.`, {
          retryAfterSeconds,
        });
      }
      return new UpstreamError(
        'UNAVAILABLE',
        `GitProtect answered ${call} with HTTP ${outcome.reply.status}.`,
        { retryAfterSeconds, reason: '5xx' },
      );
  }
}

/** A short, secret-free reason: error codes such as ECONNRESET, never messages with addresses. */
function networkReason(error: unknown): string {
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = cause?.code;
  return typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code) ? code : 'connection failed';
}

/** Under `redirect: 'manual'` a 3xx arrives as itself (Node) or as an opaque redirect (browsers). */
function isRedirect(response: HttpReply): boolean {
  return (response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect';
}

/**
 * The body as text, or undefined (and the download aborted) when it is longer than `maxBytes`.
 * A declared `content-length` past the limit is refused before anything is read. A body stream,
 * when the reply has one (fetch), is read chunk by chunk and dropped as soon as it passes the
 * limit, so a reply that never ends costs at most `maxBytes` of memory. A reply without one
 * (`invokeRemote`'s documented shape) is read whole, then measured: the proxy has already bounded
 * what it hands the function.
 */
async function readCapped(
  response: HttpReply,
  maxBytes: number,
  controller: AbortController,
): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    controller.abort();
    return undefined;
  }
  const stream = response.body;
  if (!stream || typeof stream.getReader !== 'function') {
    const bytes = Buffer.from(await response.arrayBuffer());
    return bytes.byteLength > maxBytes ? undefined : bytes.toString('utf8');
  }
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size).toString('utf8');
}

/** What the log shows as the status of an attempt that has no reply to hand back. */
function statusOf(outcome: Exclude<Attempt, { kind: 'reply' }>): number | string {
  return 'status' in outcome ? outcome.status : outcome.kind;
}

/** A redirect or an over-size reply: logged with what may be shown, never retried. */
function refusedReply(
  request: ServiceRequest,
  outcome: Extract<Attempt, { kind: 'redirect' | 'oversize' }>,
  log: Log,
): UpstreamError {
  const call = `${request.method} ${request.path}`;
  if (outcome.kind === 'redirect') {
    log.error('GitProtect answered with a redirect; the app never follows one', {
      method: request.method,
      path: request.path,
      status: outcome.status,
      location: outcome.location === null ? null : urlForLog(outcome.location),
    });
    return new UpstreamError(
      'MALFORMED',
      `GitProtect answered ${call} with a redirect (HTTP ${outcome.status}), which the app does not follow.`,
    );
  }
  log.error('GitProtect sent a reply larger than the contract allows; it was cut off', {
    method: request.method,
    path: request.path,
    status: outcome.status,
    limitBytes: request.maxReplyBytes,
  });
  return new UpstreamError(
    'MALFORMED',
    `GitProtect's reply to ${call} is larger than ${request.maxReplyBytes} bytes, the most the contract allows.`,
  );
}
