const preset = require('@gcm/tooling');

// react-router 8 (and its two dependencies) and FormatJS ship ESM only: let SWC turn them into CommonJS too.
const esmPackages = ['react-router', '@remix-run', 'cookie-es', 'react-intl', '@formatjs', 'intl-messageformat'];

// Reuse the preset's SWC transform, but replace `import.meta.hot` (used by one react-router module),
// which CommonJS cannot express.
const [pattern, [swcJest, swcOptions]] = Object.entries(preset.transform)[0];
const transform = {
  [pattern]: [
    swcJest,
    {
      ...swcOptions,
      jsc: {
        ...swcOptions.jsc,
        transform: {
          ...swcOptions.jsc.transform,
          optimizer: { globals: { vars: { 'import.meta.hot': 'undefined' } } },
        },
      },
    },
  ],
};

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  testEnvironment: '<rootDir>/src/testing/jsdom-environment.cjs',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts?(x)'],
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup-tests.ts'],
  // Under CI's load a screen test can take several seconds (see setup-tests.ts).
  testTimeout: 20000,
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': '<rootDir>/src/testing/style-stub.ts' },
  transform,
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
};
