import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildFullOrganisation, buildMember, buildReviewDetail } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const MLSP = buildFullOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
const BAT = buildMember({ name: 'Bat-Erdene Dorj', organisation: MLSP, status: 'active' });

function stubPeople(role: 'coordinator' | 'observer', extra: Parameters<typeof stubFetch>[0] = {}) {
  return stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({ summary: { id: REVIEW_ID }, viewer: { role, organisationId: null } }),
    },
    [`GET /api/reviews/${REVIEW_ID}/members`]: { status: 200, body: { members: [BAT] } },
    [`GET /api/reviews/${REVIEW_ID}/organisations`]: { status: 200, body: { organisations: [MLSP] } },
    ...extra,
  });
}

describe('People & organisations', () => {
  it('invites a person and says the link went to their address only, never showing it', async () => {
    const invited = buildMember({
      name: 'Oyunaa Bat',
      email: 'oyunaa@mlsp.gov.mn.example',
      status: 'invited',
    });
    const fetchMock = stubPeople('coordinator', {
      [`POST /api/reviews/${REVIEW_ID}/members`]: {
        status: 201,
        body: { member: invited, expiresAt: '2020-07-15T10:00:00.000Z' },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/people`);

    const form = await screen.findByTestId('invite-form');
    fireEvent.change(within(form).getByLabelText('E-mail'), {
      target: { value: 'oyunaa@mlsp.gov.mn.example' },
    });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Oyunaa Bat' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'contributor' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Invite' }));
    // A contributor answers for an organisation: the shared schema says so before anything is sent.
    expect(within(form).getByLabelText('Organisation')).toHaveAccessibleDescription(
      /is required for a contributor/,
    );
    expect(callCount(fetchMock, `POST /api/reviews/${REVIEW_ID}/members`)).toBe(0);

    fireEvent.change(within(form).getByLabelText('Organisation'), { target: { value: MLSP.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Invite' }));

    expect(await screen.findByTestId('invitation-result')).toHaveTextContent(
      'An e-mail with a personal link is on its way to oyunaa@mlsp.gov.mn.example',
    );
    expect(screen.getByTestId('invitation-result')).not.toHaveTextContent('/invitations/');
    expect(sentBody(fetchMock, `POST /api/reviews/${REVIEW_ID}/members`)).toEqual({
      email: 'oyunaa@mlsp.gov.mn.example',
      name: 'Oyunaa Bat',
      role: 'contributor',
      organisationId: MLSP.id,
    });
    expect(screen.queryByRole('button', { name: 'Copy the link' })).not.toBeInTheDocument();
  });

  it('lists members with role and status, read-only for an observer', async () => {
    stubPeople('observer');
    renderRoute(`/reviews/${REVIEW_ID}/people`);
    const row = await screen.findByTestId('member-row');
    expect(row).toHaveTextContent('Bat-Erdene Dorj');
    expect(row).toHaveTextContent('Contributor (focal point)');
    expect(row).toHaveTextContent('Active');
    expect(screen.queryByTestId('invite-form')).not.toBeInTheDocument();
    expect(within(row).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByTestId('organisation-row')).toHaveTextContent('Ministry or agency');
  });

  it("changes a member's role", async () => {
    const fetchMock = stubPeople('coordinator', {
      [`PATCH /api/reviews/${REVIEW_ID}/members/${BAT.membershipId}`]: {
        status: 200,
        body: { ...BAT, role: 'stakeholder' },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/people`);
    const row = await screen.findByTestId('member-row');
    fireEvent.change(within(row).getByLabelText('Role of Bat-Erdene Dorj'), {
      target: { value: 'stakeholder' },
    });
    fireEvent.click(within(row).getByRole('button', { name: 'Save changes' }));
    await screen.findAllByTestId('member-row');
    expect(sentBody(fetchMock, `PATCH /api/reviews/${REVIEW_ID}/members/${BAT.membershipId}`)).toEqual({
      role: 'stakeholder',
    });
  });
});
