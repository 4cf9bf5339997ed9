import { CLUSTERS, GCM_OBJECTIVES, objectiveByNumber, type TObjective } from '@gcm/domain';

/** The numbers of the 23 GCM objectives, 1 to 23: the default options of a vote. */
export const ALL_OBJECTIVE_NUMBERS: readonly number[] = GCM_OBJECTIVES.map((objective) => objective.number);

export function objectiveTitle(number: number): string {
  return objectiveByNumber(number)?.title ?? '';
}

/** "Objective 7 — Address and reduce vulnerabilities in migration" */
export function objectiveLabel(number: number): string {
  const title = objectiveTitle(number);
  return title ? `Objective ${number} — ${title}` : `Objective ${number}`;
}

export interface ObjectiveGroup {
  cluster: number;
  title: string;
  objectives: TObjective[];
}

/** `numbers` grouped by the cluster (round table) they belong to, clusters in order, empty ones left out. */
export function groupByCluster(numbers: readonly number[]): ObjectiveGroup[] {
  const wanted = new Set(numbers);
  return CLUSTERS.map((cluster) => ({
    cluster: cluster.number,
    title: `Cluster ${cluster.number} — ${cluster.title}`,
    objectives: cluster.objectiveNumbers
      .filter((number) => wanted.has(number))
      .map((number) => objectiveByNumber(number))
      .filter((objective): objective is TObjective => objective !== undefined),
  })).filter((group) => group.objectives.length > 0);
}

/** "Cluster 2 — Protecting migrants through rights-based border governance measures" */
export function clusterLabel(number: number): string {
  const cluster = CLUSTERS.find((candidate) => candidate.number === number);
  return cluster ? `Cluster ${cluster.number} — ${cluster.title}` : `Cluster ${number}`;
}
