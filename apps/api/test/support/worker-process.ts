import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { TEST_SECRET_KEY } from './test-app';

/**
 * The built worker (apps/api/dist/worker.js) as a separate process, as in production, so tests
 * can kill it for real (SIGKILL) and start another.
 */
export class WorkerProcess {
  private child?: ChildProcess;
  output = '';

  constructor(private readonly env: Record<string, string>) {}

  async start(): Promise<void> {
    this.child = spawn(process.execPath, [path.resolve(__dirname, '..', '..', 'dist', 'worker.js')], {
      env: { ...process.env, SECRET_KEY: TEST_SECRET_KEY, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const started = new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        this.output += chunk.toString();
        if (this.output.includes('worker started')) resolve();
      };
      this.child?.stdout?.on('data', onData);
      this.child?.stderr?.on('data', (chunk: Buffer) => {
        this.output += chunk.toString();
      });
      this.child?.once('exit', (code) =>
        reject(new Error(`worker exited with ${code}:\n${this.output.slice(-3000)}`)),
      );
    });
    await Promise.race([
      started,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`worker did not start:\n${this.output}`)), 20_000),
      ),
    ]);
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** SIGKILL: no shutdown hooks, no chance to finish what it was doing. */
  async kill(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode) return;
    const exited = new Promise((resolve) => this.child?.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode) return;
    const exited = new Promise((resolve) => this.child?.once('exit', resolve));
    this.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await this.kill();
  }
}
