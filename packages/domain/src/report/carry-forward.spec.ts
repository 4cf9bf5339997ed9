import fc from 'fast-check';
import type { TQuestionnaireAnswer } from '../questionnaires/questionnaire.schemas';
import {
  answerDifference,
  type CarrySource,
  type CarryTarget,
  carriedDueDate,
  carryAnswers,
  carryAssignments,
  type PreviousAssignment,
  textOfChanges,
} from './carry-forward';
import type { TAnswerData } from './report-api.schemas';

const narrative: TQuestionnaireAnswer = { kind: 'narrative' };
const table = (...keys: string[]): TQuestionnaireAnswer => ({
  kind: 'table',
  columns: keys.map((key) => ({ key, title: key.toUpperCase() })),
});

function target(code: string, carryFrom: string[] = [], answer = narrative): CarryTarget {
  return { code, answerKind: answer.kind, answer, carryFrom };
}

function source(
  code: string,
  body: string,
  status: 'draft' | 'final' | 'not_applicable' = 'final',
  answer = narrative,
  data: TAnswerData | null = null,
): CarrySource {
  return { code, answerKind: answer.kind, answer, stored: { body, data, status } };
}

describe('carryAnswers', () => {
  it('starts a question from the final answer of the same code when it declares no sources', () => {
    const carried = carryAnswers([target('1a'), target('1b')], [source('1a', 'Law No. 12 of 2019.')]);
    expect(carried).toEqual([{ code: '1a', fromCodes: ['1a'], body: 'Law No. 12 of 2019.', data: null }]);
  });

  it('follows the declared sources, in their order, a blank line apart', () => {
    const carried = carryAnswers(
      [target('2', ['1b', '1a'])],
      [source('1a', 'First.'), source('1b', '  Second.  '), source('2', 'Not this one.')],
    );
    expect(carried).toEqual([{ code: '2', fromCodes: ['1b', '1a'], body: 'Second.\n\nFirst.', data: null }]);
  });

  it('never carries drafts, answers marked not applicable, or questions never answered', () => {
    const sources: CarrySource[] = [
      source('1a', 'An unagreed draft', 'draft'),
      source('1b', 'Not for us', 'not_applicable'),
      { code: '1c', answerKind: 'narrative', answer: narrative, stored: null },
    ];
    expect(carryAnswers([target('1a'), target('1b'), target('1c')], sources)).toEqual([]);
  });

  it('carries table rows restricted to the columns the new question keeps', () => {
    const previous = table('law', 'year', 'note');
    const carried = carryAnswers(
      [target('8', [], table('law', 'year', 'status'))],
      [
        source('8', '', 'final', previous, {
          rows: [
            { law: 'Law on Migration', year: '2019', note: 'amended 2021' },
            { law: '', year: '', note: 'only a note' },
          ],
        }),
      ],
    );
    expect(carried).toEqual([
      {
        code: '8',
        fromCodes: ['8'],
        body: '',
        data: { rows: [{ law: 'Law on Migration', year: '2019', status: '' }] },
      },
    ]);
  });

  it('keeps the structured part only from one source of the same kind, and never a vote’s priorities', () => {
    const priorities: TQuestionnaireAnswer = {
      kind: 'priority_objectives',
      columns: ['Objectives', 'Reasons'],
    };
    const carried = carryAnswers(
      [target('7', [], priorities), target('9', ['8a', '8b'], table('law'))],
      [
        source('7', 'Why these objectives.', 'final', priorities, {
          priorities: [{ objective: 1, title: 'Collect and utilize accurate data', reason: 'Data' }],
        }),
        source('8a', 'A', 'final', table('law'), { rows: [{ law: 'X' }] }),
        source('8b', 'B', 'final', table('law'), { rows: [{ law: 'Y' }] }),
      ],
    );
    expect(carried).toEqual([
      { code: '7', fromCodes: ['7'], body: 'Why these objectives.', data: null },
      { code: '9', fromCodes: ['8a', '8b'], body: 'A\n\nB', data: null },
    ]);
  });
});

