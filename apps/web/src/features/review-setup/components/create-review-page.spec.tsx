import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, buildReviewSummary } from '../../../testing/fixtures';
import { questionnairesListed } from '../../../testing/instance-fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const MONGOLIA_2020 = buildReviewSummary({
  id: '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a01',
  title: 'Voluntary GCM Review — Mongolia 2020',
  country: 'Mongolia',
  cycle: 2020,
});
const MONGOLIA_2018 = buildReviewSummary({
  id: '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a02',
  title: 'Mongolia pilot review',
  country: 'Mongolia',
  cycle: 2018,
});
/** The same cycle as the new review: not a previous one. */
const MONGOLIA_2024 = buildReviewSummary({
  id: '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a03',
  title: 'Voluntary GCM Review — Mongolia 2024',
  country: 'Mongolia',
  cycle: 2024,
});
const MONGOLIA_2026 = buildReviewSummary({
  id: '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a04',
  title: 'Voluntary GCM Review — Mongolia 2026',
  country: 'Mongolia',
  cycle: 2026,
});
const NEPAL_2020 = buildReviewSummary({
  id: '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a05',
  title: 'Voluntary GCM Review — Nepal 2020',
  country: 'Nepal',
  cycle: 2020,
});

/** Mongolia's review of 2016, in which the person only contributed: not theirs to start from. */
const MONGOLIA_2016 = buildReviewSummary({
  id: '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a06',
  title: 'Voluntary GCM Review — Mongolia 2016',
  country: 'Mongolia',
  cycle: 2016,
});

function membership(review: typeof MONGOLIA_2020, role: 'coordinator' | 'contributor') {
  return { reviewId: review.id, reviewTitle: review.title, role, organisation: null };
}

const COORDINATOR = buildCurrentPerson({
  mayCreateReviews: true,
  memberships: [
    ...[NEPAL_2020, MONGOLIA_2018, MONGOLIA_2026, MONGOLIA_2020, MONGOLIA_2024].map((review) =>
      membership(review, 'coordinator'),
    ),
    membership(MONGOLIA_2016, 'contributor'),
  ],
});

const CARRY_LABEL = 'Start from a previous cycle (optional)';

function stubCreation(post: StubbedAnswer) {
  return stubFetch({
    ...signedIn(COORDINATOR),
    ...questionnairesListed(),
    'GET /api/reviews': {
      status: 200,
      body: {
        reviews: [NEPAL_2020, MONGOLIA_2018, MONGOLIA_2026, MONGOLIA_2016, MONGOLIA_2020, MONGOLIA_2024],
      },
    },
    'POST /api/reviews': post,
  });
}

function type(fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  }
}

describe('CreateReviewPage: starting from a previous cycle', () => {
  it('offers only the same country’s reviews of earlier cycles that the person coordinates, newest first', async () => {
    stubCreation({ status: 500 });
    renderRoute('/reviews/new');
    const select = await screen.findByLabelText(CARRY_LABEL);
    await waitFor(() => expect(select).toHaveAccessibleDescription(/Type the country first/));
    expect(select).toBeDisabled();

    // Another spelling of the country's name still finds its reviews.
    type({ Country: ' mongolia ', 'Cycle (year)': '2024' });
    expect(select).toBeEnabled();
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'No, start empty',
      'Voluntary GCM Review — Mongolia 2020 (2020)',
      'Mongolia pilot review (2018)',
    ]);
    expect(select).toHaveAccessibleDescription(/organisations, people and plan of assignments/);

    type({ Country: 'Kazakhstan' });
    expect(select).toBeDisabled();
    expect(select).toHaveAccessibleDescription(
      'No review of Kazakhstan before 2024 that you coordinate to start from.',
    );
  });

  it('sends carryForwardFrom, and shows the server’s refusal at the field', async () => {
    const fetchMock = stubCreation({
      status: 400,
      body: {
        statusCode: 400,
        code: 'VALIDATION',
        message: 'The request is not valid.',
        fieldErrors: [{ path: 'carryForwardFrom', message: 'you do not coordinate this review' }],
      },
    });
    renderRoute('/reviews/new');
    const select = await screen.findByLabelText(CARRY_LABEL);
    type({ Country: 'Mongolia', 'Cycle (year)': '2024', 'Time zone': 'Asia/Ulaanbaatar' });
    await within(select).findByRole('option', { name: 'Mongolia pilot review (2018)' });
    type({ 'Final deadline': '2024-08-31', [CARRY_LABEL]: MONGOLIA_2018.id });
    fireEvent.click(screen.getByRole('button', { name: 'Create the review' }));

    expect(await screen.findByText('The review could not be created')).toBeInTheDocument();
    expect(sentBody(fetchMock, 'POST /api/reviews')).toEqual({
      templateKey: 'escap-gcm-review-2020',
      templateVersion: 1,
      country: 'Mongolia',
      cycle: 2024,
      timeZone: 'Asia/Ulaanbaatar',
      finalDueDate: '2024-08-31',
      carryForwardFrom: MONGOLIA_2018.id,
    });
    expect(select).toHaveAccessibleDescription(/you do not coordinate this review/);
  });

  it('drops the choice when the cycle changes so that it is no longer earlier, and sends none', async () => {
    const fetchMock = stubCreation({ status: 400, body: { statusCode: 400, message: 'No.' } });
    renderRoute('/reviews/new');
    const select = await screen.findByLabelText(CARRY_LABEL);
    type({ Country: 'Mongolia', 'Cycle (year)': '2024', 'Time zone': 'Asia/Ulaanbaatar' });
    await within(select).findByRole('option', { name: /Mongolia 2020/ });
    type({ 'Final deadline': '2024-08-31', [CARRY_LABEL]: MONGOLIA_2020.id });
    expect(select).toHaveValue(MONGOLIA_2020.id);

    type({ 'Cycle (year)': '2019' });
    expect(select).toHaveValue('');
    expect(within(select).getAllByRole('option')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Create the review' }));
    await screen.findByText('The review could not be created');
    expect(callCount(fetchMock, 'POST /api/reviews')).toBe(1);
    expect(sentBody(fetchMock, 'POST /api/reviews')).not.toHaveProperty('carryForwardFrom');
  });
});
