import type { Region } from '../../contract';
import { MANAGEMENT_DOMAIN, isManagementHostOf } from '../../config';
import type { Clock } from '../../ports/clock';
import { systemClock } from '../systemClock';
import { UpstreamError } from '../../ports/upstreamError';
import type { Log } from '../../ports/log';
import type {
  CallOptions,
  JiraCredentials,
  ManagementService,
  ManagementServiceDirectory,
  Registration,
  ServiceSession,
  SessionVault,
} from '../../ports/managementService';
import { type Deadline, startDeadline } from './callBudget';
import { createInstanceClient, credentialsOf } from './instanceClient';
import { connectionLost, errorCodeOf, failureOf, readReply } from './replies';
import { registeredElsewhereReply, registrationReply, sessionReply } from './schemas';
import { SessionKeeper } from './sessionKeeper';
import {
  type HttpFetch,
  REPLY_LIMITS,
  type Transport,
  createTransport,
  requestOf,
} from './transport';

/**
 * How `POST /instances` travels for a region whose contract base URL is `baseUrl`. Registration
 * must prove the site (the contract's "Registration proves the site"): on Forge it goes through
 * `invokeRemote`, to which Forge adds a Forge Invocation Token; locally through fetch with a
 * token from the local signer. The transport (redirect refusal, size caps, deadline) is the same.
 */
export type RegistrationChannel = (
  region: Region,
  baseUrl: string,
) => {
  /** What goes before `/instances`: the base URL for fetch, its path for invokeRemote. */
  baseUrl: string;
  fetch: HttpFetch;
};

export interface DirectoryOptions {
  /** The contract's base URL per region, e.g. `https://eu.api.gitprotect.io/jira/v1`. */
  baseUrls: Record<Region, string>;
  fetch?: typeof fetch;
  /** Default: plain fetch with no token, which the service refuses. */
  registrationChannel?: RegistrationChannel;
  log: Log;
  /** Decides when a stored access token is about to expire; the service's clock when emulated. */
  clock?: Clock;
  /** Default cap of each call, retries included. */
  budgetMs?: number;
  /** Cap of each HTTP attempt. */
  attemptTimeoutMs?: number;
  /** Attempts of a retried call, the first included. */
  maxAttempts?: number;
  /** Jitter source for retry backoff. */
  random?: () => number;
}

/** Both stay far inside Forge's 25 s resolver limit, with room for the resolver's own work. */
export const DEFAULT_BUDGET_MS = 8_000;
const DEFAULT_ATTEMPT_TIMEOUT_MS = 5_000;
/** Past a few quick retries a failing service is down, and the caller should hear it soon. */
const DEFAULT_MAX_ATTEMPTS = 4;

/** The HTTP client of contract/management-service.yaml. */
export function createManagementServiceDirectory(
  options: DirectoryOptions,
): ManagementServiceDirectory {
  const budgetMs = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const transports = new Map<Region, Transport>();
  const registrationTransports = new Map<Region, Transport>();
  const plainFetch = options.fetch ?? ((input, init) => fetch(input, init));

  const newTransport = (baseUrl: string, fetchLike: HttpFetch) =>
    createTransport({
      baseUrl,
      fetch: fetchLike,
      log: options.log,
      attemptTimeoutMs: options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS,
      maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      random: options.random ?? Math.random,
    });

  /** One transport per region and channel, made at its first call. */
  function transportFor(region: Region, registration = false): Transport {
    const made = registration ? registrationTransports : transports;
    let transport = made.get(region);
    if (!transport) {
      const baseUrl = options.baseUrls[region];
      const plain = { baseUrl, fetch: plainFetch };
      const channel = registration
        ? (options.registrationChannel?.(region, baseUrl) ?? plain)
        : plain;
      transport = newTransport(channel.baseUrl, channel.fetch);
      made.set(region, transport);
    }
    return transport;
  }

  return {
    async register(region, site, credentials: JiraCredentials): Promise<Registration> {
      const request = requestOf('POST', '/instances', REPLY_LIMITS.small, {
        body: {
          region,
          cloudId: site.cloudId,
          siteUrl: site.siteUrl,
          jira: credentialsOf(credentials),
        },
        retry: false,
      });
      const reply = await transportFor(region, true)(request, startDeadline(budgetMs));
      if (reply.status === 401) throw siteNotProven(reply, options.log);
      if (reply.status === 409 && errorCodeOf(reply) === 'registered_in_other_region') {
        throw registeredElsewhere(reply);
      }
      if (reply.status !== 200 && reply.status !== 201) throw failureOf(request, reply);
      const registered = readReply(request, reply, registrationReply);
      if (!isManagementHostOf(region, registered.instance.managementHost)) {
        options.log.error('GitProtect named a management host outside its domain', {
          region,
          managementHost: registered.instance.managementHost.slice(0, 255),
        });
        throw new UpstreamError(
          'MALFORMED',
          `GitProtect's registration named a management host outside ${MANAGEMENT_DOMAIN}.`,
        );
      }
      return {
        instanceId: registered.instance.id,
        managementHost: registered.instance.managementHost,
        session: registered.session,
      };
    },

    instance(region: Region, vault: SessionVault, callOptions?: CallOptions): ManagementService {
      const transport = transportFor(region);
      const refresh = (refreshToken: string, deadline: Deadline) =>
        refreshSession(transport, refreshToken, deadline, options.log);
      return createInstanceClient({
        transport,
        sessions: new SessionKeeper(vault, refresh, options.clock ?? systemClock),
        budgetMs: callOptions?.budgetMs ?? budgetMs,
        log: options.log,
      });
    },
  };
}

async function refreshSession(
  transport: Transport,
  refreshToken: string,
  deadline: Deadline,
  log: Log,
): Promise<ServiceSession> {
  const request = requestOf('POST', '/auth/refresh', REPLY_LIMITS.small, {
    body: { refreshToken },
  });
  const reply = await transport(request, deadline);
  if (reply.status === 401) {
    throw connectionLost("GitProtect no longer accepts the app's session: connect the site again.");
  }
  if (reply.status === 400) {
    // The service found our request malformed: the session may be fine, so no reconnecting.
    log.error('GitProtect refused the session refresh request as malformed', {
      path: request.path,
      status: reply.status,
      code: errorCodeOf(reply) ?? null,
    });
    throw failureOf(request, reply);
  }
  if (reply.status !== 200) throw failureOf(request, reply);
  return readReply(request, reply, sessionReply);
}

/**
 * The service could not tell that the registration comes from the app installed on this site:
 * no session was ever issued, so this is not a lost connection but a refused registration.
 */
function siteNotProven(reply: { status: number; text: string }, log: Log): UpstreamError {
  const code = errorCodeOf({ ...reply, headers: new Headers() }) ?? null;
  log.error('GitProtect refused the registration: the site was not proven', {
    path: '/instances',
    status: reply.status,
    code,
  });
  return new UpstreamError(
    'MALFORMED',
    'GitProtect could not verify that this registration comes from the app installed on this Jira site.',
  );
}

/** The region named in the reply, when it names one of the three. */
function registeredElsewhere(reply: { text: string }): UpstreamError {
  let region: Region | undefined;
  try {
    const parsed = registeredElsewhereReply(JSON.parse(reply.text) as unknown);
    region = parsed.ok ? parsed.value.region : undefined;
  } catch {
    region = undefined;
  }
  return new UpstreamError(
    'REGISTERED_IN_OTHER_REGION',
    `This Jira site is already registered with GitProtect in ${region ?? 'another'} region.`,
    { detail: { region } },
  );
}
