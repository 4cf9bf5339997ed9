import { z } from 'zod';
import { GUIDING_PRINCIPLES } from '../catalogue';
import { ZAnswerKind, ZPrincipleKey, ZQuestionCode } from '../catalogue/catalogue.schemas';
import { ZAttachment, ZReference } from '../contributions/contribution-api.schemas';
import { ZLanguageTag } from '../i18n/language-tag';
import {
  ZAssignmentRole,
  ZContributionState,
  ZOrganisationRef,
  ZPersonRef,
  ZUuid,
} from '../shared/primitives.schemas';
import { storableJson, storableText, text } from '../text/storable-text';
import { ZAnswerOrigin, ZTextChange } from './carry-forward.schemas';
import {
  ZCompletenessReport,
  ZReportAttachment,
  ZReportOutline,
  ZReportPrinciple,
  ZReportPriority,
  ZReportQuestionStatus,
  ZTableRow,
} from './report.schemas';

export const ANSWER_MAX_CHARACTERS = 100_000;
const EXPLANATION_MAX = 5000;

// ---------------------------------------------------------------------------------------------
// The structured part of an answer (Answer.data), checked by answer kind when it is saved.
// ---------------------------------------------------------------------------------------------

/** Question 5: every guiding principle exactly once, ticked yes/no (null = not yet) with an explanation. */
export const ZPrinciplesAnswerData = z
  .object({
    principles: z.array(
      z
        .object({
          key: ZPrincipleKey,
          integrated: z.boolean({ error: 'must be true (yes), false (no) or null' }).nullable(),
          explanation: z
            .string({ error: 'must be text' })
            .max(EXPLANATION_MAX, `must be at most ${EXPLANATION_MAX} characters`)
            .check(storableText),
        })
        .strict(),
      { error: 'must be a list of the 10 guiding principles' },
    ),
  })
  .strict()
  .superRefine((value, context) => {
    const seen = new Set<string>();
    value.principles.forEach((principle, index) => {
      if (seen.has(principle.key)) {
        context.addIssue({
          code: 'custom',
          path: ['principles', index, 'key'],
          message: `“${principle.key}” is listed twice`,
        });
      }
      seen.add(principle.key);
    });
    const missing = GUIDING_PRINCIPLES.filter((principle) => !seen.has(principle.key));
    if (missing.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['principles'],
        message: `must list each of the 10 guiding principles exactly once; missing: ${missing.map((p) => p.key).join(', ')}`,
      });
    }
  })
  .meta({ id: 'PrinciplesAnswerData' });
export type TPrinciplesAnswerData = z.infer<typeof ZPrinciplesAnswerData>;

/** Question 7: distinct GCM objectives (1–23), each with the reason it was prioritised. */
export const ZPrioritiesAnswerData = z
  .object({
    priorities: z
      .array(
        z
          .object({
            objective: z
              .number({ error: 'must be an objective number from 1 to 23' })
              .int('must be a whole number')
              .min(1, 'must be an objective number from 1 to 23')
              .max(23, 'must be an objective number from 1 to 23'),
            /** Optional: the catalogue's title of the objective is used when left out. */
            title: text(300).optional(),
            reason: z
              .string({ error: 'must be text' })
              .trim()
              .min(1, 'give the reason for prioritising this objective')
              .max(EXPLANATION_MAX, `must be at most ${EXPLANATION_MAX} characters`)
              .check(storableText),
          })
          .strict(),
        { error: 'must be a list of priority objectives' },
      )
      .max(23, 'can name at most the 23 objectives'),
  })
  .strict()
  .superRefine((value, context) => {
    const seen = new Set<number>();
    value.priorities.forEach((priority, index) => {
      if (seen.has(priority.objective)) {
        context.addIssue({
          code: 'custom',
          path: ['priorities', index, 'objective'],
          message: `objective ${priority.objective} is listed twice`,
        });
      }
      seen.add(priority.objective);
    });
  })
  .meta({ id: 'PrioritiesAnswerData' });
export type TPrioritiesAnswerData = z.infer<typeof ZPrioritiesAnswerData>;

/** A table question: rows of text per column key (the keys are checked against the question's columns). */
export const ZTableAnswerData = z
  .object({
    rows: z
      .array(
        z.record(
          z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a column key'),
          z
            .string({ error: 'must be text' })
            .max(EXPLANATION_MAX, `must be at most ${EXPLANATION_MAX} characters`)
            .check(storableText),
        ),
        { error: 'must be a list of rows' },
      )
      .max(200, 'a table has at most 200 rows'),
  })
  .strict()
  .meta({ id: 'TableAnswerData' });
export type TTableAnswerData = z.infer<typeof ZTableAnswerData>;

