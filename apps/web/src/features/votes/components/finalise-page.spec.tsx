import type { TPriorityList, TVoteRound } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import {
  buildCurrentPerson,
  buildRanking,
  buildReviewDetail,
  buildVoteResults,
  buildVoteRound,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const VOTE_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const VOTE = `/api/votes/${VOTE_ID}`;
const PRIORITIES = `/api/votes/${VOTE_ID}/priorities`;

/** Objective 5 and objective 22 tie for 12th place; 5 comes first only because of its number. */
const RANKING = buildRanking({
  7: 20,
  10: 19,
  1: 18,
  2: 17,
  11: 16,
  14: 15,
  3: 14,
  15: 13,
  18: 12,
  19: 11,
  20: 10,
  5: 9,
  22: 9,
  4: 8,
  6: 7,
  8: 6,
  9: 5,
  12: 4,
  13: 3,
  16: 2,
  17: 1,
  21: 0,
  23: 0,
});

const round = (overrides: Partial<TVoteRound> = {}) =>
  buildVoteRound({ id: VOTE_ID, reviewId: REVIEW_ID, state: 'closed', version: 3, ...overrides });

function openFinalise(answers: Record<string, StubbedAnswer> = {}, person = buildCurrentPerson()) {
  const fetchMock = stubFetch({
    ...signedIn(person),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID },
        viewer: { role: 'coordinator', organisationId: null },
      }),
    },
    [`GET ${VOTE}`]: { status: 200, body: round() },
    [`GET ${VOTE}/results`]: {
      status: 200,
      body: buildVoteResults({ roundId: VOTE_ID, ranking: RANKING, borda: RANKING }),
    },
    ...answers,
  });
  renderRoute(`/votes/${VOTE_ID}/finalise`);
  return { fetchMock };
}

const items = () =>
  within(screen.getByTestId('priority-editor'))
    .getAllByTestId(/^priority-item-/)
    .map((item) => Number(item.getAttribute('data-testid')?.replace('priority-item-', '')));
const reason = (n: number) => screen.getByLabelText(`Reasons for prioritisation — Objective ${n}`);
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));
const save = () => fireEvent.click(screen.getByRole('button', { name: /^Save the priority list/ }));

