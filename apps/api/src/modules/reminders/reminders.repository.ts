import type { AssignmentRole, ContributionState, OrganisationType, OutboxMessage, Prisma } from '@gcm/db';
import { dateIn, fromDateColumn, type TListOutboxQuery } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

const OPEN_STATES: ContributionState[] = ['not_started', 'drafting', 'changes_requested'];

const messageInclude = {
  assignment: { select: { question: { select: { code: true } }, organisation: { select: { name: true } } } },
} satisfies Prisma.OutboxMessageInclude;

/** An e-mail as the coordinator's list shows it. */
export type OutboxMessageRow = Prisma.OutboxMessageGetPayload<{ include: typeof messageInclude }>;

export interface ComplianceAssignment {
  id: string;
  state: ContributionState;
  dueDate: string;
  organisation: { id: string; name: string; shortName: string | null; type: OrganisationType };
}

export interface TimelineAssignment {
  id: string;
  dueDate: string;
  role: AssignmentRole;
  questionCode: string;
  organisationName: string;
}

/** Reminder policy, due dates, deadline compliance and the e-mail log, as the reminders screens need them. */
@Injectable()
export class RemindersRepository {
  constructor(private readonly prisma: PrismaService) {}

  // The review

  /** The final deadline (YYYY-MM-DD) and the zone the review's days are counted in. */
  async deadlineOf(reviewId: string): Promise<{ finalDueDate: string; timeZone: string; title: string }> {
    const review = await this.prisma.client.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { finalDueDate: true, timeZone: true, title: true },
    });
    return { ...review, finalDueDate: fromDateColumn(review.finalDueDate) };
  }

  async policyOf(
    reviewId: string,
    db: Tx = this.prisma.client,
  ): Promise<{ reminderPolicy: unknown; version: number }> {
    return db.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { reminderPolicy: true, version: true },
    });
  }

  /**
   * Per organisation with open assignments: how many of them nobody would receive reminders for
   * (no focal point, and no contributor of the organisation in the review), and whether it has a
   * head contact for escalations.
   */
  async reminderReach(reviewId: string): Promise<
    {
      organisation: { id: string; name: string; shortName: string | null; type: OrganisationType };
      open: number;
      unreachable: number;
      hasHeadContact: boolean;
    }[]
  > {
    const links = await this.prisma.client.reviewOrganisation.findMany({
      where: { reviewId },
      orderBy: { organisation: { name: 'asc' } },
      select: {
        headContactId: true,
        organisation: {
          select: {
            id: true,
            name: true,
            shortName: true,
            type: true,
            memberships: { where: { reviewId, role: 'contributor' }, select: { id: true }, take: 1 },
            assignments: {
              where: { reviewId, state: { in: ['not_started', 'drafting', 'changes_requested'] } },
              select: { _count: { select: { focalPoints: true } } },
            },
          },
        },
      },
    });
    return links
      .filter((link) => link.organisation.assignments.length > 0)
      .map(({ headContactId, organisation: { memberships, assignments, ...organisation } }) => ({
        organisation,
        open: assignments.length,
        unreachable:
          memberships.length > 0 ? 0 : assignments.filter((row) => row._count.focalPoints === 0).length,
        hasHeadContact: headContactId !== null,
      }));
  }

  /** Stores the policy if the review is still at `version`, and moves the version on; false when it is not. */
  async updatePolicyIfVersion(
    tx: Tx,
    reviewId: string,
    version: number,
    policy: Prisma.InputJsonValue,
  ): Promise<boolean> {
    const updated = await tx.review.updateMany({
      where: { id: reviewId, version },
      data: { reminderPolicy: policy, version: { increment: 1 } },
    });
    return updated.count > 0;
  }

  async versionOf(tx: Tx, reviewId: string): Promise<number> {
    const review = await tx.review.findUniqueOrThrow({ where: { id: reviewId }, select: { version: true } });
    return review.version;
  }

  /**
   * Moves the review's version on if it is still `version`: a repeated or concurrent change then
   * fails instead of being applied twice. False when the review was at another version.
   */
  async takeVersion(tx: Tx, reviewId: string, version: number): Promise<boolean> {
    try {
      const taken = await tx.review.updateMany({
        where: { id: reviewId, version },
        data: { version: { increment: 1 } },
      });
      return taken.count > 0;
    } catch (error) {
      // Two changes that both hold the review FOR SHARE (ReviewWritability) and then take its
      // version deadlock; PostgreSQL aborts one, which lost the race as surely as a stale version.
      if ((error as { code?: unknown }).code === 'P2034') return false;
      throw error;
    }
  }

  // Assignments

  /** Assignments still to be answered (not started, being drafted, or sent back). */
  async openAssignments(
    tx: Tx,
    reviewId: string,
  ): Promise<{ id: string; dueDate: string; version: number; questionId: string }[]> {
    const rows = await tx.assignment.findMany({
      where: { reviewId, state: { in: OPEN_STATES } },
      select: { id: true, dueDate: true, version: true, questionId: true },
    });
    return rows.map((row) => ({ ...row, dueDate: fromDateColumn(row.dueDate) }));
  }

  /**
   * Moves these assignments' due dates by `days` and their versions on, in one statement: ten
   * thousand move together, or none does.
   */
  async moveDueDates(tx: Tx, assignmentIds: string[], days: number): Promise<number> {
    if (assignmentIds.length === 0) return 0;
    return tx.$executeRaw`
      UPDATE assignment
         SET due_date = due_date + ${days}::int, version = version + 1, updated_at = now()
       WHERE id = ANY(${assignmentIds}::uuid[])`;
  }

  stateOf(
    assignmentId: string,
  ): Promise<{ state: ContributionState; questionId: string; organisationId: string }> {
    return this.prisma.client.assignment.findUniqueOrThrow({
      where: { id: assignmentId },
      select: { state: true, questionId: true, organisationId: true },
    });
  }

  async complianceAssignments(reviewId: string): Promise<ComplianceAssignment[]> {
    const rows = await this.prisma.client.assignment.findMany({
      where: { reviewId },
      select: {
        id: true,
        state: true,
        dueDate: true,
        organisation: { select: { id: true, name: true, shortName: true, type: true } },
      },
    });
    return rows.map((row) => ({ ...row, dueDate: fromDateColumn(row.dueDate) }));
  }

  async timelineAssignments(reviewId: string): Promise<TimelineAssignment[]> {
    const rows = await this.prisma.client.assignment.findMany({
      where: { reviewId },
      select: {
        id: true,
        dueDate: true,
        role: true,
        question: { select: { code: true } },
        organisation: { select: { name: true } },
      },
    });
    return rows.map((row) => ({
      id: row.id,
      dueDate: fromDateColumn(row.dueDate),
      role: row.role,
      questionCode: row.question.code,
      organisationName: row.organisation.name,
    }));
  }

  /** When each assignment of the review was first submitted, from the audit trail. */
  async firstSubmissions(reviewId: string): Promise<Map<string, Date>> {
    const events = await this.prisma.client.auditEvent.findMany({
      where: { reviewId, action: 'contribution.submitted', targetType: 'assignment' },
      select: { targetId: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    });
    const first = new Map<string, Date>();
    for (const event of events) if (!first.has(event.targetId)) first.set(event.targetId, event.createdAt);
    return first;
  }

  // Reminders and other e-mails

  /** How many reminders went out per assignment. */
  async remindersSentByAssignment(reviewId: string): Promise<Map<string | null, number>> {
    const groups = await this.prisma.client.outboxMessage.groupBy({
      by: ['assignmentId'],
      where: { reviewId, status: 'sent', kind: { startsWith: 'reminder.' } },
      _count: { _all: true },
    });
    return new Map(groups.map((group) => [group.assignmentId, group._count._all]));
  }

  /** The reminders sent, each with the UTC calendar date it went out on. */
  async remindersSent(reviewId: string): Promise<{ assignmentId: string | null; sentOn: string | null }[]> {
    const rows = await this.prisma.client.outboxMessage.findMany({
      where: { reviewId, status: 'sent', kind: { startsWith: 'reminder.' } },
      select: { sentAt: true, assignmentId: true },
    });
    return rows.map((row) => ({
      assignmentId: row.assignmentId,
      sentOn: row.sentAt ? dateIn('UTC', row.sentAt) : null,
    }));
  }

  /** The last manual reminder for the assignment planned after `since`, if any. */
  lastManualReminderSince(assignmentId: string, since: Date): Promise<{ createdAt: Date } | null> {
    return this.prisma.client.outboxMessage.findFirst({
      where: {
        assignmentId,
        kind: 'reminder.manual',
        status: { not: 'cancelled' },
        createdAt: { gt: since },
      },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
  }

  /** Cancels the review's planned reminders that follow the policy (manual ones stay). */
  async cancelPlannedReminders(tx: Tx, reviewId: string, reason: string): Promise<void> {
    await tx.outboxMessage.updateMany({
      where: {
        reviewId,
        status: 'pending',
        kind: { startsWith: 'reminder.' },
        NOT: { kind: 'reminder.manual' },
      },
      data: { status: 'cancelled', cancelledReason: reason },
    });
  }

  message(id: string): Promise<OutboxMessageRow> {
    return this.prisma.client.outboxMessage.findUniqueOrThrow({ where: { id }, include: messageInclude });
  }

  reviewOfMessage(id: string): Promise<{ reviewId: string | null } | null> {
    return this.prisma.client.outboxMessage.findUnique({ where: { id }, select: { reviewId: true } });
  }

  /**
   * The review's e-mails, filtered: next_7_days = pending and due within a week of `now`, soonest
   * first; recent = sent within the last week, newest first; else all, newest planned first.
   */
  messages(reviewId: string, query: TListOutboxQuery, now: Date): Promise<OutboxMessageRow[]> {
    const week = 7 * 86_400_000;
    const window: Prisma.OutboxMessageWhereInput =
      query.window === 'next_7_days'
        ? { status: 'pending', notBefore: { lte: new Date(now.getTime() + week) } }
        : query.window === 'recent'
          ? { status: 'sent', sentAt: { gte: new Date(now.getTime() - week) } }
          : {};
    const kind = query.kind ? { OR: [{ kind: query.kind }, { kind: { startsWith: `${query.kind}.` } }] } : {};
    return this.prisma.client.outboxMessage.findMany({
      where: {
        AND: [
          { reviewId, status: query.status, assignmentId: query.assignmentId },
          query.organisationId ? { assignment: { organisationId: query.organisationId } } : {},
          window,
          kind,
        ],
      },
      include: messageInclude,
      orderBy:
        query.window === 'next_7_days'
          ? [{ notBefore: 'asc' }]
          : query.window === 'recent'
            ? [{ sentAt: 'desc' }]
            : [{ notBefore: 'desc' }],
      take: query.limit,
    });
  }

  /** The row as stored, for a preview. */
  messageRow(id: string): Promise<OutboxMessage | null> {
    return this.prisma.client.outboxMessage.findUnique({ where: { id } });
  }

  /** An assignment's e-mails that are not cancelled, in the order they are (to be) sent. */
  messagesOfAssignment(assignmentId: string): Promise<OutboxMessageRow[]> {
    return this.prisma.client.outboxMessage.findMany({
      where: { assignmentId, status: { not: 'cancelled' } },
      include: messageInclude,
      orderBy: { notBefore: 'asc' },
    });
  }
}
