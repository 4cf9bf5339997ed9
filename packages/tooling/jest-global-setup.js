// Jest globalSetup for integration and browser tests: makes sure TEST_DATABASE_URL points at a
// PostgreSQL that answers (the local server, or an embedded one started here).
const path = require('node:path');

module.exports = async function globalSetup() {
  const { ensureTestServer } = require('@gcm/db/testing');
  const stop = await ensureTestServer(path.resolve(__dirname, '..', '..'));
  globalThis.__GCM_STOP_TEST_SERVER__ = stop;
};
