import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REGIONS, type Region } from '../../src/contract';
import type { EmulatorClock } from './clock';
import { serveContract } from './contractRoutes';
import { serveControl } from './controlRoutes';
import { EmulatorCore } from './core';
import { JWKS_PATH, LOCAL_APP_ID, type LocalForgeSigner } from './forgeTokens';
import { errorReply, send } from './http';
import { MANAGEMENT_PATH, serveManagementPage } from './managementPage';
import { withOldNames } from './spaceNames';

export interface EmulatorOptions {
  /** 0 picks a free port; default: env GITPROTECT_PORT, else 3001. */
  port?: number;
  host?: string;
  /** The base of the emulator's clock; real time by default. */
  clock?: { now(): Date };
  /**
   * Where a new state's clock starts, to run on from there at the base clock's speed (its
   * offset is kept in the state file); a state loaded from `stateFile` keeps its own clock.
   */
  startAt?: Date;
  /** Keeps the state across restarts. */
  stateFile?: string;
  /** Spaces in each site (`projectCount`, its old name, is accepted too). Default 25. */
  spaceCount?: number;
  projectCount?: number;
  projectDurationMs?: number;
  /** How many spaces each backup fails (`failingProjects`, its old name, is accepted too). */
  failingSpaces?: number;
  failingProjects?: number;
  /** Management hosts are `<site>-<id>.<region>.<instanceDomain>`. */
  instanceDomain?: string;
  /** The app registrations must come from (the FIT's `aud`); default manifest.yml's placeholder id. */
  appId?: string;
}

export interface RunningEmulator {
  url: string;
  port: number;
  /** The contract's base URL per region, e.g. `http://127.0.0.1:3001/eu/jira/v1`. */
  baseUrls: Record<Region, string>;
  clock: EmulatorClock;
  /**
   * Plays Atlassian's part: mints Forge Invocation Tokens with the key whose public half the
   * emulator trusts (served at `${url}/.well-known/jwks.json`).
   */
  forgeSigner: LocalForgeSigner;
  close(): Promise<void>;
}

const CONTRACT_PATH = /^\/(eu|us|au)\/jira\/v1(\/.*)$/;

export function baseUrlsOf(url: string): Record<Region, string> {
  return Object.fromEntries(
    REGIONS.map((region) => [region, `${url}/${region.toLowerCase()}/jira/v1`]),
  ) as Record<Region, string>;
}

/** A GitProtect Management Service for one machine: every region on one port, over real HTTP. */
export async function startEmulator(given: EmulatorOptions = {}): Promise<RunningEmulator> {
  const named = withOldNames(given);
  if (!named.ok) throw new Error(named.problem);
  const options = named.value;
  const core = new EmulatorCore({
    baseClock: options.clock ?? { now: () => new Date() },
    ...(options.startAt ? { startAt: options.startAt } : {}),
    stateFile: options.stateFile,
    instanceDomain: options.instanceDomain ?? 'app.gitprotect.io',
    appId: options.appId ?? LOCAL_APP_ID,
    defaults: {
      projectCount: options.projectCount ?? 25,
      projectDurationMs: options.projectDurationMs ?? 400,
      failingProjects: options.failingProjects ?? 0,
    },
  });
  let port = 0;
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const contract = CONTRACT_PATH.exec(url.pathname);
    const management = req.method === 'GET' ? MANAGEMENT_PATH.exec(url.pathname) : null;
    if (management?.[1] && management[2]) {
      serveManagementPage(core, management[1], management[2], res);
      return;
    }
    const served =
      contract?.[1] && contract[2]
        ? serveContract(
            core,
            contract[1].toUpperCase() as Region,
            contract[2],
            req,
            res,
            url.searchParams,
          )
        : url.pathname.startsWith('/__control/')
          ? serveControl(core, url.pathname, req, res, port)
          : url.pathname === JWKS_PATH && req.method === 'GET'
            ? Promise.resolve(send(res, { status: 200, body: core.forgeSigner.jwks }))
            : Promise.resolve(
                send(res, errorReply(404, 'not_found', 'Not a route of this emulator.')),
              );
    served.catch(() => {
      if (!res.headersSent) send(res, errorReply(500, 'internal', 'The emulator failed.'));
      else res.destroy();
    });
  });

  const host = options.host ?? '127.0.0.1';
  port = await listen(server, options.port ?? defaultPort(), host);
  const url = `http://${host}:${port}`;
  return {
    url,
    port,
    baseUrls: baseUrlsOf(url),
    clock: core.clock,
    forgeSigner: core.forgeSigner,
    close: () => stop(server, core),
  };
}

function defaultPort(): number {
  const fromEnv = process.env.GITPROTECT_PORT?.trim();
  return fromEnv && /^\d{1,5}$/.test(fromEnv) ? Number(fromEnv) : 3001;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Hung requests and keep-alive sockets would otherwise keep close() waiting for ever. */
function stop(server: Server, core: EmulatorCore): Promise<void> {
  core.cancelDelays();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
