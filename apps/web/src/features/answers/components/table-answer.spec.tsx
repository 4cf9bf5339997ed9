import type { TAnswer } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import {
  buildAnswer,
  buildPerson,
  buildQuestionConsolidation,
  buildReviewDetail,
  buildTableQuestion,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const N1 = `/api/reviews/${REVIEW_ID}/questions/N1`;
const QUESTION = buildTableQuestion([
  { key: 'measure', title: 'Measure' },
  { key: 'year', title: 'Year' },
]);

function answer(overrides: Partial<TAnswer> = {}): TAnswer {
  return buildAnswer({ questionCode: 'N1', body: '', version: 2, ...overrides });
}

async function open(
  stored: TAnswer,
  answers: Record<string, StubbedAnswer> = {},
  role: 'coordinator' | 'observer' = 'coordinator',
) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID },
        viewer: { role, organisationId: null },
        extraQuestions: [QUESTION],
      }),
    },
    [`GET ${N1}/consolidation`]: {
      status: 200,
      body: buildQuestionConsolidation(QUESTION, { answer: stored }),
    },
    ...answers,
  });
  renderRoute(`/reviews/${REVIEW_ID}/questions/N1`);
  await screen.findByRole('heading', { level: 1, name: 'Question N1' });
  await screen.findByTestId('table-answer');
  return fetchMock;
}

const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const cell = (column: string, row: number) => screen.getByRole('textbox', { name: `${column}, row ${row}` });
const type = (column: string, row: number, value: string) =>
  fireEvent.change(cell(column, row), { target: { value } });

describe('Consolidation page: a table question', () => {
  it('adds rows with a labelled field per column, and saves them as data.rows with the version loaded', async () => {
    const fetchMock = await open(answer(), {
      [`PUT ${N1}/answer`]: { status: 200, body: answer({ version: 3 }) },
    });
    const table = await screen.findByTestId('table-answer');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Row', 'Measure', 'Year', 'Actions']);
    expect(within(table).getByText('No rows yet.')).toBeInTheDocument();

    press('Add a row');
    expect(cell('Measure', 1)).toHaveFocus();
    type('Measure', 1, 'Labour migration law');
    type('Year', 1, '2019');
    press('Add a row');
    expect(cell('Measure', 2)).toHaveFocus();
    type('Measure', 2, 'Bilateral agreement with Korea');
    type('Year', 2, '2020');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Unsaved changes');

    fireEvent.click(screen.getByTestId('save-answer'));
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeInTheDocument();
    expect(sentBody(fetchMock, `PUT ${N1}/answer`)).toEqual({
      baseVersion: 2,
      body: '',
      status: 'draft',
      data: {
        rows: [
          { measure: 'Labour migration law', year: '2019' },
          { measure: 'Bilateral agreement with Korea', year: '2020' },
        ],
      },
    });
  });

  it('shows the stored rows; removing one moves focus to the row that takes its place, and saves the rest', async () => {
    const fetchMock = await open(
      answer({
        data: {
          rows: [
            { measure: 'Old measure', year: '2015' },
            { measure: 'Labour migration law', year: '2019' },
          ],
        },
      }),
      { [`PUT ${N1}/answer`]: { status: 200, body: answer({ version: 3 }) } },
    );
    expect(await screen.findByRole('textbox', { name: 'Measure, row 1' })).toHaveValue('Old measure');
    expect(cell('Year', 2)).toHaveValue('2019');

    press('Remove row 1');
    expect(cell('Measure', 1)).toHaveValue('Labour migration law');
    expect(cell('Measure', 1)).toHaveFocus();
    expect(screen.queryByRole('textbox', { name: 'Measure, row 2' })).not.toBeInTheDocument();

    press('Remove row 1');
    expect(screen.getByRole('button', { name: 'Add a row' })).toHaveFocus();
    press('Add a row');
    type('Measure', 1, 'Labour migration law');
    type('Year', 1, '2019');

    fireEvent.click(screen.getByTestId('save-answer'));
    await screen.findByText(/^Saved at \d\d:\d\d$/);
    expect(sentBody(fetchMock, `PUT ${N1}/answer`)).toMatchObject({
      baseVersion: 2,
      data: { rows: [{ measure: 'Labour migration law', year: '2019' }] },
    });
  });

  it('shows the message of a refused cell at that cell', async () => {
    await open(answer(), {
      [`PUT ${N1}/answer`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'Some fields are not valid',
          fieldErrors: [{ path: 'data.rows.0.year', message: 'must be at most 4000 characters' }],
        },
      },
    });
    press('Add a row');
    type('Year', 1, '2019');
    fireEvent.click(screen.getByTestId('save-answer'));
    expect(await screen.findByText('must be at most 4000 characters')).toBeInTheDocument();
    expect(cell('Year', 1)).toHaveAttribute('aria-invalid', 'true');
    expect(cell('Year', 1)).toHaveAccessibleDescription('must be at most 4000 characters');
    expect(cell('Measure', 1)).not.toHaveAttribute('aria-invalid');
  });

  it('on a 409 keeps my rows beside the stored ones; "Keep mine" saves them on the newer version', async () => {
    let saves = 0;
    const fetchMock = await open(answer(), {
      [`PUT ${N1}/answer`]: () => {
        saves += 1;
        return saves === 1
          ? {
              status: 409,
              body: {
                statusCode: 409,
                code: 'CONFLICT',
                message: 'The answer to question N1 was saved by Sarangerel Tsogt after you opened it.',
                details: {
                  current: answer({
                    version: 5,
                    data: { rows: [{ measure: 'Their measure', year: '2018' }] },
                    updatedBy: buildPerson({ name: 'Sarangerel Tsogt' }),
                  }),
                },
              },
            }
          : { status: 200, body: answer({ version: 6 }) };
      },
    });
    press('Add a row');
    type('Measure', 1, 'My measure');
    fireEvent.click(screen.getByTestId('save-answer'));

    const conflict = await screen.findByTestId('table-conflict');
    expect(
      within(screen.getByTestId('table-mine')).getByRole('textbox', { name: 'Measure, row 1' }),
    ).toHaveValue('My measure');
    expect(screen.getByTestId('table-theirs')).toHaveTextContent('Their measure');
    expect(within(screen.getByTestId('table-theirs')).queryByRole('textbox')).not.toBeInTheDocument();
    expect(conflict).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    await screen.findByText(/^Saved at \d\d:\d\d$/);
    expect(sentBody(fetchMock, `PUT ${N1}/answer`, 1)).toMatchObject({
      baseVersion: 5,
      data: { rows: [{ measure: 'My measure', year: '' }] },
    });
    expect(callCount(fetchMock, `PUT ${N1}/answer`)).toBe(2);
  });

  it('shows the rows read-only to an observer, with the column titles as headers', async () => {
    await open(
      answer({ data: { rows: [{ measure: 'Labour migration law', year: '2019' }] } }),
      {},
      'observer',
    );
    const readOnly = await screen.findByTestId('read-only-answer');
    const table = within(readOnly).getByTestId('table-answer');
    expect(within(table).getByRole('row', { name: /Labour migration law/ })).toHaveTextContent('2019');
    expect(within(table).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(table).queryByRole('button')).not.toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Row', 'Measure', 'Year']);
  });
});