/** Answer.data as stored and shown: the principles, priorities or table rows (read leniently). */
export const ZAnswerData = z
  .object({
    principles: z.array(ZReportPrinciple).optional(),
    priorities: z.array(ZReportPriority).optional(),
    rows: z.array(ZTableRow).optional(),
  })
  .meta({ id: 'AnswerData' });
export type TAnswerData = z.infer<typeof ZAnswerData>;

// ---------------------------------------------------------------------------------------------
// Consolidation: the coordinator merges the contributions into the question's answer.
// ---------------------------------------------------------------------------------------------

export const ZAnswer = z
  .object({
    questionCode: ZQuestionCode,
    /** Plain text: paragraphs separated by blank lines, "- " and "1. " lists. */
    body: z.string(),
    wordCount: z.number().int(),
    data: ZAnswerData.nullable(),
    status: ZReportQuestionStatus,
    /** BCP 47 tag of the language the text is drafted in; null: the template's language. */
    language: z.string().nullable(),
    /** Increases with every save; send it back as `baseVersion`. 0 before the first save. */
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: ZPersonRef.nullable(),
    /** Where its text came from: the previous cycle's final answer it was carried from, or null. */
    origin: ZAnswerOrigin.nullable(),
  })
  .meta({ id: 'Answer' });
export type TAnswer = z.infer<typeof ZAnswer>;

/** An attachment as the report numbers it ("Attachment 3"). */
export const ZNumberedAttachment = ZReportAttachment.extend({
  id: ZUuid,
  mediaType: z.string(),
  sizeBytes: z.number().int(),
}).meta({ id: 'NumberedAttachment' });
export type TNumberedAttachment = z.infer<typeof ZNumberedAttachment>;

export const ZConsolidationContribution = z
  .object({
    assignmentId: ZUuid,
    organisation: ZOrganisationRef,
    role: ZAssignmentRole,
    state: ZContributionState,
    body: z.string(),
    wordCount: z.number().int(),
    references: z.array(ZReference),
    /** The language the contribution is drafted in; null: the template's. */
    language: z.string().nullable(),
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
    /** `number` is the attachment's number in the report, null while the contribution is not accepted. */
    attachments: z.array(ZAttachment.extend({ number: z.number().int().nullable() })),
  })
  .meta({ id: 'ConsolidationContribution' });
export type TConsolidationContribution = z.infer<typeof ZConsolidationContribution>;

export const ZConsolidation = z
  .object({
    question: z.object({
      id: ZUuid,
      code: ZQuestionCode,
      order: z.number().int(),
      clusterNumber: z.number().int().nullable(),
      prompt: z.string(),
      answerKind: ZAnswerKind,
      targetWords: z.number().int(),
      guidance: z.string(),
    }),
    answer: ZAnswer,
    /** The language of the questionnaire and of the compiled report ("en"). */
    templateLanguage: z.string(),
    /**
     * The answer against the previous cycle's text it was carried from, word by word; null when
     * it was not carried forward.
     */
    difference: z.array(ZTextChange).nullable(),
    /** Accepted contributions first, then the others with their state. */
    contributions: z.array(ZConsolidationContribution),
    /** Why the answer cannot be changed now (the report was submitted), or null. */
    readOnlyReason: z.string().nullable(),
  })
  .meta({ id: 'Consolidation' });
export type TConsolidation = z.infer<typeof ZConsolidation>;

export const ZSaveAnswerRequest = z
  .object({
    baseVersion: z.number({ error: 'must be the version you started from' }).int().min(0),
    body: z
      .string({ error: 'must be text' })
      .max(ANSWER_MAX_CHARACTERS, `must be at most ${ANSWER_MAX_CHARACTERS} characters`)
      .check(storableText),
    /** Question 5: { principles }, question 7: { priorities }; left out = keep what is stored. */
    data: z
      .record(z.string().check(storableText), z.unknown(), { error: 'must be an object' })
      .check(storableJson)
      .nullable()
      .optional(),
    /** Left out = keep the current status. */
    status: ZReportQuestionStatus.optional(),
    /** The language the text is drafted in; null: the template's; left out: as stored. */
    language: ZLanguageTag.nullable().optional(),
  })
  .strict()
  .meta({ id: 'SaveAnswerRequest' });
export type TSaveAnswerRequest = z.infer<typeof ZSaveAnswerRequest>;

/** Body of the 409 answer to a stale save: what is stored now, to merge with. */
export const ZAnswerConflict = z
  .object({
    statusCode: z.literal(409),
    code: z.literal('CONFLICT'),
    message: z.string(),
    details: z.object({ current: ZAnswer }),
  })
  .meta({ id: 'AnswerConflict' });
export type TAnswerConflict = z.infer<typeof ZAnswerConflict>;

