/**
 * The app's outbound calls, watched from the process that runs the resolvers: every HTTP request
 * to the Management Service (emulator) and every call to the (local) Jira site, with when it
 * started and ended. From those: how many rounds a request needed one after another.
 */
import type { LocalJiraSite } from '../../src/adapters/local/jiraSite';

export interface UpstreamCall {
  what: string;
  start: number;
  end: number;
}

const JIRA_METHODS = ['isCallerAdmin', 'callerDisplayName', 'countProjects', 'siteUrl'] as const;

/** Records calls until `stop()`, which puts `fetch` and the Jira site back as they were. */
export function watchUpstream(serviceUrl: string, jira: LocalJiraSite) {
  const calls: UpstreamCall[] = [];
  const realFetch = globalThis.fetch;
  const timed = async <T>(what: string, call: () => Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await call();
    } finally {
      calls.push({ what, start, end: performance.now() });
    }
  };

  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(serviceUrl) || url.includes('/__control/')) return realFetch(input, init);
    const path = new URL(url).pathname.replace(/^\/\w+\/jira\/v1/, '');
    return timed(`${init?.method ?? 'GET'} ${path}`, () => realFetch(input, init));
  };
  const site = jira as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of JIRA_METHODS) {
    const original = site[method]!;
    site[method] = (...args) => timed(`Jira ${method}`, () => original.apply(jira, args));
  }

  return {
    calls,
    stop() {
      globalThis.fetch = realFetch;
      for (const method of JIRA_METHODS) delete site[method];
    },
  };
}

/**
 * The longest chain of calls in which each starts only after the one before it ended: 1 when
 * everything ran at once, n for n calls made one after another.
 */
export function sequentialRounds(calls: UpstreamCall[]): number {
  const byEnd = [...calls].sort((a, b) => a.end - b.end);
  const chain: number[] = [];
  byEnd.forEach((call, index) => {
    let before = 0;
    for (let earlier = 0; earlier < index; earlier += 1) {
      if (byEnd[earlier]!.end <= call.start) before = Math.max(before, chain[earlier]!);
    }
    chain.push(before + 1);
  });
  return Math.max(0, ...chain);
}
