#!/usr/bin/env node
import { createPrismaClient } from './client';
import { applyMigrations, createMigration, migrationStatus } from './migrations';
import { seedDemo } from './seed/demo';

const USAGE = `Usage: npm run db -- <command>

Commands:
  migrate               apply every committed migration not yet applied (idempotent)
  status                list committed migrations and whether each is applied
  new-migration NAME    write prisma/migrations/<timestamp>_NAME/migration.sql from schema.prisma
  seed                  create the demo review (Mongolia 2020) unless it exists

The database is DATABASE_URL (e.g. postgresql://user:pass@host:5432/gcm). Nothing is downloaded.`;

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
