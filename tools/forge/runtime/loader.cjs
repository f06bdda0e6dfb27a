'use strict';
// Stand-in for the `__forge__.cjs` loader that Forge's bundler downloads from Atlassian's CDN:
// the function host calls its `main`, which hands the invocation to the runtime wrapper named by
// FORGE_CUSTOM_WRAPPER_FILE_NAME (the bundle's `__forge_wrapper__.cjs`).
const path = require('node:path');

const wrapperFile = process.env.FORGE_CUSTOM_WRAPPER_FILE_NAME || '__forge_wrapper__.cjs';
const wrapper = require(path.join(__dirname, wrapperFile));

exports.main = (lambdaEvent, lambdaContext) => wrapper.main(lambdaEvent, lambdaContext);
