import type { Prisma } from '@gcm/db';
import {
  AppError,
  type CarrySource,
  type CarryTarget,
  carryAnswers,
  carryAssignments,
  countWords,
  type TAnswerKind,
  type TCarryForwardSummary,
  ZAnswerData,
  ZQuestionnaireAnswer,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import type { Tx } from '../../infra/prisma/transactions';
import { AuditService } from '../audit/audit.service';
import { CarryForwardRepository, type CarryWrite } from './carry-forward.repository';

/** The new review being started, as carrying forward needs it. */
export interface NewReviewRef {
  id: string;
  country: string;
  cycle: number;
  workspaceId: string;
  /** YYYY-MM-DD */
  finalDueDate: string;
}

/**
 * Starts a country's next review from its previous one (docs/decisions/0020-carry-forward.md):
 * the organisations, people and plan of assignments are copied, and each answer begins from the
 * previous cycle's final answer for the questions the questionnaire names, recording its origin.
 */
@Injectable()
export class CarryForwardService {
  constructor(
    private readonly carry: CarryForwardRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * Copies `fromReviewId` into the new review, inside the transaction that creates it. Refused
   * (400, the whole creation undone) unless it is an earlier cycle of the same country that the
   * actor coordinates, or the actor is the installation's administrator starting the review.
   */
  async carryInto(
    tx: Tx,
    review: NewReviewRef,
    fromReviewId: string,
    actor: { id: string; startsForCountry: boolean },
  ): Promise<TCarryForwardSummary> {
    const source = await this.carry.source(tx, fromReviewId);
    const allowed =
      source !== null &&
      source.workspaceId === review.workspaceId &&
      (actor.startsForCountry || (await this.carry.coordinates(tx, source.id, actor.id)));
    if (!source || !allowed) {
      // One answer for a review that does not exist, of another country, or not the actor's:
      // the field cannot be used to find out which reviews exist.
      throw refusal(`is not a review of ${review.country} that you coordinate`);
    }
    if (source.cycle >= review.cycle) {
      throw refusal(`is the ${source.cycle} cycle, not one before ${review.cycle}`);
    }
    const [archived, targets, alreadyMembers] = await Promise.all([
      this.carry.archived(tx, review.workspaceId),
      this.carry.targets(tx, review.id),
      this.carry.memberIds(tx, review.id),
    ]);
    const organisationStays = (id: string | null) => id === null || !archived.organisations.has(id);
    const personStays = (id: string) => !archived.people.has(id);

    const organisations = source.organisations
      .filter((row) => organisationStays(row.organisationId))
      .map((row) => ({
        organisationId: row.organisationId,
        headContactId: row.headContactId && personStays(row.headContactId) ? row.headContactId : null,
      }));
    const members = source.members.filter(
      (row) =>
        !alreadyMembers.has(row.personId) &&
        personStays(row.personId) &&
        organisationStays(row.organisationId) &&
        (row.role !== 'contributor' || row.organisationId !== null),
    );
    const memberIds = new Set([...alreadyMembers, ...members.map((row) => row.personId)]);
    const carryTargets = targets.map((question) =>
      carryTarget(question.code, question.answerKind, question.answerConfig, question.carryFrom),
    );
    const questionId = new Map(targets.map((question) => [question.code, question.id]));
    const idOf = (code: string): string => {
      const id = questionId.get(code);
      if (!id) throw new Error(`Question ${code} vanished while carrying forward`);
      return id;
    };
    const assignments = carryAssignments(
      carryTargets,
      source.assignments,
      { previousFinal: source.finalDueDate, newFinal: review.finalDueDate },
      {
        organisation: (id) => organisationStays(id) && organisations.some((row) => row.organisationId === id),
        person: (id) => personStays(id) && memberIds.has(id),
      },
    ).map((row) => ({ ...row, questionId: idOf(row.questionCode) }));
    const answers = carryAnswers(carryTargets, source.questions.map(carrySource)).map((row) => ({
      questionId: idOf(row.code),
      fromCodes: row.fromCodes,
      body: row.body,
      wordCount: countWords(row.body),
      data: row.data as Prisma.JsonValue,
    }));
    const coordinatingOrganisationId =
      source.coordinatingOrganisationId && organisationStays(source.coordinatingOrganisationId)
        ? source.coordinatingOrganisationId
        : null;

    const plan: CarryWrite = {
      reviewId: review.id,
      actorId: actor.id,
      from: { reviewId: source.id, cycle: source.cycle },
      coordinatingOrganisationId,
      reminderPolicy: source.reminderPolicy,
      organisations,
      members,
      assignments,
      answers,
    };
    await this.carry.write(tx, plan);
    const summary: TCarryForwardSummary = {
      fromReviewId: source.id,
      fromCycle: source.cycle,
      organisations: organisations.length,
      members: members.length,
      assignments: assignments.length,
      answers: answers.length,
    };
    await this.audit.record(tx, {
      reviewId: review.id,
      actorId: actor.id,
      action: 'review.carried_forward',
      targetType: 'review',
      targetId: review.id,
      after: { ...summary, questions: answers.map((row) => row.fromCodes.join('+')) },
    });
    return summary;
  }
}

function refusal(message: string): AppError {
  return new AppError('VALIDATION', `The review to start from ${message}`, {
    fieldErrors: [{ path: 'carryForwardFrom', message }],
  });
}

function carryTarget(
  code: string,
  answerKind: TAnswerKind,
  answerConfig: Prisma.JsonValue,
  carryFrom: string[],
): CarryTarget {
  return { code, answerKind, answer: ZQuestionnaireAnswer.parse(answerConfig), carryFrom };
}

function carrySource(question: {
  code: string;
  answerKind: TAnswerKind;
  answerConfig: Prisma.JsonValue;
  answer: { body: string; data: Prisma.JsonValue; status: 'draft' | 'final' | 'not_applicable' } | null;
}): CarrySource {
  const data = question.answer?.data ? ZAnswerData.safeParse(question.answer.data) : null;
  return {
    code: question.code,
    answerKind: question.answerKind,
    answer: ZQuestionnaireAnswer.parse(question.answerConfig),
    stored: question.answer && {
      body: question.answer.body,
      data: data?.success ? data.data : null,
      status: question.answer.status,
    },
  };
}
