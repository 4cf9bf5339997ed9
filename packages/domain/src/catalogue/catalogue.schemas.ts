import { z } from 'zod';

/** One of the 23 objectives of the Global Compact (GA resolution 73/195, para 16). */
export const ZObjective = z
  .object({
    number: z.number().int().min(1).max(23),
    title: z.string().min(1),
  })
  .meta({ id: 'Objective' });
export type TObjective = z.infer<typeof ZObjective>;

export const PRINCIPLE_KEYS = [
  'people-centred',
  'international-cooperation',
  'national-sovereignty',
  'rule-of-law-and-due-process',
  'sustainable-development',
  'human-rights',
  'gender-responsive',
  'child-sensitive',
  'whole-of-government',
  'whole-of-society',
] as const;
export const ZPrincipleKey = z.enum(PRINCIPLE_KEYS);
export type TPrincipleKey = z.infer<typeof ZPrincipleKey>;

/** A cross-cutting guiding principle (GCM paras 8–15), as listed in survey question 5. */
export const ZPrinciple = z
  .object({
    key: ZPrincipleKey,
    title: z.string().min(1),
    order: z.number().int().min(1),
  })
  .meta({ id: 'Principle' });
export type TPrinciple = z.infer<typeof ZPrinciple>;

/** A cluster of objectives = one round table of the regional review / IMRF. */
export const ZCluster = z
  .object({
    number: z.number().int().min(1).max(4),
    title: z.string().min(1),
    objectiveNumbers: z.array(z.number().int().min(1).max(23)),
  })
  .meta({ id: 'Cluster' });
export type TCluster = z.infer<typeof ZCluster>;

export const ANSWER_KINDS = ['narrative', 'principles_checklist', 'priority_objectives'] as const;
export const ZAnswerKind = z.enum(ANSWER_KINDS);
export type TAnswerKind = z.infer<typeof ZAnswerKind>;

/** Question codes of the survey: 1a–4d, then 5 to 10. */
export const ZQuestionCode = z
  .string()
  .regex(/^(?:[1-4][a-d]|5|6|7|8|9|10)$/, 'a question code such as 1a, 2b or 7');
export type TQuestionCode = z.infer<typeof ZQuestionCode>;

export const ZQuestionTemplate = z
  .object({
    code: ZQuestionCode,
    /** Position in the survey, 1-based, in reading order. */
    order: z.number().int().min(1),
    /** 1–4 for the cluster questions (1a–4d), null for questions 5–10. */
    clusterNumber: z.number().int().min(1).max(4).nullable(),
    /** The question as printed on the form (plain text, no markup). */
    prompt: z.string().min(1),
    guidance: z.object({
      targetWords: z.number().int().positive(),
      text: z.string().min(1),
    }),
    answerKind: ZAnswerKind,
  })
  .meta({ id: 'QuestionTemplate' });
export type TQuestionTemplate = z.infer<typeof ZQuestionTemplate>;

export const ZSurveyTemplate = z
  .object({
    key: z.string().min(1),
    version: z.number().int().min(1),
    title: z.string().min(1),
    introduction: z.string().min(1),
    instructions: z.array(z.string().min(1)),
    questions: z.array(ZQuestionTemplate),
  })
  .meta({ id: 'SurveyTemplate' });
export type TSurveyTemplate = z.infer<typeof ZSurveyTemplate>;

/** The key in GET /api/catalogue/templates/:key, such as escap-gcm-review-2020. */
export const ZTemplateKey = z
  .string()
  .regex(/^[a-z0-9-]{1,80}$/, 'must be a template key such as escap-gcm-review-2020');

export const ZCatalogue = z
  .object({
    version: z.string().min(1),
    objectives: z.array(ZObjective),
    principles: z.array(ZPrinciple),
    clusters: z.array(ZCluster),
    templates: z.array(ZSurveyTemplate),
  })
  .meta({ id: 'Catalogue' });
export type TCatalogue = z.infer<typeof ZCatalogue>;
