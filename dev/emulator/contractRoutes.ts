import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Region } from '../../src/contract';
import type { EmulatorCore } from './core';
import { sendEndless, sendHuge } from './floods';
import { type Reply, errorReply, readJson, send } from './http';
import {
  type InstanceCall,
  createSsoUrl,
  getJob,
  getSchedule,
  getSummary,
  listJobs,
  listProjects,
  replaceSchedule,
  startBackup,
  updateCredentials,
} from './instanceRoutes';
import { refreshSession, registerInstance, registeredElsewhere } from './sessionRoutes';
import type { InstanceRecord } from './state';

type Route =
  | {
      method: string;
      path: string;
      /** Routes without a session; `bearer` is what Authorization: Bearer carries, if anything. */
      open: (
        core: EmulatorCore,
        region: Region,
        body: unknown,
        bearer: string | undefined,
      ) => Reply;
    }
  | { method: string; path: string; instance: (core: EmulatorCore, call: InstanceCall) => Reply };

const ROUTES: Route[] = [
  { method: 'POST', path: '/instances', open: registerInstance },
  { method: 'POST', path: '/auth/refresh', open: refreshSession },
  { method: 'GET', path: '/instance', instance: getSummary },
  { method: 'GET', path: '/instance/plan/schedule', instance: getSchedule },
  { method: 'PUT', path: '/instance/plan/schedule', instance: replaceSchedule },
  { method: 'POST', path: '/instance/backups', instance: startBackup },
  { method: 'GET', path: '/instance/backups', instance: listJobs },
  { method: 'GET', path: '/instance/backups/{jobId}', instance: getJob },
  { method: 'GET', path: '/instance/projects', instance: listProjects },
  { method: 'PUT', path: '/instance/credentials', instance: updateCredentials },
  { method: 'POST', path: '/instance/sso', instance: createSsoUrl },
];

const BROKEN_JSON = '{"id": "inst_1", "jobs": [{"outcome": "SUCC';

/**
 * Serves one request of the contract: stats, then faults, then the session, then the route; a
 * whole reply written counts the request as answered.
 */
export async function serveContract(
  core: EmulatorCore,
  region: Region,
  path: string,
  req: IncomingMessage,
  res: ServerResponse,
  query: URLSearchParams,
): Promise<void> {
  const method = req.method ?? 'GET';
  const samePath = ROUTES.filter((candidate) => matches(candidate.path, path));
  const route = samePath.find((candidate) => candidate.method === method);
  const routeName = route ? `${method} ${route.path}` : undefined;
  const param = route ? paramOf(route.path, path) : undefined;
  core.count(routeName);
  const reply = (finished: Reply) => {
    send(res, finished);
    core.countAnswered(routeName);
  };
  const body = await readJson(req);
  if (!route) {
    reply(
      samePath.length > 0
        ? errorReply(405, 'method_not_allowed', `${method} is not allowed here.`)
        : errorReply(404, 'not_found', 'No such route in this contract.'),
    );
    return;
  }

  core.startDueBackups();
  const bearer = bearerOf(req);
  const presented = bearer === undefined ? undefined : core.state.accessTokens[bearer];
  const usable = presented && !presented.expiredByFault && !isPast(presented.expiresAt, core.now());
  const fault = core.faults.take(routeName, usable ? presented.serial : undefined);
  const answered = () =>
    body instanceof Error
      ? errorReply(400, 'invalid_request', body.message)
      : answer(core, region, route, req, body, query, param);
  switch (fault?.mode) {
    case 'hang':
      return;
    case 'reset':
      req.socket.destroy();
      return;
    case 'malformed':
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(BROKEN_JSON);
      core.countAnswered(routeName);
      return;
    case 'error500':
      reply(errorReply(500, 'internal', 'The service failed (injected fault).'));
      return;
    case 'rateLimit':
      reply(
        errorReply(429, 'rate_limited', 'Too many requests (injected fault).', {
          'retry-after': fault.retryAfter ?? String(Math.max(1, Math.ceil(fault.ms / 1000))),
        }),
      );
      return;
    case 'expireToken':
      if (presented) presented.expiredByFault = true;
      core.commit();
      break;
    case 'latency':
      await core.delay(fault.ms);
      core.startDueBackups();
      break;
    case 'redirect':
      res.writeHead(fault.status, { location: fault.location, 'content-length': '0' });
      res.end();
      core.countAnswered(routeName);
      return;
    case 'oversize':
      if (fault.bytes === undefined) return sendEndless(res, core.now());
      await sendHuge(
        res,
        answered(),
        fault.bytes,
        routeName === 'GET /instance/backups',
        core.now(),
      );
      // Not when the client left before the end: the flood stops there, unfinished.
      if (res.writableEnded) core.countAnswered(routeName);
      return;
    case 'regionMismatch':
      reply(registeredElsewhere(fault.region ?? (region === 'US' ? 'EU' : 'US')));
      return;
    case 'slowReply': {
      // Served, and its change committed, at once: only the answer is late (or never read).
      const late = answered();
      await core.delay(fault.ms);
      reply(late);
      return;
    }
  }

  reply(answered());
}

function answer(
  core: EmulatorCore,
  region: Region,
  route: Route,
  req: IncomingMessage,
  body: unknown,
  query: URLSearchParams,
  param: string | undefined,
): Reply {
  if ('open' in route) return route.open(core, region, body, bearerOf(req));
  const session = instanceOfSession(core, region, bearerOf(req));
  if ('status' in session) return session;
  return route.instance(core, {
    instance: session.instance,
    ...(param === undefined ? {} : { param }),
    body,
    query,
    header: (name) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    },
  });
}

function instanceOfSession(
  core: EmulatorCore,
  region: Region,
  bearer: string | undefined,
): { instance: InstanceRecord } | Reply {
  const record = bearer === undefined ? undefined : core.state.accessTokens[bearer];
  if (!record) {
    return errorReply(401, 'unauthorized', 'Send a valid access token as Authorization: Bearer.');
  }
  if (record.revoked) {
    return errorReply(403, 'session_revoked', "The app's session was revoked in GitProtect.");
  }
  if (record.expiredByFault || isPast(record.expiresAt, core.now())) {
    return errorReply(401, 'token_expired', 'The access token has expired: refresh the session.');
  }
  const instance = core.state.instances[record.cloudId];
  if (!instance) {
    return errorReply(404, 'instance_not_found', 'This service no longer has the instance.');
  }
  if (instance.region !== region) {
    return errorReply(
      404,
      'instance_not_found',
      `This instance does not live in the ${region} service.`,
    );
  }
  return { instance };
}

/** A route's path, whose one `{name}` segment stands for any single segment. */
function matches(template: string, path: string): boolean {
  return paramOf(template, path) !== undefined || template === path;
}

/** The decoded segment a `{name}` of the template stands for in `path`, if it matches. */
function paramOf(template: string, path: string): string | undefined {
  const open = template.indexOf('{');
  if (open < 0) return undefined;
  const prefix = template.slice(0, open);
  const rest = path.slice(prefix.length);
  if (!path.startsWith(prefix) || rest === '' || rest.includes('/')) return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}

function bearerOf(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

function isPast(instant: string, now: Date): boolean {
  return Date.parse(instant) <= now.getTime();
}
