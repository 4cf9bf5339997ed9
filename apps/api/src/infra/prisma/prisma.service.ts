import { createPrismaClient, type PrismaClient } from '@gcm/db';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/** Connections of the `pg` pool next to Prisma's, which only the delivery's hot statements use. */
const DIRECT_POOL_SIZE = 4;

/**
 * The session settings of that pool's connections, given when each opens. Its statements are
 * named prepared statements, and PostgreSQL plans them once: by default it plans a prepared
 * statement again at every execution while the generic plan looks costlier than a custom one,
 * which for markSent and the claim was always (0.15 ms of the server's CPU per markSent,
 * decision 0037). `outbox-statements.int-spec.ts` checks the generic plans.
 */
export const DIRECT_POOL_OPTIONS = '-c plan_cache_mode=force_generic_plan';

/**
 * The one Prisma client of the process. Only repositories use it. A database that cannot be
 * reached at boot stops the process (no half-started API).
 *
 * `pool` is a plain `pg` pool for the few statements whose parameters and results Prisma's raw
 * queries convert at a cost that shows (the delivery of e-mail batches, decision 0028). It is
 * created when first used, so a process that sends no e-mail opens no connection for it.
 */
@Injectable()
export class PrismaService implements OnModuleInit, OnModuleDestroy {
  readonly client: PrismaClient;
  private direct: Pool | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.client = createPrismaClient(config.databaseUrl, { max: config.databasePoolSize });
  }

  get pool(): Pool {
    if (!this.direct) {
      this.direct = new Pool({
        connectionString: this.config.databaseUrl,
        max: Math.min(DIRECT_POOL_SIZE, this.config.databasePoolSize),
        options: DIRECT_POOL_OPTIONS,
      });
      // An idle connection the server ends (a restart) must not crash the process; the next query
      // gets a new one.
      this.direct.on('error', () => undefined);
    }
    return this.direct;
  }

  async onModuleInit(): Promise<void> {
    await this.client.$connect();
    await this.client.$queryRaw`select 1`;
  }

  async onModuleDestroy(): Promise<void> {
    const direct = this.direct;
    this.direct = null;
    await Promise.all([this.client.$disconnect(), direct?.end()]);
  }
}
