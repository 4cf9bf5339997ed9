import { clusterByNumber, objectiveByNumber } from '@gcm/domain';
import { type MessageId, useT } from '../../../lib/i18n/use-t';
import { groupByCluster, type ObjectiveGroup } from '../../../lib/objectives';

/** `t` of the vote screens: a message of the votes catalogue in the person's language. */
export type Translate = ReturnType<typeof useT>;

export interface ObjectiveNames {
  /** The objective's official title in the person's language ('' for a number that is none). */
  title: (number: number) => string;
  /** "Objective 7 — Address and reduce vulnerabilities in migration" */
  label: (number: number) => string;
  /** "Objective 7" */
  short: (number: number) => string;
  /** "Cluster 2 — Protecting migrants through rights-based border governance measures" */
  clusterLabel: (number: number) => string;
  /** `numbers` grouped by cluster as `groupByCluster` does, with the titles in the person's language. */
  groups: (numbers: readonly number[]) => ObjectiveGroup[];
}

/** The names of the GCM objectives and clusters as the vote screens write them (votes.objectives.ts). */
export function objectiveNames(t: Translate): ObjectiveNames {
  const title = (number: number) =>
    objectiveByNumber(number) ? t(`votes.objective.${number}` as MessageId) : '';
  const short = (number: number) => t('votes.objective.short', { number });
  const label = (number: number) => {
    const name = title(number);
    return name ? t('votes.objective.label', { number, title: name }) : short(number);
  };
  const clusterLabel = (number: number) =>
    clusterByNumber(number)
      ? t('votes.cluster.label', { number, title: t(`votes.cluster.${number}` as MessageId) })
      : t('votes.cluster.short', { number });
  const groups = (numbers: readonly number[]) =>
    groupByCluster(numbers).map((group) => ({
      ...group,
      title: clusterLabel(group.cluster),
      objectives: group.objectives.map((objective) => ({ ...objective, title: title(objective.number) })),
    }));
  return { title, label, short, clusterLabel, groups };
}

export function useObjectiveNames(): ObjectiveNames {
  return objectiveNames(useT());
}
