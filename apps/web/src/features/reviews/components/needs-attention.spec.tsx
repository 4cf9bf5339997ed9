import { ZReviewAttention } from '@gcm/domain';
import { screen, within } from '@testing-library/react';
import { never, stubFetch } from '../../../testing/fetch-stub';
import {
  buildOrganisation,
  buildReviewAttention,
  buildReviewDetail,
  fakeUuid,
} from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5c';
const REVIEW = `/api/reviews/${REVIEW_ID}`;
const MLSP = buildOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
const IOM = buildOrganisation({ name: 'IOM Mongolia', shortName: 'IOM', type: 'un_entity' });
const OVERDUE_ID = fakeUuid();
const SUBMITTED_ID = fakeUuid();
const ROUND_ID = fakeUuid();
const QUESTION_ID = fakeUuid();

/** Something of every kind: two overdue (one listed), 2b without a lead, one submission, a vote, a failed e-mail. */
function busyAttention() {
  return ZReviewAttention.parse(
    buildReviewAttention({
      reviewId: REVIEW_ID,
      unassigned: {
        count: 1,
        withoutAnyAssignment: 1,
        items: [{ questionId: QUESTION_ID, code: '2b', prompt: 'Border management', assignmentCount: 0 }],
      },
      overdue: {
        count: 2,
        items: [
          {
            assignmentId: OVERDUE_ID,
            questionCode: '1a',
            organisation: MLSP,
            dueDate: '2026-11-26',
            daysOverdue: 2,
            state: 'drafting',
          },
        ],
      },
      awaitingCoordinator: {
        count: 1,
        items: [
          {
            assignmentId: SUBMITTED_ID,
            questionCode: '4a',
            organisation: IOM,
            updatedAt: '2026-11-27T03:00:00.000Z',
          },
        ],
      },
      openVotes: {
        count: 1,
        items: [{ roundId: ROUND_ID, title: 'Priorities', closesAt: '2026-12-05T00:00:00.000Z' }],
      },
      failedEmails: {
        count: 1,
        items: [{ messageId: fakeUuid(), subject: 'New assignment', failedAt: '2026-11-27T04:00:00.000Z' }],
      },
    }),
  );
}

function stubReview(role: 'coordinator' | 'observer' | 'contributor', attention: unknown) {
  return stubFetch({
    ...signedIn(),
    [`GET ${REVIEW}/votes`]: { status: 200, body: { rounds: [] } },
    [`GET ${REVIEW}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID, timeZone: 'Asia/Ulaanbaatar' },
        viewer: { role, organisationId: role === 'contributor' ? MLSP.id : null },
      }),
    },
    [`GET ${REVIEW}/attention`]: { status: 200, body: attention },
    [`GET ${REVIEW}/progress`]: never,
    [`GET ${REVIEW}/outbox?limit=500`]: never,
  });
}

describe('the overview opens with what needs attention', () => {
  it('gives the coordinator a card per kind with its count and links to the work', async () => {
    stubReview('coordinator', busyAttention());
    renderRoute(`/reviews/${REVIEW_ID}`);

    const summary = await screen.findByRole('region', { name: 'Needs attention' });
    const overdue = await within(summary).findByTestId('attention-overdue');
    expect(within(overdue).getByRole('heading')).toHaveTextContent('2 overdue assignments');
    expect(within(overdue).getByRole('link', { name: '1a — MLSP' })).toHaveAttribute(
      'href',
      `/assignments/${OVERDUE_ID}`,
    );
    expect(overdue).toHaveTextContent('2 days overdue (due 26 Nov 2026)');
    expect(overdue).toHaveTextContent('and 1 more');

    const unassigned = within(summary).getByTestId('attention-unassigned');
    expect(within(unassigned).getByRole('heading')).toHaveTextContent('1 question without a lead');
    expect(within(unassigned).getByRole('link', { name: 'Question 2b' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/assignments?question=2b`,
    );
    expect(unassigned).toHaveTextContent('nobody assigned');

    const submitted = within(summary).getByTestId('attention-submitted');
    expect(within(submitted).getByRole('link', { name: '4a — IOM' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/questions/4a`,
    );
    const votes = within(summary).getByTestId('attention-votes');
    expect(within(votes).getByRole('link', { name: 'Priorities' })).toHaveAttribute(
      'href',
      `/votes/${ROUND_ID}`,
    );
    // 5 December 00:00 UTC is 08:00 in Ulaanbaatar, the review's zone.
    expect(votes).toHaveTextContent('closes 5 Dec 2026, 08:00');
    const emails = within(summary).getByTestId('attention-emails');
    expect(emails).toHaveTextContent('New assignment');
    expect(within(emails).getByRole('link', { name: 'See the e-mails and try again' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/reminders`,
    );
    expect(screen.queryByTestId('attention-none')).not.toBeInTheDocument();
  });

  it('says “Nothing needs your attention” when every count is zero, and shows no cards', async () => {
    stubReview('coordinator', buildReviewAttention({ reviewId: REVIEW_ID }));
    renderRoute(`/reviews/${REVIEW_ID}`);
    expect(await screen.findByTestId('attention-none')).toHaveTextContent(/^Nothing needs your attention/);
    expect(screen.queryByTestId('attention-overdue')).not.toBeInTheDocument();
  });

  it('gives an observer the counts without the coordinator’s links to assign or to the e-mails', async () => {
    const attention = busyAttention();
    stubReview('observer', { ...attention, failedEmails: { count: 1, items: [] } });
    renderRoute(`/reviews/${REVIEW_ID}`);
    const unassigned = await screen.findByTestId('attention-unassigned');
    expect(unassigned).toHaveTextContent('Question 2b');
    expect(within(unassigned).queryByRole('link')).not.toBeInTheDocument();
    const emails = screen.getByTestId('attention-emails');
    expect(within(emails).getByRole('heading')).toHaveTextContent('1 failed e-mail');
    expect(within(emails).queryByRole('link')).not.toBeInTheDocument();
    expect(
      within(screen.getByTestId('attention-overdue')).getByRole('link', { name: '1a — MLSP' }),
    ).toBeInTheDocument();
  });

  it('is not shown to contributors (the summary is the coordinator’s and observers’)', async () => {
    const fetchMock = stubReview('contributor', busyAttention());
    renderRoute(`/reviews/${REVIEW_ID}`);
    await screen.findByTestId('viewer-notice');
    expect(screen.queryByRole('region', { name: 'Needs attention' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/attention'))).toBe(false);
  });

  it('shows an error with a retry when the summary cannot be loaded', async () => {
    stubFetch({
      ...signedIn(),
      [`GET ${REVIEW}/votes`]: { status: 200, body: { rounds: [] } },
      [`GET ${REVIEW}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          viewer: { role: 'coordinator', organisationId: null },
        }),
      },
      [`GET ${REVIEW}/attention`]: { status: 500, body: { message: 'Server error' } },
      [`GET ${REVIEW}/progress`]: never,
      [`GET ${REVIEW}/outbox?limit=500`]: never,
    });
    renderRoute(`/reviews/${REVIEW_ID}`);
    const summary = await screen.findByRole('region', { name: 'Needs attention' });
    expect(await within(summary).findByText('The summary could not be loaded')).toBeInTheDocument();
  });
});
