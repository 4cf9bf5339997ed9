import {
  AppError,
  buildPublicReportBody,
  type TPublicReport,
  type TPublicReportIndex,
  type TPublicReportSummary,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { QuestionnaireCatalogue } from '../questionnaires/questionnaire-catalogue.service';
import { toReportQuestion } from '../report/report-input.service';
import { PublicationRepository, type PublishedReviewRow } from './publication.repository';

/** The same answer for an unknown id and for a review that is not published: no oracle. */
const NOT_PUBLISHED = 'There is no published report with this id';

function summary(row: PublishedReviewRow): TPublicReportSummary {
  const latest = row.submissions[0];
  if (!latest) throw new Error(`Published review ${row.id} has no submission`);
  return {
    id: row.id,
    country: row.country,
    cycle: row.cycle,
    title: row.title,
    submittedAt: latest.createdAt.toISOString(),
    version: latest.version,
  };
}

/**
 * What anyone may read of the reports sent with the State's consent to publish: an index, each
 * report's final answers in the questionnaire's structure, and the document as sent
 * (docs/decisions/0019-public-reports.md). Nobody signs in; nothing names a person.
 */
@Injectable()
export class PublicReportsService {
  constructor(
    private readonly publication: PublicationRepository,
    private readonly questionnaires: QuestionnaireCatalogue,
  ) {}

  async index(): Promise<TPublicReportIndex> {
    return { reports: (await this.publication.published()).map(summary) };
  }

  async report(reviewId: string): Promise<TPublicReport> {
    const row = await this.publication.publishedReview(reviewId);
    const latest = row?.submissions[0];
    if (!row || !latest) throw new AppError('NOT_FOUND', NOT_PUBLISHED);
    const [questionnaire, rows, reopened, sizeBytes] = await Promise.all([
      this.questionnaires.ofReview(row),
      this.publication.questionsWithAnswers(reviewId),
      this.publication.reopenedAsSent(reviewId),
      this.publication.documentSize(latest.id),
    ]);
    // While an amendment is open, its reopened questions are shown as they were last sent.
    const asSent = new Map(reopened.map((revision) => [revision.questionId, revision]));
    const questions = rows.map((question) => {
      const sent = asSent.get(question.id);
      return toReportQuestion(
        sent
          ? {
              ...question,
              answer: { body: sent.body, data: sent.data, status: sent.status, language: sent.language },
            }
          : question,
      );
    });
    return {
      ...summary(row),
      questionnaireTitle: questionnaire.document.title,
      document: { fileName: latest.fileName, sizeBytes, sha256: latest.sha256 },
      ...buildPublicReportBody(questionnaire, questions),
    };
  }

  async document(reviewId: string): Promise<{ fileName: string; bytes: Buffer }> {
    const row = await this.publication.publishedDocument(reviewId);
    if (!row) throw new AppError('NOT_FOUND', NOT_PUBLISHED);
    return { fileName: row.fileName, bytes: Buffer.from(row.document) };
  }
}
