import type { ContributionState, ReviewStatus } from '@gcm/db';
import { fromDateColumn } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

export interface InstanceReviewRow {
  id: string;
  title: string;
  country: string;
  cycle: number;
  status: ReviewStatus;
  timeZone: string;
  /** YYYY-MM-DD */
  finalDueDate: string;
  finalDueTime: string | null;
  createdAt: Date;
  coordinators: { name: string; email: string; accepted: boolean }[];
  memberCount: number;
  assignments: { state: ContributionState; dueDate: string }[];
  submittedAt: Date | null;
}

export interface InstanceAccountRow {
  id: string;
  email: string;
  name: string;
  isAdministrator: boolean;
  mayCreateReviews: boolean;
  activated: boolean;
  suspended: boolean;
  reviewCount: number;
  version: number;
}

export interface InstanceAuditRow {
  id: bigint;
  action: string;
  targetType: string;
  targetId: string;
  createdAt: Date;
  review: { id: string; title: string } | null;
  actor: { id: string; name: string; email: string } | null;
}

const accountSelect = {
  id: true,
  email: true,
  name: true,
  isAdministrator: true,
  mayCreateReviews: true,
  passwordHash: true,
  suspendedAt: true,
  accountVersion: true,
  _count: { select: { memberships: true } },
} as const;

function toAccountRow(row: {
  id: string;
  email: string;
  name: string;
  isAdministrator: boolean;
  mayCreateReviews: boolean;
  passwordHash: string | null;
  suspendedAt: Date | null;
  accountVersion: number;
  _count: { memberships: number };
}): InstanceAccountRow {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    isAdministrator: row.isAdministrator,
    mayCreateReviews: row.isAdministrator || row.mayCreateReviews,
    activated: row.passwordHash !== null,
    suspended: row.suspendedAt !== null,
    reviewCount: row._count.memberships,
    version: row.accountVersion,
  };
}

/** What the administrator of the installation reads and changes: reviews' standing, accounts, audit. */
@Injectable()
export class InstanceRepository {
  constructor(private readonly prisma: PrismaService) {}

  async isAdministrator(personId: string): Promise<boolean> {
    const person = await this.prisma.client.person.findUnique({
      where: { id: personId },
      select: { isAdministrator: true, suspendedAt: true },
    });
    return Boolean(person?.isAdministrator && !person.suspendedAt);
  }

  async reviews(where: { id?: string } = {}): Promise<InstanceReviewRow[]> {
    const rows = await this.prisma.client.review.findMany({
      where,
      orderBy: [{ country: 'asc' }, { cycle: 'desc' }],
      select: {
        id: true,
        title: true,
        country: true,
        cycle: true,
        status: true,
        timeZone: true,
        finalDueDate: true,
        finalDueTime: true,
        createdAt: true,
        memberships: {
          where: { role: 'coordinator' },
          orderBy: { createdAt: 'asc' },
          select: { acceptedAt: true, person: { select: { name: true, email: true } } },
        },
        assignments: { select: { state: true, dueDate: true } },
        submissions: { orderBy: { version: 'asc' }, take: 1, select: { createdAt: true } },
        _count: { select: { memberships: true } },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      country: row.country,
      cycle: row.cycle,
      status: row.status,
      timeZone: row.timeZone,
      finalDueDate: fromDateColumn(row.finalDueDate),
      finalDueTime: row.finalDueTime,
      createdAt: row.createdAt,
      coordinators: row.memberships.map((m) => ({
        name: m.person.name,
        email: m.person.email,
        accepted: m.acceptedAt !== null,
      })),
      memberCount: row._count.memberships,
      assignments: row.assignments.map((a) => ({ state: a.state, dueDate: fromDateColumn(a.dueDate) })),
      submittedAt: row.submissions[0]?.createdAt ?? null,
    }));
  }

  async accounts(): Promise<InstanceAccountRow[]> {
    const rows = await this.prisma.client.person.findMany({
      orderBy: [{ isAdministrator: 'desc' }, { name: 'asc' }],
      select: accountSelect,
    });
    return rows.map(toAccountRow);
  }

  async account(tx: Tx | null, personId: string): Promise<InstanceAccountRow | null> {
    const row = await (tx ?? this.prisma.client).person.findUnique({
      where: { id: personId },
      select: accountSelect,
    });
    return row ? toAccountRow(row) : null;
  }

  /** Applies an administrator's change if the account is still at `version`; false when it is not. */
  async updateIfVersion(
    tx: Tx,
    personId: string,
    version: number,
    data: { mayCreateReviews?: boolean; suspendedAt?: Date | null },
  ): Promise<boolean> {
    const changed = await tx.person.updateMany({
      where: { id: personId, accountVersion: version },
      data: { ...data, accountVersion: { increment: 1 } },
    });
    return changed.count > 0;
  }

  async activeAdministratorCount(tx: Tx): Promise<number> {
    return tx.person.count({ where: { isAdministrator: true, suspendedAt: null } });
  }

  async audit(query: { before?: bigint; limit: number }): Promise<InstanceAuditRow[]> {
    return this.prisma.client.auditEvent.findMany({
      where: query.before === undefined ? {} : { id: { lt: query.before } },
      orderBy: { id: 'desc' },
      take: query.limit,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        createdAt: true,
        review: { select: { id: true, title: true } },
        actor: { select: { id: true, name: true, email: true } },
      },
    });
  }
}
