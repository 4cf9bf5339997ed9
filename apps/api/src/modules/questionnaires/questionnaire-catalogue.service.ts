import { createHash } from 'node:crypto';
import {
  AppError,
  BUILT_IN_QUESTIONNAIRES,
  builtInQuestionnaire,
  checkQuestionnaireText,
  questionnaireQuestions,
  type TImportQuestionnaireRequest,
  type TQuestionnaire,
  type TQuestionnaireImportResult,
  type TQuestionnaireSummary,
  ZQuestionnaire,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../../infra/prisma/transactions';
import { AuditService } from '../audit/audit.service';
import { QuestionnairesRepository, type StoredQuestionnaireRow } from './questionnaires.repository';

function summaryOf(questionnaire: TQuestionnaire, importedAt: Date | null): TQuestionnaireSummary {
  return {
    key: questionnaire.key,
    version: questionnaire.version,
    title: questionnaire.title,
    language: questionnaire.language,
    questionCount: questionnaireQuestions(questionnaire).length,
    builtIn: importedAt === null,
    importedAt: importedAt?.toISOString() ?? null,
  };
}

function duplicate(questionnaire: TQuestionnaire): AppError {
  return new AppError(
    'CONFLICT',
    `Questionnaire "${questionnaire.key}" version ${questionnaire.version} exists already; a changed form needs a new version number`,
  );
}

/** A stored file was checked on import; it is parsed again so that defaults of a newer schema apply. */
function fromRow(row: StoredQuestionnaireRow): TQuestionnaire {
  return ZQuestionnaire.parse(row.content);
}

/**
 * The questionnaires reviews can follow: the built-in ones shipped in @gcm/domain and the ones an
 * administrator imported. A (key, version) names one file forever: importing it again is refused.
 */
@Injectable()
export class QuestionnaireCatalogue {
  constructor(
    private readonly repository: QuestionnairesRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** The questionnaire of that key: the given version, or the newest when none is given. */
  async find(key: string, version?: number): Promise<TQuestionnaire | undefined> {
    const builtIn = builtInQuestionnaire(key, version);
    const stored = await this.repository.find(key, version);
    const imported = stored ? fromRow(stored) : undefined;
    if (!builtIn) return imported;
    if (!imported) return builtIn;
    return imported.version > builtIn.version ? imported : builtIn;
  }

  /** The questionnaire a review follows; it always exists (reviews refer to a kept file). */
  async ofReview(review: { templateKey: string; templateVersion: number }): Promise<TQuestionnaire> {
    const questionnaire = await this.find(review.templateKey, review.templateVersion);
    if (!questionnaire) {
      throw new Error(
        `The questionnaire ${review.templateKey} v${review.templateVersion} of a review is missing`,
      );
    }
    return questionnaire;
  }

  async list(): Promise<TQuestionnaireSummary[]> {
    const stored = await this.repository.list();
    return [
      ...BUILT_IN_QUESTIONNAIRES.map((questionnaire) => summaryOf(questionnaire, null)),
      ...stored.map((row) => summaryOf(fromRow(row), row.createdAt)),
    ];
  }

  async get(key: string, version: number): Promise<TQuestionnaire> {
    const questionnaire = await this.find(key, version);
    if (!questionnaire)
      throw new AppError('NOT_FOUND', `There is no questionnaire "${key}" version ${version}`);
    return questionnaire;
  }

  /**
   * Checks an uploaded file and, unless it is a dry run, keeps it. An invalid file is refused with
   * 422 and every problem named; a (key, version) that exists already with 409.
   */
  async import(actorId: string, input: TImportQuestionnaireRequest): Promise<TQuestionnaireImportResult> {
    if (!(await this.repository.isAdministrator(actorId))) {
      throw new AppError('FORBIDDEN', 'Only an administrator of this installation can import questionnaires');
    }
    const checked = checkQuestionnaireText(input.file);
    if (!checked.ok) {
      const count = checked.problems.length;
      throw new AppError(
        'UNPROCESSABLE',
        `The questionnaire was not imported: it has ${count} problem${count === 1 ? '' : 's'}. Correct the file and try again.`,
        { problems: checked.problems },
      );
    }
    const { questionnaire } = checked;
    const exists =
      builtInQuestionnaire(questionnaire.key, questionnaire.version) !== undefined ||
      (await this.repository.find(questionnaire.key, questionnaire.version)) !== null;
    if (exists) throw duplicate(questionnaire);
    if (input.dryRun) return { imported: false, questionnaire: summaryOf(questionnaire, null) };
    const sha256 = createHash('sha256').update(input.file, 'utf8').digest('hex');
    const row = await this.transactions
      .run(async (tx) => {
        if (await this.repository.find(questionnaire.key, questionnaire.version, tx))
          throw duplicate(questionnaire);
        const stored = await this.repository.insert(tx, {
          key: questionnaire.key,
          version: questionnaire.version,
          title: questionnaire.title,
          content: questionnaire,
          sha256,
          importedById: actorId,
        });
        await this.audit.record(tx, {
          reviewId: null,
          actorId,
          action: 'questionnaire.imported',
          targetType: 'questionnaire',
          targetId: stored.id,
          after: {
            key: questionnaire.key,
            version: questionnaire.version,
            title: questionnaire.title,
            sha256,
          },
        });
        return stored;
      })
      .catch((error: unknown) => {
        // Two imports of the same file at once: the unique (key, version) lets one through.
        if ((error as { code?: unknown } | null)?.code === 'P2002') throw duplicate(questionnaire);
        throw error;
      });
    return { imported: true, questionnaire: summaryOf(questionnaire, row.createdAt) };
  }
}
