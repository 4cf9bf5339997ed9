import type { TAnswer } from '@gcm/domain';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { never, type StubbedAnswer, type StubbedResponse, stubFetch } from '../../../testing/fetch-stub';
import {
  buildAnswer,
  buildConsolidation,
  buildConsolidationContribution,
  buildCurrentPerson,
  buildOrganisation,
  buildPerson,
  buildReviewDetail,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const Q = (code: string) => `/api/reviews/${REVIEW_ID}/questions/${code}`;
const SARA = buildPerson({ name: 'Sarangerel Tsogt' });
/** The coordinator signed in throughout (this browser's unsaved copies are per person). */
const COORDINATOR = buildCurrentPerson();

function review(role: 'coordinator' | 'observer' = 'coordinator') {
  return buildReviewDetail({ summary: { id: REVIEW_ID }, viewer: { role, organisationId: null } });
}

async function open(code: string, answers: Record<string, StubbedAnswer>, role?: 'coordinator' | 'observer') {
  const fetchMock = stubFetch({
    ...signedIn(COORDINATOR),
    [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review(role) },
    ...answers,
  });
  renderRoute(`/reviews/${REVIEW_ID}/questions/${code}`);
  await screen.findByRole('heading', { level: 1, name: `Question ${code}` });
  return fetchMock;
}

function saved(answer: Partial<TAnswer>): StubbedResponse {
  return { status: 200, body: buildAnswer(answer) };
}

function conflict(current: Partial<TAnswer>): StubbedResponse {
  return {
    status: 409,
    body: {
      statusCode: 409,
      code: 'CONFLICT',
      message: 'The answer to question 1a was saved by Sarangerel Tsogt after you opened it.',
      details: { current: buildAnswer({ updatedBy: SARA, ...current }) },
    },
  };
}

describe('Consolidation page', () => {
  it('shows a loading status while the question is on its way', async () => {
    await open('1a', { [`GET ${Q('1a')}/consolidation`]: never });
    expect(await screen.findByText('Loading the question…')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the question…');
  });

  it('shows the accepted contributions side by side, with numbered attachments; "Insert" appends the text', async () => {
    const consolidation = buildConsolidation('1a', {
      answer: buildAnswer({ body: '', version: 0, updatedAt: null, updatedBy: null }),
      contributions: [
        buildConsolidationContribution({
          organisation: buildOrganisation({
            name: 'Ministry of Labour and Social Protection',
            shortName: 'MLSP',
          }),
          body: 'Labour migration rose.',
          attachments: [
            {
              id: '11111111-1111-4111-8111-111111111111',
              fileName: 'census-2020.pdf',
              mediaType: 'application/pdf',
              sizeBytes: 1000,
              sha256: 'abc',
              uploadedBy: null,
              createdAt: '2020-08-01T02:00:00.000Z',
              number: 3,
            },
          ],
        }),
        buildConsolidationContribution({
          organisation: buildOrganisation({ name: 'IOM Mongolia', shortName: 'IOM' }),
          state: 'drafting',
          body: 'Not finished.',
        }),
      ],
    });
    const fetchMock = await open('1a', {
      [`GET ${Q('1a')}/consolidation`]: { status: 200, body: consolidation },
      [`PUT ${Q('1a')}/answer`]: saved({ body: 'Labour migration rose.', version: 1 }),
    });

    const accepted = await screen.findByTestId('accepted-contributions');
    expect(within(accepted).getByText('Attachment 3:')).toBeInTheDocument();
    expect(within(accepted).getByRole('link', { name: 'census-2020.pdf' })).toHaveAttribute(
      'href',
      '/api/attachments/11111111-1111-4111-8111-111111111111/download',
    );
    expect(within(accepted).queryByText('Not finished.')).not.toBeInTheDocument();
    expect(screen.getByTestId('other-contributions')).toHaveTextContent('Other contributions (1): IOM');

    fireEvent.click(within(accepted).getByRole('button', { name: 'Insert the text of MLSP' }));
    expect(screen.getByLabelText('Consolidated answer')).toHaveValue('Labour migration rose.');
    expect(screen.getByTestId('word-count')).toHaveTextContent('3 / ~500 words');

    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'final' } });
    fireEvent.click(screen.getByTestId('save-answer'));
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeInTheDocument();
    expect(sentBody(fetchMock, `PUT ${Q('1a')}/answer`)).toEqual({
      baseVersion: 0,
      body: 'Labour migration rose.',
      status: 'final',
    });
  });

  it('sends the version it loaded; on a 409 shows both texts and "Keep mine" saves on the newer version', async () => {
    let saves = 0;
    const fetchMock = await open('1a', {
      [`GET ${Q('1a')}/consolidation`]: { status: 200, body: buildConsolidation('1a') },
      [`PUT ${Q('1a')}/answer`]: () => {
        saves += 1;
        return saves === 1
          ? conflict({ body: 'Their consolidated text.', version: 6 })
          : saved({ body: 'My consolidated text.', version: 7 });
      },
    });

    fireEvent.change(await screen.findByLabelText('Consolidated answer'), {
      target: { value: 'My consolidated text.' },
    });
    fireEvent.click(screen.getByTestId('save-answer'));

    const panel = await screen.findByTestId('conflict-panel');
    expect(sentBody(fetchMock, `PUT ${Q('1a')}/answer`, 0)).toMatchObject({
      baseVersion: 4,
      body: 'My consolidated text.',
    });
    expect(within(panel).getByTestId('conflict-theirs')).toHaveTextContent('Their consolidated text.');
    expect(within(panel).getByLabelText('Your text')).toHaveValue('My consolidated text.');
    expect(within(panel).getByRole('heading', { name: /^Saved by Sarangerel Tsogt/ })).toBeInTheDocument();
    expect(screen.getByTestId('save-status')).toHaveTextContent(
      'Not saved: someone else saved a newer version',
    );

    fireEvent.click(within(panel).getByRole('button', { name: 'Keep mine' }));
    await screen.findByText(/^Saved at \d\d:\d\d$/);
    expect(screen.queryByTestId('conflict-panel')).not.toBeInTheDocument();
    expect(sentBody(fetchMock, `PUT ${Q('1a')}/answer`, 1)).toMatchObject({
      baseVersion: 6,
      body: 'My consolidated text.',
    });
    expect(callCount(fetchMock, `PUT ${Q('1a')}/answer`)).toBe(2);
  });

  describe('autosave', () => {
    afterEach(() => {
      jest.useRealTimers();
    });

    it('saves 3 s after the last change with the version loaded, then with the version saved', async () => {
      jest.useFakeTimers();
      let saves = 0;
      const fetchMock = await open('1a', {
        [`GET ${Q('1a')}/consolidation`]: { status: 200, body: buildConsolidation('1a') },
        [`PUT ${Q('1a')}/answer`]: () => {
          saves += 1;
          return saved({ body: saves === 1 ? 'Merged.' : 'Merged, again.', version: 4 + saves });
        },
      });
      const box = await screen.findByLabelText('Consolidated answer');
      fireEvent.change(box, { target: { value: 'Merge' } });
      await act(async () => jest.advanceTimersByTime(2000));
      fireEvent.change(box, { target: { value: 'Merged.' } });
      expect(screen.getByTestId('save-status')).toHaveTextContent('Unsaved changes');
      await act(async () => jest.advanceTimersByTime(2999));
      expect(callCount(fetchMock, `PUT ${Q('1a')}/answer`)).toBe(0);
      await act(async () => jest.advanceTimersByTime(1));
      expect(sentBody(fetchMock, `PUT ${Q('1a')}/answer`, 0)).toMatchObject({
        baseVersion: 4,
        body: 'Merged.',
      });
      expect(screen.getByTestId('save-status')).toHaveTextContent(/^Saved at \d\d:\d\d$/);

      fireEvent.change(box, { target: { value: 'Merged, again.' } });
      await act(async () => jest.advanceTimersByTime(3000));
      expect(sentBody(fetchMock, `PUT ${Q('1a')}/answer`, 1)).toMatchObject({
        baseVersion: 5,
        body: 'Merged, again.',
      });
    });

    it('stops at a 409: nothing is saved over the newer answer until the coordinator chooses', async () => {
      jest.useFakeTimers();
      const fetchMock = await open('1a', {
        [`GET ${Q('1a')}/consolidation`]: { status: 200, body: buildConsolidation('1a') },
        [`PUT ${Q('1a')}/answer`]: conflict({ body: 'Their consolidated text.', version: 6 }),
      });
      fireEvent.change(await screen.findByLabelText('Consolidated answer'), { target: { value: 'Mine.' } });
      await act(async () => jest.advanceTimersByTime(3000));
      const panel = await screen.findByTestId('conflict-panel');
      fireEvent.change(within(panel).getByLabelText('Your text'), { target: { value: 'Mine, edited.' } });
      await act(async () => jest.advanceTimersByTime(30_000));
      expect(callCount(fetchMock, `PUT ${Q('1a')}/answer`)).toBe(1);
      expect(screen.getByTestId('save-status')).toHaveTextContent(
        'Not saved: someone else saved a newer version',
      );
    });

    it('asks before leaving with unsaved changes, and offers them back on return', async () => {
      const answers = {
        [`GET ${Q('1a')}/consolidation`]: { status: 200, body: buildConsolidation('1a') },
        [`GET /api/reviews/${REVIEW_ID}/report`]: () => never(),
      };
      await open('1a', answers);
      fireEvent.change(await screen.findByLabelText('Consolidated answer'), {
        target: { value: 'Merged, not saved.' },
      });
      fireEvent.click(screen.getByRole('link', { name: 'Go to the report' }));
      const dialog = await screen.findByRole('dialog', { name: 'You have unsaved changes' });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Leave without saving' }));
      await waitFor(() => expect(screen.queryByLabelText('Consolidated answer')).not.toBeInTheDocument());
      cleanup();

      await open('1a', answers);
      fireEvent.click(await screen.findByRole('button', { name: 'Restore your unsaved text' }));
      expect(screen.getByLabelText('Consolidated answer')).toHaveValue('Merged, not saved.');
    });

    it('never saves an answer the coordinator cannot edit', async () => {
      jest.useFakeTimers();
      const fetchMock = await open('1a', {
        [`GET ${Q('1a')}/consolidation`]: {
          status: 200,
          body: { ...buildConsolidation('1a'), readOnlyReason: 'The report is submitted.' },
        },
      });
      await screen.findByTestId('read-only-banner');
      await act(async () => jest.advanceTimersByTime(30_000));
      expect(callCount(fetchMock, `PUT ${Q('1a')}/answer`)).toBe(0);
      expect(screen.queryByLabelText('Consolidated answer')).not.toBeInTheDocument();
    });
  });

  it('"Use theirs" continues from the stored answer without saving', async () => {
    const fetchMock = await open('1a', {
      [`GET ${Q('1a')}/consolidation`]: { status: 200, body: buildConsolidation('1a') },
      [`PUT ${Q('1a')}/answer`]: conflict({ body: 'Their consolidated text.', version: 6 }),
    });
    fireEvent.change(await screen.findByLabelText('Consolidated answer'), { target: { value: 'Mine.' } });
    fireEvent.click(screen.getByTestId('save-answer'));
    fireEvent.click(
      within(await screen.findByTestId('conflict-panel')).getByRole('button', { name: 'Use theirs' }),
    );
    expect(screen.getByLabelText('Consolidated answer')).toHaveValue('Their consolidated text.');
    expect(callCount(fetchMock, `PUT ${Q('1a')}/answer`)).toBe(1);
  });

  it('question 5: sends the ten guiding principles with yes/no and explanations as data', async () => {
    const consolidation = buildConsolidation('5', {
      answer: buildAnswer({
        questionCode: '5',
        data: {
          principles: [{ key: 'human-rights', integrated: true, explanation: 'Constitution, art. 16.' }],
        },
      }),
    });
    const fetchMock = await open('5', {
      [`GET ${Q('5')}/consolidation`]: { status: 200, body: consolidation },
      [`PUT ${Q('5')}/answer`]: saved({ questionCode: '5', version: 5 }),
    });

    expect(await screen.findByLabelText('Human rights — yes')).toBeChecked();
    fireEvent.click(screen.getByLabelText('People-centred — yes'));
    fireEvent.change(screen.getByLabelText('Explanation — People-centred'), {
      target: { value: 'The law centres on migrants.' },
    });
    fireEvent.click(screen.getByLabelText('Child-sensitive — no'));
    fireEvent.click(screen.getByTestId('save-answer'));
    await screen.findByText(/^Saved at \d\d:\d\d$/);

    const body = sentBody(fetchMock, `PUT ${Q('5')}/answer`) as {
      baseVersion: number;
      data: { principles: { key: string; integrated: boolean | null; explanation: string }[] };
    };
    expect(body.baseVersion).toBe(4);
    expect(body.data.principles).toHaveLength(10);
    expect(body.data.principles.map((row) => row.key)).toEqual([
      'people-centred',
      'international-cooperation',
      'national-sovereignty',
      'rule-of-law-and-due-process',
      'sustainable-development',
      'human-rights',
      'gender-responsive',
      'child-sensitive',
      'whole-of-government',
      'whole-of-society',
    ]);
    expect(body.data.principles[0]).toEqual({
      key: 'people-centred',
      integrated: true,
      explanation: 'The law centres on migrants.',
    });
    expect(body.data.principles[5]).toEqual({
      key: 'human-rights',
      integrated: true,
      explanation: 'Constitution, art. 16.',
    });
    expect(body.data.principles[7]).toEqual({ key: 'child-sensitive', integrated: false, explanation: '' });
    expect(body.data.principles[1]).toEqual({
      key: 'international-cooperation',
      integrated: null,
      explanation: '',
    });
  });

  it('question 7: shows the priority table from the answer with a link to the Votes tab, and sends no data', async () => {
    const consolidation = buildConsolidation('7', {
      answer: buildAnswer({
        questionCode: '7',
        body: '',
        data: {
          priorities: [
            {
              objective: 6,
              title: 'Facilitate fair and ethical recruitment',
              reason: 'Many workers abroad.',
            },
          ],
        },
      }),
    });
    const fetchMock = await open('7', {
      [`GET ${Q('7')}/consolidation`]: { status: 200, body: consolidation },
      [`PUT ${Q('7')}/answer`]: saved({ questionCode: '7', version: 5 }),
    });
    const table = await screen.findByTestId('priority-table');
    expect(within(table).getByTestId('priority-6')).toHaveTextContent('Many workers abroad.');
    expect(screen.getByRole('link', { name: 'Change the priorities in the Votes tab' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/votes`,
    );
    fireEvent.change(screen.getByLabelText('Consolidated answer'), {
      target: { value: 'After the workshop:' },
    });
    fireEvent.click(screen.getByTestId('save-answer'));
    await screen.findByText(/^Saved at \d\d:\d\d$/);
    expect(sentBody(fetchMock, `PUT ${Q('7')}/answer`)).toEqual({
      baseVersion: 4,
      body: 'After the workshop:',
      status: 'draft',
    });
  });

  it('is read-only with the reason when the report is submitted', async () => {
    await open('1a', {
      [`GET ${Q('1a')}/consolidation`]: {
        status: 200,
        body: buildConsolidation('1a', {
          readOnlyReason: 'The report was submitted on 12 November 2020; open an amendment to change it',
        }),
      },
    });
    expect(await screen.findByTestId('read-only-banner')).toHaveTextContent(
      'The report was submitted on 12 November 2020; open an amendment to change it',
    );
    expect(screen.queryByLabelText('Consolidated answer')).not.toBeInTheDocument();
    expect(screen.queryByTestId('save-answer')).not.toBeInTheDocument();
    expect(screen.getByTestId('read-only-answer')).toHaveTextContent(
      'Mongolia adopted a labour migration law',
    );
  });

  it("shows the server's message with a Retry button", async () => {
    let calls = 0;
    await open('1a', {
      [`GET ${Q('1a')}/consolidation`]: () => {
        calls += 1;
        return calls === 1
          ? {
              status: 500,
              body: { statusCode: 500, code: 'INTERNAL', message: 'Something went wrong on our side.' },
            }
          : { status: 200, body: buildConsolidation('1a') };
      },
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong on our side.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByLabelText('Consolidated answer')).toBeInTheDocument();
  });
});

describe('Consolidation page: an answer carried forward from the previous cycle', () => {
  const PREVIOUS = 'Labour migration to the Republic of Korea rose in 2019.';
  const origin = {
    reviewId: '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a00',
    cycle: 2020,
    questionCodes: ['1a'],
    body: PREVIOUS,
    carriedAt: '2024-03-01T02:00:00.000Z',
  };

  function runs(tag: 'del' | 'ins'): string[] {
    return [...screen.getByTestId('difference').querySelectorAll(tag)].map(
      (element) => element.textContent ?? '',
    );
  }

  it('shows the previous cycle’s text beside the draft, and the changes as the draft is typed', async () => {
    await open('1a', {
      [`GET ${Q('1a')}/consolidation`]: {
        status: 200,
        body: buildConsolidation('1a', {
          answer: buildAnswer({ body: PREVIOUS, origin }),
          difference: [{ change: 'same', text: PREVIOUS }],
        }),
      },
    });
    const previous = await screen.findByRole('region', { name: 'Previous cycle (2020), question 1a' });
    expect(within(previous).getByTestId('difference-summary')).toHaveTextContent(
      'No change: the draft is the previous cycle’s text as carried.',
    );
    expect(within(previous).getByTestId('difference-legend')).toHaveTextContent(
      "Struck through: in the previous cycle's text, not in the draft. Underlined: new in the draft.",
    );

    const draft = screen.getByLabelText('Consolidated answer');
    fireEvent.change(draft, {
      target: { value: 'Labour migration to the Republic of Korea and Japan rose in 2023.' },
    });
    expect(await within(previous).findByText('1 passage removed, 2 passages added.')).toBeInTheDocument();
    // Said in words as well as struck through, for screen readers that do not announce <del>.
    expect(runs('del')).toEqual(['[removed: 2019]']);
    expect(runs('ins')).toEqual(['[added: and Japan ]', '[added: 2023]']);
    expect(screen.getByTestId('difference')).toHaveTextContent(
      'Labour migration to the Republic of Korea [added: and Japan ]rose in [removed: 2019][added: 2023].',
    );

    // Typing on follows: back to the carried text, no change is left.
    fireEvent.change(draft, { target: { value: PREVIOUS } });
    expect(
      await within(previous).findByText('No change: the draft is the previous cycle’s text as carried.'),
    ).toBeInTheDocument();
    expect(runs('del')).toEqual([]);

    fireEvent.click(within(previous).getByLabelText('Previous text'));
    expect(within(previous).getByTestId('previous-text')).toHaveTextContent(PREVIOUS);
    expect(within(previous).queryByTestId('difference')).not.toBeInTheDocument();
    fireEvent.click(within(previous).getByLabelText('Changes'));
    expect(within(previous).getByTestId('difference')).toBeInTheDocument();
  });

  it('names each previous question when several were joined into one answer', async () => {
    await open('1a', {
      [`GET ${Q('1a')}/consolidation`]: {
        status: 200,
        body: buildConsolidation('1a', {
          answer: buildAnswer({ body: PREVIOUS, origin: { ...origin, questionCodes: ['1a', '1b', '1c'] } }),
          difference: [{ change: 'same', text: PREVIOUS }],
        }),
      },
    });
    expect(
      await screen.findByRole('heading', { name: 'Previous cycle (2020), questions 1a, 1b and 1c' }),
    ).toBeInTheDocument();
  });

  it('shows an observer the stored answer against the previous cycle’s, as the server compared them', async () => {
    await open(
      '1a',
      {
        [`GET ${Q('1a')}/consolidation`]: {
          status: 200,
          body: buildConsolidation('1a', {
            answer: buildAnswer({ body: 'Labour migration to Japan rose in 2019.', origin, status: 'final' }),
            difference: [
              { change: 'same', text: 'Labour migration to ' },
              { change: 'removed', text: 'the Republic of Korea' },
              { change: 'added', text: 'Japan' },
              { change: 'same', text: ' rose in 2019.' },
            ],
          }),
        },
      },
      'observer',
    );
    await screen.findByTestId('read-only-answer');
    expect(screen.queryByLabelText('Consolidated answer')).not.toBeInTheDocument();
    expect(screen.getByTestId('difference-summary')).toHaveTextContent('1 passage removed, 1 passage added.');
    expect(runs('del')).toEqual(['[removed: the Republic of Korea]']);
    expect(runs('ins')).toEqual(['[added: Japan]']);
  });

  it('shows no previous cycle for an answer that was not carried', async () => {
    await open('1a', { [`GET ${Q('1a')}/consolidation`]: { status: 200, body: buildConsolidation('1a') } });
    await screen.findByLabelText('Consolidated answer');
    expect(screen.queryByTestId('previous-cycle')).not.toBeInTheDocument();
  });
});
