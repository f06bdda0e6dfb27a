'use strict';
// Runs a Forge bundle (`npm run package` -> build/forge-bundle) in `@forge/tunnel`'s own local
// function host, the part of `forge tunnel` that needs no network: LocalFunctionHost starts one
// NodeSandbox (a forked process) per manifest handler, and LocalDevelopmentServer +
// LocalInvocationService take `POST /:functionKey` invocations. Start it with the Node version of
// the manifest's runtime: NodeSandbox forks `process.execPath`.
//
//   node host.cjs --bundle <dir> --manifest <manifest.yml> [--probe]
//
// stdout carries one JSON object per line: `{ type: 'ready', port, sandboxes }` once invocations
// are taken, then `{ type: 'log', level, message }` (the tunnel's own output, runtime logs
// included), `{ type: 'sandbox-exit', handler, code, signal }` and, when an invocation was stopped
// at its timeout, `{ type: 'sandbox-replaced', handler, pid }`. It stops, sandboxes and all,
// when stdin closes or on SIGTERM.
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { parseArgs } = require('node:util');
const YAML = require('yaml');

const tunnelDir = path.dirname(require.resolve('@forge/tunnel/package.json'));
const fromTunnel = (name) => require(require.resolve(name, { paths: [tunnelDir] }));
const {
  LocalFunctionHost,
} = require('@forge/tunnel/out/command/interactors/function-change-watcher');
const { NodeSandbox } = require('@forge/tunnel/out/sandbox');
const { LocalDevelopmentServer } = require('@forge/tunnel/out/servers/dev-server');
const { LocalInvocationService } = require('@forge/tunnel/out/services/local-invocation-service');
const { SandboxesContainer } = require('@forge/tunnel/out/util');
const cliShared = fromTunnel('@forge/cli-shared');

/** A manifest function that runs ./probe.cjs, for tests that need to look from inside a sandbox. */
const PROBE = { key: 'forge-probe', module: '__probe__', func: 'run' };

const emit = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);
const logger = {
  traceEnabled: false,
  debugEnabled: false,
  trace: () => undefined,
  debug: () => undefined,
  info: (message) => emit({ type: 'log', level: 'info', message }),
  warn: (message) => emit({ type: 'log', level: 'warn', message }),
  error: (error) => emit({ type: 'log', level: 'error', message: String(error?.stack ?? error) }),
};

let workDir;

/** What Lambda answers for a function it stopped at its timeout. */
const timedOut = (seconds) => ({
  success: false,
  error: {
    errorType: 'TimeoutError',
    errorMessage: `Task timed out after ${seconds.toFixed(2)} seconds`,
    isHostedCodeError: false,
  },
});

/**
 * A NodeSandbox whose invocations end at their timeout (`_meta.timeout`, which Forge's invocation
 * service takes from the manifest: 25 s for a resolver, `timeoutSeconds` for a trigger). The
 * tunnel only logs a warning then; Forge stops the function: here its process is killed, so no
 * `finally` block and no later write runs, and a fresh sandbox takes its place for the next
 * invocation. Forge runs each invocation apart; the tunnel runs overlapping ones of a handler in
 * one process, so any other invocation still running in it is stopped too, and answered so.
 */
function startSandbox(config) {
  const sandbox = new NodeSandbox(config);
  sandbox.process.on('exit', (code, signal) =>
    emit({ type: 'sandbox-exit', handler: sandbox.name, code, signal }),
  );
  const execute = sandbox.execute.bind(sandbox);
  sandbox.execute = (request) => {
    const seconds = request._meta?.timeout ?? 25;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        emit({ type: 'log', level: 'warn', message: `Stopped ${sandbox.name} at ${seconds} s` });
        replaceSandbox(sandbox, config, seconds);
        resolve(timedOut(seconds));
      }, seconds * 1000);
      execute(request).then(
        (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        (error) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  };
  return sandbox;
}

function replaceSandbox(stopped, config, seconds) {
  const pending = [...stopped.callbacks.values()];
  stopped.callbacks.clear();
  stopped.process.kill('SIGKILL');
  for (const answer of pending) answer(timedOut(seconds));
  const fresh = startSandbox(config);
  SandboxesContainer.get()[stopped.name] = fresh;
  emit({ type: 'sandbox-replaced', handler: stopped.name, pid: fresh.process.pid });
}

async function start() {
  const { values } = parseArgs({
    options: {
      bundle: { type: 'string' },
      manifest: { type: 'string' },
      probe: { type: 'boolean' },
    },
  });
  if (!values.bundle || !values.manifest) throw new Error('--bundle and --manifest are required');
  const bundleDir = path.resolve(values.bundle);

  // LocalFunctionHost copies the bundle to ./.forge/tunnel-output and reads ./manifest.yml: give
  // it a working directory of its own, so that hosts never share (or litter) a folder.
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'forge-host-'));
  const manifest = YAML.parse(fs.readFileSync(values.manifest, 'utf8'));
  const additionalOutputs = new Map();
  if (values.probe) {
    manifest.modules.function.push({ key: PROBE.key, handler: `${PROBE.module}.${PROBE.func}` });
    const probe = `module.exports = require(${JSON.stringify(path.join(__dirname, 'probe.cjs'))});`;
    additionalOutputs.set(`${PROBE.module}.cjs`, Buffer.from(probe));
  }
  fs.writeFileSync(path.join(workDir, 'manifest.yml'), YAML.stringify(manifest));
  process.chdir(workDir);

  const configFile = new cliShared.ConfigFile(
    new cliShared.FileSystemReader(),
    new cliShared.FileSystemWriter(),
  );
  const functionHost = new LocalFunctionHost(configFile, logger, async (config) =>
    startSandbox(config),
  );
  await functionHost.startWatching(
    { outputDir: bundleDir, additionalOutputs },
    cliShared.defaultNoDebugTunnelOptions,
  );

  // Only what handleInvocation uses is real; the rest serves `forge tunnel`'s bundling and its
  // registration with Atlassian, which never happen here.
  const statsig = { isSelfManagedTunnelEnabled: async () => false };
  const devServer = new LocalDevelopmentServer(
    new LocalInvocationService(logger),
    logger,
    configFile,
    new cliShared.FileSystemReader(),
    statsig,
  );
  // LocalDevelopmentServer.start() listens on every interface; the same app on loopback only.
  const server = http.createServer(devServer.getApp());
  await new Promise((resolve, reject) => {
    server.once('error', reject).listen(0, '127.0.0.1', resolve);
  });

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    SandboxesContainer.stopSandboxes();
    void functionHost.stopWatching();
    server.closeAllConnections();
    server.close(() => {
      fs.rmSync(workDir, { recursive: true, force: true });
      process.exit(0);
    });
  };
  process.stdin.on('end', stop).on('close', stop).resume();
  process.on('SIGTERM', stop).on('SIGINT', stop);

  if (Object.keys(SandboxesContainer.get()).length === 0) throw new Error('No sandbox started');
  const sandboxes = Object.fromEntries(
    Object.entries(SandboxesContainer.get()).map(([name, sandbox]) => [name, sandbox.process.pid]),
  );
  emit({ type: 'ready', port: server.address().port, sandboxes });
}

start().catch((error) => {
  emit({ type: 'fatal', message: String(error?.stack ?? error) });
  SandboxesContainer.stopSandboxes();
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  process.exit(1);
});
