'use strict';
// Stand-in for Forge's Node runtime wrapper (`__forge_wrapper__.cjs`), which Atlassian serves from
// its CDN. It gives Atlassian's SDKs what the real wrapper gives them: `__forge_runtime__` (built
// from the invocation's `_meta`) and `__forge_fetch__`, through which `@forge/api` and
// `@forge/kvs` send every product and storage request to the Forge API proxy named in
// `_meta.proxy`. Plain `fetch` (the app's calls to GitProtect) passes Forge's egress control:
// here `_meta.egress` (the stand-in's own field) maps each origin the manifest declares to where
// it is served locally, and any other origin is refused.
const path = require('node:path');
const util = require('node:util');
const { AsyncLocalStorage } = require('node:async_hooks');

const appDirectory = process.env.FORGE_EFS_RUNTIME_PATH || __dirname;

// On Forge every invocation has a Lambda of its own; the tunnel's NodeSandbox sends overlapping
// invocations of one function to one process. Each invocation's runtime therefore lives in
// async-local storage, and the SDKs' globals read it from there.
const invocations = new AsyncLocalStorage();

Object.defineProperty(global, '__forge_runtime__', {
  configurable: true,
  get: () => invocations.getStore()?.runtime,
});

const directFetch = global.fetch;

global.fetch = (input, init) => {
  const egress = invocations.getStore()?.egress;
  if (!egress) return directFetch(input, init);
  const url = new URL(typeof input === 'object' && 'url' in input ? input.url : String(input));
  const servedAt = Object.hasOwn(egress, url.origin) ? egress[url.origin] : undefined;
  if (!servedAt) {
    return Promise.reject(new TypeError(`Egress to ${url.origin} is not declared in the manifest`));
  }
  return directFetch(`${servedAt}${url.pathname}${url.search}`, init);
};

global.__forge_fetch__ = (target, requestPath, init = {}) => {
  const runtime = invocations.getStore()?.runtime;
  if (!runtime?.proxy) throw new Error('__forge_fetch__ called outside an invocation');
  // The SDK's target ({ type, provider: 'user' | 'app', remote, accountId? }) travels as is: the
  // proxy, not the function, decides who a request runs as (the invocation's token says who).
  // `invokeRemote` arrives as { type: 'frc', remote }: the proxy, not the function, adds the
  // Forge Invocation Token that proves the site to the remote (test/support/forgeProxy.ts).
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${runtime.proxy.token}`);
  headers.set('forge-proxy-target', JSON.stringify(target));
  const separator = requestPath.startsWith('/') ? '' : '/';
  return directFetch(`${runtime.proxy.url}/${target.type}${separator}${requestPath}`, {
    ...init,
    headers,
  });
};

// NodeSandbox JSON.parses every stdout line (a plain line crashes the tunnel) and shows those
// with an invocationId as runtime logs: `{ invocationId, logLevel, logArguments }`.
const LOG_LEVELS = { trace: 10, debug: 20, log: 30, info: 30, warn: 40, error: 50 };

function writeLog(level, args) {
  const event = {
    invocationId: invocations.getStore()?.invocationId,
    logLevel: LOG_LEVELS[level],
    logArguments: args.map((arg) =>
      arg instanceof Error ? { name: arg.name, message: arg.message, stack: arg.stack } : arg,
    ),
  };
  let line;
  try {
    line = JSON.stringify(event);
  } catch {
    line = JSON.stringify({ ...event, logArguments: [util.format(...args)] });
  }
  process.stdout.write(`${line}\n`);
}

for (const level of Object.keys(LOG_LEVELS)) {
  console[level] = (...args) => writeLog(level, args);
}

const noMetric = { incr() {}, decr() {}, set() {}, measure: () => ({ stop() {} }) };
const metrics = { counter: () => noMetric, gauge: () => noMetric, timing: () => noMetric };

function loadHandler(handlerName) {
  const dot = handlerName.lastIndexOf('.');
  const handler = require(path.join(appDirectory, `${handlerName.slice(0, dot)}.cjs`))[
    handlerName.slice(dot + 1)
  ];
  if (typeof handler !== 'function') throw new Error(`${handlerName} is not an exported function`);
  return handler;
}

exports.main = async (lambdaEvent, lambdaContext) => {
  const { handler: handlerName, body, variables = [], _meta: meta } = lambdaEvent;
  // `forge variables` are the function's environment on Forge; the tunnel sends them with each
  // invocation as [{ key, value, secure }]. Set before the app's module first loads.
  for (const { key, value } of variables) {
    if (typeof value === 'string') process.env[key] = value;
  }
  const runtime = {
    proxy: meta.proxy,
    appContext: meta.appContext,
    contextAri: meta.contextAri,
    aaid: meta.aaid,
    tracing: meta.tracing,
    license: meta.license,
    externalAuth: meta.externalAuth,
    limits: meta.limits,
    container: { appCodeDir: appDirectory },
    lambdaContext,
    metrics,
  };
  // What `@forge/resolver` and other handlers read as their second argument.
  const context = {
    principal: meta.aaid ? { accountId: meta.aaid } : undefined,
    installContext: meta.contextAri,
    license: meta.license ?? meta.appContext?.license,
    installation: meta.appContext?.installation,
  };
  const invocation = { runtime, invocationId: lambdaContext.awsRequestId, egress: meta.egress };
  return invocations.run(invocation, async () => {
    try {
      return { success: true, body: await loadHandler(handlerName)(body, context) };
    } catch (error) {
      const thrown = error instanceof Error ? error : new Error(String(error));
      writeLog('error', [thrown]);
      return {
        success: false,
        error: {
          errorType: thrown.name,
          errorMessage: thrown.message,
          stack: (thrown.stack || '').split('\n'),
          isHostedCodeError: true,
        },
      };
    }
  });
};
