import { defineConfig } from 'prisma/config';

// Used by the Prisma CLI (`prisma generate`, `prisma migrate status|deploy`). The project's own
// `npm run db` command does not need it.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/gcm' },
});
