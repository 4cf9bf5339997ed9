// The worker's health check (the container's HEALTHCHECK, or a systemd timer / monitoring probe):
// `node apps/worker/dist/healthcheck.js` exits 0 when the worker wrote its heartbeat file
// (WORKER_HEARTBEAT_FILE) less than three beats ago, and 1 otherwise, saying why.
// CommonJS like the rest of the worker, so Node.js also runs this source file as it is.
const { readFileSync } = require('node:fs') as typeof import('node:fs');

const MISSED_BEATS_ALLOWED = 3;

function check(file: string | undefined, now = Date.now()): string | null {
  if (!file) return 'WORKER_HEARTBEAT_FILE is not set, so the worker writes no heartbeat';
  let beat: { at?: unknown; intervalMs?: unknown };
  try {
    beat = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return `no readable heartbeat in ${file}: ${error instanceof Error ? error.message : error}`;
  }
  const at = typeof beat.at === 'string' ? Date.parse(beat.at) : Number.NaN;
  const intervalMs = typeof beat.intervalMs === 'number' ? beat.intervalMs : Number.NaN;
  if (Number.isNaN(at) || Number.isNaN(intervalMs)) return `the heartbeat in ${file} is malformed`;
  const age = now - at;
  if (age > MISSED_BEATS_ALLOWED * intervalMs) {
    return `the last heartbeat is ${Math.round(age / 1000)} s old (PostgreSQL, the queue or the worker is stuck)`;
  }
  return null;
}

const problem = check(process.env.WORKER_HEARTBEAT_FILE);
if (problem) {
  console.error(`unhealthy: ${problem}`);
  process.exit(1);
}
console.info('healthy');
