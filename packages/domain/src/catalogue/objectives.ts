import type { TObjective } from './catalogue.schemas';

/**
 * The 23 objectives of the Global Compact for Safe, Orderly and Regular Migration
 * (GA resolution 73/195, para 16), titled exactly as in the Annex of the ESCAP Voluntary GCM Review 2020.
 */
export const GCM_OBJECTIVES: readonly TObjective[] = [
  {
    number: 1,
    title: 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
  },
  {
    number: 2,
    title:
      'Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
  },
  { number: 3, title: 'Provide accurate and timely information at all stages of migration' },
  { number: 4, title: 'Ensure that all migrants have proof of legal identity and adequate documentation' },
  { number: 5, title: 'Enhance availability and flexibility of pathways for regular migration' },
  {
    number: 6,
    title: 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work',
  },
  { number: 7, title: 'Address and reduce vulnerabilities in migration' },
  { number: 8, title: 'Save lives and establish coordinated international efforts on missing migrants' },
  { number: 9, title: 'Strengthen the transnational response to smuggling of migrants' },
  {
    number: 10,
    title: 'Prevent, combat and eradicate trafficking in persons in the context of international migration',
  },
  { number: 11, title: 'Manage borders in an integrated, secure and coordinated manner' },
  {
    number: 12,
    title:
      'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
  },
  {
    number: 13,
    title: 'Use migration detention only as a measure of last resort and work towards alternatives',
  },
  {
    number: 14,
    title: 'Enhance consular protection, assistance and cooperation throughout the migration cycle',
  },
  { number: 15, title: 'Provide access to basic services for migrants' },
  { number: 16, title: 'Empower migrants and societies to realize full inclusion and social cohesion' },
  {
    number: 17,
    title:
      'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration',
  },
  {
    number: 18,
    title:
      'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences',
  },
  {
    number: 19,
    title:
      'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries',
  },
  {
    number: 20,
    title:
      'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants',
  },
  {
    number: 21,
    title:
      'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
  },
  {
    number: 22,
    title: 'Establish mechanisms for the portability of social security entitlements and earned benefits',
  },
  {
    number: 23,
    title:
      'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
  },
];
