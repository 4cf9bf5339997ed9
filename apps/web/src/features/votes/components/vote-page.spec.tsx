import type { TBallotContent, TVoteRound } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, buildReviewDetail, buildVoteRound } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const VOTE_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const VOTE = `/api/votes/${VOTE_ID}`;
const BALLOT = `/api/votes/${VOTE_ID}/ballot`;

function round(overrides: Partial<TVoteRound> = {}): TVoteRound {
  return buildVoteRound({ id: VOTE_ID, reviewId: REVIEW_ID, ...overrides });
}

async function openBallot(
  voteRound: TVoteRound,
  stored: TBallotContent | null = null,
  answers: Record<string, StubbedAnswer> = {},
) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID },
        viewer: { role: 'stakeholder', organisationId: null },
      }),
    },
    [`GET ${VOTE}`]: { status: 200, body: voteRound },
    [`GET ${BALLOT}`]: { status: 200, body: { content: stored } },
    ...answers,
  });
  renderRoute(`/votes/${VOTE_ID}`);
  await screen.findByRole('heading', { level: 2, name: 'Your ballot' });
  return { fetchMock };
}

const cast = () => fireEvent.click(screen.getByTestId('cast-ballot'));
const objective = (n: number) => screen.getByLabelText(new RegExp(`^Objective ${n} — `));

describe('Ballot: approval', () => {
  const approval = () => round({ method: 'approval', rules: { method: 'approval', maxPicks: 3 } });

  it('counts the picks left and disables further boxes at the limit', async () => {
    await openBallot(approval());
    expect(screen.getByTestId('picks-left')).toHaveTextContent('3 of 3 picks left');
    fireEvent.click(objective(7));
    fireEvent.click(objective(10));
    expect(screen.getByTestId('picks-left')).toHaveTextContent('1 of 3 picks left');
    fireEvent.click(objective(1));
    expect(screen.getByTestId('picks-left')).toHaveTextContent('0 of 3 picks left');
    expect(objective(2)).toBeDisabled();
    expect(objective(7)).toBeEnabled();
    fireEvent.click(objective(7));
    expect(screen.getByTestId('picks-left')).toHaveTextContent('1 of 3 picks left');
    expect(objective(2)).toBeEnabled();
  });

  it('groups the objectives by cluster and sends the picks', async () => {
    const { fetchMock } = await openBallot(approval(), null, {
      [`PUT ${BALLOT}`]: { status: 200, body: { content: { picks: [1, 7] } } },
    });
    const cluster4 = screen.getByRole('group', { name: /^Cluster 4 — / });
    expect(within(cluster4).getByLabelText(/^Objective 7 — /)).toBeInTheDocument();
    expect(within(cluster4).queryByLabelText(/^Objective 2 — /)).not.toBeInTheDocument();
    fireEvent.click(objective(7));
    fireEvent.click(objective(1));
    expect(screen.getByTestId('cast-ballot')).toHaveTextContent('Cast my ballot');
    cast();
    expect(await screen.findByText(/^Your ballot is recorded\. You can change it until/)).toHaveTextContent(
      'Your ballot is recorded. You can change it until 26 Oct 2020, 17:00.',
    );
    expect(sentBody(fetchMock, `PUT ${BALLOT}`)).toEqual({ content: { picks: [1, 7] } });
    expect(screen.getByTestId('cast-ballot')).toHaveTextContent('Update my ballot');
  });

  it('says what is wrong before sending an empty ballot', async () => {
    const { fetchMock } = await openBallot(approval());
    cast();
    expect(screen.getByTestId('ballot-problems')).toHaveTextContent('Pick at least one objective');
    expect(callCount(fetchMock, `PUT ${BALLOT}`)).toBe(0);
  });
});

describe('Ballot: dot voting', () => {
  const dot = () => round({ method: 'dot', rules: { method: 'dot', budget: 10, maxPerOption: 4 } });

  it('counts the points left and says when the budget is spent twice over', async () => {
    const { fetchMock } = await openBallot(dot());
    expect(screen.getByTestId('points-left')).toHaveTextContent('10 of 10 points left');
    fireEvent.change(objective(7), { target: { value: '4' } });
    fireEvent.change(objective(10), { target: { value: '3' } });
    expect(screen.getByTestId('points-left')).toHaveTextContent('3 of 10 points left');
    expect(screen.queryByTestId('over-budget')).not.toBeInTheDocument();

    fireEvent.change(objective(1), { target: { value: '4' } });
    fireEvent.change(objective(2), { target: { value: '1' } });
    expect(screen.getByTestId('points-left')).toHaveTextContent('0 of 10 points left');
    expect(screen.getByTestId('over-budget')).toHaveTextContent(
      'You have given 12 points, 2 more than your 10. Take 2 points off before casting your ballot.',
    );
    cast();
    expect(screen.getByTestId('ballot-problems')).toHaveTextContent('You gave 12 points but have 10');
    expect(callCount(fetchMock, `PUT ${BALLOT}`)).toBe(0);
  });

  it('refuses more than the most points on one objective, then sends the points given', async () => {
    const { fetchMock } = await openBallot(dot(), null, {
      [`PUT ${BALLOT}`]: { status: 200, body: { content: { points: [] } } },
    });
    fireEvent.change(objective(7), { target: { value: '5' } });
    cast();
    expect(screen.getByTestId('ballot-problems')).toHaveTextContent(
      'You may put at most 4 points on one objective; objective 7 has 5',
    );
    fireEvent.change(objective(7), { target: { value: '4' } });
    fireEvent.change(objective(10), { target: { value: '0' } });
    fireEvent.change(objective(3), { target: { value: '2' } });
    cast();
    await screen.findByText(/^Your ballot is recorded/);
    expect(sentBody(fetchMock, `PUT ${BALLOT}`)).toEqual({
      content: {
        points: [
          { objective: 3, points: 2 },
          { objective: 7, points: 4 },
        ],
      },
    });
  });
});

