import type { AnswerKind, Prisma } from '@gcm/db';
import {
  AppError,
  countWords,
  GUIDING_PRINCIPLES,
  objectiveByNumber,
  storedLanguage,
  type TAnswer,
  type TAnswerConflict,
  type TSaveAnswerRequest,
  ZPrinciplesAnswerData,
  ZPrioritiesAnswerData,
  ZQuestionnaireAnswer,
  ZTableAnswerData,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { toFieldErrors, validationError } from '../../infra/http/validation.pipe';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { type AnswerFields, AnswersRepository, type QuestionRow } from './answers.repository';
import { ConsolidationService } from './consolidation.service';

/** Thrown inside the save transaction when another save got there first; answered with a 409. */
class StaleSave extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

const PRINCIPLE_ORDER = new Map(GUIDING_PRINCIPLES.map((principle) => [principle.key, principle.order]));

/**
 * The structured part of a save, checked against the question's kind: question 5 takes the ten
 * principles, question 7 the priority objectives (titles filled in from the catalogue), the others
 * nothing. `undefined` keeps what is stored; null clears it.
 */
export function checkAnswerData(
  kind: AnswerKind,
  code: string,
  data: TSaveAnswerRequest['data'],
  config: Prisma.JsonValue = null,
): Prisma.JsonValue | undefined {
  if (data === undefined || data === null) return data;
  if (kind === 'table') return checkTableData(code, data, config);
  if (kind === 'principles_checklist') {
    const parsed = ZPrinciplesAnswerData.safeParse(data);
    if (!parsed.success) throw validationError(toFieldErrors(parsed.error.issues, 'data'));
    const principles = [...parsed.data.principles].sort(
      (a, b) => (PRINCIPLE_ORDER.get(a.key) ?? 0) - (PRINCIPLE_ORDER.get(b.key) ?? 0),
    );
    return { principles: principles.map((p) => ({ ...p, explanation: p.explanation.trim() })) };
  }
  if (kind === 'priority_objectives') {
    const parsed = ZPrioritiesAnswerData.safeParse(data);
    if (!parsed.success) throw validationError(toFieldErrors(parsed.error.issues, 'data'));
    return {
      priorities: parsed.data.priorities.map(({ objective, title, reason }) => ({
        objective,
        title: title || objectiveByNumber(objective)?.title || '',
        reason,
      })),
    };
  }
  throw validationError([
    {
      path: 'data',
      message: `question ${code} is answered in text only: send no data (only checklist, priority and table questions take data)`,
    },
  ]);
}

/** A table answer: rows with a text for some of the question's columns; blank rows are dropped. */
function checkTableData(code: string, data: unknown, config: Prisma.JsonValue): Prisma.JsonValue {
  const answer = ZQuestionnaireAnswer.safeParse(config);
  const columns = answer.success && answer.data.kind === 'table' ? answer.data.columns : [];
  const parsed = ZTableAnswerData.safeParse(data);
  if (!parsed.success) throw validationError(toFieldErrors(parsed.error.issues, 'data'));
  const keys = new Set(columns.map((column) => column.key));
  const problems: { path: string; message: string }[] = [];
  parsed.data.rows.forEach((row, index) => {
    for (const key of Object.keys(row)) {
      if (!keys.has(key)) {
        problems.push({
          path: `data.rows.${index}.${key}`,
          message: `question ${code} has no column "${key}"; its columns are ${[...keys].join(', ')}`,
        });
      }
    }
  });
  if (problems.length > 0) throw validationError(problems);
  const rows = parsed.data.rows
    .map((row) => Object.fromEntries(columns.map((column) => [column.key, (row[column.key] ?? '').trim()])))
    .filter((row) => Object.values(row).some((cell) => cell.length > 0));
  return { rows };
}

/** JSON with object keys sorted: PostgreSQL's jsonb gives keys back in its own order. */
function canonical(value: Prisma.JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sameContent(stored: AnswerFields, next: AnswerFields): boolean {
  return (
    stored.body === next.body &&
    stored.status === next.status &&
    stored.language === next.language &&
    canonical(stored.data) === canonical(next.data)
  );
}

/**
 * Saving the consolidated answer of a question (coordinator) with optimistic concurrency, exactly
 * like contributions: a save names the version it was based on, a stale one gets 409 with what is
 * stored, and every stored save is a revision with its audit event.
 */
@Injectable()
export class AnswerEditingService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly access: AccessService,
    private readonly answers: AnswersRepository,
    private readonly consolidation: ConsolidationService,
    private readonly audit: AuditService,
  ) {}

  async save(reviewId: string, code: string, personId: string, input: TSaveAnswerRequest): Promise<TAnswer> {
    await this.access.require(reviewId, personId, ['coordinator'], 'edit the consolidated answer');
    const question = await this.consolidation.question(reviewId, code);
    const data = checkAnswerData(question.answerKind, code, input.data, question.answerConfig);
    try {
      await this.answers.transaction(async (db) => {
        await this.writability.assertWritable(db, reviewId, { code: question.code });
        const current = await this.answers.findAnswer(question.id, db);
        const stored: AnswerFields = current ?? {
          body: '',
          wordCount: 0,
          data: null,
          status: 'draft',
          language: null,
        };
        const next: AnswerFields = {
          body: input.body,
          wordCount: countWords(input.body),
          data: data === undefined ? stored.data : data,
          status: input.status ?? stored.status,
          // Left out: the language stays as stored; the template's own is stored as null.
          language:
            input.language === undefined
              ? stored.language
              : storedLanguage(input.language, question.review.templateLanguage),
        };
        if (sameContent(stored, next)) return;
        const baseVersion = current?.version ?? 0;
        if (input.baseVersion !== baseVersion) throw new StaleSave();
        let answerId: string;
        if (current) {
          if (!(await this.answers.updateIfVersion(db, question.id, baseVersion, next)))
            throw new StaleSave();
          answerId = current.id;
        } else {
          answerId = await this.answers.createFirst(db, question.id, next);
        }
        const version = baseVersion + 1;
        await this.answers.addRevision(db, {
          answerId,
          version,
          authorId: personId,
          body: next.body,
          data: next.data,
          status: next.status,
          language: next.language,
        });
        await this.audit.record(db, {
          reviewId,
          actorId: personId,
          action: 'answer.saved',
          targetType: 'answer',
          targetId: answerId,
          questionId: question.id,
          before: {
            version: baseVersion,
            wordCount: stored.wordCount,
            status: stored.status,
            ...(stored.language === next.language ? {} : { language: stored.language }),
          },
          after: {
            version,
            wordCount: next.wordCount,
            status: next.status,
            data: next.data !== null,
            ...(stored.language === next.language ? {} : { language: next.language }),
          },
        });
      });
    } catch (error) {
      if (error instanceof StaleSave || isUniqueViolation(error)) {
        throw await this.conflict(question, input.baseVersion);
      }
      throw error;
    }
    return this.consolidation.answer(question);
  }

  /** The 409 of a stale save, carrying what is stored now so the client can merge. */
  private async conflict(question: QuestionRow, baseVersion: number): Promise<AppError> {
    const current = await this.consolidation.answer(question);
    const details: TAnswerConflict['details'] = { current };
    const by = current.updatedBy ? ` by ${current.updatedBy.name}` : '';
    return new AppError(
      'CONFLICT',
      `The answer to question ${question.code} was saved${by} after you opened it (you edited version ${baseVersion}, it is now version ${current.version}). Your text was not saved: compare it with the current text and save again.`,
      details,
    );
  }
}
