import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedOut } from '../../../testing/session';

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Password'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('sends a signed-out visitor to sign in, remembering the page they asked for', async () => {
    stubFetch(signedOut());
    const { router } = renderRoute('/my/assignments');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/my/assignments')}`);
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it("shows the server's message for a wrong password, and keeps the person on the page", async () => {
    const fetchMock = stubFetch({
      'POST /api/auth/sign-in': {
        status: 401,
        body: {
          statusCode: 401,
          code: 'UNAUTHENTICATED',
          message: 'The e-mail or the password is not right.',
        },
      },
    });
    const { router } = renderRoute('/sign-in');
    fillIn('Coordinator@MFA.mn.example ', 'not-the-password');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Wrong e-mail or password');
    expect(alert).toHaveTextContent('The e-mail or the password is not right.');
    expect(router.state.location.pathname).toBe('/sign-in');
    // The shared schema trims and lower-cases the address before it is sent.
    expect(sentBody(fetchMock, 'POST /api/auth/sign-in')).toEqual({
      email: 'coordinator@mfa.mn.example',
      password: 'not-the-password',
    });
  });

  it('explains throttling after too many attempts', async () => {
    stubFetch({
      'POST /api/auth/sign-in': {
        status: 429,
        body: {
          statusCode: 429,
          code: 'RATE_LIMITED',
          message: 'Too many failed attempts. Try again in 15 minutes.',
        },
      },
    });
    renderRoute('/sign-in');
    fillIn('coordinator@mfa.mn.example', 'guess-number-six');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent('Too many sign-in attempts');
    expect(alert).toHaveTextContent('Too many failed attempts. Try again in 15 minutes.');
    expect(alert).toHaveTextContent('Wait a few minutes, then try again.');
  });

  it('checks the fields with the shared schema before sending anything', async () => {
    const fetchMock = stubFetch({});
    renderRoute('/sign-in');
    fillIn('not an address', '');

    // The check arrives after the page (zod is not in the first script): the messages follow.
    await screen.findByRole('region', { name: '2 fields need attention' });
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(
      /must be an e-mail address such as name@ministry.gov/,
    );
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/is required/);
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('lists the fields to correct at the top of the form, takes the focus there, and links to each field', async () => {
    stubFetch({});
    renderRoute('/sign-in');
    fillIn('not an address', '');

    const summary = await screen.findByRole('region', { name: '2 fields need attention' });
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^E-mail: must be an e-mail address/),
      'Password: is required',
    ]);
    fireEvent.click(within(summary).getByRole('link', { name: 'Password: is required' }));
    expect(screen.getByLabelText('Password')).toHaveFocus();

    // Corrected and sent again: the summary goes.
    fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: 'coordinator@mfa.mn.example' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'long enough password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: /need attention/ })).not.toBeInTheDocument(),
    );
  });

  it('signs in, goes to the page asked for and shows who is signed in', async () => {
    const person = buildCurrentPerson({ name: 'Oyunaa Bat' });
    const fetchMock = stubFetch({
      'POST /api/auth/sign-in': { status: 200, body: person },
      'GET /api/me/assignments': { status: 200, body: { assignments: [] } },
    });
    const { router } = renderRoute(`/sign-in?next=${encodeURIComponent('/my/assignments')}`);
    fillIn('oyunaa@mlsp.gov.mn.example', 'correct horse battery');

    expect(await screen.findByRole('heading', { level: 1, name: 'My assignments' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/my/assignments');
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Oyunaa Bat');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    // The session came with the sign-in answer: no extra /auth/me round trip.
    expect(callCount(fetchMock, 'GET /api/auth/me')).toBe(0);
  });

  it('never follows a "next" that leaves the app', async () => {
    stubFetch({
      'POST /api/auth/sign-in': { status: 200, body: buildCurrentPerson() },
      'GET /api/reviews': { status: 200, body: { reviews: [] } },
    });
    const { router } = renderRoute(`/sign-in?next=${encodeURIComponent('//evil.example/phish')}`);
    fillIn('coordinator@mfa.mn.example', 'correct horse battery');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reviews');
  });
});
