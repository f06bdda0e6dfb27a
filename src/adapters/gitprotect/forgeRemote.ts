import { invokeRemote } from '@forge/api';
import type { Region } from '../../contract';
import type { RegistrationChannel } from './directory';

/**
 * manifest.yml's `remotes`, one per region, each on the region's host of src/config.ts
 * (test/backend/forge/siteProof.test.ts checks that they agree).
 */
export const REMOTE_KEYS: Record<Region, string> = {
  EU: 'gitprotect-eu',
  US: 'gitprotect-us',
  AU: 'gitprotect-au',
};

/**
 * Registration through Forge Remote: `invokeRemote` sends the request to the region's remote and
 * Forge adds a Forge Invocation Token that names this app, its installation and the site, which
 * is what lets the service believe the site is ours. The remote's base URL is the host alone, so
 * the contract base URL's path goes in front of each request's path.
 */
export const forgeRegistrationChannel: RegistrationChannel = (region, baseUrl) => ({
  baseUrl: new URL(baseUrl).pathname.replace(/\/+$/, ''),
  fetch: (input, init) => {
    const { method, headers, body, redirect, signal } = init;
    // The proxy's reply has only what @forge/api documents for `invokeRemote` (json, text,
    // arrayBuffer, ok, status, statusText, headers): the transport reads it through those alone.
    const reply = invokeRemote(REMOTE_KEYS[region], {
      path: input,
      method,
      headers: headers as Record<string, string> | undefined,
      body: body as string | undefined,
      redirect,
      signal,
    } as Parameters<typeof invokeRemote>[1]);
    // The transport's per-attempt deadline holds even if the proxy ignores the signal.
    const aborted = new Promise<never>((_, reject) => {
      signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
    });
    return Promise.race([reply, aborted]);
  },
});
