import type { TContribution } from '@gcm/domain';
import { act, fireEvent, screen, within } from '@testing-library/react';
import { type StubbedResponse, stubFetch } from '../../../testing/fetch-stub';
import {
  buildComment,
  buildContribution,
  buildCurrentPerson,
  buildPerson,
  buildReviewDetail,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const ASSIGNMENT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const REVIEW_ID = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b';
const CONTRIBUTION = `/api/assignments/${ASSIGNMENT_ID}/contribution`;
const TRANSITIONS = `/api/assignments/${ASSIGNMENT_ID}/transitions`;
const SARA = buildPerson({ name: 'Sarangerel Tsogt' });

function contribution(options: Parameters<typeof buildContribution>[0] = {}): TContribution {
  return buildContribution({
    body: 'Labour migration to the Republic of Korea rose in 2019.',
    version: 7,
    ...options,
    assignment: { id: ASSIGNMENT_ID, reviewId: REVIEW_ID, version: 3, ...options.assignment },
  });
}

/** A saved contribution as the PUT answers it: same text, next version. */
function savedAs(version: number, body: string): StubbedResponse {
  return { status: 200, body: contribution({ version, body }) };
}

function conflict(version: number, body: string): StubbedResponse {
  return {
    status: 409,
    body: {
      statusCode: 409,
      code: 'CONFLICT',
      message: 'Someone saved this contribution after you opened it.',
      details: {
        current: {
          body,
          references: [],
          language: null,
          version,
          updatedAt: '2020-07-02T03:04:00.000Z',
          updatedBy: SARA,
        },
      },
    },
  };
}

async function openEditor(
  answers: Parameters<typeof stubFetch>[0],
  initial = contribution(),
  review = buildReviewDetail({
    summary: { id: REVIEW_ID },
    viewer: { role: 'contributor', organisationId: null },
  }),
) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET ${CONTRIBUTION}`]: { status: 200, body: initial },
    [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review },
    ...answers,
  });
  renderRoute(`/assignments/${ASSIGNMENT_ID}`);
  await screen.findByRole('heading', { level: 1, name: 'Question 1a' });
  return fetchMock;
}

const answerBox = () => screen.getByLabelText('Your answer');
const type = (text: string) => fireEvent.change(answerBox(), { target: { value: text } });

describe('Contribution editor', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('counts the words live against the target of the question', async () => {
    await openEditor({});
    expect(screen.getByTestId('word-count')).toHaveTextContent('10 / ~500 words');
    type('- Labour migration rose.\n- Remittances grew.\n\nSee the 2020 census.');
    // List markers are not words.
    expect(screen.getByTestId('word-count')).toHaveTextContent('9 / ~500 words');
    type(`${'word '.repeat(312)}`);
    expect(screen.getByTestId('word-count')).toHaveTextContent('312 / ~500 words');
    expect(answerBox()).toHaveAccessibleDescription(/Start a line with “- ”/);
  });

  it("shows the guidance and word target of the review's own question, as its coordinator reworded them", async () => {
    const review = buildReviewDetail({
      summary: { id: REVIEW_ID },
      viewer: { role: 'contributor', organisationId: null },
      mapQuestion: (question) =>
        question.code === '1a'
          ? { ...question, guidance: 'Cover the 2019 labour migration law.', targetWords: 300 }
          : question,
    });
    await openEditor({}, contribution(), review);
    expect(await screen.findByText('Guidance: about 300 words')).toBeInTheDocument();
    expect(screen.getByText('Cover the 2019 labour migration law.')).toBeInTheDocument();
    expect(screen.getByTestId('word-count')).toHaveTextContent('10 / ~300 words');
  });

  it('autosaves 3 s after the last keystroke, always sending the version it started from', async () => {
    jest.useFakeTimers();
    let saves = 0;
    const fetchMock = await openEditor({
      [`PUT ${CONTRIBUTION}`]: () => {
        saves += 1;
        return saves === 1 ? savedAs(8, 'First draft.') : savedAs(9, 'First draft, revised.');
      },
    });
    const status = screen.getByTestId('save-status');
    expect(status).toHaveTextContent('Saved');

    type('First');
    await act(async () => jest.advanceTimersByTime(2000));
    type('First draft.');
    expect(status).toHaveTextContent('Unsaved changes');
    await act(async () => jest.advanceTimersByTime(2999));
    expect(callCount(fetchMock, `PUT ${CONTRIBUTION}`)).toBe(0);
    await act(async () => jest.advanceTimersByTime(1));

    expect(sentBody(fetchMock, `PUT ${CONTRIBUTION}`, 0)).toEqual({
      baseVersion: 7,
      body: 'First draft.',
      references: [],
      language: null,
    });
    expect(status).toHaveTextContent('Saved');

    type('First draft, revised.');
    await act(async () => jest.advanceTimersByTime(3000));
    expect(sentBody(fetchMock, `PUT ${CONTRIBUTION}`, 1)).toMatchObject({
      baseVersion: 8,
      body: 'First draft, revised.',
    });
    expect(callCount(fetchMock, `PUT ${CONTRIBUTION}`)).toBe(2);
  });

  it('on a 409 stops autosaving and shows both texts; "Keep mine" saves on top of the newer version', async () => {
    jest.useFakeTimers();
    let saves = 0;
    const fetchMock = await openEditor({
      [`PUT ${CONTRIBUTION}`]: () => {
        saves += 1;
        return saves === 1 ? conflict(9, 'Their text about remittances.') : savedAs(10, 'My text, kept.');
      },
    });

    type('My text.');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    const panel = await screen.findByTestId('conflict-panel');

    expect(within(panel).getByLabelText('Your text')).toHaveValue('My text.');
    expect(
      within(panel).getByRole('heading', { name: /^Saved by Sarangerel Tsogt at / }),
    ).toBeInTheDocument();
    expect(within(panel).getByTestId('conflict-theirs')).toHaveTextContent('Their text about remittances.');
    expect(screen.getByTestId('save-status')).toHaveTextContent(
      'Not saved: someone else saved a newer version',
    );

    // Editing "Your text" does not restart autosave: nothing is overwritten behind the person's back.
    fireEvent.change(within(panel).getByLabelText('Your text'), { target: { value: 'My text, kept.' } });
    await act(async () => jest.advanceTimersByTime(10_000));
    expect(callCount(fetchMock, `PUT ${CONTRIBUTION}`)).toBe(1);

    fireEvent.click(within(panel).getByRole('button', { name: 'Keep mine' }));
    await act(async () => jest.advanceTimersByTime(0));

    expect(sentBody(fetchMock, `PUT ${CONTRIBUTION}`, 0)).toMatchObject({ baseVersion: 7, body: 'My text.' });
    expect(sentBody(fetchMock, `PUT ${CONTRIBUTION}`, 1)).toEqual({
      baseVersion: 9,
      body: 'My text, kept.',
      references: [],
      language: null,
    });
    expect(screen.queryByTestId('conflict-panel')).not.toBeInTheDocument();
    expect(answerBox()).toHaveValue('My text, kept.');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saved');
  });

  it('"Use theirs" continues from the stored text without saving over it', async () => {
    const fetchMock = await openEditor({ [`PUT ${CONTRIBUTION}`]: conflict(9, 'Their text.') });
    type('My text.');
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    fireEvent.click(
      within(await screen.findByTestId('conflict-panel')).getByRole('button', { name: 'Use theirs' }),
    );

    expect(answerBox()).toHaveValue('Their text.');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Saved');
    expect(callCount(fetchMock, `PUT ${CONTRIBUTION}`)).toBe(1);
  });

  it('offers a contributor "Submit for review" on a draft, saving pending text first', async () => {
    const fetchMock = await openEditor({
      [`PUT ${CONTRIBUTION}`]: {
        status: 200,
        body: contribution({ version: 8, body: 'Final text.', assignment: { version: 4 } }),
      },
      [`POST ${TRANSITIONS}`]: {
        status: 200,
        body: contribution({
          state: 'submitted',
          version: 8,
          body: 'Final text.',
          assignment: { version: 5 },
        }),
      },
    });
    const actions = screen.getByTestId('contribution-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Submit for review']);

    type('Final text.');
    fireEvent.click(within(actions).getByRole('button', { name: 'Submit for review' }));

    expect(await screen.findByTestId('read-only-answer')).toHaveTextContent('Final text.');
    expect(sentBody(fetchMock, `PUT ${CONTRIBUTION}`)).toMatchObject({ baseVersion: 7, body: 'Final text.' });
    expect(sentBody(fetchMock, `POST ${TRANSITIONS}`)).toEqual({ action: 'submit', version: 4 });
    expect(screen.queryByLabelText('Your answer')).not.toBeInTheDocument();
    expect(screen.getByTestId('contribution-state')).toHaveTextContent('Submitted');
  });

  it('offers the coordinator "Request changes" (with a required comment) and "Accept" on a submission', async () => {
    const fetchMock = await openEditor(
      {
        [`POST ${TRANSITIONS}`]: {
          status: 200,
          body: contribution({ state: 'changes_requested', role: 'coordinator', assignment: { version: 4 } }),
        },
      },
      contribution({ state: 'submitted', role: 'coordinator' }),
    );
    const actions = screen.getByTestId('contribution-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Request changes', 'Accept']);
    expect(screen.queryByLabelText('Your answer')).not.toBeInTheDocument();

    fireEvent.click(within(actions).getByRole('button', { name: 'Request changes' }));
    fireEvent.click(within(actions).getByRole('button', { name: 'Send the request for changes' }));
    expect(within(actions).getByLabelText('What should change?')).toHaveAccessibleDescription(
      /A comment is required/,
    );
    expect(callCount(fetchMock, `POST ${TRANSITIONS}`)).toBe(0);

    fireEvent.change(within(actions).getByLabelText('What should change?'), {
      target: { value: 'Please add the 2019 figures.' },
    });
    fireEvent.click(within(actions).getByRole('button', { name: 'Send the request for changes' }));
    expect(await screen.findByLabelText('Your answer')).toBeInTheDocument();
    expect(sentBody(fetchMock, `POST ${TRANSITIONS}`)).toEqual({
      action: 'request_changes',
      comment: 'Please add the 2019 figures.',
      version: 3,
    });
  });

  it('offers the coordinator only "Reopen" on an accepted contribution', async () => {
    await openEditor({}, contribution({ state: 'accepted', role: 'coordinator' }));
    const actions = screen.getByTestId('contribution-actions');
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Reopen']);
  });

  it('shows an observer the text read-only, without any action or save button', async () => {
    await openEditor({}, contribution({ state: 'drafting', role: 'observer' }));
    expect(screen.getByTestId('read-only-answer')).toHaveTextContent(
      'Labour migration to the Republic of Korea rose in 2019.',
    );
    expect(screen.queryByTestId('contribution-actions')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save draft' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Attach a file')).not.toBeInTheDocument();
  });

  it('records the language the focal point drafts in: another language by its code, saved with the text', async () => {
    jest.useFakeTimers();
    const fetchMock = await openEditor({
      [`PUT ${CONTRIBUTION}`]: { status: 200, body: contribution({ version: 8, language: 'mn' }) },
    });
    const language = screen.getByLabelText('Language of this text');
    expect(language).toHaveDisplayValue('English (the questionnaire’s language)');
    expect(answerBox()).toHaveAttribute('lang', 'en');
    // The question is the questionnaire's, in its language, whatever the screen's.
    expect(screen.getByText(contribution().assignment.question.prompt)).toHaveAttribute('lang', 'en');

    fireEvent.change(language, { target: { value: 'other' } });
    const code = screen.getByLabelText('Language code');
    fireEvent.change(code, { target: { value: 'Mongolian' } });
    expect(code).toHaveAccessibleDescription(/must be a language code such as mn, km or tg/);
    fireEvent.change(code, { target: { value: 'MN' } });
    expect(code).toHaveAccessibleDescription('Mongolian');
    expect(answerBox()).toHaveAttribute('lang', 'mn');

    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await act(async () => jest.advanceTimersByTime(1));
    expect(sentBody(fetchMock, `PUT ${CONTRIBUTION}`, 0)).toEqual({
      baseVersion: 7,
      body: 'Labour migration to the Republic of Korea rose in 2019.',
      references: [],
      language: 'mn',
    });
  });

  it('tells a reader which language a text is drafted in when it is not the questionnaire’s', async () => {
    await openEditor({}, contribution({ state: 'submitted', role: 'coordinator', language: 'mn' }));
    const answer = screen.getByTestId('read-only-answer');
    expect(answer).toHaveTextContent('Drafted in Mongolian');
    expect(answer).toHaveTextContent(
      'The report is compiled in English: this text is still to be translated.',
    );
    expect(
      within(answer).getByText('Labour migration to the Republic of Korea rose in 2019.').closest('[lang]'),
    ).toHaveAttribute('lang', 'mn');
  });

  it("puts the coordinator's request for changes above the editor", async () => {
    await openEditor(
      {},
      contribution({
        state: 'changes_requested',
        comments: [
          buildComment({
            kind: 'change_request',
            body: 'Please add the 2019 remittance figures.',
            author: buildPerson({ name: 'L. Munkhtushig' }),
          }),
        ],
      }),
    );
    const banner = screen.getByTestId('change-request');
    expect(banner).toHaveTextContent('The coordinator asked for changes');
    expect(banner).toHaveTextContent('Please add the 2019 remittance figures.');
    expect(banner).toHaveTextContent('L. Munkhtushig');
  });

  it('speaks French to a focal point who chose it: the editor, the workflow, the request, the dates', async () => {
    await openEditor(
      signedIn(buildCurrentPerson({ locale: 'fr' })),
      contribution({
        state: 'changes_requested',
        comments: [
          buildComment({
            kind: 'change_request',
            body: 'Ajoutez les chiffres de 2019.',
            author: buildPerson({ name: 'L. Munkhtushig' }),
            authorRole: 'coordinator',
            createdAt: '2020-07-03T09:00:00.000Z',
          }),
        ],
      }),
    );
    expect(screen.getByLabelText('Votre réponse')).toHaveAccessibleDescription(
      /Commencez une ligne par « - »/,
    );
    expect(screen.getByRole('button', { name: 'Enregistrer le brouillon' })).toBeInTheDocument();
    expect(
      within(screen.getByTestId('contribution-actions'))
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Soumettre pour examen']);
    expect(screen.getByText('10 août 2020')).toBeInTheDocument();
    expect(screen.getByTestId('change-request')).toHaveTextContent(
      'Le coordinateur a demandé des modifications',
    );
    expect(screen.getByTestId('comment')).toHaveTextContent(
      /^Modifications demandées — L\. Munkhtushig \(coordinateur\), 3 juil\. 2020/,
    );
    expect(screen.getByRole('heading', { name: 'Pièces jointes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ajouter une référence' })).toBeInTheDocument();
  });
});
