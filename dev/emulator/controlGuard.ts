import type { IncomingMessage } from 'node:http';
import { type Reply, errorReply } from './http';

/**
 * The controls can make the emulator hang, move its clock or forget every instance, and
 * `/__control/state` shows live tokens. Any web page the developer has open can send a request to
 * 127.0.0.1 (a `no-cors` text/plain POST needs no preflight), so a control request is refused
 * unless it comes straight from the machine: curl, the tests, the bench and the local host's
 * server, none of which send an Origin header.
 *
 * - Host must name a loopback address at this port: a DNS name rebound to 127.0.0.1 arrives with
 *   the attacker's host name, so a page on it cannot read or drive the controls (403).
 * - Origin, when a browser sends one, must be the emulator's own. The local host's origin is not
 *   allowed either: no page it serves calls the emulator (its shell makes no such call, the app's
 *   frame is kept from it by Forge's Content-Security-Policy, and its clock control is forwarded
 *   server to server), so a page on it reaching for the emulator is not one of ours (403).
 * - A body must be `application/json`: what a page can send without a preflight (text/plain, a
 *   form) is refused (415) even when the browser leaves Origin out.
 */
export function controlRefusal(req: IncomingMessage, port: number): Reply | undefined {
  if (!isLoopbackHost(req.headers.host, port)) {
    return errorReply(
      403,
      'forbidden_host',
      `The controls answer only at 127.0.0.1:${port} or localhost:${port}.`,
    );
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin, port)) {
    return errorReply(403, 'forbidden_origin', 'The controls refuse requests from web pages.');
  }
  if (hasBody(req) && !isJson(req.headers['content-type'])) {
    return errorReply(415, 'unsupported_media_type', 'Send the body as application/json.');
  }
  return undefined;
}

/** `127.0.0.1:<port>` (any 127.x address), `localhost:<port>` or `[::1]:<port>`. */
export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const match = /^(\[::1\]|localhost|127(?:\.\d{1,3}){3}):(\d{1,5})$/i.exec(host);
  return match !== null && Number(match[2]) === port;
}

function isLoopbackOrigin(origin: string, port: number): boolean {
  const match = /^http:\/\/([^/]+)$/i.exec(origin);
  return match !== null && isLoopbackHost(match[1], port);
}

function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  return (
    (length !== undefined && length !== '0') ||
    req.headers['transfer-encoding'] !== undefined ||
    req.headers['content-type'] !== undefined
  );
}

export function isJson(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}
