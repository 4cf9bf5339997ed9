import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/**
 * A refusal the operator can act on: the command prints the message and exits with 2 (bad use),
 * as opposed to a failure of the tools (exit 1).
 */
export class BackupRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusal';
  }
}

/** Query parameters libpq (pg_dump, pg_restore) refuses but a Prisma or node-postgres URL may carry. */
const NOT_LIBPQ = [
  'schema',
  'connection_limit',
  'pool_timeout',
  'pgbouncer',
  'statement_cache_size',
  'socket_timeout',
];

/**
 * The connection as pg_dump and pg_restore take it: the URL without the parameters libpq refuses
 * and without the password, which goes in PGPASSWORD (so no process listing or error shows it).
 */
export function libpqConnection(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  for (const name of NOT_LIBPQ) url.searchParams.delete(name);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

function databaseNameOf(databaseUrl: string): string {
  return decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, '')) || '(default)';
}

/**
 * Where pg_dump and pg_restore are: PG_BIN_DIR when set, else the newest of Debian's
 * /usr/lib/postgresql/<major>/bin, else the PATH.
 */
export function postgresTool(name: 'pg_dump' | 'pg_restore', env: NodeJS.ProcessEnv = process.env): string {
  if (env.PG_BIN_DIR) return path.join(env.PG_BIN_DIR, name);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const majors = readdirSync(debian)
      .filter((entry) => /^\d+$/.test(entry) && existsSync(path.join(debian, entry, 'bin', name)))
      .map(Number)
      .sort((a, b) => b - a);
    if (majors[0] !== undefined) return path.join(debian, String(majors[0]), 'bin', name);
  }
  return name;
}

async function toolMajor(tool: string): Promise<number> {
  let output: string;
  try {
    output = (await run(tool, ['--version'])).stdout;
  } catch {
    throw new BackupRefusal(
      `${tool} was not found. Install PostgreSQL's client tools (Debian: apt-get install postgresql-client) ` +
        'or set PG_BIN_DIR to the directory that holds pg_dump and pg_restore.',
    );
  }
  const major = /(\d+)(?:\.\d+)?/.exec(output)?.[1];
  if (!major) throw new Error(`Cannot read the version of ${tool} from "${output.trim()}"`);
  return Number(major);
}

async function connect(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    if ((error as { code?: string }).code === '3D000') {
      throw new BackupRefusal(
        `The database "${databaseNameOf(databaseUrl)}" does not exist. Create an empty one first, e.g. ` +
          `createdb ${databaseNameOf(databaseUrl)}`,
      );
    }
    throw error;
  }
  return client;
}

async function serverMajor(client: Client): Promise<{ major: number; version: string }> {
  const { rows } = await client.query<{ num: string; version: string }>(
    `select current_setting('server_version_num') as num, current_setting('server_version') as version`,
  );
  const row = rows[0];
  if (!row) throw new Error('The server did not say its version');
  return { major: Math.floor(Number(row.num) / 10_000), version: row.version };
}

/** Attachments whose bytes are not in PostgreSQL (so not in a dump): files under STORAGE_DIR. */
async function attachmentsOutsideDatabase(client: Client): Promise<number> {
  try {
    const { rows } = await client.query<{ outside: number }>(
      `select count(*)::int as outside from attachment a
       where not exists (select 1 from stored_file_chunk c where c.storage_key = a.storage_key)`,
    );
    return rows[0]?.outside ?? 0;
  } catch {
    return 0; // a schema from before stored_file_chunk: nothing to say
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
  serverVersion: string;
  attachmentsOutsideDatabase: number;
}

/**
 * `pg_dump --format=custom` of the whole database into `file`: every row, the attachment bytes in
 * `stored_file_chunk`, the outbox, the audit trail and the migration history. Written under a
 * temporary name and renamed, so `file` exists only once the dump is whole; an existing `file` is
 * never overwritten.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<BackupResult> {
  const target = path.resolve(file);
  if (existsSync(target)) {
    throw new BackupRefusal(`${target} exists already; give the backup a new name (nothing was written).`);
  }
  const tool = postgresTool('pg_dump');
  const client = await connect(databaseUrl);
  let server: { major: number; version: string };
  let outside: number;
  try {
    server = await serverMajor(client);
    outside = await attachmentsOutsideDatabase(client);
  } finally {
    await client.end();
  }
  const major = await toolMajor(tool);
  if (major < server.major) {
    throw new BackupRefusal(
      `${tool} is version ${major} and cannot back up this PostgreSQL ${server.version} server. Install ` +
        `the client tools of version ${server.major} or later and set PG_BIN_DIR to their bin directory. ` +
        'For the embedded database of `npm start`, stop it and copy the data directory (.data/) instead.',
    );
  }
  const partial = `${target}.${process.pid}.partial`;
  try {
    const connection = libpqConnection(databaseUrl);
    await run(tool, ['--format=custom', `--file=${partial}`, `--dbname=${connection.url}`], {
      env: connection.env,
      maxBuffer: 16 * 1024 * 1024,
    });
    // It holds password hashes and session rows: readable by this user only.
    await chmod(partial, 0o600);
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw toolFailure('pg_dump', error);
  }
  return {
    file: target,
    bytes: (await stat(target)).size,
    serverVersion: server.version,
    attachmentsOutsideDatabase: outside,
  };
}

export interface RestoreResult {
  database: string;
  tables: number;
}

/**
 * Restores a `backupDatabase` file into the database of `databaseUrl`, which must exist and be
 * empty: a database that holds any table, view or sequence is refused and left as it was. The
 * restore is one transaction (a failure leaves the target empty), then ANALYZE.
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<RestoreResult> {
  const source = path.resolve(file);
  if (!existsSync(source)) throw new BackupRefusal(`There is no backup file ${source}.`);
  const database = databaseNameOf(databaseUrl);
  const client = await connect(databaseUrl);
  try {
    const { rows } = await client.query<{ name: string; total: number }>(
      `select n.nspname || '.' || c.relname as name, count(*) over ()::int as total
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
         and n.nspname not in ('pg_catalog', 'information_schema')
         and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
       order by 1 limit 3`,
    );
    if (rows.length > 0) {
      throw new BackupRefusal(
        `The database "${database}" is not empty (${rows[0]?.total} tables, views or sequences, e.g. ` +
          `${rows.map((row) => row.name).join(', ')}). Restore only into a new, empty database, e.g. ` +
          `createdb gcm_restored, then DATABASE_URL=…/gcm_restored npm run db -- restore ${file}. Nothing was changed.`,
      );
    }
    const tool = postgresTool('pg_restore');
    await toolMajor(tool);
    const connection = libpqConnection(databaseUrl);
    try {
      await run(
        tool,
        [
          '--no-owner',
          '--no-privileges',
          '--exit-on-error',
          '--single-transaction',
          `--dbname=${connection.url}`,
          source,
        ],
        { env: connection.env, maxBuffer: 16 * 1024 * 1024 },
      );
    } catch (error) {
      throw toolFailure('pg_restore', error);
    }
    await client.query('analyze');
    const tables = await client.query<{ tables: number }>(
      `select count(*)::int as tables from pg_tables where schemaname not in ('pg_catalog', 'information_schema')`,
    );
    return { database, tables: tables.rows[0]?.tables ?? 0 };
  } finally {
    await client.end();
  }
}

/** The tool's own words (its stderr), never the command line, which names the database URL. */
function toolFailure(tool: string, error: unknown): Error {
  const { stderr, code } = error as { stderr?: string; code?: number | string };
  return new Error(`${tool} failed: ${stderr?.trim() || `exit ${code ?? 'unknown'}`}`);
}
