import { checkCompleteness } from './completeness';
import { mongoliaReportInput, withQuestion } from './report.fixtures';
import { ZCompletenessReport } from './report.schemas';

const errorsOf = (report: ReturnType<typeof checkCompleteness>) =>
  report.items.filter((item) => item.level === 'error');
const warningsOf = (report: ReturnType<typeof checkCompleteness>) =>
  report.items.filter((item) => item.level === 'warning');

/** A narrative answer of `count` words. */
const words = (count: number): string => Array.from({ length: count }, () => 'migration').join(' ');

describe('checkCompleteness', () => {
  it('finds Mongolia’s final report ready, with only advice left (no telephone, short answers)', () => {
    const report = checkCompleteness(mongoliaReportInput());
    expect(ZCompletenessReport.safeParse(report).success).toBe(true);
    expect(errorsOf(report)).toEqual([]);
    expect(report.ready).toBe(true);
    expect(report.items).toContainEqual({
      id: 'contact:telephone',
      level: 'warning',
      message: 'Contact block: Telephone is missing',
      link: 'contact',
    });
  });

  it('blocks the report while a question is still a draft, one item per question', () => {
    let input = withQuestion(mongoliaReportInput(), '2b', (question) => ({ ...question, status: 'draft' }));
    input = withQuestion(input, '6', (question) => ({ ...question, status: 'draft' }));
    const report = checkCompleteness(input);
    expect(report.ready).toBe(false);
    expect(errorsOf(report)).toEqual([
      {
        id: 'question-draft:2b',
        level: 'error',
        message: 'Question 2b is still a draft',
        questionCode: '2b',
        link: 'question',
      },
      {
        id: 'question-draft:6',
        level: 'error',
        message: 'Question 6 is still a draft',
        questionCode: '6',
        link: 'question',
      },
    ]);
  });

  it('warns, without blocking, about an answer written in another language than the questionnaire', () => {
    let input = withQuestion(mongoliaReportInput(), '3c', (question) => ({ ...question, language: 'mn' }));
    // British English is the questionnaire's English: no warning.
    input = withQuestion(input, '6', (question) => ({ ...question, language: 'en-GB' }));
    const report = checkCompleteness(input);
    expect(report.ready).toBe(true);
    expect(report.items.filter((item) => item.id.startsWith('question-language:'))).toEqual([
      {
        id: 'question-language:3c',
        level: 'warning',
        message:
          'Question 3c is written in Mongolian, not in the language of the report (English): translate it before submitting',
        questionCode: '3c',
        link: 'question',
      },
    ]);
  });

  it('blocks the report for an empty answer, even one marked final', () => {
    const input = withQuestion(mongoliaReportInput(), '3c', (question) => ({ ...question, body: ' \n\n ' }));
    expect(errorsOf(checkCompleteness(input))).toEqual([
      {
        id: 'question-empty:3c',
        level: 'error',
        message: 'Question 3c has no answer',
        questionCode: '3c',
        link: 'question',
      },
    ]);
  });

  it('counts a survey question missing from the input as unanswered', () => {
    const input = mongoliaReportInput();
    const report = checkCompleteness({ ...input, questions: input.questions.filter((q) => q.code !== '4d') });
    expect(errorsOf(report).map((item) => item.id)).toEqual(['question-empty:4d']);
  });

  it('accepts a question marked not applicable without an answer', () => {
    const input = withQuestion(mongoliaReportInput(), '2c', (question) => ({
      ...question,
      status: 'not_applicable',
      body: '',
    }));
    const report = checkCompleteness(input);
    expect(report.ready).toBe(true);
    expect(report.items.filter((item) => item.questionCode === '2c')).toEqual([]);
  });

  it('requires every guiding principle of question 5 to be marked yes or no', () => {
    const input = withQuestion(mongoliaReportInput(), '5', (question) => ({
      ...question,
      principles: (question.principles ?? [])
        .filter((principle) => principle.key !== 'gender-responsive')
        .map((principle) =>
          principle.key === 'child-sensitive' ? { ...principle, integrated: null } : principle,
        ),
    }));
    const report = checkCompleteness(input);
    expect(report.ready).toBe(false);
    expect(errorsOf(report).map((item) => item.message)).toEqual([
      'Question 5: mark whether “Gender-responsive” has been integrated (yes or no)',
      'Question 5: mark whether “Child-sensitive” has been integrated (yes or no)',
    ]);
  });

  it('asks for an explanation of each principle ticked yes, but not of one ticked no', () => {
    const input = withQuestion(mongoliaReportInput(), '5', (question) => ({
      ...question,
      principles: (question.principles ?? []).map((principle) =>
        principle.key === 'human-rights'
          ? { ...principle, explanation: ' ' }
          : principle.key === 'national-sovereignty'
            ? { ...principle, integrated: false, explanation: '' }
            : principle,
      ),
    }));
    const report = checkCompleteness(input);
    expect(report.ready).toBe(true);
    expect(warningsOf(report).filter((item) => item.questionCode === '5')).toEqual([
      {
        id: 'principle-explanation:human-rights',
        level: 'warning',
        message: 'Question 5: explain how “Human rights” has been integrated',
        questionCode: '5',
        link: 'question',
      },
    ]);
  });

  it('requires question 7 to name at least one priority objective with a reason', () => {
    const noReasons = withQuestion(mongoliaReportInput(), '7', (question) => ({
      ...question,
      priorities: (question.priorities ?? []).map((priority) => ({ ...priority, reason: '' })),
    }));
    expect(errorsOf(checkCompleteness(noReasons))).toEqual([
      {
        id: 'priorities-missing:7',
        level: 'error',
        message: 'Question 7 names no priority objective with a reason',
        questionCode: '7',
        link: 'question',
      },
    ]);
    const none = withQuestion(mongoliaReportInput(), '7', (question) => ({ ...question, priorities: [] }));
    expect(errorsOf(checkCompleteness(none)).map((item) => item.id)).toEqual(['question-empty:7']);
  });

  it('warns about a priority without a reason when others have one', () => {
    const input = withQuestion(mongoliaReportInput(), '7', (question) => ({
      ...question,
      priorities: [
        ...(question.priorities ?? []),
        {
          objective: 11,
          title: 'Manage borders in an integrated, secure and coordinated manner',
          reason: '',
        },
      ],
    }));
    const report = checkCompleteness(input);
    expect(report.ready).toBe(true);
    expect(report.items).toContainEqual({
      id: 'priority-reason:7:11',
      level: 'warning',
      message: 'Question 7: give the reason for prioritising objective 11',
      questionCode: '7',
      link: 'question',
    });
  });

  it('warns when an answer is under half or over one and a half times the 500 words asked for', () => {
    let input = withQuestion(mongoliaReportInput(), '1a', (question) => ({ ...question, body: words(120) }));
    input = withQuestion(input, '1c', (question) => ({ ...question, body: words(500) }));
    input = withQuestion(input, '1d', (question) => ({ ...question, body: words(900) }));
    const report = checkCompleteness(input);
    expect(report.ready).toBe(true);
    const lengths = report.items.filter((item) => item.id.startsWith('length:'));
    expect(lengths).toContainEqual({
      id: 'length:1a',
      level: 'warning',
      message: 'Question 1a has 120 words; about 500 are expected',
      questionCode: '1a',
      link: 'question',
    });
    expect(lengths.map((item) => item.questionCode)).not.toContain('1c');
    expect(lengths).toContainEqual(
      expect.objectContaining({ message: 'Question 1d has 900 words; about 500 are expected' }),
    );
  });

  it('does not hold the length of question 5 or 7 against their tables', () => {
    const report = checkCompleteness(mongoliaReportInput());
    expect(report.items.map((item) => item.id)).not.toEqual(expect.arrayContaining(['length:5']));
    expect(report.items.map((item) => item.id)).not.toEqual(expect.arrayContaining(['length:7']));
  });

  it('blocks the report when an answer refers to an attachment that is not attached', () => {
    const input = withQuestion(mongoliaReportInput(), '1b', (question) => ({
      ...question,
      body: `${question.body}\n\nThe policy documents are listed in Attachments 1 and 4.`,
    }));
    const report = checkCompleteness(input);
    expect(report.ready).toBe(false);
    expect(errorsOf(report)).toEqual([
      {
        id: 'attachment-missing:1b:4',
        level: 'error',
        message: 'Question 1b refers to Attachment 4, which is not attached',
        questionCode: '1b',
        link: 'attachments',
      },
    ]);
  });

  it('finds references to attachments in the explanations of question 5 too', () => {
    const input = withQuestion(mongoliaReportInput(), '5', (question) => ({
      ...question,
      principles: (question.principles ?? []).map((principle) =>
        principle.key === 'human-rights' ? { ...principle, explanation: 'See Attachment 7.' } : principle,
      ),
    }));
    expect(errorsOf(checkCompleteness(input)).map((item) => item.message)).toEqual([
      'Question 5 refers to Attachment 7, which is not attached',
    ]);
  });

  it('warns when the attachments are not numbered 1, 2, 3 … without gaps', () => {
    const input = mongoliaReportInput();
    const attachments = input.attachments.map((attachment) =>
      attachment.number === 2 ? { ...attachment, number: 4 } : attachment,
    );
    const report = checkCompleteness({ ...input, attachments });
    expect(report.ready).toBe(true);
    expect(report.items).toContainEqual({
      id: 'attachments-numbering',
      level: 'warning',
      message: 'Attachments should be numbered 1 to 3 without gaps or repeats; they are numbered 1, 3, 4',
      link: 'attachments',
    });
  });

  it('requires the office, name, title and e-mail of the contact block, and advises on the rest', () => {
    const input = mongoliaReportInput();
    const report = checkCompleteness({
      ...input,
      contact: { ...input.contact, office: '', name: ' ', title: '', email: '', mailingAddress: '' },
    });
    expect(report.ready).toBe(false);
    expect(
      report.items.filter((item) => item.link === 'contact').map((item) => [item.level, item.message]),
    ).toEqual([
      ['error', 'Contact block: Office is missing'],
      ['error', 'Contact block: Name is missing'],
      ['error', 'Contact block: Title/Position is missing'],
      ['error', 'Contact block: E-mail is missing'],
      ['warning', 'Contact block: Telephone is missing'],
      ['warning', 'Contact block: Mailing address is missing'],
    ]);
  });

  it('requires the consent to publish to be chosen, either way', () => {
    const report = checkCompleteness(mongoliaReportInput({ consentToPublish: null }));
    expect(errorsOf(report)).toEqual([
      {
        id: 'consent',
        level: 'error',
        message:
          'Choose whether the report may be shared at the IMRF/regional reviews site of the UN Network on Migration',
        link: 'consent',
      },
    ]);
    expect(checkCompleteness(mongoliaReportInput({ consentToPublish: false })).ready).toBe(true);
  });

  it('requires at least one recipient under To', () => {
    const report = checkCompleteness(
      mongoliaReportInput({ recipients: { to: ['  '], cc: ['UNRNAP-regreviews@iom.int'] } }),
    );
    expect(errorsOf(report)).toEqual([
      expect.objectContaining({ id: 'recipients:to', level: 'error', link: 'recipients' }),
    ]);
  });

  it('blocks the report while change requests are open', () => {
    expect(errorsOf(checkCompleteness(mongoliaReportInput({ openChangeRequests: 2 })))).toEqual([
      {
        id: 'change-requests',
        level: 'error',
        message: '2 change requests are still open',
        link: 'question',
      },
    ]);
    expect(errorsOf(checkCompleteness(mongoliaReportInput({ openChangeRequests: 1 })))[0]?.message).toBe(
      '1 change request is still open',
    );
    expect(checkCompleteness(mongoliaReportInput({ openChangeRequests: 0 })).ready).toBe(true);
  });

  it('lists the items in the order of the document: contact, consent, questions, attachments, recipients', () => {
    const input = withQuestion(
      mongoliaReportInput({ consentToPublish: null, recipients: { to: [], cc: [] }, openChangeRequests: 1 }),
      '1a',
      (question) => ({ ...question, status: 'draft' }),
    );
    const report = checkCompleteness({ ...input, contact: { ...input.contact, email: '' } });
    expect(errorsOf(report).map((item) => item.id)).toEqual([
      'contact:email',
      'consent',
      'question-draft:1a',
      'recipients:to',
      'change-requests',
    ]);
  });
});
