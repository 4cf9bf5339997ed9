// Browser journeys (`*.e2e.ts`): the built app in its own process, real PostgreSQL, headless Chromium.
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  ...require('@gcm/tooling/jest-int-preset'),
  roots: ['<rootDir>/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testEnvironment: path.join(__dirname, 'e2e', 'support', 'environment.cjs'),
  // A journey takes 15–30 s alone and up to three times that beside the integration tests in CI.
  testTimeout: 180000,
  maxWorkers: 1,
  rootDir: path.resolve(__dirname),
};