describe('Finalising the priority list', () => {
  it('starts from the top 12 and flags the tie at the cut-off', async () => {
    openFinalise();
    await screen.findByTestId('priority-editor');
    expect(items()).toEqual([7, 10, 1, 2, 11, 14, 3, 15, 18, 19, 20, 5]);
    expect(screen.getByTestId('cutoff-ties')).toHaveTextContent(
      'The cut-off falls inside a tie. Objective 22 has the same result as the last objective of the list (rank 12) but is not in it',
    );
    expect(within(screen.getByTestId('priority-item-5')).getByTestId('tied-at-cutoff')).toHaveTextContent(
      'tied at the cut-off',
    );

    fireEvent.change(screen.getByLabelText('Number of objectives to start from'), {
      target: { value: '13' },
    });
    press('Use the top 13');
    expect(items()).toHaveLength(13);
    expect(screen.queryByTestId('cutoff-ties')).not.toBeInTheDocument();
  });

  it('asks for a reason for each objective before sending anything', async () => {
    const { fetchMock } = openFinalise();
    await screen.findByTestId('priority-editor');
    fireEvent.change(reason(7), { target: { value: 'Internal migration from rural areas.' } });
    fireEvent.change(reason(1), { target: { value: '   ' } });
    save();
    expect(reason(7)).not.toHaveAccessibleDescription();
    expect(reason(1)).toHaveAccessibleDescription(/give a reason for each objective/);
    expect(reason(5)).toHaveAccessibleDescription(/give a reason for each objective/);
    expect(callCount(fetchMock, `PUT ${PRIORITIES}`)).toBe(0);
  });

  it('sends the objectives in the chosen order with their reasons, then shows the table for question 7', async () => {
    let finalised = false;
    const saved: TPriorityList = {
      roundId: VOTE_ID,
      priorities: [1, 2, 3, 7, 10, 11, 14, 15, 18, 19, 20, 22].map((objective, index) => ({
        position: index + 1,
        objective,
        title: RANKING.find((entry) => entry.objective === objective)?.title ?? '',
        reason: `Reason ${objective}`,
      })),
    };
    const { fetchMock } = openFinalise({
      [`GET ${VOTE}`]: () => ({
        status: 200,
        body: round(finalised ? { state: 'finalised', version: 4 } : {}),
      }),
      [`PUT ${PRIORITIES}`]: () => {
        finalised = true;
        return { status: 200, body: saved };
      },
      [`GET ${PRIORITIES}`]: { status: 200, body: saved },
    });
    await screen.findByTestId('priority-editor');

    // Mongolia's list: 22 instead of 5, in the order of the objectives' numbers.
    press('Remove objective 5');
    fireEvent.change(screen.getByLabelText('Add an objective'), { target: { value: '22' } });
    press('Add');
    expect(reason(22)).toHaveFocus();
    for (const [objective, steps] of [
      [1, 2],
      [2, 2],
      [3, 4],
    ] as const) {
      for (let step = 0; step < steps; step += 1) press(`Move objective ${objective} up`);
    }
    expect(items()).toEqual([1, 2, 3, 7, 10, 11, 14, 15, 18, 19, 20, 22]);
    for (const objective of items()) {
      fireEvent.change(reason(objective), { target: { value: `Reason ${objective}` } });
    }
    save();

    const table = await screen.findByTestId('priority-table');
    expect(sentBody(fetchMock, `PUT ${PRIORITIES}`)).toEqual({
      version: 3,
      priorities: [1, 2, 3, 7, 10, 11, 14, 15, 18, 19, 20, 22].map((objective) => ({
        objective,
        reason: `Reason ${objective}`,
      })),
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Priority GCM objective', 'Reasons for prioritisation']);
    expect(within(table).getByTestId('priority-22')).toHaveTextContent(
      '22. Establish mechanisms for the portability of social security entitlements and earned benefits',
    );
    expect(screen.getByTestId('priorities-saved')).toHaveTextContent('It is the answer to question 7.');
    expect(screen.getByRole('link', { name: 'See question 7' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}#question-7`,
    );
  }, 20_000); // some 60 role queries over a 12-row editor: about 5 s on a loaded 2-core CI machine

  it("links the finalised list to the review's own priority question, with the questionnaire's column titles", async () => {
    const list: TPriorityList = {
      roundId: VOTE_ID,
      priorities: [
        { position: 1, objective: 6, title: 'Facilitate fair and ethical recruitment', reason: 'R.' },
      ],
    };
    stubFetch({
      ...signedIn(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          viewer: { role: 'observer', organisationId: null },
          mapQuestion: (question) =>
            question.answerKind === 'priority_objectives'
              ? {
                  ...question,
                  code: 'P7',
                  answer: { kind: 'priority_objectives', columns: ['Objective', 'Why'] },
                }
              : question,
        }),
      },
      [`GET ${VOTE}`]: { status: 200, body: round({ state: 'finalised' }) },
      [`GET ${PRIORITIES}`]: { status: 200, body: list },
    });
    renderRoute(`/votes/${VOTE_ID}/finalise`);
    const table = await screen.findByTestId('priority-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Objective', 'Why']);
    expect(screen.getByRole('link', { name: 'See question P7' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}#question-P7`,
    );
  });
});

describe('Finalising in another language', () => {
  it('drafts the list in Spanish: the tie at the cut-off, the place in the vote and the buttons', async () => {
    openFinalise({}, buildCurrentPerson({ locale: 'es' }));
    await screen.findByTestId('priority-editor');
    expect(items()).toEqual([7, 10, 1, 2, 11, 14, 3, 15, 18, 19, 20, 5]);
    expect(screen.getByTestId('cutoff-ties')).toHaveTextContent(
      'El corte cae dentro de un empate. El objetivo 22 tiene el mismo resultado que el último objetivo de la lista (puesto 12) pero no figura en ella',
    );
    const five = within(screen.getByTestId('priority-item-5'));
    expect(five.getByRole('heading', { level: 3 })).toHaveTextContent(
      '12. Objetivo 5 — Aumentar la disponibilidad y flexibilidad de las vías de migración regular',
    );
    expect(five.getByText(/en la votación/)).toHaveTextContent('12.º en la votación, 9 victorias');
    expect(five.getByLabelText('Motivos de la priorización — Objetivo 5')).toBeInTheDocument();
    fireEvent.click(five.getByRole('button', { name: 'Subir el objetivo 5' }));
    expect(items().slice(-2)).toEqual([5, 20]);
    expect(
      screen.getByRole('button', { name: /^Guardar la lista de prioridades \(12\)$/ }),
    ).toBeInTheDocument();
  });
});
