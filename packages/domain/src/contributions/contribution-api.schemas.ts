import { z } from 'zod';
import { ZAssignment } from '../assignments/assignment.schemas';
import { ZLanguageTag } from '../i18n/language-tag';
import { ZContributionState, ZPersonRef, ZUuid } from '../shared/primitives.schemas';
import { storableText, text } from '../text/storable-text';
import { CONTRIBUTION_ACTIONS } from './contribution-state';

export const CONTRIBUTION_MAX_CHARACTERS = 100_000;

export const ZReference = z
  .object({
    title: text(300).min(1, 'is required'),
    url: z
      .url({ protocol: /^https?$/, error: 'must be a web address starting with http:// or https://' })
      .max(2000, 'must be at most 2000 characters')
      .check(storableText)
      .nullable()
      .default(null),
  })
  .strict()
  .meta({ id: 'Reference' });
export type TReference = z.infer<typeof ZReference>;

export const ZAttachment = z
  .object({
    id: ZUuid,
    fileName: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedBy: ZPersonRef.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Attachment' });
export type TAttachment = z.infer<typeof ZAttachment>;

export const COMMENT_MAX_CHARACTERS = 5000;

/** Who wrote a comment, in the review: its coordinator or a focal point of the organisation. */
export const ZCommentAuthorRole = z.enum(['coordinator', 'focal_point']);
export type TCommentAuthorRole = z.infer<typeof ZCommentAuthorRole>;

export const ZComment = z
  .object({
    id: ZUuid,
    /** change_request and reopen come with those moves; note is a comment of its own (or a reply). */
    kind: z.enum(['change_request', 'reopen', 'note']),
    body: z.string(),
    author: ZPersonRef.nullable(),
    /** Null when it is not known (the author has left the review since, or wrote before roles were kept). */
    authorRole: ZCommentAuthorRole.nullable(),
    /** The comment of the same assignment this one answers. */
    replyToId: ZUuid.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Comment' });
export type TComment = z.infer<typeof ZComment>;

export const ZCreateCommentRequest = z
  .object({
    body: text(COMMENT_MAX_CHARACTERS).min(1, 'is required: write the comment first'),
    /** Answering a comment: its id (a comment of the same assignment). */
    replyTo: z.uuid({ error: 'must be the id of a comment' }).optional(),
  })
  .strict()
  .meta({ id: 'CreateCommentRequest' });
export type TCreateCommentRequest = z.infer<typeof ZCreateCommentRequest>;

export const ZContributionAction = z.enum(CONTRIBUTION_ACTIONS);

export const ZContribution = z
  .object({
    assignment: ZAssignment,
    /** Text in paragraphs separated by blank lines; lines starting "- " are list items. */
    body: z.string(),
    wordCount: z.number().int(),
    references: z.array(ZReference),
    /** BCP 47 tag of the language the text is drafted in; null: the template's language. */
    language: z.string().nullable(),
    /** The language of the questionnaire and of the compiled report ("en"). */
    templateLanguage: z.string(),
    /** Increases with every save; send it back as `baseVersion`. 0 before the first save. */
    version: z.number().int(),
    updatedAt: z.iso.datetime().nullable(),
    updatedBy: ZPersonRef.nullable(),
    attachments: z.array(ZAttachment),
    /** Every comment on the assignment, oldest first; replies name what they answer. */
    comments: z.array(ZComment),
    /** Whether the signed-in person may add a comment (coordinators and focal points, while the review is open). */
    canComment: z.boolean(),
    /** What the signed-in person may do now. */
    allowedActions: z.array(ZContributionAction),
    canEdit: z.boolean(),
  })
  .meta({ id: 'Contribution' });
export type TContribution = z.infer<typeof ZContribution>;

export const ZSaveContributionRequest = z
  .object({
    baseVersion: z.number({ error: 'must be the version you started from' }).int().min(0),
    body: z
      .string({ error: 'must be text' })
      .max(CONTRIBUTION_MAX_CHARACTERS, `must be at most ${CONTRIBUTION_MAX_CHARACTERS} characters`)
      .check(storableText),
    references: z.array(ZReference).max(100, 'at most 100 references').default([]),
    /** The language the text is drafted in; null: the template's; left out: as stored. */
    language: ZLanguageTag.nullable().optional(),
  })
  .strict()
  .meta({ id: 'SaveContributionRequest' });
export type TSaveContributionRequest = z.infer<typeof ZSaveContributionRequest>;

/** Body of the 409 answer to a stale save: what is stored now, to merge with. */
export const ZContributionConflict = z
  .object({
    statusCode: z.literal(409),
    code: z.literal('CONFLICT'),
    message: z.string(),
    details: z.object({
      current: z.object({
        body: z.string(),
        references: z.array(ZReference),
        language: z.string().nullable(),
        version: z.number().int(),
        updatedAt: z.iso.datetime().nullable(),
        updatedBy: ZPersonRef.nullable(),
      }),
    }),
  })
  .meta({ id: 'ContributionConflict' });
export type TContributionConflict = z.infer<typeof ZContributionConflict>;

export const ZTransitionRequest = z
  .object({
    action: z.enum(['start', 'submit', 'request_changes', 'accept', 'reopen']),
    comment: text(5000).optional(),
    /** The assignment version the person saw; a stale one is refused with 409. */
    version: z.number().int().min(1),
  })
  .strict()
  .meta({ id: 'TransitionRequest' });
export type TTransitionRequest = z.infer<typeof ZTransitionRequest>;

export const ZRevision = z
  .object({
    version: z.number().int(),
    body: z.string(),
    wordCount: z.number().int(),
    references: z.array(ZReference),
    /** The language this version is written in; null: the template's. */
    language: z.string().nullable(),
    author: ZPersonRef.nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Revision' });
export type TRevision = z.infer<typeof ZRevision>;

export const ZListRevisionsResponse = z
  .object({ revisions: z.array(ZRevision) })
  .meta({ id: 'ListRevisionsResponse' });
export type TListRevisionsResponse = z.infer<typeof ZListRevisionsResponse>;

export const ZStateOf = ZContributionState;
