import type { Prisma } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

const attachmentSelect = {
  id: true,
  fileName: true,
  mediaType: true,
  sizeBytes: true,
  sha256: true,
  uploadedById: true,
  createdAt: true,
  deletedAt: true,
} satisfies Prisma.AttachmentSelect;

/** Everything of one review that the export holds, read as stored (no secrets, no document bytes). */
@Injectable()
export class ReviewExportRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One transaction, so the export is a consistent snapshot. */
  load(reviewId: string) {
    return this.prisma.client.$transaction(
      async (db) => ({
        review: await db.review.findUniqueOrThrow({ where: { id: reviewId } }),
        organisations: await db.reviewOrganisation.findMany({
          where: { reviewId },
          include: { organisation: true },
          orderBy: { organisation: { name: 'asc' } },
        }),
        members: await db.membership.findMany({
          where: { reviewId },
          select: {
            role: true,
            organisationId: true,
            createdAt: true,
            person: {
              select: { id: true, name: true, email: true, title: true, phone: true, passwordHash: true },
            },
          },
          orderBy: { person: { name: 'asc' } },
        }),
        questions: await db.question.findMany({
          where: { reviewId },
          orderBy: { order: 'asc' },
          include: {
            answer: {
              include: {
                revisions: { orderBy: { version: 'asc' } },
                attachments: { select: attachmentSelect, orderBy: { createdAt: 'asc' } },
              },
            },
          },
        }),
        assignments: await db.assignment.findMany({
          where: { reviewId },
          orderBy: [{ question: { order: 'asc' } }, { role: 'asc' }, { createdAt: 'asc' }],
          include: {
            question: { select: { code: true } },
            focalPoints: { select: { personId: true } },
            comments: { orderBy: { createdAt: 'asc' } },
            contribution: {
              include: {
                revisions: { orderBy: { version: 'asc' } },
                attachments: { select: attachmentSelect, orderBy: { createdAt: 'asc' } },
              },
            },
          },
        }),
        workshops: await db.workshop.findMany({
          where: { reviewId },
          orderBy: { startsAt: 'asc' },
          include: { organisers: true, participants: true, actionItems: { orderBy: { createdAt: 'asc' } } },
        }),
        voteRounds: await db.voteRound.findMany({
          where: { reviewId },
          orderBy: { createdAt: 'asc' },
          // Never the voter keys: they would link a ballot to its voter.
          include: {
            eligible: { select: { personId: true, organisationId: true } },
            participation: { select: { personId: true }, orderBy: { personId: 'asc' } },
            priorities: { orderBy: { position: 'asc' } },
            ballots: { select: { personId: true, content: true, version: true }, orderBy: { id: 'asc' } },
          },
        }),
        submissions: await db.submission.findMany({
          where: { reviewId },
          omit: { document: true },
          orderBy: { version: 'asc' },
        }),
        amendments: await db.amendment.findMany({ where: { reviewId }, orderBy: { openedAt: 'asc' } }),
        emails: await db.outboxMessage.findMany({
          where: { reviewId, kind: 'report.submission' },
          select: { id: true, status: true, messageId: true, sentAt: true },
        }),
        auditEvents: await db.auditEvent.findMany({ where: { reviewId }, orderBy: { id: 'asc' } }),
      }),
      { timeout: 60_000 },
    );
  }

  naming(reviewId: string): Promise<{ country: string; cycle: number }> {
    return this.prisma.client.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { country: true, cycle: true },
    });
  }

  /** The assignments sheet, with when each contribution was last submitted. */
  async assignmentRows(reviewId: string) {
    const [assignments, submitted] = await Promise.all([
      this.prisma.client.assignment.findMany({
        where: { reviewId },
        orderBy: [{ question: { order: 'asc' } }, { role: 'asc' }, { organisation: { name: 'asc' } }],
        select: {
          id: true,
          role: true,
          dueDate: true,
          state: true,
          question: { select: { code: true } },
          organisation: { select: { name: true } },
        },
      }),
      this.prisma.client.auditEvent.groupBy({
        by: ['targetId'],
        where: { reviewId, action: 'contribution.submitted', targetType: 'assignment' },
        _max: { createdAt: true },
      }),
    ]);
    const submittedAt = new Map(submitted.map((row) => [row.targetId, row._max.createdAt]));
    return assignments.map((row) => ({ ...row, submittedAt: submittedAt.get(row.id) ?? null }));
  }
}
