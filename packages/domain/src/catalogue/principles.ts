import type { TPrinciple } from './catalogue.schemas';

/** The ten cross-cutting guiding principles (GCM paras 8–15) in the order of the survey's question 5 table. */
export const GUIDING_PRINCIPLES: readonly TPrinciple[] = [
  { key: 'people-centred', title: 'People-centred', order: 1 },
  { key: 'international-cooperation', title: 'International cooperation', order: 2 },
  { key: 'national-sovereignty', title: 'National sovereignty', order: 3 },
  { key: 'rule-of-law-and-due-process', title: 'Rule of law and due process', order: 4 },
  { key: 'sustainable-development', title: 'Sustainable development', order: 5 },
  { key: 'human-rights', title: 'Human rights', order: 6 },
  { key: 'gender-responsive', title: 'Gender-responsive', order: 7 },
  { key: 'child-sensitive', title: 'Child-sensitive', order: 8 },
  { key: 'whole-of-government', title: 'Whole-of-government approach', order: 9 },
  { key: 'whole-of-society', title: 'Whole-of-society approach', order: 10 },
];
