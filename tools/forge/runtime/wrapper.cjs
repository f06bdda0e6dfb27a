'use strict';
// Stand-in for Forge's Node runtime wrapper (`__forge_wrapper__.cjs`), which Atlassian serves from
// its CDN. It gives Atlassian's SDKs what the real wrapper gives them: `__forge_runtime__` (from the
// invocation's `_meta`) and `__forge_fetch__`, through which `@forge/api` and `@forge/kvs` send
// every product and storage request to the Forge API proxy named in `_meta.proxy`. App variables
// arrive with each invocation and become `process.env`, as `forge variables` do on Forge.
const path = require('node:path');

const appDirectory = process.env.FORGE_EFS_RUNTIME_PATH || __dirname;

function writeLog(invocationId, level, args) {
  const message = args
    .map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg)))
    .join(' ');
  process.stdout.write(`${JSON.stringify({ invocationId, level, message })}\n`);
}

function captureConsole(invocationId) {
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    console[level] = (...args) => writeLog(invocationId, level, args);
  }
}

const noMetric = { incr() {}, decr() {}, set() {}, measure: () => ({ stop() {} }) };
const metrics = { counter: () => noMetric, gauge: () => noMetric, timing: () => noMetric };

function forgeFetch(proxy) {
  return (target, requestPath, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${proxy.token}`);
    headers.set('forge-proxy-target', JSON.stringify(target));
    const url = new URL(
      `${proxy.url}/${target.type}${requestPath.startsWith('/') ? '' : '/'}${requestPath}`,
    );
    return fetch(url, { ...init, headers });
  };
}

function loadHandler(handlerName) {
  const dot = handlerName.lastIndexOf('.');
  const moduleName = handlerName.slice(0, dot);
  const functionName = handlerName.slice(dot + 1);
  const handler = require(path.join(appDirectory, `${moduleName}.cjs`))[functionName];
  if (typeof handler !== 'function') throw new Error(`${handlerName} is not an exported function`);
  return handler;
}

exports.main = async (lambdaEvent, lambdaContext) => {
  const { handler: handlerName, body, variables = {}, _meta: meta } = lambdaEvent;
  const invocationId = lambdaContext.awsRequestId;
  captureConsole(invocationId);
  Object.assign(process.env, variables);
  global.__forge_runtime__ = {
    proxy: meta.proxy,
    appContext: meta.appContext,
    contextAri: meta.contextAri,
    aaid: meta.aaid,
    tracing: meta.tracing,
    lambdaContext,
    metrics,
  };
  global.__forge_fetch__ = forgeFetch(meta.proxy);
  const context = {
    principal: meta.aaid ? { accountId: meta.aaid } : undefined,
    installContext: meta.contextAri,
    installation: meta.appContext && meta.appContext.installation,
    license: meta.appContext && meta.appContext.license,
  };
  try {
    const result = await loadHandler(handlerName)(body, context);
    return { success: true, body: result === undefined ? null : result };
  } catch (error) {
    writeLog(invocationId, 'error', [
      error instanceof Error ? error.stack || error.message : String(error),
    ]);
    return {
      success: false,
      error: {
        name: error instanceof Error ? error.name : 'Error',
        message: 'The function threw.',
      },
    };
  }
};
