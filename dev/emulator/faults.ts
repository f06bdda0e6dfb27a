import { z } from 'zod';
import { REGIONS, type Region } from '../../src/contract';

export const FAULT_MODES = [
  'latency',
  'error500',
  'rateLimit',
  'malformed',
  'reset',
  'hang',
  'expireToken',
  'redirect',
  'oversize',
  'slowReply',
  'forgetInstance',
  'revokeSession',
  'regionMismatch',
] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

/** Where a redirect points when the test names no place: a name that never resolves. */
export const DEFAULT_REDIRECT_LOCATION = 'http://redirect.invalid/moved';

/** `METHOD /contract/path`, e.g. `PUT /instance/plan/schedule`, as the stats name routes. */
const routeKey = z
  .string()
  .regex(/^(GET|POST|PUT) \/[a-z/]*(\{[A-Za-z]+\})?$/, 'METHOD /contract/path');

export const faultRequest = z.strictObject({
  mode: z.enum(FAULT_MODES),
  /** latency and slowReply: the wait; rateLimit: its Retry-After, rounded up to seconds. */
  ms: z.number().int().min(0).max(600_000).optional(),
  count: z.number().int().min(1).optional(),
  /** Only requests of this route are hit (and counted); absent: every contract request. */
  route: routeKey.optional(),
  /** redirect: the status, 307 by default. */
  status: z.number().int().min(300).max(399).optional(),
  /** redirect: the Location header. */
  location: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .optional(),
  /** oversize: a reply of about this many bytes that ends; absent: a reply that never ends. */
  bytes: z.number().int().min(1).max(100_000_000).optional(),
  /** rateLimit: the Retry-After header as sent, in place of one worked out from `ms`. */
  retryAfter: z
    .string()
    .regex(/^([0-9]{1,40}|[A-Za-z0-9 ,:]{1,40})$/, 'seconds, or an HTTP date')
    .optional(),
  /** forgetInstance and revokeSession: the site concerned; absent: every site it knows. */
  cloudId: z.string().min(1).max(200).optional(),
  /** regionMismatch: the region the site is said to be registered in; absent: another one. */
  region: z.enum(REGIONS).optional(),
});
export type FaultRequest = z.infer<typeof faultRequest>;

export interface Fault {
  mode: FaultMode;
  ms: number;
  status: number;
  location: string;
  bytes: number | undefined;
  retryAfter: string | undefined;
  region: Region | undefined;
}

/** Only registration can be answered with registered_in_other_region. */
const REGION_MISMATCH_ROUTE = 'POST /instances';

interface ActiveFault extends Fault {
  route: string | undefined;
  /** Undefined: until cleared. */
  remaining: number | undefined;
  /** For expireToken: tokens issued after the fault was set (by a refresh) are spared. */
  lastTokenSerial: number;
}

/** Faults injected into the contract routes by tests; the control routes never see them. */
export class Faults {
  private active: ActiveFault | undefined;

  set(request: FaultRequest, lastTokenSerial: number): void {
    this.active = {
      mode: request.mode,
      ms: request.ms ?? 0,
      route: request.route,
      status: request.status ?? 307,
      location: request.location ?? DEFAULT_REDIRECT_LOCATION,
      bytes: request.bytes,
      retryAfter: request.retryAfter,
      region: request.region,
      remaining: request.count,
      lastTokenSerial,
    };
  }

  clear(): void {
    this.active = undefined;
  }

  describe(): {
    mode: FaultMode;
    ms: number;
    route: string | null;
    remaining: number | null;
  } | null {
    return this.active
      ? {
          mode: this.active.mode,
          ms: this.active.ms,
          route: this.active.route ?? null,
          remaining: this.active.remaining ?? null,
        }
      : null;
  }

  /**
   * The fault that hits this request of `route`, if any, using up one of its count.
   * `tokenSerial` belongs to the presented, still valid access token: only such requests can
   * have their token expired.
   */
  take(route: string | undefined, tokenSerial: number | undefined): Fault | undefined {
    const fault = this.active;
    if (!fault) return undefined;
    if (fault.route !== undefined && fault.route !== route) return undefined;
    const spared = tokenSerial === undefined || tokenSerial > fault.lastTokenSerial;
    if (fault.mode === 'expireToken' && spared) {
      return undefined;
    }
    if (fault.mode === 'regionMismatch' && route !== REGION_MISMATCH_ROUTE) return undefined;
    if (fault.remaining !== undefined) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.active = undefined;
    }
    const { mode, ms, status, location, bytes, retryAfter, region } = fault;
    return { mode, ms, status, location, bytes, retryAfter, region };
  }
}
