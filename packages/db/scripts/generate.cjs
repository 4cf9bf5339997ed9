// Generates the Prisma client without downloading anything. `prisma generate` only checks that a
// schema engine binary exists; it never runs it, so any existing file satisfies the check
// (docs/decisions/0002-prisma-offline.md).
const { execFileSync } = require('node:child_process');
const path = require('node:path');

const prismaCli = require.resolve('prisma/build/index.js');
execFileSync(process.execPath, [prismaCli, 'generate', '--no-hints'], {
  cwd: path.join(__dirname, '..'),
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    CHECKPOINT_DISABLE: '1',
  },
});
