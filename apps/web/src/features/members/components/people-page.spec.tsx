import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildDirectoryOrganisation,
  buildDirectoryPerson,
  buildFullOrganisation,
  buildMember,
  buildReviewDetail,
  WORKSPACE_ID,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const MLSP = buildFullOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
const BAT = buildMember({ name: 'Bat-Erdene Dorj', organisation: MLSP, status: 'active' });
const IOM = buildDirectoryOrganisation({
  name: 'International Organization for Migration',
  shortName: 'IOM',
  type: 'un_entity',
});
const DIRECTORY = `GET /api/workspaces/${WORKSPACE_ID}/organisations?archived=false`;

function stubPeople(role: 'coordinator' | 'observer', extra: Parameters<typeof stubFetch>[0] = {}) {
  return stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({ summary: { id: REVIEW_ID }, viewer: { role, organisationId: null } }),
    },
    [`GET /api/reviews/${REVIEW_ID}/members`]: { status: 200, body: { members: [BAT] } },
    [`GET /api/reviews/${REVIEW_ID}/organisations`]: { status: 200, body: { organisations: [MLSP] } },
    // MLSP takes part already; IOM is in the country directory only.
    [DIRECTORY]: {
      status: 200,
      body: { organisations: [buildDirectoryOrganisation({ ...MLSP, reviewCount: 1 }), IOM] },
    },
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
    // The top of the form says how many fields need attention, links to each, and takes the focus.
    const summary = within(form).getByRole('region', { name: 'One field needs attention' });
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('link', { name: /^Organisation: .*is required for a contributor/ }),
    ).toBeInTheDocument();
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

  it('invites someone from the country directory, offering only people who are not members yet', async () => {
    const oyunaa = buildDirectoryPerson({
      name: 'Oyunaa Bat',
      email: 'oyunaa@mlsp.gov.mn.example',
      title: 'Senior officer',
      organisation: MLSP,
    });
    const member = buildDirectoryPerson({ personId: BAT.personId, name: BAT.name, email: BAT.email });
    const fetchMock = stubPeople('coordinator', {
      [`GET /api/workspaces/${WORKSPACE_ID}/people?archived=false`]: {
        status: 200,
        body: { people: [member, oyunaa] },
      },
      [`POST /api/reviews/${REVIEW_ID}/members`]: {
        status: 201,
        body: {
          member: buildMember({ name: 'Oyunaa Bat', status: 'invited' }),
          expiresAt: '2020-07-15T10:00:00.000Z',
        },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/people`);
    const form = await screen.findByTestId('invite-form');
    const choice = await within(form).findByLabelText('From the country directory');
    expect(
      within(choice)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['— Type a new person below —', 'Oyunaa Bat (oyunaa@mlsp.gov.mn.example), MLSP']);
    fireEvent.change(choice, { target: { value: oyunaa.personId } });
    expect(within(form).getByLabelText('E-mail')).toHaveValue('oyunaa@mlsp.gov.mn.example');
    expect(within(form).getByLabelText('Organisation')).toHaveValue(MLSP.id);
    fireEvent.click(within(form).getByRole('button', { name: 'Invite' }));
    await screen.findByTestId('invitation-result');
    expect(sentBody(fetchMock, `POST /api/reviews/${REVIEW_ID}/members`)).toEqual({
      email: 'oyunaa@mlsp.gov.mn.example',
      name: 'Oyunaa Bat',
      title: 'Senior officer',
      role: 'contributor',
      organisationId: MLSP.id,
    });
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

  it('adds an organisation from the country directory, offering only those not taking part yet', async () => {
    const fetchMock = stubPeople('coordinator', {
      [`PUT /api/reviews/${REVIEW_ID}/organisations/${IOM.id}`]: {
        status: 200,
        body: buildFullOrganisation({ id: IOM.id, name: IOM.name, shortName: 'IOM', type: 'un_entity' }),
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/people`);
    const form = await screen.findByTestId('add-from-directory');
    const select = within(form).getByLabelText('Directory organisation');
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['— Choose an organisation —', 'International Organization for Migration (IOM)']);
    fireEvent.change(select, { target: { value: IOM.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add to the review' }));
    expect(
      await within(form).findByText('International Organization for Migration takes part in the review.'),
    ).toBeInTheDocument();
    expect(callCount(fetchMock, `PUT /api/reviews/${REVIEW_ID}/organisations/${IOM.id}`)).toBe(1);
    expect(
      screen.getByRole('link', { name: 'Import organisations and people from a CSV file' }),
    ).toHaveAttribute('href', `/workspaces/${WORKSPACE_ID}/import?reviewId=${REVIEW_ID}`);
  });

  it('shows why an organisation cannot be removed from the review (409)', async () => {
    const fetchMock = stubPeople('coordinator', {
      [`DELETE /api/reviews/${REVIEW_ID}/organisations/${MLSP.id}`]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'MLSP answers 3 questions of this review: give them to another organisation first.',
        },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/people`);
    const row = await screen.findByTestId('organisation-row');
    fireEvent.click(within(row).getByRole('button', { name: 'Remove from the review' }));
    fireEvent.click(within(row).getByRole('button', { name: 'Yes, remove' }));
    const alert = await within(row).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Ministry of Labour and Social Protection could not be removed from the review',
    );
    expect(alert).toHaveTextContent('MLSP answers 3 questions of this review');
    await waitFor(() =>
      expect(callCount(fetchMock, `DELETE /api/reviews/${REVIEW_ID}/organisations/${MLSP.id}`)).toBe(1),
    );
  });

  it('offers the directory to the coordinator only', async () => {
    const fetchMock = stubPeople('observer');
    renderRoute(`/reviews/${REVIEW_ID}/people`);
    await screen.findByTestId('organisation-row');
    expect(screen.queryByTestId('add-from-directory')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove from the review' })).not.toBeInTheDocument();
    expect(callCount(fetchMock, DIRECTORY)).toBe(0);
    expect(screen.queryByRole('link', { name: 'Country directory' })).not.toBeInTheDocument();
  });

  it("leads the coordinator to the country's directory from the review's sections", async () => {
    stubPeople('coordinator');
    renderRoute(`/reviews/${REVIEW_ID}/people`);
    const nav = await screen.findByRole('navigation', { name: 'Review sections' });
    expect(within(nav).getByRole('link', { name: 'Country directory' })).toHaveAttribute(
      'href',
      `/workspaces/${WORKSPACE_ID}`,
    );
  });
});
