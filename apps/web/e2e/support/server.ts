import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createPrismaClient, seedDemo } from '@gcm/db';
import { freePort } from '@gcm/db/embedded';
import { createTestDatabase, type TestDatabase } from '@gcm/db/testing';

const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

export interface RunningServer {
  baseUrl: string;
  db: TestDatabase;
  demoReviewId: string;
  /** Everything the server printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The server exited with code ${child.exitCode}:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not become healthy within 30 s:\n${output()}`);
}

/**
 * Starts the built application (apps/api/dist/main.js, serving apps/web/dist) as its own process,
 * exactly as in production, on a fresh database holding the demo review.
 */
export async function startServer(options: { now?: Date } = {}): Promise<RunningServer> {
  const db = await createTestDatabase();
  const prisma = createPrismaClient(db.url, { max: 1 });
  const { reviewId } = await seedDemo(prisma, options.now ?? new Date());
  await prisma.$disconnect();

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: path.join(REPO_ROOT, 'apps', 'web', 'dist'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  const output = () => log.slice(-5000);
  try {
    await waitForHealth(baseUrl, child, output);
  } catch (error) {
    child.kill('SIGKILL');
    await db.drop();
    throw error;
  }
  return {
    baseUrl,
    db,
    demoReviewId: reviewId,
    output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await db.drop();
    },
  };
}
