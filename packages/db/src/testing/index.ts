import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../embedded';
import { applyMigrations, readMigrationList } from '../migrations';

/**
 * Real PostgreSQL for tests. The server is TEST_DATABASE_URL (default: the local server on
 * 127.0.0.1:5432); when none answers, an embedded PostgreSQL is started instead. Each test file
 * gets its own database, cloned from a migrated template, so files run in parallel in isolation.
 */

export const DEFAULT_TEST_SERVER_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * For Jest's globalSetup: makes sure TEST_DATABASE_URL points at a reachable server and returns a
 * function that stops what was started.
 */
export async function ensureTestServer(repoRoot: string): Promise<() => Promise<void>> {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_SERVER_URL;
  if (await canConnect(url)) {
    process.env.TEST_DATABASE_URL = url;
    return async () => {};
  }
  if (process.env.TEST_DATABASE_URL) {
    throw new Error(`TEST_DATABASE_URL=${url} does not answer. Start that server or unset the variable.`);
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(repoRoot, '.data', 'test-postgres'),
    database: 'postgres',
  });
  process.env.TEST_DATABASE_URL = embedded.url;
  return () => embedded.stop();
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function migrationsFingerprint(): string {
  const hash = createHash('sha256');
  for (const entry of readMigrationList().migrationDirectories) {
    hash.update(entry.path);
    hash.update(entry.migrationFile.content.tag === 'ok' ? entry.migrationFile.content.value : '');
  }
  return hash.digest('hex').slice(0, 12);
}

async function ensureTemplate(admin: Client, serverUrl: string): Promise<string> {
  const template = `gcm_test_template_${migrationsFingerprint()}`;
  // Serialise template creation across parallel Jest workers.
  await admin.query('select pg_advisory_lock(724301)');
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount === 0) {
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}"`);
      await admin.query(`CREATE DATABASE "${building}"`);
      await applyMigrations(withDatabase(serverUrl, building));
      await admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    }
  } finally {
    await admin.query('select pg_advisory_unlock(724301)');
  }
  return template;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh, fully migrated, empty database. Call `drop()` when the test file ends. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_SERVER_URL;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  const name = `gcm_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  try {
    const template = await ensureTemplate(admin, serverUrl);
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return testDatabase(serverUrl, name);
}

/** The handle of a test database made on `serverUrl`; `drop()` removes it, connections and all. */
function testDatabase(serverUrl: string, name: string): TestDatabase {
  return {
    name,
    url: withDatabase(serverUrl, name),
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** An empty database with no schema at all, for migration tests. */
export async function createEmptyDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_SERVER_URL;
  const name = `gcm_test_empty_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return testDatabase(serverUrl, name);
}
