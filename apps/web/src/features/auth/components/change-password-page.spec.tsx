import { fireEvent, screen } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildReviewSummary } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

function fillIn(current: string, next: string, confirm = next) {
  fireEvent.change(screen.getByLabelText('Current password'), { target: { value: current } });
  fireEvent.change(screen.getByLabelText('New password'), { target: { value: next } });
  fireEvent.change(screen.getByLabelText('Confirm the new password'), { target: { value: confirm } });
  fireEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordPage', () => {
  it('is reached from the header, sends both passwords and says the other sessions ended', async () => {
    const fetchMock = stubFetch({
      ...signedIn(),
      'GET /api/reviews': { status: 200, body: { reviews: [buildReviewSummary()] } },
      'POST /api/auth/password': { status: 204 },
    });
    const { router } = renderRoute('/reviews');
    fireEvent.click(await screen.findByRole('link', { name: 'Change password' }));
    expect(router.state.location.pathname).toBe('/account/password');

    fillIn('the old password', 'the changed password');
    expect(await screen.findByTestId('password-changed')).toHaveTextContent(
      'Your other sessions have ended.',
    );
    expect(sentBody(fetchMock, 'POST /api/auth/password')).toEqual({
      currentPassword: 'the old password',
      newPassword: 'the changed password',
    });
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });

  it('shows a wrong current password (400) next to that field', async () => {
    stubFetch({
      ...signedIn(),
      'POST /api/auth/password': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'The current password is not right.',
          fieldErrors: [{ path: 'currentPassword', message: 'is not your current password' }],
        },
      },
    });
    renderRoute('/account/password');
    await screen.findByLabelText('Current password');
    fillIn('not it', 'the changed password');

    expect(await screen.findByText('The password could not be changed')).toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toHaveAccessibleDescription(
      /is not your current password/,
    );
    expect(screen.queryByTestId('password-changed')).not.toBeInTheDocument();
  });

  it('sends nothing while the confirmation differs', async () => {
    const fetchMock = stubFetch(signedIn());
    renderRoute('/account/password');
    await screen.findByLabelText('Current password');
    fillIn('the old password', 'the changed password', 'the changed passwort');
    expect(screen.getByLabelText('Confirm the new password')).toHaveAccessibleDescription(
      /does not match the new password/,
    );
    expect(callCount(fetchMock, 'POST /api/auth/password')).toBe(0);
  });
});
