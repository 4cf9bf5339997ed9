import { screen } from '@testing-library/react';
import { stubFetch } from '../testing/fetch-stub';
import { buildReviewSummary } from '../testing/fixtures';
import { renderRoute } from '../testing/render-route';

describe('AppShell and routes', () => {
  it('opens on the list of reviews inside the header, main landmark and footer', async () => {
    stubFetch({ 'GET /api/reviews': { status: 200, body: { reviews: [buildReviewSummary()] } } });
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
});
