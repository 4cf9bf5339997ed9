import { z } from 'zod';
import { ZQuestionCode } from '../catalogue/catalogue.schemas';
import { ZUuid } from '../shared/primitives.schemas';
import {
  ZOutlineNote,
  ZOutlineParagraph,
  ZOutlinePrinciplesTable,
  ZOutlinePriorityTable,
  ZOutlineTable,
  ZReportObjectiveItem,
} from './report.schemas';

// ---------------------------------------------------------------------------------------------
// Published reports: what anyone may read, without signing in, of a review submitted with the
// State's consent to publish (docs/decisions/0019-public-reports.md). Nothing here names a
// person: no focal points, contact block, contributions, drafts, votes or audit.
// ---------------------------------------------------------------------------------------------

/** One published report in the index. */
export const ZPublicReportSummary = z
  .object({
    /** The review's id: the address of its public page. */
    id: ZUuid,
    country: z.string(),
    cycle: z.number().int(),
    title: z.string(),
    /** When the version shown was sent (the latest submission). */
    submittedAt: z.iso.datetime({ offset: true }),
    /** 1 = first submission; 2 and more = amended versions. */
    version: z.number().int().min(1),
  })
  .meta({ id: 'PublicReportSummary' });
export type TPublicReportSummary = z.infer<typeof ZPublicReportSummary>;

export const ZPublicReportIndex = z
  .object({ reports: z.array(ZPublicReportSummary) })
  .meta({ id: 'PublicReportIndex' });
export type TPublicReportIndex = z.infer<typeof ZPublicReportIndex>;

/** How an answer is shown: its text, its table (principles, priorities, columns), or a note. */
export const ZPublicAnswerNode = z
  .discriminatedUnion('kind', [
    ZOutlineParagraph,
    ZOutlinePrinciplesTable,
    ZOutlinePriorityTable,
    ZOutlineTable,
    ZOutlineNote,
  ])
  .meta({ id: 'PublicAnswerNode' });
export type TPublicAnswerNode = z.infer<typeof ZPublicAnswerNode>;

export const PUBLIC_ANSWER_STATUSES = ['final', 'not_applicable', 'unanswered'] as const;
export const ZPublicAnswerStatus = z.enum(PUBLIC_ANSWER_STATUSES);
export type TPublicAnswerStatus = z.infer<typeof ZPublicAnswerStatus>;

export const ZPublicQuestion = z
  .object({
    code: ZQuestionCode,
    prompt: z.string(),
    /** The heading the report gives it: "1a. Please provide …". */
    heading: z.string(),
    /** final and not_applicable as sent; unanswered when no final answer was sent. */
    status: ZPublicAnswerStatus,
    answer: z.array(ZPublicAnswerNode),
  })
  .meta({ id: 'PublicQuestion' });
export type TPublicQuestion = z.infer<typeof ZPublicQuestion>;

/** A section of the questionnaire; the questions of an unheaded section stand on their own. */
export const ZPublicSection = z
  .object({
    key: z.string(),
    /** The section's number and title ("1. …"), null when the questionnaire gives it no heading. */
    number: z.number().int().min(1).nullable(),
    title: z.string().nullable(),
    objectives: z.array(ZReportObjectiveItem),
    questions: z.array(ZPublicQuestion),
  })
  .meta({ id: 'PublicSection' });
export type TPublicSection = z.infer<typeof ZPublicSection>;

/** A priority GCM objective and the reason the State gave for it. */
export const ZPublicPriority = z
  .object({ objective: z.number().int().min(1).max(23), title: z.string(), reason: z.string() })
  .meta({ id: 'PublicPriority' });
export type TPublicPriority = z.infer<typeof ZPublicPriority>;

export const ZPublicReport = ZPublicReportSummary.extend({
  /** The questionnaire the report answers ("Voluntary GCM Review"). */
  questionnaireTitle: z.string(),
  /** The .docx as it was sent, at /api/public/reports/:id/document. */
  document: z.object({
    fileName: z.string(),
    sizeBytes: z.number().int().nonnegative(),
    sha256: z.string().length(64),
  }),
  sections: z.array(ZPublicSection),
  priorities: z.array(ZPublicPriority),
}).meta({ id: 'PublicReport' });
export type TPublicReport = z.infer<typeof ZPublicReport>;

/** Giving or withdrawing the consent to publish, in any status (coordinator). */
export const ZUpdatePublicationRequest = z
  .object({
    consentToPublish: z.boolean({ error: 'must be true (publish) or false (do not publish)' }),
    /** The review's version the change is based on (409 when someone changed it meanwhile). */
    version: z.number({ error: 'must be the review’s version' }).int().min(1),
  })
  .strict()
  .meta({ id: 'UpdatePublicationRequest' });
export type TUpdatePublicationRequest = z.infer<typeof ZUpdatePublicationRequest>;

export const ZPublication = z
  .object({
    consentToPublish: z.boolean().nullable(),
    /** True when the public page and the index show the report now. */
    published: z.boolean(),
    /** The review's new version. */
    version: z.number().int().min(1),
  })
  .meta({ id: 'Publication' });
export type TPublication = z.infer<typeof ZPublication>;