describe('answerDifference', () => {
  it('marks the words that stayed, went and came', () => {
    expect(answerDifference('The Law on Migration of 2019.', 'The Law on Migration of 2023.')).toEqual([
      { change: 'same', text: 'The Law on Migration of ' },
      { change: 'removed', text: '2019' },
      { change: 'added', text: '2023' },
      { change: 'same', text: '.' },
    ]);
  });

  it('reads a replaced phrase as one removed and one added run', () => {
    expect(answerDifference('Data (2020 text of 1a) here', 'Data (updated for 2024) here')).toEqual([
      { change: 'same', text: 'Data (' },
      { change: 'removed', text: '2020 text of 1a' },
      { change: 'added', text: 'updated for 2024' },
      { change: 'same', text: ') here' },
    ]);
  });

  it('is a single unchanged run when nothing changed, and empty for two empty texts', () => {
    expect(answerDifference('Same text.', 'Same text.')).toEqual([{ change: 'same', text: 'Same text.' }]);
    expect(answerDifference('', '')).toEqual([]);
  });

  it('gives back each text exactly from its runs, and never two runs of the same kind in a row', () => {
    const words = fc.constantFrom('migration', 'law', '2019', ',', '.', ' ', '\n\n', 'Ulaanbaatar', 'IOM');
    const texts = fc.array(words, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(texts, texts, (previous, current) => {
        const changes = answerDifference(previous, current);
        expect(textOfChanges(changes, 'previous')).toBe(previous);
        expect(textOfChanges(changes, 'current')).toBe(current);
        changes.slice(1).forEach((part, index) => {
          expect(part.change).not.toBe(changes[index]?.change);
        });
      }),
    );
  });
});

describe('carriedDueDate', () => {
  it('moves a due date as far as the final deadline moved', () => {
    expect(carriedDueDate('2020-07-31', '2020-08-31', '2024-08-30')).toBe('2024-07-30');
  });

  it('never falls after the new final deadline', () => {
    expect(carriedDueDate('2020-08-31', '2020-08-31', '2024-02-29')).toBe('2024-02-29');
    expect(carriedDueDate('2020-09-15', '2020-08-31', '2024-08-31')).toBe('2024-08-31');
  });
});

describe('carryAssignments', () => {
  const deadlines = { previousFinal: '2020-08-31', newFinal: '2024-08-31' };
  const everyone = { organisation: () => true, person: () => true };
  const row = (
    questionCode: string,
    organisationId: string,
    role: 'lead' | 'contributing',
    focalPointIds: string[] = [],
  ): PreviousAssignment => ({ questionCode, organisationId, role, dueDate: '2020-07-31', focalPointIds });

  it('gives each question the organisations and focal points of its source, due as far before the deadline', () => {
    const plan = carryAssignments(
      [{ code: '1a', carryFrom: [] }],
      [row('1a', 'mfa', 'lead', ['p1']), row('1a', 'nso', 'contributing', ['p2']), row('1b', 'mol', 'lead')],
      deadlines,
      everyone,
    );
    expect(plan).toEqual([
      {
        questionCode: '1a',
        organisationId: 'mfa',
        role: 'lead',
        dueDate: '2024-07-31',
        focalPointIds: ['p1'],
      },
      {
        questionCode: '1a',
        organisationId: 'nso',
        role: 'contributing',
        dueDate: '2024-07-31',
        focalPointIds: ['p2'],
      },
    ]);
  });

  it('keeps one lead when several sources feed a question, and merges an organisation met twice', () => {
    const plan = carryAssignments(
      [{ code: '2', carryFrom: ['1b', '1a'] }],
      [
        row('1a', 'mfa', 'lead', ['p1']),
        row('1b', 'mol', 'lead', ['p3']),
        row('1a', 'mol', 'contributing', ['p4']),
      ],
      deadlines,
      everyone,
    );
    expect(plan).toEqual([
      {
        questionCode: '2',
        organisationId: 'mol',
        role: 'lead',
        dueDate: '2024-07-31',
        focalPointIds: ['p3', 'p4'],
      },
      {
        questionCode: '2',
        organisationId: 'mfa',
        role: 'contributing',
        dueDate: '2024-07-31',
        focalPointIds: ['p1'],
      },
    ]);
  });

  it('leaves out archived organisations and people', () => {
    const plan = carryAssignments(
      [{ code: '1a', carryFrom: [] }],
      [row('1a', 'gone', 'lead', ['p1']), row('1a', 'nso', 'contributing', ['p2', 'left'])],
      deadlines,
      { organisation: (id) => id !== 'gone', person: (id) => id !== 'left' },
    );
    expect(plan).toEqual([
      {
        questionCode: '1a',
        organisationId: 'nso',
        role: 'contributing',
        dueDate: '2024-07-31',
        focalPointIds: ['p2'],
      },
    ]);
  });
});
