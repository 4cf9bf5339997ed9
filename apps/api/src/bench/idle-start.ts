/**
 * The resident memory of `npm start` at rest (docs/benchmarks.md, "Memory"): the command the root
 * package.json's `start` script runs once its build is done (the part after the last `&&`), on an
 * empty data directory (so with the embedded PostgreSQL, the demo seeded, its e-mails planned and
 * sent to the local mail catcher by the worker in the same process), then started again on the
 * same directory, as a restart does. Each time it waits for the launcher's "is running" line, then
 * `settleSeconds` without a request, and reads the RSS of the Node processes it started; the
 * embedded PostgreSQL's processes are reported apart (their RSS counts shared memory once per
 * process, so their sum overstates them).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '@gcm/db/embedded';
import { REPO_ROOT } from '../config/config';
import { RUNTIME_ENVIRONMENT } from '../memory-at-rest';

export interface IdleMemory {
  /** What was started (the start script's last command). */
  command: string;
  /** RSS of each Node process, MB, by its command line. */
  node: { command: string; rssMb: number }[];
  nodeTotalMb: number;
  postgres: { processes: number; rssMb: number };
}

/** The start script's command after its build step. */
export function startCommand(): string {
  const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const script = manifest.scripts.start ?? '';
  return (script.split('&&').at(-1) ?? '').trim();
}

function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The parent is the 2nd field after the command in parentheses (which may hold spaces).
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while the list was read.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const next = queue.shift() ?? 0;
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return '';
  }
}

/** Starts the launcher, waits for it to be running and then `settleSeconds`, measures, stops it. */
async function once(dataDir: string, settleSeconds: number): Promise<IdleMemory> {
  const command = startCommand();
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port) };
  // What npm start is without configuration: embedded PostgreSQL, its own mail catcher, its own key.
  for (const name of [
    'DATABASE_URL',
    'REDIS_URL',
    'SMTP_URL',
    'SECRET_KEY',
    'LOG_LEVEL',
    'NODE_OPTIONS',
    'MALLOC_ARENA_MAX',
  ]) {
    delete env[name];
  }
  // What-if: the start script with decision 0033's environment, before the script itself sets it.
  if (process.env.BENCH_START_RUNTIME_ENV === 'true') Object.assign(env, RUNTIME_ENVIRONMENT);
  const child: ChildProcess = spawn('sh', ['-c', command], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${output}`)), 300_000);
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('GCM Review Tracker is running.')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited with ${code}:\n${output}`));
      });
    });
    await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
    const pids = descendants(child.pid ?? 0);
    const node = pids
      .map((pid) => ({ pid, command: commandLine(pid) }))
      .filter(({ command: line }) => /(^|\/)node(\s|$)/.test(line.split(' ')[0] ?? ''))
      .map(({ pid, command: line }) => ({ command: line.replace(REPO_ROOT, '.'), rssMb: rssOf(pid) }));
    const postgres = pids.filter((pid) => /postgres/.test(commandLine(pid)));
    return {
      command,
      node,
      nodeTotalMb: node.reduce((sum, entry) => sum + entry.rssMb, 0),
      postgres: { processes: postgres.length, rssMb: postgres.reduce((sum, pid) => sum + rssOf(pid), 0) },
    };
  } finally {
    child.removeAllListeners('exit');
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // The launcher stops its worker and the embedded PostgreSQL on SIGTERM.
    for (const pid of descendants(child.pid ?? 0).reverse()) {
      if (/(^|\/)node(\s|$)/.test(commandLine(pid).split(' ')[0] ?? '')) process.kill(pid, 'SIGTERM');
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 30_000))]);
  }
}

/** The first start on an empty data directory, then a restart on it. */
export async function idleMemory(settleSeconds: number): Promise<{ first: IdleMemory; restart: IdleMemory }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gcm-idle-'));
  // Run as root, the embedded PostgreSQL runs as another user, who must reach its directory.
  chmodSync(dataDir, 0o755);
  try {
    const first = await once(dataDir, settleSeconds);
    const restart = await once(dataDir, settleSeconds);
    return { first, restart };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
