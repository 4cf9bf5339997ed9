import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { waitUntil } from '@gcm/domain/testing';

/** The repository root, from apps/api/test/support. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..', '..');

/** The built entry points a production installation runs (`npm run build` makes them). */
export const BUILT = {
  api: path.join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js'),
  worker: path.join(REPO_ROOT, 'apps', 'worker', 'dist', 'main.js'),
} as const;

/** Fails with what to do when the built application is missing. */
export function assertBuilt(): void {
  const missing = Object.values(BUILT).filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `These tests run the built application; build it first (npm run build). Missing: ${missing.join(', ')}`,
    );
  }
}

/**
 * One real operating-system process (a built API or worker, nginx), started and watched by a
 * test: its output is kept for failure messages, and it can be killed for real (SIGKILL: no
 * shutdown hook runs, nothing is finished) and started again with the same command.
 */
export class ManagedProcess {
  private child?: ChildProcess;
  private exit?: Promise<void>;
  private log = '';
  /** How many times this process has been started. */
  starts = 0;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: readonly string[],
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /**
   * Starts the process; resolves once `ready` holds (given what this start has printed), fails if
   * it exits or never gets ready.
   */
  async start(ready: (output: string) => boolean | Promise<boolean>, timeoutMs = 60_000): Promise<void> {
    if (this.running) throw new Error(`${this.name} is already running`);
    this.starts += 1;
    this.log += `\n[${this.name}: start ${this.starts}]\n`;
    const marker = `[${this.name}: start ${this.starts}]`;
    const child = spawn(this.command, [...this.args], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const append = (chunk: Buffer) => {
      this.log += chunk.toString();
      // Keep the tail only: a busy API logs a line per request.
      if (this.log.length > 200_000) this.log = this.log.slice(-100_000);
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    this.exit = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.log += `\n[${this.name} exited: code ${code}, signal ${signal}]\n`;
        resolve();
      });
    });
    child.once('error', (error) => {
      this.log += `\n[${this.name} could not start: ${error.message}]\n`;
    });
    await waitUntil(
      async () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`${this.name} exited before it was ready:\n${this.output()}`);
        }
        const isReady = await Promise.resolve()
          .then(() => ready(this.log.slice(this.log.lastIndexOf(marker))))
          .catch(() => false);
        return isReady || undefined;
      },
      { what: `${this.name} to be ready`, timeoutMs, intervalMs: 50, describe: () => this.output() },
    );
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** The last part of what the process printed, for failure messages. */
  output(chars = 4000): string {
    return `--- ${this.name} ---\n${this.log.slice(-chars)}`;
  }

  /** Everything kept of what the process printed. */
  get printed(): string {
    return this.log;
  }

  /** SIGKILL, and wait until the operating system has reaped the process. */
  async kill(): Promise<void> {
    if (!this.running) return;
    this.child?.kill('SIGKILL');
    await this.exit;
  }

  /** SIGTERM (its shutdown hooks run), then SIGKILL after 5 s. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.child?.kill('SIGTERM');
    const timer = new Promise<void>((resolve) => setTimeout(resolve, 5000).unref());
    await Promise.race([this.exit, timer]);
    await this.kill();
  }
}

/** A built API process (`node apps/api/dist/main.js`), ready when its health check answers 200. */
export function apiProcess(name: string, env: NodeJS.ProcessEnv & { PORT: string }): ManagedProcess {
  return new ManagedProcess(name, process.execPath, [BUILT.api], env);
}

export function apiReady(port: string | number): () => Promise<boolean> {
  return async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200;
}

/** A built worker process (`node apps/worker/dist/main.js`), ready when it says it started. */
export function workerProcess(name: string, env: NodeJS.ProcessEnv): ManagedProcess {
  return new ManagedProcess(name, process.execPath, [BUILT.worker], env);
}

export const workerReady = (output: string) => output.includes('worker started');
