import { fromDateColumn, type TReviewRole } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../infra/clock/clock';
import { toCsv } from '../../infra/csv/csv';
import { AccessService } from '../access/access.service';
import { reportFileName } from './report-naming';
import { ReviewExportRepository } from './review-export.repository';

const READERS: readonly TReviewRole[] = ['coordinator', 'observer'];

export const EXPORT_FORMAT = { name: 'gcm-review-export', version: 1 } as const;

export interface ExportFile<T> {
  fileName: string;
  content: T;
}

const STATE_TEXT: Record<string, string> = {
  not_started: 'not started',
  drafting: 'drafting',
  submitted: 'submitted',
  changes_requested: 'changes requested',
  accepted: 'accepted',
};

/** The whole review as data (JSON) and the division of labour as a sheet (CSV); coordinator and observer. */
@Injectable()
export class ReviewExportService {
  constructor(
    private readonly access: AccessService,
    private readonly exports: ReviewExportRepository,
    private readonly clock: Clock,
  ) {}

  async json(reviewId: string, personId: string): Promise<ExportFile<Record<string, unknown>>> {
    await this.access.require(reviewId, personId, READERS, 'export the review');
    const data = await this.exports.load(reviewId);
    const { review } = data;
    const emailOf = new Map(data.emails.map((email) => [email.id, email]));
    const content = {
      format: EXPORT_FORMAT.name,
      formatVersion: EXPORT_FORMAT.version,
      exportedAt: this.clock.now().toISOString(),
      exportedBy: personId,
      review: { ...review, finalDueDate: fromDateColumn(review.finalDueDate) },
      organisations: data.organisations.map(({ organisation, headContactId, createdAt }) => ({
        ...organisation,
        headContactId,
        joinedAt: createdAt,
      })),
      members: data.members.map(({ person: { passwordHash, ...person }, ...membership }) => ({
        ...person,
        role: membership.role,
        organisationId: membership.organisationId,
        memberSince: membership.createdAt,
        status: passwordHash ? 'active' : 'invited',
      })),
      questions: data.questions.map(({ answer: _answer, ...question }) => question),
      assignments: data.assignments.map(({ contribution: _c, question, focalPoints, dueDate, ...row }) => ({
        ...row,
        questionCode: question.code,
        dueDate: fromDateColumn(dueDate),
        focalPointIds: focalPoints.map((focal) => focal.personId),
      })),
      contributions: data.assignments.flatMap(({ contribution }) => (contribution ? [contribution] : [])),
      answers: data.questions.flatMap(({ answer, code }) =>
        answer ? [{ questionCode: code, ...answer }] : [],
      ),
      workshops: data.workshops,
      voteRounds: data.voteRounds.map(({ ballots, participation, ...round }) => ({
        ...round,
        voted: participation.map((p) => p.personId),
        // Secret rounds: no ballot at all in the export (content plus order could single voters out).
        ballots: round.secret ? null : ballots,
        ballotCount: ballots.length,
      })),
      submissions: data.submissions.map((submission) => {
        const email = submission.outboxId ? emailOf.get(submission.outboxId) : undefined;
        return { ...submission, email: email ?? null };
      }),
      amendments: data.amendments,
      auditEvents: data.auditEvents.map((event) => ({ ...event, id: event.id.toString() })),
    };
    return {
      fileName: reportFileName({ ...review, version: 1 }, 'json').replace(/\.json$/, '-export.json'),
      content,
    };
  }

  async assignmentsCsv(reviewId: string, personId: string): Promise<ExportFile<string>> {
    await this.access.require(reviewId, personId, READERS, 'export the assignments');
    const review = await this.exports.naming(reviewId);
    const rows = await this.exports.assignmentRows(reviewId);
    const content = toCsv(
      ['Question', 'Organisation', 'Role', 'Due date', 'State', 'Submitted at'],
      rows.map((row) => [
        row.question.code,
        row.organisation.name,
        row.role,
        fromDateColumn(row.dueDate),
        STATE_TEXT[row.state] ?? row.state,
        row.submittedAt && ['submitted', 'changes_requested', 'accepted'].includes(row.state)
          ? row.submittedAt.toISOString()
          : '',
      ]),
    );
    return {
      fileName: reportFileName({ ...review, version: 1 }, 'csv').replace(/\.csv$/, '-assignments.csv'),
      content,
    };
  }
}
