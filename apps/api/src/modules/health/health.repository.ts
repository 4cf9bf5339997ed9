import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

@Injectable()
export class HealthRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One round trip to the database; throws when it does not answer. */
  async ping(): Promise<void> {
    await this.prisma.client.$queryRaw`select 1`;
  }
}
