import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../src/config/config';
import { HEARTBEAT_INTERVAL_MS, type Heartbeat } from '../src/worker-heartbeat';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { waitUntil } from './support/waits';

/**
 * The worker's health signal (decision 0030): a heartbeat file, rewritten while PostgreSQL, the
 * queue and the consumer answer, and the health check the worker image and monitoring run on it.
 */
const HEALTHCHECK = path.join(REPO_ROOT, 'apps/worker/src/healthcheck.ts');

/** The health check as the container runs it: its own process, only the variable it reads. */
function healthcheck(file: string | undefined) {
  const result = spawnSync(process.execPath, [HEALTHCHECK], {
    env: { PATH: process.env.PATH ?? '', ...(file ? { WORKER_HEARTBEAT_FILE: file } : {}) },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

describe('worker heartbeat', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'gcm-heartbeat-'));
  const file = path.join(dir, 'heartbeat');
  let app: AppWithWorker;

  beforeAll(async () => {
    app = await bootAppWithWorker({ workerEnv: { WORKER_HEARTBEAT_FILE: file } });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is written by a running worker, and the health check passes on it', async () => {
    const beat = await waitUntil(
      () => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Heartbeat) : undefined),
      {
        what: 'the first heartbeat',
        timeoutMs: 10_000,
      },
    );
    expect(beat.pid).toBe(process.pid);
    expect(beat.intervalMs).toBe(HEARTBEAT_INTERVAL_MS);
    expect(Date.now() - Date.parse(beat.at)).toBeLessThan(HEARTBEAT_INTERVAL_MS);
    expect(healthcheck(file)).toEqual({ status: 0, output: 'healthy' });
  });

  it('fails the health check once three beats are missed, or with no heartbeat at all', () => {
    const stale = path.join(dir, 'stale');
    const at = new Date(Date.now() - 3 * HEARTBEAT_INTERVAL_MS - 1_000).toISOString();
    writeFileSync(stale, JSON.stringify({ at, pid: 1, intervalMs: HEARTBEAT_INTERVAL_MS }));
    expect(healthcheck(stale)).toEqual({
      status: 1,
      output: expect.stringMatching(/^unhealthy: the last heartbeat is 3\d s old/),
    });

    const fresh = path.join(dir, 'fresh');
    writeFileSync(
      fresh,
      JSON.stringify({ at: new Date().toISOString(), pid: 1, intervalMs: HEARTBEAT_INTERVAL_MS }),
    );
    expect(healthcheck(fresh).status).toBe(0);

    expect(healthcheck(path.join(dir, 'missing'))).toEqual({
      status: 1,
      output: expect.stringMatching(/^unhealthy: no readable heartbeat/),
    });
    writeFileSync(path.join(dir, 'garbage'), '{"at": 12}');
    expect(healthcheck(path.join(dir, 'garbage'))).toEqual({
      status: 1,
      output: expect.stringMatching(/malformed/),
    });
    expect(healthcheck(undefined)).toEqual({
      status: 1,
      output: expect.stringMatching(/WORKER_HEARTBEAT_FILE is not set/),
    });
  });
});
