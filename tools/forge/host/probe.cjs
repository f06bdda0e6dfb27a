'use strict';
// A test-only function that host.cjs adds to the manifest with --probe. It runs in a NodeSandbox
// of its own through the same runtime wrapper as the app's handlers, and reports what code sees
// from inside: the Node version, the environment, and what Atlassian's `@forge/kvs` reads back.
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
    default:
      throw new Error(`Unknown probe operation ${op}`);
  }
};
