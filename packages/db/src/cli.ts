#!/usr/bin/env node
import { BackupRefusal, backupDatabase, restoreDatabase } from './backup';
import { createPrismaClient } from './client';
import { applyMigrations, createMigration, migrationStatus } from './migrations';
import { seedDemo } from './seed/demo';

const USAGE = `Usage: npm run db -- <command>

Commands:
  migrate               apply every committed migration not yet applied (idempotent)
  status                list committed migrations and whether each is applied
  new-migration NAME    write prisma/migrations/<timestamp>_NAME/migration.sql from schema.prisma
  seed                  create the demo review (Mongolia 2020) unless it exists
  backup FILE           pg_dump --format=custom of the whole database into FILE (a new file):
                        every row, the attachments (STORAGE_BACKEND=postgres), the outbox, the audit
  restore FILE          pg_restore FILE into DATABASE_URL, which must be a new, empty database
                        (createdb it first); a database with any table in it is refused

The database is DATABASE_URL (e.g. postgresql://user:pass@host:5432/gcm). Nothing is downloaded.
backup and restore use PostgreSQL's pg_dump and pg_restore (PG_BIN_DIR, else Debian's newest,
else the PATH), of the server's major version or later.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.info(USAGE);
    return command ? 0 : 2;
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error('DATABASE_URL is not set. Example: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/gcm');
    return 2;
  }
  switch (command) {
    case 'migrate': {
      const applied = await applyMigrations(databaseUrl);
      console.info(
        applied.length ? `Applied ${applied.join(', ')}` : 'Database is up to date; nothing applied.',
      );
      return 0;
    }
    case 'status': {
      const status = await migrationStatus(databaseUrl);
      for (const name of status.committed) {
        console.info(`${status.applied.includes(name) ? 'applied' : 'PENDING'}  ${name}`);
      }
      console.info(
        status.pending.length ? `${status.pending.length} pending` : 'Database schema is up to date.',
      );
      return status.pending.length ? 1 : 0;
    }
    case 'new-migration': {
      const name = rest[0];
      if (!name) {
        console.error('new-migration needs a NAME, e.g. npm run db -- new-migration add_workshops');
        return 2;
      }
      const created = await createMigration(databaseUrl, name);
      console.info(
        created
          ? `Wrote ${created.directory}/migration.sql`
          : 'schema.prisma matches the migrations; nothing to write.',
      );
      return 0;
    }
    case 'seed': {
      const prisma = createPrismaClient(databaseUrl);
      try {
        const result = await seedDemo(prisma);
        console.info(
          result.created
            ? `Seeded demo review ${result.reviewId}`
            : 'Demo review already present; nothing seeded.',
        );
      } finally {
        await prisma.$disconnect();
      }
      return 0;
    }
    case 'backup':
    case 'restore': {
      const file = rest[0];
      if (!file) {
        console.error(`${command} needs a FILE, e.g. npm run db -- ${command} gcm-2026-12-03.dump`);
        return 2;
      }
      try {
        if (command === 'backup') {
          const done = await backupDatabase(databaseUrl, file);
          console.info(
            `Backed up PostgreSQL ${done.serverVersion} to ${done.file} (${(done.bytes / 1024 / 1024).toFixed(1)} MiB).`,
          );
          if (done.attachmentsOutsideDatabase > 0 && process.env.STORAGE_BACKEND === 's3') {
            console.warn(
              `${done.attachmentsOutsideDatabase} attachments have their bytes in the S3 bucket (STORAGE_BACKEND=s3), ` +
                'which this dump does not hold: back the bucket up too (versioning or a replica; docs/operations.md).',
            );
          } else if (done.attachmentsOutsideDatabase > 0) {
            console.warn(
              `${done.attachmentsOutsideDatabase} attachments have their bytes outside the database (files under ` +
                'STORAGE_DIR): back that directory up too, or copy them in with `npm run admin -- migrate-storage`.',
            );
          }
        } else {
          const done = await restoreDatabase(databaseUrl, file);
          console.info(
            `Restored ${file} into "${done.database}" (${done.tables} tables). Check it with \`npm run db -- status\`, ` +
              'then start a worker: it re-enqueues every due e-mail from the outbox.',
          );
        }
      } catch (error) {
        if (!(error instanceof BackupRefusal)) throw error;
        console.error(error.message);
        return 2;
      }
      return 0;
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
