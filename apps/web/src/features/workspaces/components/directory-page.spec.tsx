import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildCurrentPerson,
  buildDirectoryOrganisation,
  buildDirectoryPerson,
  buildWorkspace,
  WORKSPACE_ID,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const BASE = `/api/workspaces/${WORKSPACE_ID}`;
const MLSP = buildDirectoryOrganisation({
  name: 'Ministry of Labour and Social Protection',
  shortName: 'MLSP',
  reviewCount: 2,
  peopleCount: 1,
});
const IOM = buildDirectoryOrganisation({
  name: 'International Organization for Migration',
  shortName: 'IOM',
  type: 'un_entity',
  reviewCount: 0,
  deletable: true,
});
const OLD = buildDirectoryOrganisation({
  name: 'Former Migration Agency',
  shortName: null,
  archivedAt: '2019-12-01T00:00:00.000Z',
  reviewCount: 1,
});
const BAT = buildDirectoryPerson({
  name: 'Bat-Erdene Dorj',
  organisation: { id: MLSP.id, name: MLSP.name, shortName: MLSP.shortName, type: MLSP.type },
});

function stubDirectory(extra: Parameters<typeof stubFetch>[0] = {}, person = buildCurrentPerson()) {
  return stubFetch({
    ...signedIn(person),
    'GET /api/workspaces': { status: 200, body: { workspaces: [buildWorkspace()] } },
    [`GET ${BASE}/organisations?archived=false`]: { status: 200, body: { organisations: [MLSP, IOM] } },
    [`GET ${BASE}/organisations?archived=true`]: { status: 200, body: { organisations: [MLSP, IOM, OLD] } },
    [`GET ${BASE}/people?archived=false`]: { status: 200, body: { people: [BAT] } },
    [`GET ${BASE}/people?archived=true`]: { status: 200, body: { people: [BAT] } },
    ...extra,
  });
}

const organisationRow = (name: string) =>
  screen
    .getAllByTestId('directory-organisation')
    .find((row) => row.textContent?.includes(name)) as HTMLElement;

