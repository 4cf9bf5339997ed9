import {
  AppError,
  finalDeadlineProblem,
  isWorkingStatus,
  reviewTransitionProblem,
  type TCreateReviewRequest,
  type TReviewDetail,
  type TUpdateReviewRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { Transactions, type Tx } from '../../infra/prisma/transactions';
import { AccessService } from '../access/access.service';
import { AuditService } from '../audit/audit.service';
import { InvitationsService } from '../members/invitations.service';
import { QuestionnaireCatalogue } from '../questionnaires/questionnaire-catalogue.service';
import { ReviewWritability } from '../review-state/review-writability';
import { CarryForwardService } from './carry-forward.service';
import { type ReviewSettingsChange, ReviewSetupRepository } from './review-setup.repository';
import { ReviewsService } from './reviews.service';

/** Creating a review from a template and editing its settings (coordinator). */
@Injectable()
export class ReviewSetupService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly setup: ReviewSetupRepository,
    private readonly transactions: Transactions,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly reviews: ReviewsService,
    private readonly invitations: InvitationsService,
    private readonly questionnaires: QuestionnaireCatalogue,
    private readonly carryForward: CarryForwardService,
  ) {}

  /**
   * Starts a review from a template. With `join` (POST /api/reviews), the creator becomes its
   * coordinator: administrators and people an administrator granted the right may. Without it
   * (an administrator starting a country's review from the instance overview), the creator takes
   * no part. The coordinator named in the request is invited by e-mail either way. Returns the id.
   */
  async create(actorId: string, input: TCreateReviewRequest, options: { join: boolean }): Promise<string> {
    const person = await this.setup.creator(actorId);
    const joins = options.join;
    if (joins ? !person.isAdministrator && !person.mayCreateReviews : !person.isAdministrator) {
      throw new AppError(
        'FORBIDDEN',
        joins
          ? 'You cannot start a review: ask the administrator of this installation to start it or to grant you that right'
          : 'Only an administrator of this installation can start a review for a country',
      );
    }
    if (!joins && !input.coordinator) {
      throw new AppError(
        'VALIDATION',
        'Name the coordinator of the country’s review: they are invited by e-mail',
        {
          fieldErrors: [
            { path: 'coordinator', message: 'is required when you start a review for a country' },
          ],
        },
      );
    }
    const template = await this.questionnaires.find(input.templateKey, input.templateVersion);
    if (!template) {
      const version = input.templateVersion === undefined ? '' : ` version ${input.templateVersion}`;
      throw new AppError('VALIDATION', `There is no questionnaire "${input.templateKey}"${version}`, {
        fieldErrors: [
          {
            path: input.templateVersion === undefined ? 'templateKey' : 'templateVersion',
            message: 'is not a known questionnaire',
          },
        ],
      });
    }
    const duplicate = await this.setup.editionExists({
      country: input.country,
      cycle: input.cycle,
      templateKey: template.key,
    });
    if (duplicate) {
      throw new AppError(
        'CONFLICT',
        `A ${template.title} review for ${input.country} ${input.cycle} already exists`,
      );
    }
    const enqueue: { id: string; notBefore: Date }[] = [];
    const reviewId = await this.transactions.run(
      async (tx) => {
        const workspaceId = await this.workspaceFor(tx, input.country, actorId, person.isAdministrator);
        const review = await this.setup.create(tx, template, {
          workspaceId,
          country: input.country,
          cycle: input.cycle,
          title: input.title ?? `Voluntary GCM Review — ${input.country} ${input.cycle}`,
          timeZone: input.timeZone,
          finalDueDate: input.finalDueDate,
          finalDueTime: input.finalDueTime ?? null,
          contactOffice: joins ? (person.organisation?.name ?? '') : '',
          contactName: joins ? person.name : (input.coordinator?.name ?? ''),
          contactTitle: joins ? (person.title ?? '') : '',
          contactEmail: joins ? person.email : (input.coordinator?.email ?? ''),
          // The questionnaire's own recipients (ESCAP 2020: ESCAP, with a copy to IOM).
          recipientsTo: template.recipients.to,
          recipientsCc: template.recipients.cc,
        });
        // The creator's office becomes the coordinating office: the organisation of that name in
        // this country's directory, never a row of another country (whose coordinators could
        // otherwise rename ours).
        const officeId =
          joins && person.organisation
            ? await this.setup.takePartAs(tx, review, {
                name: person.organisation.name,
                shortName: person.organisation.shortName,
                type: person.organisation.type,
                country: input.country,
              })
            : null;
        if (officeId) {
          await this.setup.setCoordinatingOrganisation(tx, review.id, officeId);
        }
        if (joins) await this.setup.addContact(tx, workspaceId, actorId, officeId);
        if (joins) await this.setup.addCoordinator(tx, review.id, actorId, officeId);
        await this.audit.record(tx, {
          reviewId: review.id,
          actorId,
          action: 'review.created',
          targetType: 'review',
          targetId: review.id,
          after: {
            title: review.title,
            country: review.country,
            cycle: review.cycle,
            templateKey: template.key,
            templateVersion: template.version,
            templateLanguage: template.language,
          },
        });
        if (input.coordinator) {
          const invited = await this.invitations.inviteInTransaction(tx, review.id, actorId, {
            email: input.coordinator.email,
            name: input.coordinator.name,
            role: 'coordinator',
            organisationId: officeId ?? undefined,
          });
          enqueue.push(...invited.enqueue);
        }
        if (input.carryForwardFrom) {
          const carried = await this.carryForward.carryInto(
            tx,
            { ...review, finalDueDate: input.finalDueDate },
            input.carryForwardFrom,
            { id: actorId, startsForCountry: !joins && person.isAdministrator },
          );
          enqueue.push(...carried.enqueue);
        }
        return review.id;
      },
      // Carrying a previous cycle forward copies its plan and answers row by row.
      { timeout: input.carryForwardFrom ? 30_000 : 5_000 },
    );
    await this.invitations.enqueueMail(enqueue);
    return reviewId;
  }

  /**
   * The country's workspace, made on its first review. A country that already has one takes a new
   * review only from an administrator or one of its own coordinators: anyone else with the right
   * to start reviews would otherwise gain that country's organisations and people.
   */
  private async workspaceFor(
    tx: Tx,
    country: string,
    actorId: string,
    isAdministrator: boolean,
  ): Promise<string> {
    const existing = await this.setup.workspaceOf(tx, country, actorId);
    if (!existing) return this.setup.createWorkspace(tx, country);
    if (!isAdministrator && !existing.coordinatedByPerson) {
      throw new AppError(
        'FORBIDDEN',
        `${country} already has reviews on this installation: its next review is started by one of its coordinators or by the administrator`,
      );
    }
    return existing.id;
  }

  /** Edits settings; refused with 409 when based on a version someone else has already changed. */
  async update(reviewId: string, actorId: string, input: TUpdateReviewRequest): Promise<TReviewDetail> {
    await this.access.require(reviewId, actorId, ['coordinator'], 'change the review settings');
    if (input.status !== undefined && !isWorkingStatus(input.status)) {
      // Refused before anything is read: whatever the review's status, the settings never set this one.
      throw statusRefusal(reviewTransitionProblem('setup', input.status, 'settings'));
    }
    await this.transactions.run(
      async (tx) => {
        // A submitted review's settings (status included) stay as sent until an amendment is opened.
        await this.writability.assertWritable(tx, reviewId);
        const before = await this.setup.settings(tx, reviewId);
        const moveProblem = input.status && reviewTransitionProblem(before.status, input.status, 'settings');
        if (moveProblem) throw statusRefusal(moveProblem);
        if (input.finalDueDate !== undefined) await this.assertNoneDueAfter(tx, reviewId, input.finalDueDate);
        if (input.country !== undefined && input.country !== before.country) {
          // Organisations and people belong to the country's workspace: moving one review to
          // another country would carry them across.
          throw new AppError(
            'VALIDATION',
            'The country of a review cannot change once it is started: start a review for the other country instead',
            { fieldErrors: [{ path: 'country', message: `stays ${before.country}` }] },
          );
        }
        if (
          input.coordinatingOrganisationId &&
          !(await this.setup.takesPart(tx, reviewId, input.coordinatingOrganisationId))
        ) {
          throw new AppError(
            'VALIDATION',
            'The coordinating office must be one of the organisations taking part',
            {
              fieldErrors: [
                { path: 'coordinatingOrganisationId', message: 'does not take part in this review' },
              ],
            },
          );
        }
        const data: ReviewSettingsChange = {
          title: input.title,
          country: input.country,
          status: input.status,
          timeZone: input.timeZone,
          finalDueDate: input.finalDueDate,
          finalDueTime: input.finalDueTime,
          coordinatingOrganisationId: input.coordinatingOrganisationId,
          contactOffice: input.contact?.office,
          contactName: input.contact?.name,
          contactTitle: input.contact?.title,
          contactEmail: input.contact?.email,
          contactPhone: input.contact?.telephone,
          contactMailingAddress: input.contact?.mailingAddress,
          recipientsTo: input.recipients?.to,
          recipientsCc: input.recipients?.cc,
          consentToPublish: input.consentToPublish,
          mailSenderName: input.mail?.senderName,
          mailReplyTo: input.mail?.replyTo,
        };
        if (!(await this.setup.updateIfVersion(tx, reviewId, input.version, data))) {
          throw new AppError(
            'CONFLICT',
            'Someone else changed the review settings meanwhile. Reload to see their changes.',
            {
              currentVersion: before.version,
            },
          );
        }
        const changed = Object.entries(data).filter(([, value]) => value !== undefined);
        const pick = (source: Record<string, unknown>) =>
          Object.fromEntries(changed.map(([key]) => [key, jsonable(source[key])]));
        await this.audit.record(tx, {
          reviewId,
          actorId,
          action: 'review.updated',
          targetType: 'review',
          targetId: reviewId,
          before: pick(before as unknown as Record<string, unknown>),
          after: pick(data as Record<string, unknown>),
        });
      },
      { timeout: 5_000 },
    );
    return this.reviews.get(reviewId, actorId);
  }

  /** 400 when open assignments are due after the new final deadline: their due dates move first. */
  private async assertNoneDueAfter(tx: Tx, reviewId: string, finalDueDate: string): Promise<void> {
    const later = await this.setup.openAssignmentsDueAfter(tx, reviewId, finalDueDate);
    const problem = finalDeadlineProblem(finalDueDate, later);
    if (problem) {
      throw new AppError('VALIDATION', `The final deadline cannot move there: ${problem}`, {
        fieldErrors: [{ path: 'finalDueDate', message: problem }],
      });
    }
  }
}

/** 400 for a status the settings cannot set, saying how that status is reached. */
function statusRefusal(problem: string | null): AppError {
  return new AppError('VALIDATION', problem ?? 'This status cannot be set here', {
    fieldErrors: [{ path: 'status', message: 'can only be setup, collecting or consolidating here' }],
  });
}

function jsonable(value: unknown): string | number | boolean | null | string[] {
  if (value === undefined) return null;
  return value as string | number | boolean | null | string[];
}
