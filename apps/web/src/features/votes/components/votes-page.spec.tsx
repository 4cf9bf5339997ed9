import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import {
  buildFullOrganisation,
  buildMember,
  buildReviewDetail,
  buildVoteRound,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const VOTES = `/api/reviews/${REVIEW_ID}/votes`;

const IOM = buildFullOrganisation({ name: 'IOM Mongolia', shortName: 'IOM', type: 'un_entity' });
const MLSP = buildFullOrganisation();
const STAKEHOLDER_1 = buildMember({ name: 'A. Bold', role: 'stakeholder', organisation: IOM });
const STAKEHOLDER_2 = buildMember({ name: 'S. Oyun', role: 'stakeholder', organisation: MLSP });
const CONTRIBUTOR = buildMember({ name: 'Bat-Erdene Dorj', role: 'contributor', organisation: MLSP });

function openVotes(role: 'coordinator' | 'stakeholder', answers: Record<string, StubbedAnswer> = {}) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({ summary: { id: REVIEW_ID }, viewer: { role, organisationId: null } }),
    },
    [`GET ${VOTES}`]: { status: 200, body: { rounds: [] } },
    [`GET /api/reviews/${REVIEW_ID}/members`]: {
      status: 200,
      body: { members: [STAKEHOLDER_1, CONTRIBUTOR, STAKEHOLDER_2] },
    },
    [`GET /api/reviews/${REVIEW_ID}/organisations`]: { status: 200, body: { organisations: [IOM, MLSP] } },
    ...answers,
  });
  const rendered = renderRoute(`/reviews/${REVIEW_ID}/votes`);
  return { fetchMock, ...rendered };
}

