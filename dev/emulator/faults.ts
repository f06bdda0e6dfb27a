import { z } from 'zod';

export const FAULT_MODES = [
  'latency',
  'error500',
  'rateLimit',
  'malformed',
  'reset',
  'hang',
  'expireToken',
] as const;
export type FaultMode = (typeof FAULT_MODES)[number];

export const faultRequest = z.strictObject({
  mode: z.enum(FAULT_MODES),
  ms: z.number().int().min(0).max(600_000).optional(),
  count: z.number().int().min(1).optional(),
});
export type FaultRequest = z.infer<typeof faultRequest>;

interface ActiveFault {
  mode: FaultMode;
  ms: number;
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
      remaining: request.count,
      lastTokenSerial,
    };
  }

  clear(): void {
    this.active = undefined;
  }

  describe(): { mode: FaultMode; ms: number; remaining: number | null } | null {
    return this.active
      ? { mode: this.active.mode, ms: this.active.ms, remaining: this.active.remaining ?? null }
      : null;
  }

  /**
   * The fault that hits this request, if any, using up one of its count. `tokenSerial` belongs to
   * the presented, still valid access token: only such requests can have their token expired.
   */
  take(tokenSerial: number | undefined): { mode: FaultMode; ms: number } | undefined {
    const fault = this.active;
    if (!fault) return undefined;
    const spared = tokenSerial === undefined || tokenSerial > fault.lastTokenSerial;
    if (fault.mode === 'expireToken' && spared) {
      return undefined;
    }
    if (fault.remaining !== undefined) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.active = undefined;
    }
    return { mode: fault.mode, ms: fault.ms };
  }
}
