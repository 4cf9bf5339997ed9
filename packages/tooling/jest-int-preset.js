// Integration tests (`*.int-spec.ts`): real PostgreSQL, one database per test file.
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  ...require('./jest-preset'),
  testMatch: ['**/*.int-spec.ts'],
  globalSetup: path.join(__dirname, 'jest-global-setup.js'),
  globalTeardown: path.join(__dirname, 'jest-global-teardown.js'),
  testTimeout: 30000,
  maxWorkers: 2,
  // The WebAssembly schema engine keeps a handle open after `free()`; don't wait on it.
  forceExit: true,
};