describe('Votes tab', () => {
  it('lists the finalised round first, with state badges, turnout and what the person can do', async () => {
    const open = buildVoteRound({ reviewId: REVIEW_ID, title: 'Second round', state: 'open' });
    const finalised = buildVoteRound({
      reviewId: REVIEW_ID,
      title: 'Priority GCM objectives',
      state: 'finalised',
      turnout: { ballots: 14, eligible: 16 },
      me: { eligible: true, voted: true },
    });
    const closed = buildVoteRound({ reviewId: REVIEW_ID, title: 'Trial round', state: 'closed' });
    openVotes('stakeholder', {
      [`GET ${VOTES}`]: { status: 200, body: { rounds: [open, closed, finalised] } },
    });

    const rows = await screen.findAllByTestId('vote-row');
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      'Priority GCM objectives',
      'Second round',
      'Trial round',
    ]);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByTestId('vote-state')).toHaveTextContent('Finalised');
    expect(within(first).getByTestId('vote-turnout')).toHaveTextContent('14 of 16 ballots');
    expect(within(first).getByRole('link', { name: /^Priority list/ })).toHaveAttribute(
      'href',
      `/votes/${finalised.id}/finalise`,
    );
    expect(within(second).getByTestId('vote-state')).toHaveTextContent('Open');
    expect(within(second).getByRole('link', { name: /^Vote/ })).toHaveAttribute('href', `/votes/${open.id}`);
    expect(screen.queryByRole('form', { name: 'New vote' })).not.toBeInTheDocument();
    expect(
      within(screen.getByRole('navigation', { name: 'Review sections' })).getByRole('link', {
        name: 'Votes',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('creates a secret ranked vote for the stakeholders, in the review time zone', async () => {
    const created = buildVoteRound({ reviewId: REVIEW_ID });
    const { fetchMock, router } = openVotes('coordinator', {
      [`POST ${VOTES}`]: { status: 201, body: created },
      [`GET /api/votes/${created.id}`]: { status: 200, body: created },
      [`GET /api/votes/${created.id}/ballot`]: { status: 200, body: { content: null } },
    });
    const form = await screen.findByRole('form', { name: 'New vote' });
    await within(form).findByTestId('voter-list');

    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'Priority GCM objectives' } });
    fireEvent.click(within(form).getByLabelText('Ranked (Schulze, with Borda)'));
    expect(within(form).getByLabelText('Most objectives a voter may rank')).toBeDisabled();
    fireEvent.click(within(form).getByRole('button', { name: 'Select all stakeholders' }));
    expect(within(form).getByLabelText(/^A\. Bold/)).toBeChecked();
    expect(within(form).getByLabelText(/^Bat-Erdene Dorj/)).not.toBeChecked();
    fireEvent.click(within(form).getByLabelText('Secret vote'));
    expect(within(form).getByLabelText('Secret vote')).toHaveAccessibleDescription(
      /Nobody, not even the coordinator, can see who voted what/,
    );
    const hidden = within(form).getByLabelText('Hide the results until the vote closes');
    expect(hidden).toBeChecked();
    // A secret vote cannot show its results while people vote (the contract refuses it too).
    expect(hidden).toBeDisabled();
    fireEvent.change(within(form).getByLabelText('Quorum (ballots needed)'), { target: { value: '10' } });
    const opens = within(form).getByLabelText(/^Opens \(Asia\/Ulaanbaatar, UTC\+08:00\)/);
    fireEvent.change(opens, { target: { value: '2020-10-19T09:00' } });
    fireEvent.change(within(form).getByLabelText(/^Closes \(Asia\/Ulaanbaatar/), {
      target: { value: '2020-10-26T17:00' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Create the vote' }));

    await screen.findByRole('heading', { level: 2, name: 'Your ballot' });
    expect(router.state.location.pathname).toBe(`/votes/${created.id}`);
    expect(sentBody(fetchMock, `POST ${VOTES}`)).toEqual({
      title: 'Priority GCM objectives',
      workshopId: null,
      rules: { method: 'ranked', maxRanks: null },
      eligibility: 'person',
      voterIds: [STAKEHOLDER_1.personId, STAKEHOLDER_2.personId],
      secret: true,
      resultsHidden: true,
      quorum: 10,
      opensAt: '2020-10-19T09:00:00+08:00',
      closesAt: '2020-10-26T17:00:00+08:00',
    });
  });

  it('puts a chosen subset of objectives, grouped by cluster, and organisations on an approval vote', async () => {
    const { fetchMock } = openVotes('coordinator', {
      [`POST ${VOTES}`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'The request is not valid.',
          fieldErrors: [{ path: 'closesAt', message: 'must be after the opening' }],
        },
      },
    });
    const form = await screen.findByRole('form', { name: 'New vote' });
    await within(form).findByTestId('voter-list');
    fireEvent.click(within(form).getByLabelText('Approval'));
    fireEvent.change(within(form).getByLabelText('Most objectives a voter may pick'), {
      target: { value: '' },
    });
    fireEvent.click(within(form).getByLabelText('Choose the objectives'));
    const cluster2 = within(form).getByRole('group', { name: /^Cluster 2 — / });
    fireEvent.click(within(cluster2).getByLabelText(/^Objective 10 — /));
    fireEvent.click(within(form).getByLabelText(/^Objective 7 — /));
    fireEvent.click(within(form).getByLabelText('One ballot per organisation'));
    fireEvent.click(within(form).getByRole('button', { name: 'Create the vote' }));

    expect(within(form).getByLabelText('Most objectives a voter may pick')).toHaveAccessibleDescription(
      /must be a number/,
    );
    expect(within(form).getByRole('group', { name: 'Voting organisations' })).toHaveAccessibleDescription(
      /name at least one voter/,
    );
    expect(callCount(fetchMock, `POST ${VOTES}`)).toBe(0);

    fireEvent.change(within(form).getByLabelText('Most objectives a voter may pick'), {
      target: { value: '1' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Select all organisations' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Create the vote' }));
    expect(await within(form).findByText('must be after the opening')).toBeInTheDocument();
    expect(sentBody(fetchMock, `POST ${VOTES}`)).toMatchObject({
      rules: { method: 'approval', maxPicks: 1 },
      options: [7, 10],
      eligibility: 'organisation',
      voterIds: [IOM.id, MLSP.id],
      secret: false,
      resultsHidden: false,
      quorum: null,
    });
  });
});