describe('Country directory', () => {
  it("lists the country's organisations and people with their reviews, type and status", async () => {
    stubDirectory();
    renderRoute(`/workspaces/${WORKSPACE_ID}`);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Country directory: Mongolia');
    const organisations = await screen.findByTestId('directory-organisations');
    expect(within(organisations).getAllByTestId('directory-organisation')).toHaveLength(2);
    expect(organisationRow('MLSP')).toHaveTextContent('Ministry or agency');
    expect(organisationRow('IOM')).toHaveTextContent('UN entity');
    const person = await screen.findByTestId('directory-person');
    expect(person).toHaveTextContent('bat-erdene@mlsp.gov.mn.example');
    expect(person).toHaveTextContent('Ministry of Labour and Social Protection (MLSP)');
    // Delete only where nothing refers to the organisation.
    expect(
      within(organisationRow('IOM')).getByRole('button', {
        name: 'Delete International Organization for Migration',
      }),
    ).toBeInTheDocument();
    expect(
      within(organisationRow('MLSP')).queryByRole('button', { name: /^Delete/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByTestId('archived')).not.toBeInTheDocument();
  });

  it('shows archived rows, marked Archived with a Restore button, when asked to', async () => {
    const fetchMock = stubDirectory({
      [`PATCH ${BASE}/organisations/${OLD.id}`]: { status: 200, body: { ...OLD, archivedAt: null } },
    });
    renderRoute(`/workspaces/${WORKSPACE_ID}`);
    await screen.findByTestId('directory-organisations');
    expect(screen.queryByText('Former Migration Agency')).not.toBeInTheDocument();

    fireEvent.click(screen.getByLabelText('Show archived organisations and people'));
    await waitFor(() => expect(screen.getAllByTestId('directory-organisation')).toHaveLength(3));
    const row = organisationRow('Former Migration Agency');
    expect(within(row).getByTestId('archived')).toHaveTextContent('Archived');
    fireEvent.click(within(row).getByRole('button', { name: 'Restore Former Migration Agency' }));
    await waitFor(() => expect(callCount(fetchMock, `PATCH ${BASE}/organisations/${OLD.id}`)).toBe(1));
    expect(sentBody(fetchMock, `PATCH ${BASE}/organisations/${OLD.id}`)).toEqual({ archived: false });
  });

  it('asks before deleting and shows why the API refused (409)', async () => {
    const fetchMock = stubDirectory({
      [`DELETE ${BASE}/organisations/${IOM.id}`]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'International Organization for Migration is invited to a workshop: archive it instead.',
        },
      },
    });
    renderRoute(`/workspaces/${WORKSPACE_ID}`);
    await screen.findByTestId('directory-organisations');
    const row = organisationRow('IOM');
    fireEvent.click(
      within(row).getByRole('button', { name: 'Delete International Organization for Migration' }),
    );
    expect(callCount(fetchMock, `DELETE ${BASE}/organisations/${IOM.id}`)).toBe(0);
    fireEvent.click(within(row).getByRole('button', { name: 'Yes, delete' }));

    const alert = await within(row).findByRole('alert');
    expect(alert).toHaveTextContent('International Organization for Migration could not be deleted');
    expect(alert).toHaveTextContent('is invited to a workshop: archive it instead.');
  });

  it('adds an organisation, checked with the shared contract first', async () => {
    const fetchMock = stubDirectory({
      [`POST ${BASE}/organisations`]: {
        status: 201,
        body: buildDirectoryOrganisation({
          name: 'Mongolian Red Cross Society',
          shortName: null,
          type: 'ngo',
        }),
      },
    });
    renderRoute(`/workspaces/${WORKSPACE_ID}`);
    const form = await screen.findByTestId('add-directory-organisation');
    fireEvent.click(within(form).getByRole('button', { name: 'Add organisation' }));
    expect(within(form).getByLabelText('Organisation name')).toHaveAccessibleDescription(/is required/);
    expect(callCount(fetchMock, `POST ${BASE}/organisations`)).toBe(0);

    fireEvent.change(within(form).getByLabelText('Organisation name'), {
      target: { value: 'Mongolian Red Cross Society' },
    });
    fireEvent.change(within(form).getByLabelText('Type'), { target: { value: 'ngo' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add organisation' }));
    expect(
      await within(form).findByText('Mongolian Red Cross Society is in the directory.'),
    ).toBeInTheDocument();
    expect(sentBody(fetchMock, `POST ${BASE}/organisations`)).toEqual({
      name: 'Mongolian Red Cross Society',
      type: 'ngo',
    });
  });

  it('lists the fields to correct at the top of the add-a-person form and takes the focus there', async () => {
    const fetchMock = stubDirectory();
    renderRoute(`/workspaces/${WORKSPACE_ID}`);
    const form = await screen.findByTestId('add-directory-person');
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));

    const summary = within(form).getByRole('region', { name: '2 fields need attention' });
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([expect.stringMatching(/^E-mail: /), expect.stringMatching(/^Name: /)]);
    expect(callCount(fetchMock, `POST ${BASE}/people`)).toBe(0);
  });

  it("changes a person's title and organisation, sending only what changed", async () => {
    const fetchMock = stubDirectory({
      [`PATCH ${BASE}/people/${BAT.personId}`]: { status: 200, body: { ...BAT, title: 'Head of Division' } },
    });
    renderRoute(`/workspaces/${WORKSPACE_ID}`);
    const row = await screen.findByTestId('directory-person');
    fireEvent.click(within(row).getByRole('button', { name: 'Edit Bat-Erdene Dorj' }));
    const form = await screen.findByRole('form', { name: 'Edit Bat-Erdene Dorj' });
    fireEvent.change(within(form).getByLabelText('Job title'), { target: { value: 'Head of Division' } });
    fireEvent.change(within(form).getByLabelText('Organisation'), { target: { value: IOM.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save person' }));
    await waitFor(() =>
      expect(screen.queryByRole('form', { name: 'Edit Bat-Erdene Dorj' })).not.toBeInTheDocument(),
    );
    expect(sentBody(fetchMock, `PATCH ${BASE}/people/${BAT.personId}`)).toEqual({
      title: 'Head of Division',
      organisationId: IOM.id,
    });
  });

  it('speaks French once French is chosen, the names of organisations and people as they are', async () => {
    stubDirectory({}, buildCurrentPerson({ locale: 'fr' }));
    renderRoute(`/workspaces/${WORKSPACE_ID}`);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Annuaire du pays : Mongolia');
    expect(screen.getByRole('navigation', { name: 'Sections de l’annuaire du pays' })).toBeInTheDocument();
    const organisations = await screen.findByTestId('directory-organisations');
    expect(within(organisations).getByRole('columnheader', { name: 'Nom abrégé' })).toBeInTheDocument();
    expect(organisationRow('MLSP')).toHaveTextContent('Ministère ou organisme');
    expect(
      within(organisationRow('IOM')).getByRole('button', {
        name: 'Supprimer International Organization for Migration',
      }),
    ).toBeInTheDocument();
    const person = await screen.findByTestId('directory-person');
    expect(within(person).getByRole('button', { name: 'Modifier Bat-Erdene Dorj' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ajouter une personne' })).toBeInTheDocument();
    expect(
      screen.getByLabelText('Afficher les organisations et les personnes archivées'),
    ).toBeInTheDocument();
  });

  it('says so when the workspace is not one of a country I coordinate', async () => {
    stubFetch({ ...signedIn(), 'GET /api/workspaces': { status: 200, body: { workspaces: [] } } });
    renderRoute(`/workspaces/${WORKSPACE_ID}`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Country directory not available');
  });
});
