import { screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, buildVoteRound, fakeUuid } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_2020 = fakeUuid();
const REVIEW_2022 = fakeUuid();
const STAKEHOLDER = buildCurrentPerson({
  memberships: [
    { reviewId: REVIEW_2020, reviewTitle: 'Mongolia 2020', role: 'stakeholder', organisation: null },
    { reviewId: REVIEW_2022, reviewTitle: 'Mongolia 2022', role: 'contributor', organisation: null },
  ],
});

function openMyAssignments(votes: Record<string, ReturnType<typeof buildVoteRound>[]>) {
  stubFetch({
    ...signedIn(STAKEHOLDER),
    'GET /api/me/assignments': { status: 200, body: { assignments: [] } },
    ...Object.fromEntries(
      Object.entries(votes).map(([reviewId, rounds]) => [
        `GET /api/reviews/${reviewId}/votes`,
        { status: 200, body: { rounds } },
      ]),
    ),
  });
  renderRoute('/my/assignments');
}

describe('Open votes on my assignments', () => {
  it('lists the open votes I may cast in every review, closing first first, with a link to the ballot', async () => {
    const later = buildVoteRound({
      reviewId: REVIEW_2020,
      title: 'Priorities 2020',
      closesAt: '2020-10-30T09:00:00.000Z',
    });
    const sooner = buildVoteRound({
      reviewId: REVIEW_2022,
      title: 'Priorities 2022',
      closesAt: '2020-10-20T09:00:00.000Z',
      me: { eligible: true, voted: true },
    });
    const notMine = buildVoteRound({
      reviewId: REVIEW_2020,
      title: 'Experts only',
      me: { eligible: false, voted: false },
    });
    const closed = buildVoteRound({ reviewId: REVIEW_2020, title: 'Trial round', state: 'closed' });
    openMyAssignments({ [REVIEW_2020]: [later, notMine, closed], [REVIEW_2022]: [sooner] });

    const section = await screen.findByTestId('open-votes');
    const rows = await within(section).findAllByTestId('open-vote');
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual([
      'Priorities 2022',
      'Priorities 2020',
    ]);
    expect(rows[0]).toHaveTextContent('You voted');
    expect(
      within(rows[0] as HTMLElement).getByRole('link', { name: 'Change my ballot — Priorities 2022' }),
    ).toHaveAttribute('href', `/votes/${sooner.id}`);
    expect(rows[1]).toHaveTextContent('Mongolia 2020');
    expect(
      within(rows[1] as HTMLElement).getByRole('link', { name: 'Vote — Priorities 2020' }),
    ).toHaveAttribute('href', `/votes/${later.id}`);
  });

  it('says when no vote is open to me', async () => {
    openMyAssignments({ [REVIEW_2020]: [buildVoteRound({ state: 'finalised' })], [REVIEW_2022]: [] });
    expect(await screen.findByText('No vote is open to you at the moment.')).toBeInTheDocument();
  });
});
