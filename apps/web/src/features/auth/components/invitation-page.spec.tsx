import type { TInvitationPreview } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, buildOrganisation, buildReviewDetail } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';

const TOKEN = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z_-';
const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const MLSP = buildOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });

function preview(overrides: Partial<TInvitationPreview> = {}): TInvitationPreview {
  return {
    email: 'oyunaa@mlsp.gov.mn.example',
    name: 'Oyunaa Bat',
    reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
    role: 'contributor',
    organisation: MLSP,
    invitedBy: 'L. Munkhtushig',
    expiresAt: '2020-07-15T10:00:00.000Z',
    hasPassword: false,
    ...overrides,
  };
}

function joinedPerson() {
  return buildCurrentPerson({
    name: 'Oyunaa Bat',
    email: 'oyunaa@mlsp.gov.mn.example',
    memberships: [
      {
        reviewId: REVIEW_ID,
        reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
        role: 'contributor',
        organisation: MLSP,
      },
    ],
  });
}

describe('InvitationPage', () => {
  it('shows the review, the role, the organisation and who invited the person', async () => {
    stubFetch({ [`GET /api/invitations/${TOKEN}`]: { status: 200, body: preview() } });
    renderRoute(`/invitations/${TOKEN}`);

    const facts = await screen.findByTestId('invitation');
    expect(facts).toHaveTextContent('Voluntary GCM Review — Mongolia 2020');
    expect(facts).toHaveTextContent('Contributor (focal point)');
    expect(facts).toHaveTextContent('Ministry of Labour and Social Protection (MLSP)');
    expect(facts).toHaveTextContent('L. Munkhtushig');
    expect(screen.getByLabelText('Your name')).toHaveValue('Oyunaa Bat');
  });

  it('refuses a short password or a confirmation that differs, without calling the server', async () => {
    const fetchMock = stubFetch({ [`GET /api/invitations/${TOKEN}`]: { status: 200, body: preview() } });
    renderRoute(`/invitations/${TOKEN}`);

    fireEvent.change(await screen.findByLabelText('New password'), { target: { value: 'short' } });
    fireEvent.change(screen.getByLabelText('Confirm the new password'), { target: { value: 'shorter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Join the review' }));

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /must be at least 10 characters/,
    );
    expect(screen.getByLabelText('Confirm the new password')).toHaveAccessibleDescription(
      /does not match the new password/,
    );
    expect(callCount(fetchMock, `POST /api/invitations/${TOKEN}/accept`)).toBe(0);
  });

  it('sets the name and password, signs in and opens the review of the invitation', async () => {
    const fetchMock = stubFetch({
      [`GET /api/invitations/${TOKEN}`]: { status: 200, body: preview() },
      [`POST /api/invitations/${TOKEN}/accept`]: { status: 200, body: joinedPerson() },
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          viewer: { role: 'contributor', organisationId: MLSP.id },
        }),
      },
    });
    const { router } = renderRoute(`/invitations/${TOKEN}`);

    fireEvent.change(await screen.findByLabelText('Your name'), { target: { value: '  Oyunaa Batbayar ' } });
    fireEvent.change(screen.getByLabelText('New password'), { target: { value: 'steppe-wind-2020' } });
    fireEvent.change(screen.getByLabelText('Confirm the new password'), {
      target: { value: 'steppe-wind-2020' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Join the review' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Voluntary GCM Review — Mongolia 2020' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/reviews/${REVIEW_ID}`);
    expect(sentBody(fetchMock, `POST /api/invitations/${TOKEN}/accept`)).toEqual({
      name: 'Oyunaa Batbayar',
      password: 'steppe-wind-2020',
    });
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Oyunaa Bat');
  });

  it('asks only for the current password of someone who already has an account', async () => {
    const fetchMock = stubFetch({
      [`GET /api/invitations/${TOKEN}`]: { status: 200, body: preview({ hasPassword: true }) },
      [`POST /api/invitations/${TOKEN}/accept`]: {
        status: 401,
        body: { statusCode: 401, code: 'UNAUTHENTICATED', message: 'This is not your current password.' },
      },
    });
    renderRoute(`/invitations/${TOKEN}`);

    fireEvent.change(await screen.findByLabelText('Your current password'), {
      target: { value: 'my-old-password' },
    });
    expect(screen.queryByLabelText('Your name')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Confirm the new password')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Join the review' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('This is not your current password.');
    expect(sentBody(fetchMock, `POST /api/invitations/${TOKEN}/accept`)).toEqual({
      password: 'my-old-password',
    });
  });

  it('says when the link has already been used, with a way to sign in', async () => {
    stubFetch({
      [`GET /api/invitations/${TOKEN}`]: {
        status: 409,
        body: { statusCode: 409, code: 'CONFLICT', message: 'This invitation was accepted on 2 July 2020.' },
      },
    });
    renderRoute(`/invitations/${TOKEN}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This invitation has already been used');
    expect(alert).toHaveTextContent('This invitation was accepted on 2 July 2020.');
    expect(within(alert).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
  });
});
