import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

@Injectable()
export class SessionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { tokenHash: string; personId: string; expiresAt: Date }) {
    return this.prisma.client.session.create({ data });
  }

  findActive(tokenHash: string, now: Date) {
    return this.prisma.client.session.findFirst({
      // A suspended account's sessions stop working at once (they are also revoked on suspension).
      where: { tokenHash, revokedAt: null, expiresAt: { gt: now }, person: { suspendedAt: null } },
      include: { person: { select: { id: true, email: true, name: true, locale: true } } },
    });
  }

  async touch(id: string, now: Date): Promise<void> {
    await this.prisma.client.session.updateMany({
      where: { id, lastSeenAt: { lt: new Date(now.getTime() - 60_000) } },
      data: { lastSeenAt: now },
    });
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.prisma.client.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  }
}
