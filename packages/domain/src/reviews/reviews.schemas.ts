import { z } from 'zod';
import { ZAnswerKind, ZObjective, ZQuestionCode } from '../catalogue/catalogue.schemas';
import { ZDeadlineStatus } from '../deadlines/deadline.schemas';
import { DRAFT_SOURCES, ZQuestionnaireAnswer } from '../questionnaires/questionnaire.schemas';
import {
  ZAssignmentRole,
  ZContributionState,
  ZOrganisationRef,
  ZReviewRole,
  ZUuid,
} from '../shared/primitives.schemas';
import { text } from '../text/storable-text';

/**
 * A review's life cycle: setup → collecting → consolidating → submitted → closed → archived.
 * Submitted is reached only by submitting the report (an amendment reopens it); closed and
 * archived by the coordinator once the report is in. See REVIEW_TRANSITIONS.
 */
export const REVIEW_STATUSES = [
  'setup',
  'collecting',
  'consolidating',
  'submitted',
  'closed',
  'archived',
] as const;
export const ZReviewStatus = z.enum(REVIEW_STATUSES);
export type TReviewStatus = z.infer<typeof ZReviewStatus>;

export const ZProgress = z
  .object({
    total: z.number().int().nonnegative(),
    notStarted: z.number().int().nonnegative(),
    drafting: z.number().int().nonnegative(),
    submitted: z.number().int().nonnegative(),
    changesRequested: z.number().int().nonnegative(),
    accepted: z.number().int().nonnegative(),
    overdue: z.number().int().nonnegative(),
  })
  .meta({ id: 'Progress' });
export type TProgress = z.infer<typeof ZProgress>;

export const ZReviewSummary = z
  .object({
    id: ZUuid,
    title: z.string(),
    country: z.string(),
    cycle: z.number().int(),
    templateKey: z.string(),
    status: ZReviewStatus,
    timeZone: z.string(),
    finalDueDate: z.iso.date(),
    /** Local time of day (HH:MM in timeZone) of the final deadline; null = the end of that day. */
    finalDueTime: z.string().nullable(),
    workspaceId: ZUuid,
    coordinatingOrganisation: ZOrganisationRef.nullable(),
    questionCount: z.number().int().nonnegative(),
    progress: ZProgress,
  })
  .meta({ id: 'ReviewSummary' });
export type TReviewSummary = z.infer<typeof ZReviewSummary>;

export const ZListReviewsQuery = z
  .object({
    status: ZReviewStatus.optional(),
    country: text(100).min(1).optional(),
  })
  .strict()
  .meta({ id: 'ListReviewsQuery' });
export type TListReviewsQuery = z.infer<typeof ZListReviewsQuery>;

export const ZListReviewsResponse = z
  .object({ reviews: z.array(ZReviewSummary) })
  .meta({ id: 'ListReviewsResponse' });
export type TListReviewsResponse = z.infer<typeof ZListReviewsResponse>;

export const ZReviewParams = z.object({ reviewId: ZUuid }).strict();

export const ZAssignmentSummary = z
  .object({
    id: ZUuid,
    organisation: ZOrganisationRef,
    role: ZAssignmentRole,
    dueDate: z.iso.date(),
    state: ZContributionState,
    deadlineStatus: ZDeadlineStatus,
  })
  .meta({ id: 'AssignmentSummary' });
export type TAssignmentSummary = z.infer<typeof ZAssignmentSummary>;

export const ZReviewQuestion = z
  .object({
    id: ZUuid,
    code: ZQuestionCode,
    order: z.number().int(),
    clusterNumber: z.number().int().nullable(),
    prompt: z.string(),
    answerKind: ZAnswerKind,
    /** How the question is answered: table columns, priority-table headings. */
    answer: ZQuestionnaireAnswer,
    /** The questionnaire section it belongs to. */
    sectionKey: z.string(),
    targetWords: z.number().int(),
    guidance: z.string(),
    /** GCM objectives the question refers to beyond its section's. */
    objectives: z.array(z.number().int()),
    /** Added by the review's coordinator, not asked by the questionnaire. */
    national: z.boolean(),
    /** "methodology": the workshops page drafts this answer. */
    draftFrom: z.enum(DRAFT_SOURCES).nullable(),
    /** For 409 on a stale change of the question (tailoring). */
    version: z.number().int(),
    assignments: z.array(ZAssignmentSummary),
  })
  .meta({ id: 'ReviewQuestion' });
export type TReviewQuestion = z.infer<typeof ZReviewQuestion>;

export const ZReviewCluster = z
  .object({
    number: z.number().int(),
    title: z.string(),
    objectives: z.array(ZObjective),
    questions: z.array(ZReviewQuestion),
  })
  .meta({ id: 'ReviewCluster' });
export type TReviewCluster = z.infer<typeof ZReviewCluster>;

export const ZContactBlock = z
  .object({
    country: z.string(),
    office: z.string(),
    name: z.string(),
    title: z.string(),
    email: z.string(),
    telephone: z.string(),
    mailingAddress: z.string(),
  })
  .meta({ id: 'ContactBlock' });
export type TContactBlock = z.infer<typeof ZContactBlock>;

export const ZReviewDetail = ZReviewSummary.extend({
  version: z.number().int(),
  contact: ZContactBlock,
  recipients: z.object({ to: z.array(z.string()), cc: z.array(z.string()) }),
  consentToPublish: z.boolean().nullable(),
  /**
   * How the review's e-mails present themselves: the coordinator's choices (null = default) and
   * what is sent (From's display name; Reply-To, the contact block's address by default).
   */
  mail: z.object({
    senderName: z.string().nullable(),
    replyTo: z.string().nullable(),
    effective: z.object({ senderName: z.string(), replyTo: z.string().nullable() }),
  }),
  /** The questionnaire followed, as a title ("ESCAP Voluntary GCM Review 2020") and version. */
  questionnaire: z.object({ key: z.string(), version: z.number().int(), title: z.string() }),
  /**
   * The questionnaire's headed sections in order (ESCAP 2020: the four clusters, questions 1a–4d),
   * with the objectives each covers and their questions.
   */
  clusters: z.array(ZReviewCluster),
  /** The country's previous cycle this review was started from (carried forward), or null. */
  carriedForwardFrom: z.object({ reviewId: ZUuid, cycle: z.number().int(), title: z.string() }).nullable(),
  /** The questions of unheaded sections (ESCAP 2020: questions 5–10), in order. */
  generalQuestions: z.array(ZReviewQuestion),
  /** The signed-in person's place in this review, so screens can offer what they may do. */
  viewer: z.object({ role: ZReviewRole, organisationId: ZUuid.nullable() }),
}).meta({ id: 'ReviewDetail' });
export type TReviewDetail = z.infer<typeof ZReviewDetail>;

export const ZHealth = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({ status: z.enum(['up', 'down']), latencyMs: z.number().nullable() }),
    version: z.string(),
    uptimeSeconds: z.number(),
  })
  .meta({ id: 'Health' });
export type THealth = z.infer<typeof ZHealth>;