describe('Ballot: ranked', () => {
  const ranked = (maxRanks: number | null = null) => round({ rules: { method: 'ranked', maxRanks } });
  const ranking = () =>
    within(screen.getByTestId('ranking'))
      .getAllByTestId(/^ranked-/)
      .map((item) => Number(item.getAttribute('data-testid')?.replace('ranked-', '')));
  const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

  it('adds, moves up and down and removes objectives, and sends the ranking in that order', async () => {
    const { fetchMock } = await openBallot(ranked(), null, {
      [`PUT ${BALLOT}`]: { status: 200, body: { content: { ranking: [10, 7, 1] } } },
    });
    press('Add objective 7 to the ranking');
    press('Add objective 1 to the ranking');
    press('Add objective 10 to the ranking');
    press('Add objective 22 to the ranking');
    expect(ranking()).toEqual([7, 1, 10, 22]);
    expect(within(screen.getByTestId('unranked')).queryByTestId('unranked-7')).not.toBeInTheDocument();

    press('Move objective 10 up');
    expect(ranking()).toEqual([7, 10, 1, 22]);
    press('Move objective 10 up');
    expect(ranking()).toEqual([10, 7, 1, 22]);
    // At the top it cannot go higher; focus moved to the button that still works.
    expect(screen.getByRole('button', { name: 'Move objective 10 up' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Move objective 10 down' })).toHaveFocus();
    press('Move objective 22 up');
    press('Move objective 7 down');
    expect(ranking()).toEqual([10, 22, 7, 1]);
    press('Remove objective 22 from the ranking');
    expect(ranking()).toEqual([10, 7, 1]);
    expect(screen.getByRole('button', { name: 'Add objective 22 to the ranking' })).toHaveFocus();
    press('Move objective 1 up');
    expect(ranking()).toEqual([10, 1, 7]);
    press('Move objective 7 up');
    expect(ranking()).toEqual([10, 7, 1]);
    expect(
      within(screen.getByTestId('ranked-10')).getByText(/Objective 10 — Prevent, combat/),
    ).toBeInTheDocument();

    cast();
    await screen.findByText(/^Your ballot is recorded/);
    expect(sentBody(fetchMock, `PUT ${BALLOT}`)).toEqual({ content: { ranking: [10, 7, 1] } });
  });

  it('shows the ballot already cast and stops adding at the most ranks allowed', async () => {
    await openBallot(ranked(3), { ranking: [11, 10] });
    expect(ranking()).toEqual([11, 10]);
    expect(screen.getByTestId('ranks-left')).toHaveTextContent('1 of 3 ranks left');
    expect(screen.getByTestId('cast-ballot')).toHaveTextContent('Update my ballot');
    press('Add objective 7 to the ranking');
    expect(screen.getByTestId('ranks-left')).toHaveTextContent('0 of 3 ranks left');
    expect(screen.getByRole('button', { name: 'Add objective 1 to the ranking' })).toBeDisabled();
  });

  it('says when the coordinator closed the vote early', async () => {
    await openBallot(
      round({
        state: 'closed',
        closedEarlyAt: '2020-10-24T03:30:00.000Z',
        me: { eligible: true, voted: false },
      }),
    );
    expect(screen.getByTestId('ballot-closed')).toHaveTextContent(
      'Voting closed on 24 Oct 2020, 11:30. You have not cast a ballot.',
    );
    expect(screen.getByTestId('closed-early')).toHaveTextContent(
      'Closed early by the coordinator on 24 Oct 2020, 11:30',
    );
  });

  it('shows the ballot read-only once the vote is closed, and says a secret vote is secret', async () => {
    await openBallot(round({ state: 'closed', secret: true, me: { eligible: true, voted: true } }), {
      ranking: [7, 10],
    });
    expect(screen.getByTestId('ballot-closed')).toHaveTextContent(
      'Voting closed on 26 Oct 2020, 17:00. This is the ballot you cast; it can no longer be changed.',
    );
    expect(ranking()).toEqual([7, 10]);
    expect(screen.queryByRole('button', { name: /^Move objective/ })).not.toBeInTheDocument();
    expect(screen.queryByTestId('cast-ballot')).not.toBeInTheDocument();
    expect(screen.getByTestId('secret-note')).toHaveTextContent(
      'This vote is secret. Nobody, not even the coordinator, can see who voted what',
    );
  });
});

describe('Ballot: score', () => {
  it('gives each objective a score from 0 to 5 and leaves out those at 0', async () => {
    const { fetchMock } = await openBallot(
      round({ method: 'score', rules: { method: 'score', maxScore: 5 } }),
      null,
      {
        [`PUT ${BALLOT}`]: { status: 200, body: { content: { scores: [] } } },
      },
    );
    const seven = screen.getByTestId('score-7');
    expect(within(seven).getAllByRole('radio')).toHaveLength(6);
    expect(within(seven).getByRole('radio', { name: '0' })).toBeChecked();
    fireEvent.click(within(seven).getByRole('radio', { name: '5' }));
    fireEvent.click(within(screen.getByTestId('score-14')).getByRole('radio', { name: '3' }));
    fireEvent.click(within(screen.getByTestId('score-14')).getByRole('radio', { name: '0' }));
    fireEvent.click(within(screen.getByTestId('score-2')).getByRole('radio', { name: '1' }));
    cast();
    await screen.findByText(/^Your ballot is recorded/);
    expect(sentBody(fetchMock, `PUT ${BALLOT}`)).toEqual({
      content: {
        scores: [
          { objective: 2, score: 1 },
          { objective: 7, score: 5 },
        ],
      },
    });
  });
});

describe('Ballot: who may vote', () => {
  it('tells someone who is not on the list of voters, without asking for a ballot', async () => {
    const fetchMock = stubFetch({
      ...signedIn(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({ summary: { id: REVIEW_ID } }),
      },
      [`GET ${VOTE}`]: { status: 200, body: round({ me: { eligible: false, voted: false } }) },
    });
    renderRoute(`/votes/${VOTE_ID}`);
    expect(await screen.findByTestId('not-a-voter')).toHaveTextContent(
      'You are not on the list of voters of this round.',
    );
    expect(callCount(fetchMock, `GET ${BALLOT}`)).toBe(0);
  });

  it('shows an alert with Retry when the round cannot be loaded', async () => {
    let loads = 0;
    stubFetch({
      ...signedIn(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({ summary: { id: REVIEW_ID } }),
      },
      [`GET ${VOTE}`]: () => {
        loads += 1;
        return loads === 1
          ? { status: 500, body: { statusCode: 500, code: 'INTERNAL', message: 'Database unavailable.' } }
          : { status: 200, body: round({ me: { eligible: false, voted: false } }) };
      },
    });
    renderRoute(`/votes/${VOTE_ID}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The vote could not be loaded');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('not-a-voter')).toBeInTheDocument();
  });
});

describe('Ballot in another language', () => {
  const ranking = () =>
    within(screen.getByTestId('ranking'))
      .getAllByTestId(/^ranked-/)
      .map((item) => Number(item.getAttribute('data-testid')?.replace('ranked-', '')));

  it('shows a ranked ballot in French: the official titles, and buttons whose names hold what they show', async () => {
    stubFetch({
      ...signedIn(buildCurrentPerson({ locale: 'fr' })),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          viewer: { role: 'stakeholder', organisationId: null },
        }),
      },
      [`GET ${VOTE}`]: { status: 200, body: round({ rules: { method: 'ranked', maxRanks: 3 } }) },
      [`GET ${BALLOT}`]: { status: 200, body: { content: { ranking: [1, 10] } } },
    });
    renderRoute(`/votes/${VOTE_ID}`);
    await screen.findByRole('heading', { level: 2, name: 'Votre bulletin' });
    expect(screen.getByTestId('ranks-left')).toHaveTextContent('Il reste 1 sur 3 rangs');
    expect(
      within(screen.getByTestId('ranked-1')).getByText(
        'Objectif 1 — Collecter et utiliser des données précises et ventilées qui serviront à l’élaboration de politiques fondées sur la connaissance des faits',
      ),
    ).toBeInTheDocument();
    const up = screen.getByRole('button', { name: 'Monter l’objectif 10' });
    expect(up).toHaveTextContent('Monter');
    fireEvent.click(up);
    expect(ranking()).toEqual([10, 1]);
    const add = screen.getByRole('button', { name: 'Ajouter l’objectif 7 au classement' });
    expect(add).toHaveTextContent('Ajouter l’objectif 7 au classement');
    fireEvent.click(add);
    expect(ranking()).toEqual([10, 1, 7]);
    expect(screen.getByRole('button', { name: 'Retirer l’objectif 7 du classement' })).toHaveFocus();
    expect(screen.getByTestId('cast-ballot')).toHaveTextContent('Mettre à jour mon bulletin');
  });
});
