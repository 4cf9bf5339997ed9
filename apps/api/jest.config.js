module.exports = { ...require('@gcm/tooling'), roots: ['<rootDir>/src'], testMatch: ['**/*.spec.ts'] };
