import { z } from 'zod';
import { ZAnswerKind, ZPrincipleKey, ZQuestionCode } from '../catalogue/catalogue.schemas';
import { ZQuestionnaire, ZQuestionnaireAnswer } from '../questionnaires/questionnaire.schemas';
import { ZContactBlock } from '../reviews/reviews.schemas';

// ---------------------------------------------------------------------------------------------
// Answer text: plain text split into paragraphs and lists (see answer-text.ts).
// ---------------------------------------------------------------------------------------------

export const ZTextBlock = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('paragraph'), text: z.string() }),
    z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
  ])
  .meta({ id: 'TextBlock' });
export type TTextBlock = z.infer<typeof ZTextBlock>;

// ---------------------------------------------------------------------------------------------
// Report input: what the API assembles from a review to compile (or preview) the report.
// ---------------------------------------------------------------------------------------------

export const REPORT_QUESTION_STATUSES = ['draft', 'final', 'not_applicable'] as const;
export const ZReportQuestionStatus = z.enum(REPORT_QUESTION_STATUSES);
export type TReportQuestionStatus = z.infer<typeof ZReportQuestionStatus>;

/** One row of the question 5 table: has the guiding principle been integrated, and how. */
export const ZReportPrinciple = z
  .object({
    key: ZPrincipleKey,
    /** true = yes, false = no, null = not answered yet. */
    integrated: z.boolean().nullable(),
    explanation: z.string(),
  })
  .meta({ id: 'ReportPrinciple' });
export type TReportPrinciple = z.infer<typeof ZReportPrinciple>;

/** One row of the question 7 table: a priority objective and why the Government chose it. */
export const ZReportPriority = z
  .object({
    objective: z.number().int().min(1).max(23),
    title: z.string(),
    reason: z.string(),
  })
  .meta({ id: 'ReportPriority' });
export type TReportPriority = z.infer<typeof ZReportPriority>;

/** One row of a table answer: a text per column key. */
export const ZTableRow = z.record(z.string(), z.string()).meta({ id: 'TableRow' });
export type TTableRow = z.infer<typeof ZTableRow>;

export const ZReportQuestion = z
  .object({
    code: ZQuestionCode,
    /** Position in the review's questionnaire (1-based); questions are compiled in this order. */
    order: z.number().int().min(1),
    /** The questionnaire section the question belongs to (its heading comes from the questionnaire). */
    sectionKey: z.string(),
    prompt: z.string(),
    /** The number of the question's headed section, null when the section has no heading. */
    clusterNumber: z.number().int().min(1).nullable(),
    answerKind: ZAnswerKind,
    /** How the question is answered (table columns, priority table headings); from the review's copy. */
    answer: ZQuestionnaireAnswer,
    /** The review's word target for the question. */
    targetWords: z.number().int().positive(),
    status: ZReportQuestionStatus,
    /** The consolidated answer as plain text (paragraphs, "- " and "1. " lists); see parseAnswerText. */
    body: z.string(),
    /** The language the answer is written in when it is not the questionnaire's (BCP 47). */
    language: z.string().optional(),
    /** Question 5 (answerKind principles_checklist). */
    principles: z.array(ZReportPrinciple).optional(),
    /** Question 7 (answerKind priority_objectives), in the order the table shows them. */
    priorities: z.array(ZReportPriority).optional(),
    /** A table question's rows (answerKind table), in order. */
    rows: z.array(ZTableRow).optional(),
  })
  .meta({ id: 'ReportQuestion' });
export type TReportQuestion = z.infer<typeof ZReportQuestion>;

export const ZReportAttachment = z
  .object({
    /** "Attachment 1", "Attachment 2", … as the answers refer to them. */
    number: z.number().int().min(1),
    fileName: z.string().min(1),
    /** The question the attachment belongs to ("Answers to question 1b"), null if general. */
    questionCode: ZQuestionCode.nullable(),
    description: z.string(),
  })
  .meta({ id: 'ReportAttachment' });
export type TReportAttachment = z.infer<typeof ZReportAttachment>;

export const ZReportRecipients = z
  .object({ to: z.array(z.string()), cc: z.array(z.string()) })
  .meta({ id: 'ReportRecipients' });
export type TReportRecipients = z.infer<typeof ZReportRecipients>;

export const ZReportInput = z
  .object({
    templateKey: z.string().min(1),
    /** The questionnaire the review follows: its structure, introduction and document layout. */
    questionnaire: ZQuestionnaire,
    /** The review's own title (e.g. for the file name); the document itself is titled "Voluntary GCM Review". */
    title: z.string(),
    country: z.string(),
    cycle: z.number().int(),
    contact: ZContactBlock,
    /** May the report be published on the UN Network on Migration site; null = not chosen yet. */
    consentToPublish: z.boolean().nullable(),
    recipients: ZReportRecipients,
    finalDueDate: z.iso.date(),
    questions: z.array(ZReportQuestion),
    attachments: z.array(ZReportAttachment),
    /** 1 = first submission; 2 and more = amendments. */
    version: z.number().int().min(1),
    /** What changed in this amendment (version > 1). */
    amendmentNote: z.string().optional(),
    /** The date this version is issued (YYYY-MM-DD); shown beside "Amended version N". */
    issuedOn: z.iso.date().optional(),
    /**
     * The finalised prioritisation votes, each with the SHA-256 of its canonical ballot set, printed
     * in the annex so that anyone with the anonymised ballot export can recount.
     */
    ballotSets: z
      .array(z.object({ title: z.string(), ballotsCast: z.number().int(), sha256: z.string() }))
      .optional(),
    /** Change requests on contributions still waiting for an answer (counted by the API). */
    openChangeRequests: z.number().int().nonnegative().optional(),
  })
  .meta({ id: 'ReportInput' });
