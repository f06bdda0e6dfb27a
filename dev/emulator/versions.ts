import { randomBytes } from 'node:crypto';

/** Opaque and random, so a version never comes back after a reset (no ABA on If-Match). */
export function newVersion(): string {
  return randomBytes(6).toString('hex');
}

/** If-Match as HTTP allows it: the bare version, or quoted, or weak. */
export function versionOfIfMatch(header: string): string {
  return header
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
}
