import type { TCluster } from './catalogue.schemas';

/** The four clusters of objectives = the four round tables of the regional review and of the IMRF 2022. */
export const CLUSTERS: readonly TCluster[] = [
  {
    number: 1,
    title: 'Ensuring that migration is voluntary, orderly and regular',
    objectiveNumbers: [2, 5, 6, 12, 18],
  },
  {
    number: 2,
    title: 'Protecting migrants through rights-based border governance measures',
    objectiveNumbers: [4, 8, 9, 10, 11, 13, 21],
  },
  {
    number: 3,
    title: 'Supporting the integration of migrants and their contribution to development',
    objectiveNumbers: [14, 15, 16, 19, 20, 22],
  },
  {
    number: 4,
    title:
      'Improving value-driven and evidence-based policymaking and public debate, and enhancing cooperation on migration',
    objectiveNumbers: [1, 3, 7, 17, 23],
  },
];
