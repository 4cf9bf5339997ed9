import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { Client, type PoolConfig } from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';

/**
 * Migrations without any download: Prisma's schema engine compiled to WebAssembly, talking to
 * PostgreSQL through the same `pg` driver adapter as the application. `applyMigrations` records
 * every migration in `_prisma_migrations` exactly as `prisma migrate deploy` would, so both tools
 * can be used on the same database (docs/decisions/0002-prisma-offline.md).
 */

export const PACKAGE_ROOT = path.resolve(__dirname, '..');
export const SCHEMA_PATH = path.join(PACKAGE_ROOT, 'prisma', 'schema.prisma');
export const MIGRATIONS_DIR = path.join(PACKAGE_ROOT, 'prisma', 'migrations');

const NO_FILTERS = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import('@prisma/schema-engine-wasm/schema_engine_bg');

// The few WebAssembly globals used here (Node has them; @types/node 20 does not declare them).
declare const WebAssembly: {
  instantiate(
    bytes: Uint8Array,
    imports: Record<string, unknown>,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
};

let engineModule: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    // Node 20 cannot import a .wasm file, so instantiate it by hand with its JS glue as imports.
    const bindings = require('@prisma/schema-engine-wasm/schema_engine_bg') as EngineModule & {
      __wbg_set_wasm(exports: Record<string, unknown>): void;
    };
    const wasmPath = path.join(
      path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')),
      'schema_engine_bg.wasm',
    );
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      './schema_engine_bg.js': bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bindings;
  })();
  return engineModule;
}

/**
 * The pg adapter, with a shadow database that is really separate and really dropped: the stock
 * adapter keeps a connection-string database over its shadow name and drops the shadow database
 * before closing its pool, which fails.
 */
class ShadowSafePg extends PrismaPg {
  private readonly base: PoolConfig;

  constructor(databaseUrl: string) {
    const parsed = parseConnectionString(databaseUrl);
    const base: PoolConfig = {
      host: parsed.host ?? undefined,
      port: parsed.port ? Number(parsed.port) : undefined,
      user: parsed.user,
      password: parsed.password,
      database: parsed.database ?? undefined,
    };
    super(base);
    this.base = base;
  }

  private readonly opened: { dispose(): Promise<void> }[] = [];

  override async connect() {
    const adapter = await super.connect();
    this.opened.push(adapter);
    return adapter;
  }

  /** Closes the pools the engine opened; the engine itself never does. */
  async disposeAll(): Promise<void> {
    await Promise.allSettled(this.opened.splice(0).map((adapter) => adapter.dispose()));
  }

  override async connectToShadowDb() {
    const name = `gcm_shadow_${randomUUID().replace(/-/g, '')}`;
    const admin = new Client(this.base);
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
      await admin.end();
    }
    const adapter = await new PrismaPg({ ...this.base, database: name }).connect();
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      const cleaner = new Client(this.base);
      await cleaner.connect();
      try {
        await cleaner.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleaner.end();
      }
    };
    return adapter;
  }
}

export type EngineLog = (line: string) => void;

async function withEngine<T>(
  databaseUrl: string,
  use: (engine: SchemaEngine) => Promise<T>,
  log: EngineLog = () => {},
): Promise<T> {
  const bindings = await loadEngineModule();
  const pg = new ShadowSafePg(databaseUrl);
  const adapterFactory = bindMigrationAwareSqlAdapterFactory(pg);
  const schema = readFileSync(SCHEMA_PATH, 'utf8');
  const engine = await bindings.SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schema]] },
    (message: string) => log(message),
    adapterFactory,
  );
  try {
    return await use(engine);
  } finally {
    engine.free();
    await pg.disposeAll();
  }
}

/** Reads prisma/migrations the way the Prisma CLI does. */
export function readMigrationList(dir = MIGRATIONS_DIR): MigrationList {
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Applies every committed migration not yet applied. Safe to run again: it then applies nothing. */
export async function applyMigrations(databaseUrl: string, log?: EngineLog): Promise<string[]> {
  return withEngine(
    databaseUrl,
    async (engine) => {
      const result = await engine.applyMigrations({
        migrationsList: readMigrationList(),
        filters: NO_FILTERS,
      });
      return result.appliedMigrationNames;
    },
    log,
  );
}

export interface MigrationStatus {
  committed: string[];
  applied: string[];
  pending: string[];
}

/** What `prisma migrate status` reports: committed migrations and those recorded as applied. */
export async function migrationStatus(databaseUrl: string): Promise<MigrationStatus> {
  const committed = readMigrationList().migrationDirectories.map((entry) => entry.path);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const exists = await client.query<{ exists: boolean }>(
      "select to_regclass('public._prisma_migrations') is not null as exists",
    );
    const applied = exists.rows[0]?.exists
      ? (
          await client.query<{ migration_name: string }>(
            'select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null order by migration_name',
          )
        ).rows.map((row) => row.migration_name)
      : [];
    return { committed, applied, pending: committed.filter((name) => !applied.includes(name)) };
  } finally {
    await client.end();
  }
}

/**
 * The schema that the committed migrations produce, saved by `createMigration`. New migrations are
 * the diff from it to schema.prisma: the WebAssembly engine cannot read a live PostgreSQL schema
 * through the pg adapter (it fails on the catalogue's "char" columns), so it never replays
 * migrations on a shadow database (docs/decisions/0002-prisma-offline.md).
 */
export const MIGRATED_SCHEMA_PATH = path.join(PACKAGE_ROOT, 'prisma', 'migrated.prisma');

/** SQL that takes the migrated schema to schema.prisma; empty when they match. */
export async function pendingSchemaChanges(databaseUrl: string): Promise<string> {
  const target = readFileSync(SCHEMA_PATH, 'utf8');
  const migrated = existsSync(MIGRATED_SCHEMA_PATH) ? readFileSync(MIGRATED_SCHEMA_PATH, 'utf8') : null;
  const sql = await withEngine(databaseUrl, async (engine) => {
    const result = await engine.diff({
      from:
        migrated === null
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: migrated }] },
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_PATH, content: target }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? '';
  });
  return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? '' : sql;
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql taking the migrated schema to
 * schema.prisma, and records schema.prisma as the new migrated schema. Returns null when there is
 * nothing to migrate. The engine needs a reachable PostgreSQL but changes nothing in it.
 */
export async function createMigration(
  databaseUrl: string,
  name: string,
  now = new Date(),
): Promise<{ directory: string; sql: string } | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Migration name "${name}" must use only lower-case letters, digits and underscores`);
  }
  const sql = await pendingSchemaChanges(databaseUrl);
  if (sql === '') {
    return null;
  }
  const stamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  const directory = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, 'migration.sql'), sql);
  await writeFile(MIGRATED_SCHEMA_PATH, readFileSync(SCHEMA_PATH, 'utf8'));
  const lockPath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  if (!existsSync(lockPath)) {
    await writeFile(
      lockPath,
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
  }
  return { directory, sql };
}
