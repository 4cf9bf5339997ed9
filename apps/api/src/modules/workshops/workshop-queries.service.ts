import { AppError, type TWorkshop, type TWorkshopSummary } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { AccessService } from '../access/access.service';
import { toWorkshop, toWorkshopSummary } from './workshop.mapper';
import { WorkshopAccess } from './workshop-access.service';
import { type WorkshopRow, WorkshopsRepository } from './workshops.repository';

/** Reading workshops: any member of the review may. */
@Injectable()
export class WorkshopQueriesService {
  constructor(
    private readonly workshops: WorkshopsRepository,
    private readonly access: AccessService,
    private readonly workshopAccess: WorkshopAccess,
  ) {}

  async list(reviewId: string, personId: string): Promise<TWorkshopSummary[]> {
    await this.access.forReview(reviewId, personId);
    const rows = await this.workshops.ofReview(reviewId);
    return rows.map(toWorkshopSummary);
  }

  async get(workshopId: string, personId: string): Promise<TWorkshop> {
    await this.workshopAccess.workshop(workshopId, personId);
    return toWorkshop(await this.row(workshopId));
  }

  /** The workshop as stored, read in `db` (a transaction) or outside one. */
  async row(workshopId: string, db?: Tx): Promise<WorkshopRow> {
    const row = await this.workshops.findById(workshopId, db);
    if (!row) throw new AppError('NOT_FOUND', 'There is no workshop with this id');
    return row;
  }
}