export const ZAnswerRevision = z
  .object({
    version: z.number().int(),
    body: z.string(),
    data: ZAnswerData.nullable(),
    status: ZReportQuestionStatus,
    /** The language this version is written in; null: the template's. */
    language: z.string().nullable(),
    author: ZPersonRef.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AnswerRevision' });
export type TAnswerRevision = z.infer<typeof ZAnswerRevision>;

export const ZListAnswerRevisionsResponse = z
  .object({ revisions: z.array(ZAnswerRevision) })
  .meta({ id: 'ListAnswerRevisionsResponse' });
export type TListAnswerRevisionsResponse = z.infer<typeof ZListAnswerRevisionsResponse>;

// ---------------------------------------------------------------------------------------------
// The compiled report, its submission to ESCAP and amendments.
// ---------------------------------------------------------------------------------------------

export const ZReportPreview = z
  .object({
    /** The version the report would be sent as (2 and more: amended). */
    version: z.number().int(),
    outline: ZReportOutline,
    text: z.string(),
    /** The attachments as numbered in the report; answers refer to them as "Attachment N". */
    attachments: z.array(ZNumberedAttachment),
  })
  .meta({ id: 'ReportPreview' });
export type TReportPreview = z.infer<typeof ZReportPreview>;

/** An address as typed (the case of the local part is kept). */
export const ZRecipientEmail = z
  .string({ error: 'must be an e-mail address' })
  .trim()
  .max(254, 'must be at most 254 characters')
  .check(storableText)
  .pipe(z.email({ error: 'must be an e-mail address such as name@ministry.gov' }));

export const ZCreateSubmissionRequest = z
  .object({
    to: z.array(ZRecipientEmail).min(1, 'needs at least one address').max(10, 'at most 10 addresses'),
    cc: z.array(ZRecipientEmail).max(20, 'at most 20 addresses').default([]),
    note: text(5000).optional(),
    confirm: z.literal(true, { error: 'must be true: confirm that the report is to be sent' }),
  })
  .strict()
  .meta({ id: 'CreateSubmissionRequest' });
export type TCreateSubmissionRequest = z.infer<typeof ZCreateSubmissionRequest>;

export const SUBMISSION_EMAIL_STATUSES = ['pending', 'sent', 'failed'] as const;

export const ZSubmission = z
  .object({
    id: ZUuid,
    reviewId: ZUuid,
    version: z.number().int(),
    /** "Original" or "Amended version 2". */
    label: z.string(),
    fileName: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    to: z.array(z.string()),
    cc: z.array(z.string()),
    note: z.string(),
    /** Sent after the end of the final deadline's day in the review's time zone. */
    late: z.boolean(),
    sender: ZPersonRef.nullable(),
    createdAt: z.iso.datetime(),
    email: z.object({
      status: z.enum(SUBMISSION_EMAIL_STATUSES),
      /** The SMTP Message-ID once sent. */
      messageId: z.string().nullable(),
      sentAt: z.iso.datetime().nullable(),
      lastError: z.string().nullable(),
    }),
  })
  .meta({ id: 'Submission' });
export type TSubmission = z.infer<typeof ZSubmission>;

export const ZAmendment = z
  .object({
    id: ZUuid,
    questionCodes: z.array(ZQuestionCode),
    note: z.string(),
    openedBy: ZPersonRef.nullable(),
    openedAt: z.iso.datetime(),
    submittedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Amendment' });
export type TAmendment = z.infer<typeof ZAmendment>;

export const ZListSubmissionsResponse = z
  .object({
    submissions: z.array(ZSubmission),
    /** What the send form starts with: the review's recipients, the coordinator in copy. */
    defaults: z.object({ to: z.array(z.string()), cc: z.array(z.string()) }),
    openAmendment: ZAmendment.nullable(),
  })
  .meta({ id: 'ListSubmissionsResponse' });
export type TListSubmissionsResponse = z.infer<typeof ZListSubmissionsResponse>;

/** Body of the 409 answer when the report is not ready to be sent. */
export const ZSubmissionRefused = z
  .object({
    statusCode: z.literal(409),
    code: z.literal('CONFLICT'),
    message: z.string(),
    details: z.object({ completeness: ZCompletenessReport }),
  })
  .meta({ id: 'SubmissionRefused' });
export type TSubmissionRefused = z.infer<typeof ZSubmissionRefused>;

export const ZCreateAmendmentRequest = z
  .object({
    questionCodes: z
      .array(ZQuestionCode, { error: 'must be a list of question codes' })
      .min(1, 'name at least one question to reopen')
      .max(22)
      .refine((codes) => new Set(codes).size === codes.length, { error: 'must not name a question twice' }),
    note: z
      .string({ error: 'must be text' })
      .trim()
      .min(1, 'say what the amendment changes')
      .max(5000, 'must be at most 5000 characters')
      .check(storableText),
  })
  .strict()
  .meta({ id: 'CreateAmendmentRequest' });
export type TCreateAmendmentRequest = z.infer<typeof ZCreateAmendmentRequest>;
