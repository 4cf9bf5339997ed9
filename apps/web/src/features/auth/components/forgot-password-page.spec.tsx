import { FORGOT_PASSWORD_ANSWER } from '@gcm/domain';
import { fireEvent, screen } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { renderRoute, sentBody } from '../../../testing/render-route';

function ask(email: string) {
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  fireEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
}

describe('ForgotPasswordPage', () => {
  it('is linked from the sign-in page', () => {
    stubFetch({});
    renderRoute('/sign-in');
    fireEvent.click(screen.getByRole('link', { name: 'Forgot your password?' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeInTheDocument();
  });

  it("sends the address and shows the server's answer", async () => {
    const fetchMock = stubFetch({
      'POST /api/auth/forgot-password': { status: 202, body: { message: FORGOT_PASSWORD_ANSWER } },
    });
    renderRoute('/forgot-password');
    ask(' Coordinator@MFA.kz.example');

    expect(await screen.findByTestId('forgot-password-answer')).toHaveTextContent(FORGOT_PASSWORD_ANSWER);
    expect(sentBody(fetchMock, 'POST /api/auth/forgot-password')).toEqual({
      email: 'coordinator@mfa.kz.example',
    });
  });

  it('shows field errors from a 400 next to the address, and explains a 429', async () => {
    stubFetch({
      'POST /api/auth/forgot-password': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'The request is not valid.',
          fieldErrors: [{ path: 'email', message: 'is not an address we can write to' }],
        },
      },
    });
    const { unmount } = renderRoute('/forgot-password');
    ask('someone@example.org');
    expect(await screen.findByText('The link could not be requested')).toBeInTheDocument();
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(/is not an address we can write to/);
    unmount();

    stubFetch({
      'POST /api/auth/forgot-password': {
        status: 429,
        body: { statusCode: 429, code: 'RATE_LIMITED', message: 'Too many requests. Try again in an hour.' },
      },
    });
    renderRoute('/forgot-password');
    ask('someone@example.org');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Too many requests');
    expect(alert).toHaveTextContent('Try again in an hour.');
  });
});
