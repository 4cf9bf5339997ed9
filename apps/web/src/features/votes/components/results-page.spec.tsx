import type { TVoteResults, TVoteRound } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import {
  buildCurrentPerson,
  buildRanking,
  buildReviewDetail,
  buildVoteResults,
  buildVoteRound,
} from '../../../testing/fixtures';
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
  person = buildCurrentPerson(),
) {
  const fetchMock = stubFetch({
    ...signedIn(person),
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

  it('says whether a missing Condorcet winner or loser comes from a cycle or from ties', async () => {
    const base = buildVoteResults({ roundId: VOTE_ID, condorcetWinner: null });
    if (!base.ranked) throw new Error('the fixture is ranked');
    openResults({
      round: closedRound(),
      results: {
        ...base,
        ranked: {
          ...base.ranked,
          smithSet: [1, 2, 7],
          condorcetWinner: { objective: null, noneBecause: 'cycle' },
          condorcetLoser: { objective: null, noneBecause: 'tie' },
        },
      },
    });
    expect(await screen.findByTestId('condorcet')).toHaveTextContent(
      'No Condorcet winner: no objective beats every other one head to head, because of a cycle (A beats B, B beats C, C beats A).',
    );
    expect(screen.getByTestId('condorcet-loser')).toHaveTextContent(
      'No Condorcet loser: no objective loses to every other one head to head, because some comparisons are tied.',
    );
    expect(screen.getByTestId('smith-set')).toHaveTextContent(
      'Smith set (the smallest group of objectives that each beat every objective outside it): Objective 1, Objective 2, Objective 7.',
    );
  });

  it('shows every method side by side, the counts and the ballot-set hash with a copy button', async () => {
    openResults({ round: closedRound(), results: buildVoteResults({ roundId: VOTE_ID }) });
    const table = await screen.findByRole('table', { name: /^Rank of each objective by each method/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Objective', 'Schulze', 'Borda', 'Copeland', 'Ranked pairs', 'In the Smith set']);
    const one = within(table).getByRole('row', { name: /^1\. Collect and utilize/ });
    expect(
      within(one)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['3 (3 wins)', '4 (49 points)', '3 (1.5 points)', '3 (above 2)', 'No']);
    const seven = within(table).getByTestId('methods-row-7');
    expect(
      within(seven)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['1 (5 wins)', '1 (60 points)', '1 (4 points)', '1 (above 4)', 'Yes']);
    expect(screen.getByTestId('condorcet-loser')).toHaveTextContent(
      'Condorcet loser: Objective 11 — Manage borders in an integrated, secure and coordinated manner',
    );
    expect(screen.getByTestId('smith-set')).toHaveTextContent(': Objective 7, the Condorcet winner alone.');

    const counts = screen.getByTestId('ballot-counts');
    expect(within(counts).getByText('Ballots cast').nextSibling).toHaveTextContent('12');
    expect(within(counts).getByText('Partial').nextSibling).toHaveTextContent('3');
    expect(within(counts).getByText('Abstaining').nextSibling).toHaveTextContent('4');
    expect(within(counts).queryByText(/^Invalid/)).not.toBeInTheDocument();

    const hash = screen.getByTestId('ballot-set-sha256');
    expect(hash.tagName).toBe('CODE');
    expect(hash).toHaveTextContent('9f2c1a7be0d54c3e8a6b1f0d2e4c6a8b0d2f4e6a8c0b2d4f6e8a0c2b4d6f8e0a');
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy the fingerprint' }));
    expect(await within(screen.getByTestId('ballot-hash')).findByText('Copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(
      '9f2c1a7be0d54c3e8a6b1f0d2e4c6a8b0d2f4e6a8c0b2d4f6e8a0c2b4d6f8e0a',
    );
    expect(screen.getByRole('link', { name: 'Download the anonymised ballots (JSON)' })).toHaveAttribute(
      'href',
      `/api/votes/${VOTE_ID}/ballots.json`,
    );
  });

  it('shows the hash but no ballot download to a stakeholder', async () => {
    openResults({
      round: closedRound(),
      results: buildVoteResults({ roundId: VOTE_ID }),
      role: 'stakeholder',
    });
    expect(await screen.findByTestId('ballot-set-sha256')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /anonymised ballots/ })).not.toBeInTheDocument();
  });

  it('filters the pairwise matrix by type of organisation in an open round', async () => {
    const all = buildVoteResults({ roundId: VOTE_ID });
    if (!all.ranked) throw new Error('the fixture is ranked');
    const ngo = {
      ...all,
      ranked: {
        ...all.ranked,
        pairwise: {
          ...all.ranked.pairwise,
          organisationType: 'ngo' as const,
          ballots: 2,
          counts: [
            [null, 1, 0, 0, 2],
            [1, null, 0, 0, 2],
            [2, 2, null, 1, 2],
            [2, 2, 1, null, 2],
            [0, 0, 0, 0, null],
          ],
        },
      },
    };
    const { fetchMock } = openResults(
      { round: closedRound(), results: all },
      { [`GET ${RESULTS}?organisationType=ngo`]: { status: 200, body: ngo } },
    );
    const section = await screen.findByTestId('pairwise');
    const matrix = within(section).getByRole('table', { name: /every ballot$/ });
    const seven = within(matrix).getByRole('row', { name: /^Objective 7/ });
    expect(
      within(seven)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['8 (wins)', '9 (wins)', '—', '7 (wins)', '11 (wins)']);
    expect(within(section).getByTestId('pairwise-ballots')).toHaveTextContent(
      '12 ballots counted (every ballot).',
    );

    fireEvent.change(within(section).getByLabelText('Ballots counted'), { target: { value: 'ngo' } });
    expect(
      await within(section).findByText('2 ballots counted (the ballots of NGO voters).'),
    ).toBeInTheDocument();
    const filtered = within(section).getByRole('table', { name: /NGO voters$/ });
    const one = within(filtered).getByRole('row', { name: /^Objective 1(?!\d)/ });
    expect(
      within(one)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['—', '1', '0', '0', '2 (wins)']);
    expect(callCount(fetchMock, `GET ${RESULTS}?organisationType=ngo`)).toBe(1);
  });

  it('offers no filter by type in a secret round, and says why', async () => {
    openResults({
      round: closedRound({ secret: true, resultsHidden: true }),
      results: buildVoteResults({ roundId: VOTE_ID }),
    });
    const section = await screen.findByTestId('pairwise');
    expect(within(section).queryByLabelText('Ballots counted')).not.toBeInTheDocument();
    expect(within(section).getByTestId('pairwise-secret')).toHaveTextContent(
      'In a secret vote the matrix is not broken down by type of organisation',
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
        ranked: null,
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
    expect(screen.queryByTestId('methods-table')).not.toBeInTheDocument();
    expect(screen.queryByTestId('pairwise')).not.toBeInTheDocument();
    expect(screen.getByTestId('ballot-set-sha256')).toBeInTheDocument();

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
        [`GET ${VOTE}/non-voters`]: {
          status: 200,
          body: {
            nonVoters: [
              {
                personId: '0a7f3c1e-2b4d-4e6f-8a9b-1c2d3e4f5a6b',
                name: 'NGO focal point',
                email: 'focal.point@ngo.mn.example',
                onBehalfOf: null,
              },
              {
                personId: '1b8e4d2f-3c5e-4f7a-9b0c-2d3e4f5a6b7c',
                name: 'UNDP focal point',
                email: 'focal.point@undp.mn.example',
                onBehalfOf: null,
              },
            ],
          },
        },
        [`POST ${VOTE}/close`]: () => {
          closed = true;
          return { status: 200, body: closedRound({ state: 'closed' }) };
        },
      },
    );
    const waiting = await screen.findByRole('list', { name: 'Not voted yet (2)' });
    expect(
      within(waiting)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'NGO focal point (focal.point@ngo.mn.example)',
      'UNDP focal point (focal.point@undp.mn.example)',
    ]);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Send a reminder to those who have not voted' }),
    );
    expect(await screen.findByText('4 reminders queued.')).toBeInTheDocument();
    expect(callCount(fetchMock, `GET ${VOTE}/non-voters`)).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Close the round now' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, close the round' }));
    expect(await screen.findByRole('link', { name: 'Finalise the priority list' })).toBeInTheDocument();
    expect(callCount(fetchMock, `POST ${VOTE}/close`)).toBe(1);
    expect(callCount(fetchMock, `GET ${RESULTS}`)).toBe(2);
    expect(screen.queryByRole('button', { name: 'Close the round now' })).not.toBeInTheDocument();
  });
});

describe('Results in another language', () => {
  it('gives the table, the ties and the chart summary in Russian, with Russian plurals', async () => {
    openResults(
      { round: closedRound(), results: buildVoteResults({ roundId: VOTE_ID }) },
      {},
      buildCurrentPerson({ locale: 'ru' }),
    );
    const table = await screen.findByTestId('results-table');
    expect(within(table).getByRole('columnheader', { name: 'Победы (Шульце)' })).toBeInTheDocument();
    const one = within(table).getByTestId('result-row-1');
    expect(one).toHaveTextContent('1. Сбор и использование точных и дезагрегированных данных');
    expect(within(one).getByTestId('tie')).toHaveTextContent('наравне с 2');
    expect(screen.getByRole('img', { name: /^Первые 5: / })).toHaveAccessibleName(
      'Первые 5: 1. Цель 7 (5 побед); 2. Цель 10 (4 победы); 3. Цель 1 (3 победы, наравне с 2); 3. Цель 2 (3 победы, наравне с 1); 5. Цель 11 (1 победа)',
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Результаты' })).toBeInTheDocument();
  });
});
