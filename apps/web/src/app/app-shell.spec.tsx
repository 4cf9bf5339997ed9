import { fireEvent, screen, waitFor } from '@testing-library/react';
import { stubFetch } from '../testing/fetch-stub';
import { buildCurrentPerson, buildReviewSummary } from '../testing/fixtures';
import { callCount, renderRoute } from '../testing/render-route';
import { signedIn } from '../testing/session';

describe('AppShell and routes', () => {
  it('opens on the list of reviews inside the header, main landmark and footer', async () => {
    stubFetch({
      ...signedIn(),
      'GET /api/reviews': { status: 200, body: { reviews: [buildReviewSummary()] } },
    });
    const { router } = renderRoute('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reviews');
    expect(screen.getByRole('banner')).toHaveTextContent('GCM Review Tracker');
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reviews' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1 }));
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
  });

  it('says when no page exists at an address', () => {
    stubFetch({});
    renderRoute('/nowhere');
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the list of reviews' })).toHaveAttribute(
      'href',
      '/reviews',
    );
  });

  it('shows who is signed in, and "Sign out" ends the session and forgets the cached data', async () => {
    const fetchMock = stubFetch({
      ...signedIn(buildCurrentPerson({ name: 'L. Munkhtushig' })),
      'GET /api/reviews': { status: 200, body: { reviews: [buildReviewSummary()] } },
      'POST /api/auth/sign-out': { status: 204 },
    });
    const { router, queryClient } = renderRoute('/reviews');

    expect(await screen.findByTestId('signed-in-as')).toHaveTextContent('L. Munkhtushig');
    expect(screen.getByRole('link', { name: 'My assignments' })).toHaveAttribute('href', '/my/assignments');
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(callCount(fetchMock, 'POST /api/auth/sign-out')).toBe(1);
    await waitFor(() => expect(screen.queryByTestId('signed-in-as')).not.toBeInTheDocument());
    expect(queryClient.getQueryData(['reviews'])).toBeUndefined();
  });

  it('sends the person to sign in when the session ends while they work (any 401)', async () => {
    stubFetch({
      ...signedIn(),
      'GET /api/reviews': {
        status: 401,
        body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'Your session has ended.' },
      },
    });
    const { router } = renderRoute('/reviews');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/reviews')}`);
  });
});
