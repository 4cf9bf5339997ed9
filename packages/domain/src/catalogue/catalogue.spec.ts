import {
  builtInQuestionnaire,
  ESCAP_GCM_REVIEW_2020,
  questionnaireQuestions,
} from '../questionnaires/questionnaire';
import {
  CATALOGUE,
  CLUSTERS,
  clusterByNumber,
  clusterOfObjective,
  GCM_OBJECTIVES,
  GUIDING_PRINCIPLES,
  objectiveByNumber,
  questionByCode,
} from '.';
import { PRINCIPLE_KEYS, ZCatalogue } from './catalogue.schemas';

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const question = (code: string) => {
  const found = questionByCode(ESCAP_GCM_REVIEW_2020, code);
  if (!found) throw new Error(`question ${code} is missing`);
  return found;
};

describe('GCM objectives', () => {
  it('are the 23 objectives numbered 1 to 23 in order', () => {
    expect(GCM_OBJECTIVES.map((objective) => objective.number)).toEqual(range(1, 23));
  });

  it('carry the official titles as printed in the survey annex', () => {
    // Copied from the Annex of the ESCAP Voluntary GCM Review 2020.
    expect(objectiveByNumber(1)?.title).toBe(
      'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
    );
    expect(objectiveByNumber(7)?.title).toBe('Address and reduce vulnerabilities in migration');
    expect(objectiveByNumber(12)?.title).toBe(
      'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral',
    );
    expect(objectiveByNumber(21)?.title).toBe(
      'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration',
    );
    expect(objectiveByNumber(23)?.title).toBe(
      'Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
    );
  });

  it('have distinct, trimmed titles', () => {
    const titles = GCM_OBJECTIVES.map((objective) => objective.title);
    expect(new Set(titles).size).toBe(23);
    for (const title of titles) expect(title).toBe(title.trim());
  });

  it('are not found beyond 1 to 23', () => {
    expect(objectiveByNumber(0)).toBeUndefined();
    expect(objectiveByNumber(24)).toBeUndefined();
  });
});

describe('guiding principles', () => {
  it('are the ten principles of the question 5 table, in its order, with their printed titles', () => {
    expect(GUIDING_PRINCIPLES.map((principle) => principle.title)).toEqual([
      'People-centred',
      'International cooperation',
      'National sovereignty',
      'Rule of law and due process',
      'Sustainable development',
      'Human rights',
      'Gender-responsive',
      'Child-sensitive',
      'Whole-of-government approach',
      'Whole-of-society approach',
    ]);
  });

  it('use every principle key once and are ordered 1 to 10', () => {
    expect(GUIDING_PRINCIPLES.map((principle) => principle.key)).toEqual([...PRINCIPLE_KEYS]);
    expect(GUIDING_PRINCIPLES.map((principle) => principle.order)).toEqual(range(1, 10));
  });
});

describe('clusters', () => {
  it('are the four round tables with their printed titles and objectives', () => {
    expect(CLUSTERS.map((cluster) => [cluster.number, cluster.title, cluster.objectiveNumbers])).toEqual([
      [1, 'Ensuring that migration is voluntary, orderly and regular', [2, 5, 6, 12, 18]],
      [2, 'Protecting migrants through rights-based border governance measures', [4, 8, 9, 10, 11, 13, 21]],
      [
        3,
        'Supporting the integration of migrants and their contribution to development',
        [14, 15, 16, 19, 20, 22],
      ],
      [
        4,
        'Improving value-driven and evidence-based policymaking and public debate, and enhancing cooperation on migration',
        [1, 3, 7, 17, 23],
      ],
    ]);
  });

  it('cover every objective exactly once', () => {
    const all = CLUSTERS.flatMap((cluster) => cluster.objectiveNumbers);
    expect(all).toHaveLength(23);
    expect([...all].sort((a, b) => a - b)).toEqual(range(1, 23));
  });

  it('place each objective in its round table', () => {
    expect(clusterOfObjective(2)?.number).toBe(1);
    expect(clusterOfObjective(10)?.number).toBe(2);
    expect(clusterOfObjective(20)?.number).toBe(3);
    expect(clusterOfObjective(1)?.number).toBe(4);
    expect(clusterOfObjective(24)).toBeUndefined();
    for (const objective of GCM_OBJECTIVES) {
      expect(clusterOfObjective(objective.number)?.objectiveNumbers).toContain(objective.number);
    }
  });

  it('are found by number', () => {
    expect(clusterByNumber(3)?.title).toBe(
      'Supporting the integration of migrants and their contribution to development',
    );
    expect(clusterByNumber(5)).toBeUndefined();
  });
});

