import { fireEvent, screen, within } from '@testing-library/react';
import { never, stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, buildReviewSummary } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

describe('ReviewsListPage', () => {
  it('shows a loading status while the reviews are on their way', async () => {
    stubFetch({ ...signedIn(), 'GET /api/reviews': never });
    renderRoute('/reviews');
    expect(await screen.findByText('Loading reviews…')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading reviews…');
  });

  it('lists each review with a link, its status, final deadline, coordinating office and progress', async () => {
    const mongolia = buildReviewSummary({ id: '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b' });
    const nepal = buildReviewSummary({
      title: 'Voluntary GCM Review — Nepal 2024',
      country: 'Nepal',
      cycle: 2024,
      status: 'setup',
      finalDueDate: '2024-09-30',
      coordinatingOrganisation: null,
      progress: {
        total: 0,
        notStarted: 0,
        drafting: 0,
        submitted: 0,
        changesRequested: 0,
        accepted: 0,
        overdue: 0,
      },
    });
    stubFetch({ ...signedIn(), 'GET /api/reviews': { status: 200, body: { reviews: [mongolia, nepal] } } });
    renderRoute('/reviews');

    const rows = await screen.findAllByTestId('review-row');
    expect(rows).toHaveLength(2);
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(within(first).getByRole('link', { name: 'Voluntary GCM Review — Mongolia 2020' })).toHaveAttribute(
      'href',
      `/reviews/${mongolia.id}`,
    );
    expect(first).toHaveTextContent('Mongolia');
    expect(first).toHaveTextContent('2020');
    expect(first).toHaveTextContent('Collecting answers');
    expect(first).toHaveTextContent('31 August 2020');
    expect(first).toHaveTextContent('Ministry of Foreign Affairs of Mongolia');
    expect(first).toHaveTextContent('3 of 35 accepted, 2 overdue');
    expect(second).toHaveTextContent('Setting up');
    expect(second).toHaveTextContent('Not set');
    expect(second).toHaveTextContent('No assignments yet');
  });

  it('says so when there are no reviews yet', async () => {
    stubFetch({ ...signedIn(), 'GET /api/reviews': { status: 200, body: { reviews: [] } } });
    renderRoute('/reviews');
    expect(await screen.findByRole('heading', { name: 'No reviews yet' })).toBeInTheDocument();
    expect(screen.queryByTestId('review-row')).not.toBeInTheDocument();
  });

  it('offers "Create a review" only to someone who may start reviews', async () => {
    stubFetch({
      ...signedIn(buildCurrentPerson({ mayCreateReviews: true })),
      'GET /api/reviews': { status: 200, body: { reviews: [] } },
    });
    const { unmount } = renderRoute('/reviews');
    expect(await screen.findByRole('heading', { name: 'No reviews yet' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Create a review' })[0]).toHaveAttribute(
      'href',
      '/reviews/new',
    );
    unmount();

    stubFetch({ ...signedIn(), 'GET /api/reviews': { status: 200, body: { reviews: [] } } });
    renderRoute('/reviews');
    expect(
      await screen.findByText(/The administrator of this installation starts the reviews\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create a review' })).not.toBeInTheDocument();
  });

  it("shows the server's message with a Retry button that loads the list again", async () => {
    let calls = 0;
    stubFetch({
      ...signedIn(),
      'GET /api/reviews': () => {
        calls += 1;
        return calls === 1
          ? {
              status: 500,
              body: { statusCode: 500, code: 'INTERNAL', message: 'Something went wrong on our side.' },
            }
          : { status: 200, body: { reviews: [buildReviewSummary()] } };
      },
    });
    renderRoute('/reviews');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The reviews could not be loaded');
    expect(alert).toHaveTextContent('Something went wrong on our side.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findAllByTestId('review-row')).toHaveLength(1);
  });
});
