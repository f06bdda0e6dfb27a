import type { ServerResponse } from 'node:http';
import type { BackupJob } from '../../src/contract';
import type { Reply } from './http';

/**
 * Replies far larger than the contract allows, for the `oversize` fault. They are streamed with
 * backpressure, so the emulator itself holds no more than a chunk whatever the size, and stop
 * as soon as the client hangs up.
 */

const CHUNK_BYTES = 64 * 1024;
const HOUR_MS = 3_600_000;

/** A job list that never ends: `{"jobs":[job,job,...` until the client gives up. */
export async function sendEndless(res: ServerResponse, now: Date): Promise<void> {
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
  await stream(res, '{"jobs":[', floodJobs(now, Infinity), undefined);
}

/**
 * `reply` grown to about `bytes`: a job list of that size for the list of jobs (the service
 * ignoring `limit`), otherwise the reply's own JSON followed by that much white space, which is
 * still valid JSON. A reply without a body is sent as it is.
 */
export async function sendHuge(
  res: ServerResponse,
  reply: Reply,
  bytes: number,
  jobList: boolean,
  now: Date,
): Promise<void> {
  if (reply.body === undefined) {
    res.writeHead(reply.status, reply.headers);
    res.end();
    return;
  }
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    ...reply.headers,
  });
  if (jobList && reply.status === 200) {
    await stream(res, '{"jobs":[', floodJobs(now, bytes), ']}');
  } else {
    await stream(res, JSON.stringify(reply.body), whiteSpace(bytes), '');
  }
}

/** Valid jobs, newest first, one an hour back from `now`, until about `bytes` are out. */
function* floodJobs(now: Date, bytes: number): Generator<string> {
  let sent = 0;
  for (let i = 0; sent < bytes; i += 1) {
    const startedAt = now.getTime() - (i + 1) * HOUR_MS;
    const job: BackupJob = {
      id: `job_flood_${i}`,
      outcome: 'SUCCEEDED',
      startedAt: new Date(startedAt).toISOString(),
      finishedAt: new Date(startedAt + 600_000).toISOString(),
      projectsTotal: 25,
      projectsSucceeded: 25,
      projectsFailed: 0,
      trigger: { kind: 'SCHEDULE' },
    };
    const text = `${i === 0 ? '' : ','}${JSON.stringify(job)}`;
    sent += text.length;
    yield text;
  }
}

function* whiteSpace(bytes: number): Generator<string> {
  const chunk = ' '.repeat(CHUNK_BYTES);
  for (let sent = 0; sent < bytes; sent += CHUNK_BYTES) {
    yield bytes - sent >= CHUNK_BYTES ? chunk : ' '.repeat(bytes - sent);
  }
}

/** Writes `head`, the parts in chunks of about CHUNK_BYTES, then `tail` (none: never ends). */
async function stream(
  res: ServerResponse,
  head: string,
  parts: Iterable<string>,
  tail: string | undefined,
): Promise<void> {
  let pending = head;
  for (const part of parts) {
    pending += part;
    if (pending.length < CHUNK_BYTES) continue;
    if (!(await write(res, pending))) return;
    pending = '';
  }
  if (tail === undefined) return;
  if (await write(res, pending + tail)) res.end();
}

/** False once the client has gone: the caller stops producing. */
async function write(res: ServerResponse, text: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (!res.write(text)) {
    await new Promise<void>((resolve) => {
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.once('drain', done);
      res.once('close', done);
    });
  }
  return !res.destroyed;
}