describe('ESCAP Voluntary GCM Review 2020 survey', () => {
  const questions = questionnaireQuestions(ESCAP_GCM_REVIEW_2020);
  const introduction = ESCAP_GCM_REVIEW_2020.introduction.map((block) => block.text).join('\n\n');

  it('is identified by its key, version and title', () => {
    expect(ESCAP_GCM_REVIEW_2020).toMatchObject({
      key: 'escap-gcm-review-2020',
      version: 1,
      title: 'ESCAP Voluntary GCM Review 2020',
    });
  });

  it('has the 22 questions in the order of the form', () => {
    expect(questions.map((q) => q.code)).toEqual([
      '1a',
      '1b',
      '1c',
      '1d',
      '2a',
      '2b',
      '2c',
      '2d',
      '3a',
      '3b',
      '3c',
      '3d',
      '4a',
      '4b',
      '4c',
      '4d',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(questions.map((q) => q.order)).toEqual(range(1, 22));
  });

  it('ties 1a to 4d to their cluster and questions 5 to 10 to none', () => {
    for (const q of questions) {
      const cluster = /^([1-4])[a-d]$/.exec(q.code)?.[1];
      expect(q.sectionNumber).toBe(cluster === undefined ? null : Number(cluster));
      expect(q.sectionKey).toBe(cluster === undefined ? 'general' : `cluster-${cluster}`);
    }
  });

  it('asks for a principles checklist in question 5, priority objectives in question 7 and narratives elsewhere', () => {
    expect(question('5').answer.kind).toBe('principles_checklist');
    expect(question('7').answer.kind).toBe('priority_objectives');
    const narrative = questions.filter((q) => q.answer.kind === 'narrative').map((q) => q.code);
    expect(narrative).toHaveLength(20);
    expect(narrative).not.toContain('5');
    expect(narrative).not.toContain('7');
  });

  it('copies the cluster prompts as printed, including "the migration levels" only in 1a', () => {
    expect(question('1a').prompt).toBe(
      'Please highlight the migration levels and trends, including drivers (if possible), and migrant experiences relevant to this cluster of objectives.',
    );
    for (const code of ['2a', '3a', '4a']) {
      expect(question(code).prompt).toBe(
        'Please highlight migration levels and trends, including drivers (if possible), and migrant experiences relevant to this cluster of objectives.',
      );
    }
    for (const cluster of [1, 2, 3, 4]) {
      expect(question(`${cluster}b`).prompt).toContain(
        'in particular since the adoption of the GCM on 10 December 2018',
      );
      expect(question(`${cluster}c`).prompt).toBe(
        'What are the main gaps identified and challenges faced in addressing these objectives?',
      );
      expect(question(`${cluster}d`).prompt).toMatch(/^Please share some of the results of these actions/);
    }
  });

  it('copies questions 5 to 10 as printed, without numbering or bold markup', () => {
    expect(question('5').prompt).toContain(
      'integrate the vision and cross-cutting and interdependent guiding principles of the Global Compact',
    );
    expect(question('5').prompt).toMatch(
      /\(please check against the principles that have been integrated\)$/,
    );
    expect(question('6').prompt).toContain(
      'realizing the achievement of the 2030 Agenda for Sustainable Development?',
    );
    expect(question('7').prompt).toMatch(
      /Please name the objectives that the Government has prioritized and explain why\.$/,
    );
    expect(question('8').prompt).toContain(
      'how and to what extent have regional plans and strategies incorporated',
    );
    expect(question('9').prompt).toMatch(
      /^What methodology was adopted for completing this voluntary GCM review/,
    );
    expect(question('10').prompt).toMatch(/^Given the outbreak of COVID-19 which has affected all countries/);
  });

  it('keeps prompts, introduction and instructions free of HTML, markdown bold and links', () => {
    const texts = [introduction, ...ESCAP_GCM_REVIEW_2020.instructions, ...questions.map((q) => q.prompt)];
    for (const text of texts) {
      expect(text).not.toMatch(/<\/?[a-z]+>|\*|\]\(|^\s*[0-9a-d]+\.\s/);
    }
  });

  it('has the introduction on the mandate of the review and the return date', () => {
    const intro = introduction;
    expect(intro).toContain(
      'This voluntary GCM review is issued to fulfil this mandate, by enabling member States to provide information on their progress towards the objectives of the Global Compact.',
    );
    expect(intro).toContain(
      'The Global Compact for Safe, Orderly and Regular Migration (GCM) (General Assembly Resolution 73/195)',
    );
    expect(intro).toContain('by 31 August 2020, preferably by email (escap-sdd@un.org)');
  });

  it('has the five instructions of the form', () => {
    expect(ESCAP_GCM_REVIEW_2020.instructions).toHaveLength(5);
    expect(ESCAP_GCM_REVIEW_2020.instructions[0]).toBe(
      'Please provide answers to the following set of questions (about 500 words per question) as they relate to clusters of objectives of the Global Compact for Migration (General Assembly resolution 73/326, para 21).',
    );
    expect(ESCAP_GCM_REVIEW_2020.instructions).toContain(
      'Also, information should be based on statistical as well as qualitative data.',
    );
  });

  it('asks for about 500 words per question, with guidance on data, references and attachments', () => {
    for (const q of questions) {
      expect(q.guidance.targetWords).toBe(500);
      expect(q.guidance.text).toMatch(/500 words/);
      expect(q.guidance.text).toMatch(/statistical as well as qualitative data/);
      expect(q.guidance.text).toMatch(/policy documents/);
      expect(q.guidance.text).toMatch(/attach/);
    }
  });

  it('guides question 5 through each principle and question 7 through the two-column table', () => {
    expect(question('5').guidance.text).toMatch(/each principle/);
    expect(question('5').guidance.text).toMatch(/explanation/);
    expect(question('7').guidance.text).toContain('"Priority GCM objective"');
    expect(question('7').guidance.text).toContain('"Reasons for prioritisation"');
  });

  it('names the objectives of the cluster in the guidance of cluster questions', () => {
    expect(question('2c').guidance.text).toContain('GCM objectives 4, 8, 9, 10, 11, 13 and 21');
  });
});

describe('catalogue', () => {
  it('parses with ZCatalogue and has version 2020.1', () => {
    const parsed = ZCatalogue.parse(CATALOGUE);
    expect(parsed.version).toBe('2020.1');
    expect(parsed.objectives).toHaveLength(23);
    expect(parsed.principles).toHaveLength(10);
    expect(parsed.clusters).toHaveLength(4);
    expect(parsed.templates.map((template) => template.key)).toEqual(['escap-gcm-review-2020']);
  });

  it('finds a template by key and a question by code, and returns undefined for unknown ones', () => {
    const template = builtInQuestionnaire('escap-gcm-review-2020');
    expect(template).toBe(ESCAP_GCM_REVIEW_2020);
    expect(builtInQuestionnaire('escap-gcm-review-2020', 1)).toBe(ESCAP_GCM_REVIEW_2020);
    expect(builtInQuestionnaire('escap-gcm-review-2020', 2)).toBeUndefined();
    expect(template && questionByCode(template, '4b')?.sectionNumber).toBe(4);
    expect(builtInQuestionnaire('escap-gcm-review-2024')).toBeUndefined();
    expect(questionByCode(ESCAP_GCM_REVIEW_2020, '11')).toBeUndefined();
    expect(questionByCode(ESCAP_GCM_REVIEW_2020, '4e')).toBeUndefined();
  });
});
