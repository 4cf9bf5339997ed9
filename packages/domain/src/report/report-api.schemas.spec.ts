import { GUIDING_PRINCIPLES } from '../catalogue';
import { ZCreateAmendmentRequest, ZPrinciplesAnswerData, ZPrioritiesAnswerData } from './report-api.schemas';

const allPrinciples = () =>
  GUIDING_PRINCIPLES.map((principle) => ({ key: principle.key, integrated: true, explanation: 'Yes.' }));

const issues = (result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);

describe('question 5 data', () => {
  it('accepts the ten principles in any order, unanswered ones as null', () => {
    const principles = allPrinciples()
      .reverse()
      .map((principle, index) => ({ ...principle, integrated: index === 0 ? null : principle.integrated }));
    expect(ZPrinciplesAnswerData.safeParse({ principles }).success).toBe(true);
  });

  it('names the principles that are missing', () => {
    const result = ZPrinciplesAnswerData.safeParse({ principles: allPrinciples().slice(0, 8) });
    expect(issues(result)).toEqual([
      [
        'principles',
        'must list each of the 10 guiding principles exactly once; missing: whole-of-government, whole-of-society',
      ],
    ]);
  });

  it('points at a principle listed twice and refuses unknown keys', () => {
    const twice = [...allPrinciples(), { key: 'human-rights', integrated: false, explanation: '' }];
    expect(issues(ZPrinciplesAnswerData.safeParse({ principles: twice }))).toEqual([
      ['principles.10.key', '“human-rights” is listed twice'],
    ]);
    const unknown = [
      ...allPrinciples().slice(1),
      { key: 'people-centered', integrated: true, explanation: '' },
    ];
    const result = ZPrinciplesAnswerData.safeParse({ principles: unknown });
    expect(issues(result).map(([path]) => path)).toEqual(expect.arrayContaining(['principles.9.key']));
  });
});

describe('question 7 data', () => {
  it('accepts distinct objectives with reasons; the title is optional', () => {
    const result = ZPrioritiesAnswerData.safeParse({
      priorities: [
        { objective: 1, reason: 'Data on internal migration is missing.' },
        { objective: 23, title: 'Strengthen international cooperation', reason: 'Partnerships.' },
      ],
    });
    expect(result.success).toBe(true);
  });

  it('refuses objectives outside 1–23, repeats and missing reasons, each at its place', () => {
    const result = ZPrioritiesAnswerData.safeParse({
      priorities: [
        { objective: 24, reason: 'x' },
        { objective: 3, reason: '  ' },
        { objective: 5, reason: 'y' },
        { objective: 5, reason: 'z' },
      ],
    });
    expect(issues(result)).toEqual([
      ['priorities.0.objective', 'must be an objective number from 1 to 23'],
      ['priorities.1.reason', 'give the reason for prioritising this objective'],
      ['priorities.3.objective', 'objective 5 is listed twice'],
    ]);
  });
});

describe('amendment request', () => {
  it('needs at least one valid question code, each once, and a note', () => {
    expect(ZCreateAmendmentRequest.safeParse({ questionCodes: ['2b'], note: 'New figures' }).success).toBe(
      true,
    );
    expect(ZCreateAmendmentRequest.safeParse({ questionCodes: [], note: 'x' }).success).toBe(false);
    expect(ZCreateAmendmentRequest.safeParse({ questionCodes: ['free text'], note: 'x' }).success).toBe(
      false,
    );
    expect(ZCreateAmendmentRequest.safeParse({ questionCodes: ['2b', '2b'], note: 'x' }).success).toBe(false);
    expect(ZCreateAmendmentRequest.safeParse({ questionCodes: ['2b'], note: ' ' }).success).toBe(false);
  });
});
