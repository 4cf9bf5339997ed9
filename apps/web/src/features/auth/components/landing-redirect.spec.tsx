import type { TCurrentPerson, TReviewRole } from '@gcm/domain';
import { fireEvent, screen } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, fakeUuid } from '../../../testing/fixtures';
import { buildAdministrator } from '../../../testing/instance-fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

function memberOf(...roles: TReviewRole[]): TCurrentPerson {
  return buildCurrentPerson({
    memberships: roles.map((role, n) => ({
      reviewId: fakeUuid(),
      reviewTitle: `Review ${n + 1}`,
      role,
      organisation: null,
    })),
  });
}

const PAGES = {
  'GET /api/instance/reviews': { status: 200, body: { reviews: [] } },
  'GET /api/me/assignments': { status: 200, body: { assignments: [] } },
  'GET /api/reviews': { status: 200, body: { reviews: [] } },
};

const PEOPLE: [string, () => TCurrentPerson, string, string][] = [
  ['an administrator', buildAdministrator, '/instance', 'Reviews of the installation'],
  ['a focal point', () => memberOf('contributor'), '/my/assignments', 'My assignments'],
  [
    'a stakeholder and observer',
    () => memberOf('stakeholder', 'observer'),
    '/my/assignments',
    'My assignments',
  ],
  ['a coordinator', () => memberOf('contributor', 'coordinator'), '/reviews', 'Reviews'],
  ['someone without a review yet', () => buildCurrentPerson(), '/reviews', 'Reviews'],
];

describe('where each kind of person lands', () => {
  it.each(PEOPLE)('at "/": %s lands on %s', async (_who, person, path, heading) => {
    stubFetch({ ...signedIn(person()), ...PAGES });
    const { router } = renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path);
  });

  it.each(PEOPLE)('after signing in: %s lands on %s', async (_who, person, path, heading) => {
    stubFetch({ 'POST /api/auth/sign-in': { status: 200, body: person() }, ...PAGES });
    const { router } = renderRoute('/sign-in');
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'someone@example.org' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(path);
  });

  it('shows the installation in the navigation to administrators only', async () => {
    stubFetch({ ...signedIn(buildAdministrator()), ...PAGES });
    const { unmount } = renderRoute('/reviews');
    expect(await screen.findByRole('link', { name: 'Installation' })).toHaveAttribute('href', '/instance');
    unmount();

    stubFetch({ ...signedIn(memberOf('coordinator')), ...PAGES });
    renderRoute('/reviews');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Installation' })).not.toBeInTheDocument();
  });
});
