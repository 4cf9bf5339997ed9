import type { TVoteResults, TVoteRound } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import { buildRanking, buildReviewDetail, buildVoteResults, buildVoteRound } from '../../../testing/fixtures';
import { callCount, renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const VOTE_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const VOTE = `/api/votes/${VOTE_ID}`;
const RESULTS = `/api/votes/${VOTE_ID}/results`;

function openResults(
  {
    round,
    results,
    role = 'coordinator',
  }: {
    round: TVoteRound;
    results: StubbedAnswer | TVoteResults;
    role?: 'coordinator' | 'stakeholder';
  },
  answers: Record<string, StubbedAnswer> = {},
) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({ summary: { id: REVIEW_ID }, viewer: { role, organisationId: null } }),
    },
    [`GET ${VOTE}`]: { status: 200, body: round },
    [`GET ${RESULTS}`]: 'roundId' in results ? { status: 200, body: results } : (results as StubbedAnswer),
    ...answers,
  });
  renderRoute(`/votes/${VOTE_ID}/results`);
  return { fetchMock };
}

const closedRound = (overrides: Partial<TVoteRound> = {}) =>
  buildVoteRound({ id: VOTE_ID, reviewId: REVIEW_ID, state: 'closed', ...overrides });

describe('Results of a vote', () => {
  it('ranks the objectives with ties in sight, Borda beside Schulze and the Condorcet winner', async () => {
    openResults({ round: closedRound(), results: buildVoteResults({ roundId: VOTE_ID }) });

    const table = await screen.findByTestId('results-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual([
      '1',
      '2',
      '3',
      '3',
      '5',
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Schulze wins' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'Borda points (rank)' })).toBeInTheDocument();

    const one = within(table).getByTestId('result-row-1');
    expect(one).toHaveTextContent('1. Collect and utilize accurate and disaggregated data');
    expect(within(one).getByTestId('tie')).toHaveTextContent('tied with 2');
    expect(within(within(table).getByTestId('result-row-2')).getByTestId('tie')).toHaveTextContent(
      'tied with 1',
    );
    expect(within(within(table).getByTestId('result-row-7')).queryByTestId('tie')).not.toBeInTheDocument();
    expect(within(table).getByTestId('result-row-2')).toHaveTextContent('50 (3)');

    expect(screen.getByTestId('condorcet')).toHaveTextContent(
      'Condorcet winner: Objective 7 — Address and reduce vulnerabilities in migration',
    );
    expect(screen.getByTestId('turnout')).toHaveTextContent('12 of 16 ballots (75%). Quorum 10: met.');
    expect(screen.getByRole('img', { name: /^Top 5: / })).toHaveAccessibleName(
      'Top 5: 1. Objective 7 (5 wins); 2. Objective 10 (4 wins); 3. Objective 1 (3 wins, tied with 2); 3. Objective 2 (3 wins, tied with 1); 5. Objective 11 (1 win)',
    );
    expect(screen.getByRole('link', { name: 'Download the results (CSV)' })).toHaveAttribute(
      'href',
      `/api/votes/${VOTE_ID}/results.csv`,
    );
    expect(screen.getByRole('link', { name: 'Finalise the priority list' })).toHaveAttribute(
      'href',
      `/votes/${VOTE_ID}/finalise`,
    );
    // The round is closed: nothing to close or remind.
    expect(screen.queryByRole('button', { name: 'Close the round now' })).not.toBeInTheDocument();
  });

  it('says so when a ranked round has no Condorcet winner', async () => {
    openResults({
      round: closedRound(),
      results: buildVoteResults({ roundId: VOTE_ID, condorcetWinner: null }),
    });
    expect(await screen.findByTestId('condorcet')).toHaveTextContent(
      'No Condorcet winner: no objective beats every other one head to head.',
    );
  });

  it('shows a dot vote in points, with the breakdown by cluster and by type of organisation', async () => {
    openResults({
      round: closedRound({ method: 'dot', rules: { method: 'dot', budget: 10, maxPerOption: 3 } }),
      results: buildVoteResults({
        roundId: VOTE_ID,
        method: 'dot',
        ranking: buildRanking({ 7: 14, 10: 14, 1: 9 }),
        borda: null,
        condorcetWinner: null,
        byCluster: [{ cluster: 4, ranking: buildRanking({ 7: 14, 1: 9 }) }],
        byOrganisationType: [{ type: 'un_entity', ballots: 8, ranking: buildRanking({ 10: 9, 7: 6 }) }],
      }),
    });
    const table = await screen.findByTestId('results-table');
    expect(within(table).getByRole('columnheader', { name: 'Points' })).toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: /Borda/ })).not.toBeInTheDocument();
    expect(within(within(table).getByTestId('result-row-7')).getByTestId('tie')).toHaveTextContent(
      'tied with 10',
    );
    expect(screen.queryByTestId('condorcet')).not.toBeInTheDocument();

    const breakdowns = screen.getByTestId('breakdowns');
    expect(within(breakdowns).getByRole('heading', { name: /^Cluster 4 — / })).toBeInTheDocument();
    fireEvent.click(within(breakdowns).getByRole('tab', { name: 'By type of organisation' }));
    expect(within(breakdowns).getByRole('heading', { name: 'UN entity (8 ballots)' })).toBeInTheDocument();
  });

  it('shows the message of the server while the results are hidden until the close', async () => {
    openResults({
      round: closedRound({ state: 'open', resultsHidden: true, secret: true }),
      role: 'stakeholder',
      results: {
        status: 403,
        body: {
          statusCode: 403,
          code: 'FORBIDDEN',
          message: 'The results are hidden until the vote closes on 26 October 2020, 17:00.',
        },
      },
    });
    expect(await screen.findByTestId('results-hidden')).toHaveTextContent(
      'The results are hidden until the vote closes on 26 October 2020, 17:00.',
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close the round now' })).not.toBeInTheDocument();
  });

  it('lets the coordinator send reminders and close the round while it is open', async () => {
    let closed = false;
    const { fetchMock } = openResults(
      {
        round: closedRound(),
        results: { status: 200, body: buildVoteResults({ roundId: VOTE_ID }) },
      },
      {
        [`GET ${VOTE}`]: () => ({
          status: 200,
          body: closedRound({ state: closed ? 'closed' : 'open' }),
        }),
        [`POST ${VOTE}/remind`]: { status: 202, body: { queued: 4 } },
        [`POST ${VOTE}/close`]: () => {
          closed = true;
          return { status: 200, body: closedRound({ state: 'closed' }) };
        },
      },
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Send a reminder to those who have not voted' }),
    );
    expect(await screen.findByText('4 reminders queued.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Close the round now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, close the round' }));
    expect(await screen.findByRole('link', { name: 'Finalise the priority list' })).toBeInTheDocument();
    expect(callCount(fetchMock, `POST ${VOTE}/close`)).toBe(1);
    expect(callCount(fetchMock, `GET ${RESULTS}`)).toBe(2);
    expect(screen.queryByRole('button', { name: 'Close the round now' })).not.toBeInTheDocument();
  });
});
