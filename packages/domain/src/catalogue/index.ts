import { BUILT_IN_QUESTIONNAIRES, questionnaireQuestions } from '../questionnaires/questionnaire';
import type { TFlatQuestion, TQuestionnaire } from '../questionnaires/questionnaire.schemas';
import type { TCatalogue, TCluster, TObjective } from './catalogue.schemas';
import { CLUSTERS } from './clusters';
import { GCM_OBJECTIVES } from './objectives';
import { GUIDING_PRINCIPLES } from './principles';

export { CLUSTERS } from './clusters';
export { GCM_OBJECTIVES } from './objectives';
export { GUIDING_PRINCIPLES } from './principles';

/** The Global Compact and the built-in questionnaires (checked against ZCatalogue in the tests). */
export const CATALOGUE: TCatalogue = {
  version: '2020.1',
  objectives: [...GCM_OBJECTIVES],
  principles: [...GUIDING_PRINCIPLES],
  clusters: [...CLUSTERS],
  templates: [...BUILT_IN_QUESTIONNAIRES],
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

export function questionByCode(questionnaire: TQuestionnaire, code: string): TFlatQuestion | undefined {
  return questionnaireQuestions(questionnaire).find((question) => question.code === code);
}
