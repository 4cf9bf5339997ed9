module.exports = async function globalTeardown() {
  await globalThis.__GCM_STOP_TEST_SERVER__?.();
};