export type TReportInput = z.infer<typeof ZReportInput>;

// ---------------------------------------------------------------------------------------------
// Report outline: the document's structure, independent of the output format.
// ---------------------------------------------------------------------------------------------

export const ZReportObjectiveItem = z.object({ number: z.number().int(), title: z.string() });
export type TReportObjectiveItem = z.infer<typeof ZReportObjectiveItem>;

export const ZReportAttachmentItem = z.object({
  number: z.number().int(),
  fileName: z.string(),
  description: z.string(),
});
export type TReportAttachmentItem = z.infer<typeof ZReportAttachmentItem>;

export const PRINCIPLES_TABLE_HEADER = [
  'Guiding principle',
  'Principle has been integrated',
  'Explanation',
] as const;
export const PRIORITY_TABLE_HEADER = ['Priority GCM objective', 'Reasons for prioritisation'] as const;

/** The nodes an answer is written as under its question heading (the public page shows these too). */
export const ZOutlineParagraph = z.object({ kind: z.literal('paragraph'), blocks: z.array(ZTextBlock) });
export const ZOutlinePrinciplesTable = z.object({
  kind: z.literal('principles-table'),
  header: z.tuple([z.string(), z.string(), z.string()]),
  rows: z.array(
    z.object({
      principle: z.string(),
      integrated: z.enum(['yes', 'no', '']),
      explanation: z.string(),
    }),
  ),
});
export const ZOutlineTable = z.object({
  kind: z.literal('table'),
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
export const ZOutlinePriorityTable = z.object({
  kind: z.literal('priority-table'),
  header: z.tuple([z.string(), z.string()]),
  rows: z.array(z.tuple([z.string(), z.string()])),
});
export const ZOutlineNote = z.object({ kind: z.literal('note'), text: z.string() });

export const ZReportOutlineNode = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('title'), text: z.string(), subtitle: z.string() }),
    z.object({
      kind: z.literal('heading'),
      level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
      text: z.string(),
      /** Stable id for links and bookmarks: "contact", "cluster-1", "question-1a", "annex", … */
      anchor: z.string(),
    }),
    ZOutlineParagraph,
    z.object({ kind: z.literal('contact'), rows: z.array(z.tuple([z.string(), z.string()])) }),
    z.object({ kind: z.literal('consent'), text: z.string() }),
    ZOutlinePrinciplesTable,
    ZOutlineTable,
    ZOutlinePriorityTable,
    z.object({ kind: z.literal('objective-list'), items: z.array(ZReportObjectiveItem) }),
    z.object({ kind: z.literal('attachments'), items: z.array(ZReportAttachmentItem) }),
    ZOutlineNote,
  ])
  .meta({ id: 'ReportOutlineNode' });
export type TReportOutlineNode = z.infer<typeof ZReportOutlineNode>;
export type TReportOutlineNodeKind = TReportOutlineNode['kind'];
/** A node of one kind, e.g. TReportOutlineNodeOf<'heading'>. */
export type TReportOutlineNodeOf<K extends TReportOutlineNodeKind> = Extract<TReportOutlineNode, { kind: K }>;

/** The report in reading order. */
export const ZReportOutline = z.array(ZReportOutlineNode).meta({ id: 'ReportOutline' });
export type TReportOutline = z.infer<typeof ZReportOutline>;

// ---------------------------------------------------------------------------------------------
// Completeness: what still stands between the draft report and its submission.
// ---------------------------------------------------------------------------------------------

export const COMPLETENESS_LEVELS = ['error', 'warning'] as const;
export const ZCompletenessLevel = z.enum(COMPLETENESS_LEVELS);
export type TCompletenessLevel = z.infer<typeof ZCompletenessLevel>;

/** Where the coordinator fixes the item. */
export const COMPLETENESS_LINKS = ['question', 'contact', 'consent', 'attachments', 'recipients'] as const;
export const ZCompletenessLink = z.enum(COMPLETENESS_LINKS);
export type TCompletenessLink = z.infer<typeof ZCompletenessLink>;

export const ZCompletenessItem = z
  .object({
    /** Stable across runs, e.g. "question-draft:2b", "contact:email", "attachment-missing:1b:3". */
    id: z.string(),
    level: ZCompletenessLevel,
    message: z.string(),
    questionCode: ZQuestionCode.optional(),
    link: ZCompletenessLink,
  })
  .meta({ id: 'CompletenessItem' });
export type TCompletenessItem = z.infer<typeof ZCompletenessItem>;

export const ZCompletenessReport = z
  .object({
    /** True when no item is an error (warnings do not block the submission). */
    ready: z.boolean(),
    items: z.array(ZCompletenessItem),
  })
  .meta({ id: 'CompletenessReport' });
export type TCompletenessReport = z.infer<typeof ZCompletenessReport>;
