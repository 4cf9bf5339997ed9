import { createPrismaClient, type PrismaClient } from '@gcm/db';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config';

/**
 * The one Prisma client of the process. Only repositories use it. A database that cannot be
 * reached at boot stops the process (no half-started API).
 */
@Injectable()
export class PrismaService implements OnModuleInit, OnModuleDestroy {
  readonly client: PrismaClient;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.client = createPrismaClient(config.databaseUrl, { max: config.databasePoolSize });
  }

  async onModuleInit(): Promise<void> {
    await this.client.$connect();
    await this.client.$queryRaw`select 1`;
  }

  async onModuleDestroy(): Promise<void> {
    await this.client.$disconnect();
  }
}
