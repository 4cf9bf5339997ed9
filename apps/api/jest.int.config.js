module.exports = { ...require('@gcm/tooling/jest-int-preset'), roots: ['<rootDir>/src', '<rootDir>/test'] };
