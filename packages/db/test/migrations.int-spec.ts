import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { applyMigrations, migrationStatus, pendingSchemaChanges } from '../src/migrations';
import { createEmptyDatabase, type TestDatabase } from '../src/testing';

const committed = readdirSync(path.join(__dirname, '..', 'prisma', 'migrations'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

async function query<T extends object>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

describe('offline migrations', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createEmptyDatabase();
  });

  afterAll(async () => {
    await db.drop();
  });

  it('creates the whole schema on an empty database and records every migration as prisma migrate deploy does', async () => {
    const before = await migrationStatus(db.url);
    expect(before.pending).toEqual(committed);

    const applied = await applyMigrations(db.url);
    expect(applied).toEqual(committed);

    const tables = await query<{ table_name: string }>(
      db.url,
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    );
    expect(tables.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        '_prisma_migrations',
        'organisation',
        'person',
        'review',
        'membership',
        'question',
        'assignment',
        'contribution',
        'contribution_revision',
        'answer',
        'attachment',
        'audit_event',
      ]),
    );
    const recorded = await query<{ migration_name: string; finished_at: Date | null; checksum: string }>(
      db.url,
      'select migration_name, finished_at, checksum from _prisma_migrations order by migration_name',
    );
    expect(recorded.map((row) => row.migration_name)).toEqual(committed);
    expect(recorded.every((row) => row.finished_at !== null && /^[0-9a-f]{64}$/.test(row.checksum))).toBe(
      true,
    );
  });

  it('changes nothing when run a second time', async () => {
    const before = await query<{ count: string }>(db.url, 'select count(*) from _prisma_migrations');
    expect(await applyMigrations(db.url)).toEqual([]);
    const after = await query<{ count: string }>(db.url, 'select count(*) from _prisma_migrations');
    expect(after).toEqual(before);
    expect((await migrationStatus(db.url)).pending).toEqual([]);
  });

  it('keeps semicolons and quotes out of SQL comments, where the schema engine would split statements', () => {
    for (const name of committed) {
      const sql = readFileSync(
        path.join(__dirname, '..', 'prisma', 'migrations', name, 'migration.sql'),
        'utf8',
      );
      const comments = sql.split('\n').filter((line) => line.trim().startsWith('--'));
      expect({ name, bad: comments.filter((line) => /[;']/.test(line)) }).toEqual({ name, bad: [] });
    }
  });

  it('has a migration for every change in schema.prisma', async () => {
    expect(await pendingSchemaChanges(db.url)).toBe('');
  });
});
