import type { TReviewDetail, TReviewQuestion, TTailoredQuestion } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { reviewQuestions } from '../../../lib/question-info';
import { type StubbedAnswer, type StubbedResponse, stubFetch } from '../../../testing/fetch-stub';
import {
  buildAnswer,
  buildQuestionConsolidation,
  buildReviewDetail,
  buildTableQuestion,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';
import { columnKeys } from './column-keys';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const REVIEW = `/api/reviews/${REVIEW_ID}`;
const Q = (code: string) => `${REVIEW}/questions/${code}`;

function review(role: 'coordinator' | 'observer' = 'coordinator'): TReviewDetail {
  return buildReviewDetail({
    summary: { id: REVIEW_ID },
    viewer: { role, organisationId: null },
    extraQuestions: [buildTableQuestion()],
  });
}

/** The same review (same ids) with one question changed, as the API gives it after a change. */
function withQuestion(detail: TReviewDetail, code: string, change: Partial<TReviewQuestion>): TReviewDetail {
  const map = (q: TReviewQuestion) => (q.code === code ? { ...q, ...change } : q);
  return {
    ...detail,
    clusters: detail.clusters.map((cluster) => ({ ...cluster, questions: cluster.questions.map(map) })),
    generalQuestions: detail.generalQuestions.map(map),
  };
}

/** Every question's consolidation (the coordinator's page reads each answer's status). */
function consolidations(detail: TReviewDetail): Record<string, StubbedAnswer> {
  return Object.fromEntries(
    reviewQuestions(detail).map((question) => [
      `GET ${Q(question.code)}/consolidation`,
      { status: 200, body: buildQuestionConsolidation(question) },
    ]),
  );
}

function tailored(question: TReviewQuestion, change: Partial<TTailoredQuestion> = {}): TTailoredQuestion {
  return {
    id: question.id,
    code: question.code,
    order: question.order,
    sectionKey: question.sectionKey,
    prompt: question.prompt,
    guidance: question.guidance,
    targetWords: question.targetWords,
    answer: question.answer,
    national: question.national,
    version: question.version + 1,
    ...change,
  };
}

/** Opens the page on `detail`, or on what `detail()` answers each time the review is fetched. */
async function open(
  detail: TReviewDetail | (() => StubbedResponse),
  answers: Record<string, StubbedAnswer> = {},
) {
  const first = typeof detail === 'function' ? (detail().body as TReviewDetail) : detail;
  const fetchMock = stubFetch({
    ...signedIn(),
    ...(first.viewer.role === 'coordinator' ? consolidations(first) : {}),
    [`GET ${REVIEW}`]: typeof detail === 'function' ? detail : { status: 200, body: detail },
    ...answers,
  });
  renderRoute(`/reviews/${REVIEW_ID}/questionnaire`);
  await screen.findByRole('heading', { level: 1, name: 'Questionnaire' });
  return fetchMock;
}

const question = (code: string) => screen.getByTestId(`questionnaire-question-${code}`);

describe('Questionnaire page (tailoring)', () => {
  it('lists the questions by headed section, then the others, with guidance, word target and the national badge', async () => {
    const fetchMock = await open(review('observer'));
    const first = screen.getByRole('region', {
      name: '1. Ensuring that migration is voluntary, orderly and regular',
    });
    expect(
      within(first)
        .getAllByTestId(/^questionnaire-question-/)
        .map((item) => item.getAttribute('data-testid')),
    ).toEqual([
      'questionnaire-question-1a',
      'questionnaire-question-1b',
      'questionnaire-question-1c',
      'questionnaire-question-1d',
    ]);
    expect(screen.getAllByRole('region', { name: /^\d\. / })).toHaveLength(4);
    const general = screen.getByRole('region', { name: 'Questions 5–10' });
    expect(within(general).getByTestId('questionnaire-question-N1')).toHaveTextContent('National question');
    expect(within(general).getByTestId('questionnaire-question-N1')).toHaveTextContent(
      'Table: Measure, Year',
    );
    expect(question('1a')).toHaveTextContent('about 500 words');
    expect(question('1a')).toHaveTextContent('Cluster 1 covers GCM objectives');
    expect(question('1a')).not.toHaveTextContent('National question');
    expect(screen.getByText(/ESCAP Voluntary GCM Review/, { selector: '.page__lead' })).toBeInTheDocument();

    // An observer reads; nothing to change, and no answer is loaded.
    expect(screen.queryByRole('button', { name: /Edit guidance/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /not applicable/i })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a national question' })).not.toBeInTheDocument();
    expect(callCount(fetchMock, `GET ${Q('1a')}/consolidation`)).toBe(0);
  });

  it('is linked from the coordinator’s review sections, beside Settings', async () => {
    await open(review());
    const sections = screen.getByRole('navigation', { name: 'Review sections' });
    const labels = within(sections)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(labels.indexOf('Questionnaire')).toBe(labels.indexOf('Settings') - 1);
    expect(within(sections).getByRole('link', { name: 'Questionnaire' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('saves a reworded guidance and word target with the version it was loaded at', async () => {
    let saved = false;
    const reworded = 'Cover the 2019 labour migration law and its results.';
    const detail = review();
    const fetchMock = await open(
      () => ({
        status: 200,
        body: saved
          ? withQuestion(detail, '1a', { guidance: reworded, targetWords: 300, version: 2 })
          : detail,
      }),
      {
        [`PATCH ${Q('1a')}`]: () => {
          saved = true;
          const original = reviewQuestions(detail).find((q) => q.code === '1a') as TReviewQuestion;
          return { status: 200, body: tailored(original, { guidance: reworded, targetWords: 300 }) };
        },
      },
    );
    fireEvent.click(within(question('1a')).getByRole('button', { name: 'Edit guidance of question 1a' }));
    const form = screen.getByRole('form', { name: 'Guidance of question 1a' });
    expect(within(form).queryByLabelText('Question')).not.toBeInTheDocument();
    fireEvent.change(within(form).getByLabelText('Guidance'), { target: { value: reworded } });
    fireEvent.change(within(form).getByLabelText('Word target'), { target: { value: '300' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the guidance' }));

    expect(
      await within(question('1a')).findByText('The guidance of question 1a is saved.'),
    ).toBeInTheDocument();
    expect(sentBody(fetchMock, `PATCH ${Q('1a')}`)).toEqual({
      version: 1,
      guidance: reworded,
      targetWords: 300,
    });
    expect(await within(question('1a')).findByText(reworded)).toBeInTheDocument();
    expect(question('1a')).toHaveTextContent('about 300 words');
  });

  it('checks the word target before sending', async () => {
    const fetchMock = await open(review());
    fireEvent.click(within(question('1a')).getByRole('button', { name: 'Edit guidance of question 1a' }));
    const form = screen.getByRole('form', { name: 'Guidance of question 1a' });
    fireEvent.change(within(form).getByLabelText('Word target'), { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the guidance' }));
    expect(within(form).getByLabelText('Word target')).toHaveAttribute('aria-invalid', 'true');
    expect(callCount(fetchMock, `PATCH ${Q('1a')}`)).toBe(0);
  });

  it('on a 409 says someone else changed the question; reloading shows theirs and saves on their version', async () => {
    let reloaded = false;
    let patches = 0;
    const theirs = 'Their reworded guidance.';
    const detail = review();
    const fetchMock = await open(
      () => ({
        status: 200,
        body: reloaded ? withQuestion(detail, '1a', { guidance: theirs, version: 3 }) : detail,
      }),
      {
        [`PATCH ${Q('1a')}`]: () => {
          patches += 1;
          const original = reviewQuestions(detail).find((q) => q.code === '1a') as TReviewQuestion;
          if (patches === 1) {
            reloaded = true;
            return {
              status: 409,
              body: {
                statusCode: 409,
                code: 'CONFLICT',
                message:
                  'Question 1a was changed by someone else: you edited version 1, it is now version 3. Reload it and try again.',
                details: { current: tailored(original, { guidance: theirs, version: 3 }) },
              },
            };
          }
          return { status: 200, body: tailored(original, { guidance: 'Mine, again.', version: 4 }) };
        },
      },
    );
    fireEvent.click(within(question('1a')).getByRole('button', { name: 'Edit guidance of question 1a' }));
    const form = screen.getByRole('form', { name: 'Guidance of question 1a' });
    fireEvent.change(within(form).getByLabelText('Guidance'), { target: { value: 'Mine.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the guidance' }));

    const conflict = await within(form).findByTestId('tailor-conflict');
    expect(conflict).toHaveAttribute('role', 'alert');
    expect(conflict).toHaveTextContent('Someone else changed question 1a');
    expect(conflict).toHaveTextContent('it is now version 3');

    fireEvent.click(within(conflict).getByRole('button', { name: 'Reload the question' }));
    expect(await within(form).findByDisplayValue(theirs)).toBeInTheDocument();
    expect(within(form).queryByTestId('tailor-conflict')).not.toBeInTheDocument();

    fireEvent.change(within(form).getByLabelText('Guidance'), { target: { value: 'Mine, again.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the guidance' }));
    await within(question('1a')).findByText('The guidance of question 1a is saved.');
    expect(sentBody(fetchMock, `PATCH ${Q('1a')}`, 1)).toMatchObject({
      version: 3,
      guidance: 'Mine, again.',
    });
  });

  it('lets the coordinator reword the prompt of a national question only', async () => {
    const fetchMock = await open(review(), {
      [`PATCH ${Q('N1')}`]: {
        status: 200,
        body: tailored(buildTableQuestion(), { prompt: 'Which laws were passed?' }),
      },
    });
    fireEvent.click(within(question('N1')).getByRole('button', { name: 'Edit guidance of question N1' }));
    const form = screen.getByRole('form', { name: 'Guidance of question N1' });
    fireEvent.change(within(form).getByLabelText('Question'), {
      target: { value: 'Which laws were passed?' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the guidance' }));
    await within(question('N1')).findByText('The guidance of question N1 is saved.');
    expect(sentBody(fetchMock, `PATCH ${Q('N1')}`)).toEqual({
      version: 1,
      prompt: 'Which laws were passed?',
      guidance: 'One row per measure.',
      targetWords: 200,
    });
  });

  it('marks a question not applicable (an answer status, saved on the answer’s version), and applicable again', async () => {
    const detail = review();
    const six = reviewQuestions(detail).find((q) => q.code === '6') as TReviewQuestion;
    const stored = buildAnswer({ questionCode: '6', body: 'Some text.', version: 4, status: 'draft' });
    let puts = 0;
    const fetchMock = await open(detail, {
      [`GET ${Q('6')}/consolidation`]: {
        status: 200,
        body: buildQuestionConsolidation(six, { answer: stored }),
      },
      [`PUT ${Q('6')}/answer`]: () => {
        puts += 1;
        return {
          status: 200,
          body: { ...stored, version: 4 + puts, status: puts === 1 ? 'not_applicable' : 'draft' },
        };
      },
    });
    const card = question('6');
    fireEvent.click(await within(card).findByRole('button', { name: 'Mark not applicable (question 6)' }));
    expect(await within(card).findByText('Not applicable')).toBeInTheDocument();
    expect(sentBody(fetchMock, `PUT ${Q('6')}/answer`)).toEqual({
      baseVersion: 4,
      body: 'Some text.',
      status: 'not_applicable',
    });

    fireEvent.click(within(card).getByRole('button', { name: 'Applicable again (question 6)' }));
    expect(
      await within(card).findByRole('button', { name: 'Mark not applicable (question 6)' }),
    ).toBeInTheDocument();
    expect(sentBody(fetchMock, `PUT ${Q('6')}/answer`, 1)).toEqual({
      baseVersion: 5,
      body: 'Some text.',
      status: 'draft',
    });
    expect(within(card).queryByText('Not applicable')).not.toBeInTheDocument();
  });

  it('adds a national table question after a chosen one, with column keys derived from the titles', async () => {
    const added = tailored(buildTableQuestion(), { code: 'N2', version: 1 });
    const fetchMock = await open(review(), {
      [`POST ${REVIEW}/questions`]: { status: 201, body: added },
    });
    const form = screen.getByRole('form', { name: 'Add a national question' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the question' }));
    expect(within(form).getByLabelText('Code')).toHaveAttribute('aria-invalid', 'true');
    expect(callCount(fetchMock, `POST ${REVIEW}/questions`)).toBe(0);

    fireEvent.change(within(form).getByLabelText('Code'), { target: { value: 'N2' } });
    expect(within(form).getByLabelText('After question')).toHaveValue('N1');
    fireEvent.change(within(form).getByLabelText('After question'), { target: { value: '8' } });
    fireEvent.change(within(form).getByLabelText('Question'), {
      target: { value: 'Which agreements were signed?' },
    });
    fireEvent.change(within(form).getByLabelText('Guidance'), {
      target: { value: 'One row per agreement.' },
    });
    fireEvent.change(within(form).getByLabelText('Word target'), { target: { value: '150' } });
    fireEvent.click(within(form).getByLabelText('Table'));
    fireEvent.change(within(form).getByLabelText('Column 1 title'), { target: { value: 'Partner country' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a column' }));
    expect(within(form).getByLabelText('Column 2 title')).toHaveFocus();
    fireEvent.change(within(form).getByLabelText('Column 2 title'), { target: { value: 'Year signed' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add a column' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Remove column 3' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add the question' }));

    expect(await screen.findByTestId('question-added')).toHaveTextContent('Question N2 is added.');
    expect(sentBody(fetchMock, `POST ${REVIEW}/questions`)).toEqual({
      code: 'N2',
      afterCode: '8',
      prompt: 'Which agreements were signed?',
      guidance: 'One row per agreement.',
      targetWords: 150,
      answer: {
        kind: 'table',
        columns: [
          { key: 'partner_country', title: 'Partner country' },
          { key: 'year_signed', title: 'Year signed' },
        ],
      },
    });
    expect(callCount(fetchMock, `GET ${REVIEW}`)).toBe(2);
  });

  it('shows the API’s refusal of a taken code at the field', async () => {
    await open(review(), {
      [`POST ${REVIEW}/questions`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'The review already has a question N1',
          fieldErrors: [{ path: 'code', message: 'is already used by a question of this review' }],
        },
      },
    });
    const form = screen.getByRole('form', { name: 'Add a national question' });
    fireEvent.change(within(form).getByLabelText('Code'), { target: { value: 'N1' } });
    fireEvent.change(within(form).getByLabelText('Question'), { target: { value: 'Anything else?' } });
    fireEvent.change(within(form).getByLabelText('Guidance'), { target: { value: 'Say it.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the question' }));
    expect(await within(form).findByText('The question could not be added')).toBeInTheDocument();
    expect(within(form).getByLabelText('Code')).toHaveAccessibleDescription(
      /is already used by a question of this review/,
    );
  });
});

describe('columnKeys', () => {
  it('slugs titles into column keys, numbering what has no letter and what repeats', () => {
    expect(columnKeys(['Measure taken', 'Année', '2020', 'Measure taken', '  '])).toEqual([
      'measure_taken',
      'annee',
      'col_3',
      'measure_taken_2',
      'col_5',
    ]);
  });
});
