/** The emulator's control endpoints (outside the contract: never faulted, never counted). */

export interface ServiceStats {
  requests: number;
  byRoute: Record<string, number>;
}

/** One control call, sent as JSON; the reply, whatever its status, is the caller's to read. */
export function sendControl(
  emulatorUrl: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<Response> {
  return fetch(`${emulatorUrl}/__control/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export function emulatorControl(emulatorUrl: string) {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await sendControl(emulatorUrl, method, path, body);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} /__control/${path}: ${response.status} ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };
  return {
    latency: (ms: number) => call('POST', 'faults', { mode: 'latency', ms }),
    clearFaults: () => call('DELETE', 'faults'),
    stats: async () => (await call('GET', 'stats')) as ServiceStats,
    resetStats: () => call('DELETE', 'stats'),
    /** Returns the emulator's new time. */
    advance: async (ms: number) =>
      Date.parse(((await call('POST', 'clock', { advanceMs: ms })) as { now: string }).now),
    now: async () => Date.parse(((await call('GET', 'clock')) as { now: string }).now),
    setInstance: (change: {
      projectCount?: number;
      projectDurationMs?: number;
      /** How many spaces fail in each backup from now on. */
      failingProjects?: number;
      hiddenProjects?: number;
      /** The first this many spaces the backup account sees are left out of the plan. */
      excludedProjects?: number;
    }) => call('POST', 'instance', change),
    seedHistory: (weeks: number) => call('POST', 'seed-history', { weeks }),
    /** A Forge Invocation Token for the site, signed with the key the emulator trusts. */
    forgeToken: async (cloudId: string, lifetimeSeconds: number) =>
      ((await call('POST', 'forge-token', { cloudId, lifetimeSeconds })) as { token: string })
        .token,
  };
}

export type EmulatorControl = ReturnType<typeof emulatorControl>;
