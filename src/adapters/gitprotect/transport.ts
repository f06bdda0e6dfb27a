import type { Log } from '../../ports/log';
import { UpstreamError } from '../../ports/errors';
import { type Deadline, sleep } from './deadline';

/** One request of the contract; `path` is a contract path (no query, no secrets), fit for logs. */
export interface ServiceRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  /** Only requests that are safe to repeat are retried. */
  retry: boolean;
}

export interface ServiceReply {
  status: number;
  headers: Headers;
  text: string;
}

export interface TransportOptions {
  baseUrl: string;
  fetch: typeof fetch;
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
  | { kind: 'network'; reason: string };

/**
 * Sends a request, retrying transient failures (network, timeout, 429, 5xx) inside the deadline.
 * Returns any other reply for the caller to interpret; throws UpstreamError when retries end.
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
        signal: controller.signal,
      });
      const text = await response.text();
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
        status: outcome.kind === 'reply' ? outcome.reply.status : outcome.kind,
        attempt,
        elapsedMs: deadline.elapsedMs(),
      });
      if (outcome.kind === 'reply' && !isTransientStatus(outcome.reply.status)) {
        return outcome.reply;
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

/** `Retry-After` in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterOf(headers: Headers): number | undefined {
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function transientFailure(
  request: ServiceRequest,
  outcome: Attempt,
  retryAfterMs: number | undefined,
): UpstreamError {
  const call = `${request.method} ${request.path}`;
  const retryAfterSeconds = retryAfterMs === undefined ? undefined : Math.ceil(retryAfterMs / 1000);
  switch (outcome.kind) {
    case 'timeout':
      return new UpstreamError('UNAVAILABLE', `GitProtect did not answer ${call} in time.`);
    case 'network':
      return new UpstreamError(
        'UNAVAILABLE',
        `GitProtect could not be reached for ${call} (${outcome.reason}).`,
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
        { retryAfterSeconds },
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
