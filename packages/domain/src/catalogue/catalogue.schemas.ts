import { z } from 'zod';
import {
  QUESTIONNAIRE_ANSWER_KINDS,
  ZQuestionnaire,
  ZQuestionnaireKey,
  ZTemplateQuestionCode,
} from '../questionnaires/questionnaire.schemas';

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

export const ANSWER_KINDS = QUESTIONNAIRE_ANSWER_KINDS;
export const ZAnswerKind = z.enum(ANSWER_KINDS);
export type TAnswerKind = z.infer<typeof ZAnswerKind>;

/** A question's code in its questionnaire: 1a–4d and 5–10 in the ESCAP 2020 survey, N1 for a national question. */
export const ZQuestionCode = ZTemplateQuestionCode;
export type TQuestionCode = z.infer<typeof ZQuestionCode>;

/** The key in GET /api/catalogue/templates/:key, such as escap-gcm-review-2020. */
export const ZTemplateKey = ZQuestionnaireKey;

export const ZCatalogue = z
  .object({
    version: z.string().min(1),
    objectives: z.array(ZObjective),
    principles: z.array(ZPrinciple),
    clusters: z.array(ZCluster),
    /** The questionnaires shipped with the product (administrators may import more). */
    templates: z.array(ZQuestionnaire),
  })
  .meta({ id: 'Catalogue' });
export type TCatalogue = z.infer<typeof ZCatalogue>;
