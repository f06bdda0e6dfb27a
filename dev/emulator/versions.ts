import { randomBytes } from 'node:crypto';

/** Opaque and random, so a version never comes back after a reset (no ABA on If-Match). */
export function newVersion(): string {
  return randomBytes(6).toString('hex');
}

/**
 * The version an If-Match names, bare or quoted as the contract allows; undefined for anything
 * else, `*` and lists included, which would match any version and undo the check.
 */
export function versionOfIfMatch(header: string): string | undefined {
  return /^("?)([A-Za-z0-9._~+=-]{1,128})\1$/.exec(header.trim())?.[2];
}
