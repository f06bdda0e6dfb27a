'use strict';
// Stand-in for the `__forge__.cjs` loader that Forge's bundler downloads from Atlassian's CDN.
// The function host (on Forge, or `@forge/tunnel`'s NodeSandbox) requires this file and calls its
// `main(lambdaEvent, lambdaContext)`; it hands the invocation to the runtime wrapper that the host
// names in FORGE_CUSTOM_WRAPPER_FILE_NAME (the bundle's `__forge_wrapper__.cjs`).
const path = require('node:path');

const wrapperFile = process.env.FORGE_CUSTOM_WRAPPER_FILE_NAME || '__forge_wrapper__.cjs';
const wrapper = require(path.join(__dirname, wrapperFile));

exports.main = (lambdaEvent, lambdaContext) => wrapper.main(lambdaEvent, lambdaContext);
