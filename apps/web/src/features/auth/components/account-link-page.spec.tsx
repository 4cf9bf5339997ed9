import { fireEvent, screen } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, fakeUuid } from '../../../testing/fixtures';
import { buildAdministrator } from '../../../testing/instance-fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';

const TOKEN = 'Zx8sT2vQ9mLk4RbN7yWc3HfJ6pAe1GdU5oIq0VnXhMt';
const LINK = `/api/account-links/${TOKEN}`;

function preview(purpose: 'activation' | 'password_reset') {
  return {
    email: 'admin@gcm.example',
    name: 'Installation administrator',
    purpose,
    expiresAt: '2099-01-08T10:00:00.000Z',
  };
}

function choosePassword(password: string, confirm = password) {
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Confirm the new password'), { target: { value: confirm } });
}

describe('AccountLinkPage', () => {
  it('activates an account: the name comes prefilled, and the administrator lands on the installation', async () => {
    const fetchMock = stubFetch({
      [`GET ${LINK}`]: { status: 200, body: preview('activation') },
      [`POST ${LINK}`]: { status: 200, body: buildAdministrator() },
      'GET /api/instance/reviews': { status: 200, body: { reviews: [] } },
    });
    const { router } = renderRoute(`/account-links/${TOKEN}`);

    expect(await screen.findByRole('heading', { name: 'Choose your password' })).toBeInTheDocument();
    expect(screen.getByText('admin@gcm.example')).toBeInTheDocument();
    expect(screen.getByLabelText('Your name')).toHaveValue('Installation administrator');
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Ada Admin' } });
    choosePassword('a long admin password');
    fireEvent.click(screen.getByRole('button', { name: 'Activate my account' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reviews of the installation' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/instance');
    expect(sentBody(fetchMock, `POST ${LINK}`)).toEqual({
      name: 'Ada Admin',
      password: 'a long admin password',
    });
  });

  it('resets a password with the new password only, and a coordinator lands on the reviews', async () => {
    const coordinator = buildCurrentPerson({
      memberships: [
        { reviewId: fakeUuid(), reviewTitle: 'Kazakhstan 2024', role: 'coordinator', organisation: null },
      ],
    });
    const fetchMock = stubFetch({
      [`GET ${LINK}`]: { status: 200, body: preview('password_reset') },
      [`POST ${LINK}`]: { status: 200, body: coordinator },
      'GET /api/reviews': { status: 200, body: { reviews: [] } },
    });
    const { router } = renderRoute(`/account-links/${TOKEN}`);

    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
    choosePassword('a brand new password');
    fireEvent.click(screen.getByRole('button', { name: 'Set the new password' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Reviews' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reviews');
    expect(sentBody(fetchMock, `POST ${LINK}`)).toEqual({ password: 'a brand new password' });
  });

  it('checks the password and its confirmation before sending anything', async () => {
    const fetchMock = stubFetch({ [`GET ${LINK}`]: { status: 200, body: preview('password_reset') } });
    renderRoute(`/account-links/${TOKEN}`);
    await screen.findByLabelText('New password');
    choosePassword('short', 'other');
    fireEvent.click(screen.getByRole('button', { name: 'Set the new password' }));

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /must be at least 10 characters/,
    );
    expect(screen.getByLabelText('Confirm the new password')).toHaveAccessibleDescription(
      /does not match the new password/,
    );
    expect(callCount(fetchMock, `POST ${LINK}`)).toBe(0);
  });

  it("shows the server's field errors from a 400 next to the field", async () => {
    stubFetch({
      [`GET ${LINK}`]: { status: 200, body: preview('activation') },
      [`POST ${LINK}`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'The request is not valid.',
          fieldErrors: [{ path: 'password', message: 'is too common; choose another' }],
        },
      },
    });
    renderRoute(`/account-links/${TOKEN}`);
    await screen.findByLabelText('New password');
    choosePassword('password1234');
    fireEvent.click(screen.getByRole('button', { name: 'Activate my account' }));

    expect(await screen.findByText('The password could not be set')).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /is too common; choose another/,
    );
  });

  it('sends a person with a spent link to sign in, and one with an expired link to ask for a new one', async () => {
    stubFetch({
      [`GET ${LINK}`]: {
        status: 409,
        body: { statusCode: 409, code: 'CONFLICT', message: 'This link has been used already.' },
      },
    });
    const { unmount } = renderRoute(`/account-links/${TOKEN}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('This link has already been used');
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    unmount();

    stubFetch({
      [`GET ${LINK}`]: {
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: 'This link is not valid any more.' },
      },
    });
    renderRoute(`/account-links/${TOKEN}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('This link is not valid or has expired');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });
});
