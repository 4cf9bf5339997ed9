import { z } from 'zod';
import { storableText } from '../text/storable-text';

/**
 * A questionnaire template as a versioned data file (docs/templates.md): what the form asks, in
 * which structure, with which kinds of answer, and how the compiled document is laid out. The
 * ESCAP 2020 survey is the first such file (escap-gcm-review-2020.v1.json); administrators import
 * others. A review keeps its own copy of the questions (tailored by its coordinator); the file
 * itself never changes once imported: a changed form is a new version.
 */

export const QUESTIONNAIRE_FORMAT = 'gcm-questionnaire/1';

const text = (what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} is empty`);

/** "escap-gcm-review-2020": lower-case letters, digits and dashes. */
export const ZQuestionnaireKey = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/, 'must be a key such as escap-gcm-review-2020');

/** "1a", "5", "N1", "2.3": up to 8 letters, digits, dots and dashes, with at least one digit. */
export const ZTemplateQuestionCode = z
  .string()
  .regex(
    /^(?=[^\d]*\d)[A-Za-z0-9](?:[A-Za-z0-9.-]{0,6}[A-Za-z0-9])?$/,
    'must be a question code such as 1a, 7 or N1',
  );

const OBJECTIVE_NUMBER = 'must be a GCM objective number from 1 to 23';
const ZObjectiveNumbers = z.array(
  z
    .number({ error: OBJECTIVE_NUMBER })
    .int(OBJECTIVE_NUMBER)
    .min(1, OBJECTIVE_NUMBER)
    .max(23, OBJECTIVE_NUMBER),
  {
    error: 'must be a list of GCM objective numbers (1 to 23)',
  },
);

export const QUESTIONNAIRE_ANSWER_KINDS = [
  'narrative',
  'principles_checklist',
  'priority_objectives',
  'table',
] as const;

export const ZTableColumn = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be a column key such as measure or year'),
  title: text('the column title'),
});
export type TTableColumn = z.infer<typeof ZTableColumn>;

/** How a question is answered. */
export const ZQuestionnaireAnswer = z.discriminatedUnion(
  'kind',
  [
    /** Free text (paragraphs and lists). */
    z.object({ kind: z.literal('narrative') }),
    /** Yes/no with an explanation for each of the ten GCM guiding principles (ESCAP 2020 question 5). */
    z.object({ kind: z.literal('principles_checklist') }),
    /**
     * A table of priority objectives with reasons, filled in when a prioritisation vote is
     * finalised (ESCAP 2020 question 7). `columns` are the table's two headings.
     */
    z.object({
      kind: z.literal('priority_objectives'),
      columns: z.tuple([text('the objective column title'), text('the reasons column title')]),
    }),
    /** A table with named columns; each row gives a text per column. */
    z.object({
      kind: z.literal('table'),
      columns: z
        .array(ZTableColumn)
        .min(1, 'a table needs at least one column')
        .max(8, 'a table has at most 8 columns'),
    }),
  ],
  { error: `must be one of ${QUESTIONNAIRE_ANSWER_KINDS.join(', ')}` },
);
export type TQuestionnaireAnswer = z.infer<typeof ZQuestionnaireAnswer>;

/** What the product can write a first draft of for a question. */
export const DRAFT_SOURCES = ['methodology'] as const;

export const ZQuestionnaireQuestion = z.object({
  code: ZTemplateQuestionCode,
  /** As printed on the form (plain text). */
  prompt: text('the prompt'),
  guidance: z.object({
    targetWords: z
      .number({ error: 'the word target must be a number' })
      .int('the word target must be a whole number')
      .min(1, 'the word target must be at least 1 word')
      .max(20_000, 'the word target is at most 20 000 words'),
    text: text('the guidance'),
  }),
  answer: ZQuestionnaireAnswer,
  /** GCM objectives the question is about (beyond those of its section). */
  objectives: ZObjectiveNumbers.default([]),
  /**
   * Codes of questions of the previous cycle's review whose final answers start this one (carried
   * forward); empty = the question with the same code.
   */
  carryFrom: z.array(ZTemplateQuestionCode).default([]),
  /** "methodology": the workshops page drafts this answer from the recorded workshops and votes. */
  draftFrom: z.enum(DRAFT_SOURCES).optional(),
});
export type TQuestionnaireQuestion = z.infer<typeof ZQuestionnaireQuestion>;

export const ZQuestionnaireSection = z.object({
  key: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a section key such as cluster-1'),
  /**
   * The section's heading ("Ensuring that migration is voluntary, orderly and regular"), numbered
   * in the document. Null: the section has no heading and its questions are headings of their own
   * (ESCAP 2020 questions 5 to 10).
   */
  title: text('the section title').nullable(),
  /** The GCM objectives the section covers, listed under its heading. */
  objectives: ZObjectiveNumbers.default([]),
  questions: z.array(ZQuestionnaireQuestion).min(1, 'a section needs at least one question'),
});
export type TQuestionnaireSection = z.infer<typeof ZQuestionnaireSection>;

/**
 * The introduction in reading order. `contact`, `recipients` and `consent` are paragraphs after
 * which the document shows the coordinating office's contact block, (nothing more), and the
 * State's answer on publication.
 */
export const ZIntroductionBlock = z.object({
  kind: z.enum(['paragraph', 'contact', 'recipients', 'consent']),
  text: text('the paragraph'),
});
export type TIntroductionBlock = z.infer<typeof ZIntroductionBlock>;

export const ZQuestionnaireDocument = z.object({
  /** The title page's title; the subtitle is the country and the cycle. */
  title: text('the document title'),
  headings: z.object({
    contact: text('the contact heading'),
    consent: text('the consent heading'),
    instructions: text('the instructions heading'),
  }),
  /** "GCM Objectives: 2, 5, 6" and the objectives' titles under each section heading. */
  sectionObjectives: z.boolean(),
  /** The annex listing GCM objectives, or null for none. */
  annex: z
    .object({
      title: text('the annex title'),
      introduction: z.string(),
      /** The objectives listed; empty = all 23. */
      objectives: ZObjectiveNumbers.default([]),
    })
    .nullable(),
  attachmentsTitle: text('the attachments title'),
});
export type TQuestionnaireDocument = z.infer<typeof ZQuestionnaireDocument>;

const ZEmail = z.email('must be an e-mail address');

export const ZQuestionnaireBase = z.object({
  format: z.literal(QUESTIONNAIRE_FORMAT, { error: `must be "${QUESTIONNAIRE_FORMAT}"` }),
  key: ZQuestionnaireKey,
  version: z.number().int().min(1).max(999),
  title: text('the title'),
  /** BCP 47 language tag of the questionnaire's text. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or fr'),
  introduction: z.array(ZIntroductionBlock),
  instructions: z.array(text('an instruction')),
  /** Where the compiled report is sent; a review starts with these and may change them. */
  recipients: z.object({ to: z.array(ZEmail).min(1, 'name at least one recipient'), cc: z.array(ZEmail) }),
  consent: z.object({
    yes: text('the consent "yes" text'),
    no: text('the consent "no" text'),
    notChosen: text('the consent "not chosen" text'),
  }),
  sections: z.array(ZQuestionnaireSection).min(1, 'a questionnaire needs at least one section'),
  document: ZQuestionnaireDocument,
});

/** The rules across fields: unique codes and keys, at most one vote-fed table, references that exist. */
function checkQuestionnaire(value: z.infer<typeof ZQuestionnaireBase>, ctx: z.RefinementCtx): void {
  const codes = new Map<string, string>();
  const sectionKeys = new Set<string>();
  let priorityTables = 0;
  value.sections.forEach((section, s) => {
    if (sectionKeys.has(section.key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections', s, 'key'],
        message: `section key "${section.key}" is used twice`,
      });
    }
    sectionKeys.add(section.key);
    section.questions.forEach((question, q) => {
      const path = ['sections', s, 'questions', q];
      const lower = question.code.toLowerCase();
      if (codes.has(lower)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'code'],
          message: `question code "${question.code}" is already used by question ${codes.get(lower)}`,
        });
      }
      codes.set(lower, question.code);
      if (question.answer.kind === 'priority_objectives') priorityTables += 1;
      if (question.answer.kind === 'table') {
        const keys = new Set<string>();
        question.answer.columns.forEach((column, c) => {
          if (keys.has(column.key)) {
            ctx.addIssue({
              code: 'custom',
              path: [...path, 'answer', 'columns', c, 'key'],
              message: `column key "${column.key}" is used twice`,
            });
          }
          keys.add(column.key);
        });
      }
    });
  });
  if (priorityTables > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['sections'],
      message: 'at most one question may be answered by the priority-objectives table (the vote fills one)',
    });
  }
  const drafts = value.sections.flatMap((section) => section.questions).filter((q) => q.draftFrom);
  if (drafts.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['sections'],
      message: 'at most one question may be drafted from the methodology',
    });
  }
  for (const kind of ['contact', 'consent'] as const) {
    if (value.introduction.filter((block) => block.kind === kind).length > 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['introduction'],
        message: `the introduction has more than one "${kind}" paragraph`,
      });
    }
  }
}

export const ZQuestionnaire = ZQuestionnaireBase.superRefine(checkQuestionnaire).meta({
  id: 'Questionnaire',
});
export type TQuestionnaire = z.infer<typeof ZQuestionnaire>;
/** A questionnaire file as written, before defaults are filled in. */
export type TQuestionnaireFile = z.input<typeof ZQuestionnaire>;

/** A question of a questionnaire in reading order, with its place in the structure. */
export interface TFlatQuestion {
  code: string;
  /** 1-based position in the questionnaire. */
  order: number;
  sectionKey: string;
  /** The number of the question's headed section (1-based among headed sections), null if unheaded. */
  sectionNumber: number | null;
  prompt: string;
  guidance: { targetWords: number; text: string };
  answer: TQuestionnaireAnswer;
  objectives: number[];
  carryFrom: string[];
  draftFrom: (typeof DRAFT_SOURCES)[number] | null;
}

/** How a questionnaire is listed (GET /api/questionnaires). */
export const ZQuestionnaireSummary = z
  .object({
    key: ZQuestionnaireKey,
    version: z.number().int(),
    title: z.string(),
    language: z.string(),
    questionCount: z.number().int(),
    /** Shipped with the product (true) or imported by an administrator. */
    builtIn: z.boolean(),
    importedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'QuestionnaireSummary' });
export type TQuestionnaireSummary = z.infer<typeof ZQuestionnaireSummary>;

export const ZQuestionnaireList = z
  .object({ questionnaires: z.array(ZQuestionnaireSummary) })
  .meta({ id: 'QuestionnaireList' });
export type TQuestionnaireList = z.infer<typeof ZQuestionnaireList>;

/** POST /api/questionnaires: the file's text as uploaded (JSON). */
export const ZImportQuestionnaireRequest = z
  .object({
    file: z
      .string()
      .min(1, 'choose a questionnaire file')
      .max(150_000, 'a questionnaire file has at most 150 000 characters')
      .check(storableText),
    /** Check only: say what is wrong or what would be imported, store nothing. */
    dryRun: z.boolean().default(false),
  })
  .meta({ id: 'ImportQuestionnaireRequest' });
export type TImportQuestionnaireRequest = z.infer<typeof ZImportQuestionnaireRequest>;

/** One problem of a refused file (in the 422's details.problems). */
export const ZQuestionnaireProblem = z
  .object({ path: z.string(), message: z.string() })
  .meta({ id: 'QuestionnaireProblem' });

export const ZQuestionnaireImportResult = z
  .object({
    /** False for a dry run: the file is valid and would be imported. */
    imported: z.boolean(),
    questionnaire: ZQuestionnaireSummary,
  })
  .meta({ id: 'QuestionnaireImportResult' });
export type TQuestionnaireImportResult = z.infer<typeof ZQuestionnaireImportResult>;

// ---------------------------------------------------------------------------------------------
// Tailoring a review's copy of its questionnaire (coordinator).
// ---------------------------------------------------------------------------------------------

const tailoredText = (what: string, max: number) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} is empty`)
    .max(max, `${what} has at most ${max} characters`)
    .check(storableText);

