'use strict';
// A test-only function that host.cjs adds to the manifest with --probe. It runs in a NodeSandbox
// of its own through the same runtime wrapper as the app's handlers, and reports what code sees
// from inside: the Node version, the environment, what Atlassian's `@forge/kvs` reads back, and
// what egress control does with a plain fetch.
exports.run = async ({ op, key, keys = [] }) => {
  const { kvs } = require('@forge/kvs');
  switch (op) {
    case 'runtime':
      return {
        node: process.versions.node,
        env: Object.fromEntries(keys.map((name) => [name, process.env[name] ?? null])),
      };
    case 'kvs.get':
      return { value: (await kvs.get(key)) ?? null };
    case 'kvs.getSecret':
      return { value: (await kvs.getSecret(key)) ?? null };
    case 'fetch':
      // Plain fetch to `key` (a URL): what Forge's egress control lets through, or refuses.
      try {
        const response = await fetch(key);
        return { status: response.status };
      } catch (error) {
        return { refused: String(error?.message ?? error) };
      }
    default:
      throw new Error(`Unknown probe operation ${op}`);
  }
};
