import type { Prisma } from '@gcm/db';
import { AppError, type TWorkshop, type TWorkshopSummary } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import { AccessService } from '../access/access.service';
import { toWorkshop, toWorkshopSummary, type WorkshopRow, workshopInclude } from './workshop.mapper';
import { WorkshopAccess } from './workshop-access.service';

/** Reading workshops: any member of the review may. */
@Injectable()
export class WorkshopQueriesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly access: AccessService,
    private readonly workshopAccess: WorkshopAccess,
  ) {}

  async list(reviewId: string, personId: string): Promise<TWorkshopSummary[]> {
    await this.access.forReview(reviewId, personId);
    const rows = await this.prisma.client.workshop.findMany({
      where: { reviewId },
      include: workshopInclude,
      orderBy: [{ startsAt: 'asc' }, { createdAt: 'asc' }],
    });
    return rows.map(toWorkshopSummary);
  }

  async get(workshopId: string, personId: string): Promise<TWorkshop> {
    await this.workshopAccess.workshop(workshopId, personId);
    return toWorkshop(await this.row(workshopId));
  }

  /** The workshop as stored, read in `db` (a transaction) or outside one. */
  async row(workshopId: string, db: Prisma.TransactionClient = this.prisma.client): Promise<WorkshopRow> {
    const row = await db.workshop.findUnique({ where: { id: workshopId }, include: workshopInclude });
    if (!row) throw new AppError('NOT_FOUND', 'There is no workshop with this id');
    return row;
  }
}