/** POST /api/reviews/:reviewId/questions: a question the State adds to its own review. */
export const ZAddNationalQuestionRequest = z
  .object({
    /** The new question's code; unique in the review. */
    code: ZTemplateQuestionCode,
    /** The new question comes right after this one, in its section. */
    afterCode: ZTemplateQuestionCode,
    prompt: tailoredText('the question', 2_000),
    guidance: tailoredText('the guidance', 4_000),
    targetWords: z.number().int().min(1).max(20_000),
    /** Narrative or a table with named columns. */
    answer: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('narrative') }),
      z.object({
        kind: z.literal('table'),
        columns: z
          .array(ZTableColumn.extend({ title: tailoredText('the column title', 200) }))
          .min(1, 'a table needs at least one column')
          .max(8, 'a table has at most 8 columns'),
      }),
    ]),
  })
  .strict()
  .meta({ id: 'AddNationalQuestionRequest' });
export type TAddNationalQuestionRequest = z.infer<typeof ZAddNationalQuestionRequest>;

/** PATCH /api/reviews/:reviewId/questions/:code: rewording (the prompt of national questions only). */
export const ZTailorQuestionRequest = z
  .object({
    /** The question's version this change is based on (409 when it changed meanwhile). */
    version: z.number().int().min(1),
    prompt: tailoredText('the question', 2_000).optional(),
    guidance: tailoredText('the guidance', 4_000).optional(),
    targetWords: z.number().int().min(1).max(20_000).optional(),
  })
  .strict()
  .meta({ id: 'TailorQuestionRequest' });
export type TTailorQuestionRequest = z.infer<typeof ZTailorQuestionRequest>;

export const ZTailoredQuestion = z
  .object({
    id: z.uuid(),
    code: z.string(),
    order: z.number().int(),
    sectionKey: z.string(),
    prompt: z.string(),
    guidance: z.string(),
    targetWords: z.number().int(),
    answer: ZQuestionnaireAnswer,
    national: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'TailoredQuestion' });
export type TTailoredQuestion = z.infer<typeof ZTailoredQuestion>;
