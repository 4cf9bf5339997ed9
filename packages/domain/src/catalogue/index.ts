import type {
  TCatalogue,
  TCluster,
  TObjective,
  TQuestionTemplate,
  TSurveyTemplate,
} from './catalogue.schemas';
import { CLUSTERS } from './clusters';
import { GCM_OBJECTIVES } from './objectives';
import { GUIDING_PRINCIPLES } from './principles';
import { ESCAP_GCM_REVIEW_2020 } from './survey-2020';

export { CLUSTERS } from './clusters';
export { GCM_OBJECTIVES } from './objectives';
export { GUIDING_PRINCIPLES } from './principles';
export { ESCAP_GCM_REVIEW_2020 } from './survey-2020';

/** The Global Compact and the survey forms the app knows about (checked against ZCatalogue in the tests). */
export const CATALOGUE: TCatalogue = {
  version: '2020.1',
  objectives: [...GCM_OBJECTIVES],
  principles: [...GUIDING_PRINCIPLES],
  clusters: [...CLUSTERS],
  templates: [ESCAP_GCM_REVIEW_2020],
};

export function objectiveByNumber(n: number): TObjective | undefined {
  return GCM_OBJECTIVES.find((objective) => objective.number === n);
}

export function clusterByNumber(n: number): TCluster | undefined {
  return CLUSTERS.find((cluster) => cluster.number === n);
}

/** The cluster (round table) an objective belongs to. */
export function clusterOfObjective(n: number): TCluster | undefined {
  return CLUSTERS.find((cluster) => cluster.objectiveNumbers.includes(n));
}

export function templateByKey(key: string): TSurveyTemplate | undefined {
  return CATALOGUE.templates.find((template) => template.key === key);
}

export function questionByCode(template: TSurveyTemplate, code: string): TQuestionTemplate | undefined {
  return template.questions.find((question) => question.code === code);
}
