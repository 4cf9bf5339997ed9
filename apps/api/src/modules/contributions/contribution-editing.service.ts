import {
  AppError,
  assertTransition,
  countWords,
  storedLanguage,
  type TContribution,
  type TContributionConflict,
  type TSaveContributionRequest,
} from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { AssignmentsRepository } from '../assignments/assignments.repository';
import { AuditService } from '../audit/audit.service';
import { ReviewWritability } from '../review-state/review-writability';
import { sameContent } from './contribution.mapper';
import { ContributionAccessService } from './contribution-access.service';
import { ContributionReadingService } from './contribution-reading.service';
import { ContributionsRepository } from './contributions.repository';

/** Thrown inside the save transaction when another save got there first; answered with a 409. */
class StaleSave extends Error {}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/**
 * Saving the text of a contribution with optimistic concurrency: a save names the version it was
 * based on, and of two saves from the same version exactly one is stored; the other gets 409 with
 * the stored text, so nothing is silently overwritten. Every stored save is a revision.
 */
@Injectable()
export class ContributionEditingService {
  constructor(
    private readonly writability: ReviewWritability,
    private readonly contributions: ContributionsRepository,
    private readonly assignments: AssignmentsRepository,
    private readonly guard: ContributionAccessService,
    private readonly reading: ContributionReadingService,
    private readonly audit: AuditService,
  ) {}

  async save(
    assignmentId: string,
    personId: string,
    input: TSaveContributionRequest,
  ): Promise<TContribution> {
    const { access, assignment } = await this.guard.forAssignment(
      assignmentId,
      personId,
      'edit',
      'edit this contribution',
    );
    try {
      await this.contributions.transaction(async (db) => {
        await this.writability.assertWritable(db, assignment.reviewId, { id: assignment.questionId });
        // Holding the assignment row serialises saves and transitions of this assignment.
        const locked = await this.assignments.lock(db, assignmentId);
        if (!locked) throw new AppError('NOT_FOUND', 'There is no assignment with this id');
        const state = assertTransition(locked.state, 'save', access.role);
        const current = await this.contributions.findContribution(assignmentId, db);
        const stored = current ?? { body: '', references: [], language: null, version: 0, wordCount: 0 };
        const text = {
          body: input.body,
          references: input.references,
          wordCount: countWords(input.body),
          // Left out: the language stays as stored; the template's own is stored as null.
          language:
            input.language === undefined
              ? stored.language
              : storedLanguage(
                  input.language,
                  await this.contributions.templateLanguage(db, assignment.reviewId),
                ),
        };
        if (sameContent(stored, text)) return;
        if (input.baseVersion !== stored.version) throw new StaleSave();
        let contributionId: string;
        if (current) {
          const saved = await this.contributions.updateIfVersion(db, assignmentId, input.baseVersion, text);
          if (!saved) throw new StaleSave();
          contributionId = current.id;
        } else {
          contributionId = await this.contributions.createFirst(db, assignmentId, text);
        }
        const version = input.baseVersion + 1;
        await this.contributions.addRevision(db, { contributionId, version, authorId: personId, ...text });
        if (state !== locked.state) {
          await this.assignments.updateIfVersion(db, assignmentId, locked.version, { state });
        }
        await this.audit.record(db, {
          reviewId: assignment.reviewId,
          actorId: personId,
          action: 'contribution.saved',
          targetType: 'contribution',
          targetId: contributionId,
          questionId: assignment.questionId,
          before: {
            version: stored.version,
            wordCount: stored.wordCount,
            state: locked.state,
            ...(stored.language === text.language ? {} : { language: stored.language }),
          },
          after: {
            version,
            wordCount: text.wordCount,
            references: text.references.length,
            state,
            ...(stored.language === text.language ? {} : { language: text.language }),
          },
        });
      });
    } catch (error) {
      if (error instanceof StaleSave || isUniqueViolation(error)) {
        throw await this.conflict(assignmentId, input.baseVersion);
      }
      throw error;
    }
    return this.reading.view(assignmentId, access.role);
  }

  /** The 409 of a stale save, carrying what is stored now so the client can merge. */
  private async conflict(assignmentId: string, baseVersion: number): Promise<AppError> {
    const current = await this.contributions.findContribution(assignmentId);
    const updatedBy = current ? await this.contributions.lastAuthor(current.id) : null;
    const details: TContributionConflict['details'] = {
      current: {
        body: current?.body ?? '',
        references: current?.references ?? [],
        language: current?.language ?? null,
        version: current?.version ?? 0,
        updatedAt: current && current.version > 0 ? current.updatedAt.toISOString() : null,
        updatedBy,
      },
    };
    const by = updatedBy ? ` by ${updatedBy.name}` : '';
    return new AppError(
      'CONFLICT',
      `This contribution was saved${by} after you opened it (you edited version ${baseVersion}, it is now version ${details.current.version}). Your text was not saved: compare it with the current text and save again.`,
      details,
    );
  }
}
