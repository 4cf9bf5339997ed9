import ESCAP_2020_FILE from './escap-gcm-review-2020.v1.json';
import {
  builtInQuestionnaire,
  checkQuestionnaire,
  checkQuestionnaireText,
  ESCAP_GCM_REVIEW_2020,
  headedSections,
  questionnaireQuestions,
} from './questionnaire';
import type { TQuestionnaireFile } from './questionnaire.schemas';

/** A copy of the 2020 file with `change` applied. */
function changed(change: (file: TQuestionnaireFile) => void): TQuestionnaireFile {
  const file = structuredClone(ESCAP_2020_FILE) as TQuestionnaireFile;
  change(file);
  return file;
}

function problemsOf(file: unknown): string[] {
  const checked = checkQuestionnaire(file);
  return checked.ok ? [] : checked.problems.map((problem) => problem.message);
}

describe('the ESCAP 2020 questionnaire file', () => {
  it('is valid and is the built-in questionnaire of its key', () => {
    expect(checkQuestionnaire(ESCAP_2020_FILE).ok).toBe(true);
    expect(builtInQuestionnaire('escap-gcm-review-2020')).toBe(ESCAP_GCM_REVIEW_2020);
  });

  it('has four headed cluster sections and the unheaded questions 5 to 10', () => {
    expect(headedSections(ESCAP_GCM_REVIEW_2020).map((section) => [section.number, section.key])).toEqual([
      [1, 'cluster-1'],
      [2, 'cluster-2'],
      [3, 'cluster-3'],
      [4, 'cluster-4'],
    ]);
    const general = questionnaireQuestions(ESCAP_GCM_REVIEW_2020).filter((q) => q.sectionNumber === null);
    expect(general.map((q) => q.code)).toEqual(['5', '6', '7', '8', '9', '10']);
  });

  it('marks question 9 as drafted from the methodology and question 7 as the vote-fed table', () => {
    const questions = questionnaireQuestions(ESCAP_GCM_REVIEW_2020);
    expect(questions.filter((q) => q.draftFrom === 'methodology').map((q) => q.code)).toEqual(['9']);
    expect(questions.find((q) => q.code === '7')?.answer).toEqual({
      kind: 'priority_objectives',
      columns: ['Priority GCM objective', 'Reasons for prioritisation'],
    });
  });

  it('places the contact block, the recipients and the consent in the introduction', () => {
    expect(ESCAP_GCM_REVIEW_2020.introduction.map((block) => block.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'contact',
      'recipients',
      'consent',
    ]);
  });
});

describe('checking a questionnaire file', () => {
  it('names the section and question of each problem, all at once', () => {
    const problems = problemsOf(
      changed((file) => {
        const cluster = file.sections[1];
        if (!cluster) throw new Error('no cluster 2');
        (cluster.questions[2] as { answer: unknown }).answer = { kind: 'essay' };
        cluster.objectives = [4, 30];
        (cluster.questions[0] as { guidance: unknown }).guidance = { targetWords: 0, text: 'x' };
        (file as { format: string }).format = 'something else';
      }),
    );
    expect(problems).toHaveLength(4);
    expect(problems).toEqual(
      expect.arrayContaining([
        'Section 2 (cluster-2), question 2c, answer.kind: must be one of narrative, principles_checklist, priority_objectives, table',
        'Section 2 (cluster-2), objectives[1]: must be a GCM objective number from 1 to 23',
        'Section 2 (cluster-2), question 2a, guidance.targetWords: the word target must be at least 1 word',
        expect.stringMatching(/^"format": must be "gcm-questionnaire\/1"/),
      ]),
    );
  });

  it('refuses a code used twice (in any case), two vote-fed tables and repeated column keys', () => {
    const problems = problemsOf(
      changed((file) => {
        const general = file.sections[4];
        if (!general) throw new Error('no general section');
        general.questions.push(
          { ...structuredClone(general.questions[2]), code: '1A' } as (typeof general.questions)[number],
          {
            code: 'T1',
            prompt: 'Measures',
            guidance: { targetWords: 100, text: 'List them.' },
            answer: {
              kind: 'table',
              columns: [
                { key: 'name', title: 'Name' },
                { key: 'name', title: 'Other name' },
              ],
            },
          },
        );
      }),
    );
    expect(problems).toEqual([
      'Section 5 (general), question 1A, code: question code "1A" is already used by question 1a',
      'Section 5 (general), question T1, answer.columns[1].key: column key "name" is used twice',
      '"sections": at most one question may be answered by the priority-objectives table (the vote fills one)',
    ]);
  });

  it('says when the text is not JSON', () => {
    const checked = checkQuestionnaireText('{"format": "gcm-questionnaire/1",');
    expect(checked.ok).toBe(false);
    expect(checked.ok ? [] : checked.problems[0]?.message).toMatch(/^The file is not valid JSON: /);
  });

  it('fills in defaults: no objectives, carried from the same code', () => {
    const questions = questionnaireQuestions(ESCAP_GCM_REVIEW_2020);
    expect(questions.every((q) => q.carryFrom.length === 0 && q.objectives.length === 0)).toBe(true);
  });
});
