import {
  ORGANISATION_TYPE_LABELS,
  type TDirectoryOrganisation,
  ZUpdateDirectoryOrganisationRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import { FormSubmit } from '../../../components/ui/form-submit';
import {
  AddOrganisationForm,
  OrganisationFields,
  organisationChanges,
  organisationFieldsFrom,
} from '../../../components/ui/organisation-fields';
import { QueryGate } from '../../../components/ui/query-gate';
import { useWorkspaceOrganisations } from '../../../lib/api/get-workspace-organisations';
import { type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useCreateDirectoryOrganisation } from '../api/create-directory-organisation';
import { useDeleteDirectoryOrganisation } from '../api/delete-directory-organisation';
import { useUpdateDirectoryOrganisation } from '../api/update-directory-organisation';
import { DirectoryRowActions, DirectoryStatus } from './directory-row-actions';

const COLUMNS = ['Organisation', 'Short name', 'Type', 'Reviews', 'People', 'Status', { hidden: 'Actions' }];

function EditOrganisation({
  workspaceId,
  organisation,
  onDone,
}: {
  workspaceId: string;
  organisation: TDirectoryOrganisation;
  onDone: () => void;
}) {
  const update = useUpdateDirectoryOrganisation(workspaceId, organisation.id);
  const [values, setValues] = useState(() => organisationFieldsFrom(organisation));
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUpdateDirectoryOrganisationRequest.safeParse(organisationChanges(values, organisation));
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    update.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form className="form form--grid" noValidate onSubmit={submit} aria-label={`Edit ${organisation.name}`}>
      <OrganisationFields values={values} onChange={setValues} errors={errors} />
      <FormSubmit
        mutation={update}
        label="Save organisation"
        busyLabel="Saving…"
        errorTitle="The organisation could not be saved"
      >
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </FormSubmit>
    </form>
  );
}

function OrganisationRow({
  workspaceId,
  organisation,
}: {
  workspaceId: string;
  organisation: TDirectoryOrganisation;
}) {
  const [editing, setEditing] = useState(false);
  const archive = useUpdateDirectoryOrganisation(workspaceId, organisation.id);
  const remove = useDeleteDirectoryOrganisation(workspaceId, organisation.id);
  if (editing) {
    return (
      <tr data-testid="directory-organisation">
        <td colSpan={COLUMNS.length}>
          <EditOrganisation
            workspaceId={workspaceId}
            organisation={organisation}
            onDone={() => setEditing(false)}
          />
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid="directory-organisation">
      <th scope="row" data-label="Organisation">
        {organisation.name}
      </th>
      <td data-label="Short name">{organisation.shortName ?? <span className="muted">None</span>}</td>
      <td data-label="Type">{ORGANISATION_TYPE_LABELS[organisation.type]}</td>
      <td data-label="Reviews">{organisation.reviewCount}</td>
      <td data-label="People">{organisation.peopleCount}</td>
      <td data-label="Status">
        <DirectoryStatus archivedAt={organisation.archivedAt} />
      </td>
      <td data-label="Actions">
        <DirectoryRowActions
          name={organisation.name}
          archived={organisation.archivedAt !== null}
          deletable={organisation.deletable}
          onEdit={() => setEditing(true)}
          update={archive}
          remove={remove}
        />
      </td>
    </tr>
  );
}

function AddOrganisation({ workspaceId }: { workspaceId: string }) {
  const create = useCreateDirectoryOrganisation(workspaceId);
  return (
    <AddOrganisationForm
      title="Add an organisation"
      create={create}
      added={(name) => `${name} is in the directory.`}
      testId="add-directory-organisation"
    />
  );
}

/** The directory's organisations: every review of the country can take part with them. */
export function DirectoryOrganisations({
  workspaceId,
  showArchived,
}: {
  workspaceId: string;
  showArchived: boolean;
}) {
  const organisations = useWorkspaceOrganisations(workspaceId, showArchived);
  return (
    <section className="card" aria-labelledby="directory-organisations-title">
      <h2 id="directory-organisations-title">Organisations</h2>
      <QueryGate
        query={organisations}
        loading="Loading the organisations…"
        errorTitle="The organisations could not be loaded"
        isEmpty={(data) => data.organisations.length === 0}
        empty={
          showArchived ? 'No organisation in the directory yet.' : 'No active organisation in the directory.'
        }
      >
        {({ organisations: list }) => (
          <DataTable
            caption="Organisations of the country directory"
            columns={COLUMNS}
            stack
            testId="directory-organisations"
          >
            {list.map((organisation) => (
              <OrganisationRow key={organisation.id} workspaceId={workspaceId} organisation={organisation} />
            ))}
          </DataTable>
        )}
      </QueryGate>
      <AddOrganisation workspaceId={workspaceId} />
    </section>
  );
}
