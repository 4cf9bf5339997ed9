import { ESCAP_GCM_REVIEW_2020 } from '../questionnaires/questionnaire';
import { buildPublicReportBody, isPublished } from './public-report';
import { ZPublicSection } from './public-report.schemas';
import { MONGOLIA_ANSWERS, MONGOLIA_PRIORITIES, mongoliaQuestions } from './report.fixtures';
import type { TReportQuestion } from './report.schemas';

function withStatus(code: string, change: Partial<TReportQuestion>): TReportQuestion[] {
  return mongoliaQuestions().map((question) =>
    question.code === code ? { ...question, ...change } : question,
  );
}

describe('isPublished', () => {
  const sent = { status: 'submitted' as const, consentToPublish: true, submissions: 1 };

  it('publishes a report that was sent with the consent to publish, closed and archived ones too', () => {
    expect(isPublished(sent)).toBe(true);
    expect(isPublished({ ...sent, status: 'closed' })).toBe(true);
    expect(isPublished({ ...sent, status: 'archived' })).toBe(true);
  });

  it('publishes nothing without consent, whether refused or not chosen', () => {
    expect(isPublished({ ...sent, consentToPublish: false })).toBe(false);
    expect(isPublished({ ...sent, consentToPublish: null })).toBe(false);
  });

  it('publishes nothing before the report is sent, whatever the consent', () => {
    for (const status of ['setup', 'collecting', 'consolidating'] as const) {
      expect(isPublished({ ...sent, status })).toBe(false);
    }
    // A submitted status without any submission recorded is not a sent report either.
    expect(isPublished({ ...sent, submissions: 0 })).toBe(false);
  });
});

describe('buildPublicReportBody', () => {
  it('shows every question in the questionnaire’s sections and order, with its final answer', () => {
    const { sections } = buildPublicReportBody(ESCAP_GCM_REVIEW_2020, mongoliaQuestions());
    for (const section of sections) ZPublicSection.parse(section);
    const clusters = sections.filter((section) => section.number !== null);
    expect(clusters.map((section) => section.number)).toEqual([1, 2, 3, 4]);
    expect(clusters[0]?.questions.map((question) => question.code)).toEqual(['1a', '1b', '1c', '1d']);
    expect(clusters[0]?.objectives.length).toBeGreaterThan(0);
    const codes = sections.flatMap((section) => section.questions.map((question) => question.code));
    expect(codes.slice(-6)).toEqual(['5', '6', '7', '8', '9', '10']);
    const q1a = clusters[0]?.questions[0];
    expect(q1a?.status).toBe('final');
    expect(q1a?.heading.startsWith('1a. ')).toBe(true);
    const first = MONGOLIA_ANSWERS['1a']?.split('\n\n')[0];
    expect(q1a?.answer[0]).toEqual(expect.objectContaining({ kind: 'paragraph' }));
    expect(JSON.stringify(q1a?.answer)).toContain(JSON.stringify(first).slice(1, -1));
  });

  it('lists the priority objectives of the priority table, with the catalogue’s title when none is given', () => {
    const questions = mongoliaQuestions().map((question) =>
      question.answerKind === 'priority_objectives'
        ? { ...question, priorities: [{ objective: 10, title: '', reason: ' Trafficking. ' }] }
        : question,
    );
    expect(buildPublicReportBody(ESCAP_GCM_REVIEW_2020, questions).priorities).toEqual([
      {
        objective: 10,
        title:
          'Prevent, combat and eradicate trafficking in persons in the context of international migration',
        reason: 'Trafficking.',
      },
    ]);
    const all = buildPublicReportBody(ESCAP_GCM_REVIEW_2020, mongoliaQuestions()).priorities;
    expect(all.map((priority) => priority.objective)).toEqual(MONGOLIA_PRIORITIES.map((p) => p.objective));
  });

  it('never shows a draft: the question is unanswered and its text and table are left out', () => {
    const draft = 'Half-written draft about border posts';
    const questions = withStatus('2c', { status: 'draft', body: draft });
    const body = buildPublicReportBody(ESCAP_GCM_REVIEW_2020, questions);
    const q2c = body.sections.flatMap((section) => section.questions).find((q) => q.code === '2c');
    expect(q2c).toEqual(
      expect.objectContaining({ status: 'unanswered', answer: [{ kind: 'note', text: 'No answer' }] }),
    );
    expect(JSON.stringify(body)).not.toContain(draft);
    const priorities = mongoliaQuestions().map((question) =>
      question.answerKind === 'priority_objectives' ? { ...question, status: 'draft' as const } : question,
    );
    expect(buildPublicReportBody(ESCAP_GCM_REVIEW_2020, priorities).priorities).toEqual([]);
  });

  it('shows a question marked not applicable as such', () => {
    const body = buildPublicReportBody(ESCAP_GCM_REVIEW_2020, withStatus('8', { status: 'not_applicable' }));
    const q8 = body.sections.flatMap((section) => section.questions).find((q) => q.code === '8');
    expect(q8).toEqual(
      expect.objectContaining({
        status: 'not_applicable',
        answer: [{ kind: 'note', text: 'Not applicable' }],
      }),
    );
  });
});
