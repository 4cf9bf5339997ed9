import { type TDirectoryOrganisation, ZUpdateDirectoryOrganisationRequest } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorSummary } from '../../../components/ui/error-summary';
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
import { useT } from '../../../lib/i18n/use-t';
import { useCreateDirectoryOrganisation } from '../api/create-directory-organisation';
import { useDeleteDirectoryOrganisation } from '../api/delete-directory-organisation';
import { useUpdateDirectoryOrganisation } from '../api/update-directory-organisation';
import { DirectoryRowActions, DirectoryStatus } from './directory-row-actions';

/** The columns' headings, in the person's language. */
function useColumns() {
  const t = useT();
  return [
    t('workspaces.col.organisation'),
    t('workspaces.col.shortName'),
    t('workspaces.col.type'),
    t('workspaces.col.reviews'),
    t('workspaces.col.people'),
    t('workspaces.col.status'),
    { hidden: t('workspaces.col.actions') },
  ];
}

function EditOrganisation({
  workspaceId,
  organisation,
  onDone,
}: {
  workspaceId: string;
  organisation: TDirectoryOrganisation;
  onDone: () => void;
}) {
  const t = useT();
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
    <form
      className="form form--grid"
      noValidate
      onSubmit={submit}
      aria-label={t('workspaces.edit.label', { name: organisation.name })}
    >
      <ErrorSummary errors={errors} />
      <OrganisationFields values={values} onChange={setValues} errors={errors} />
      <FormSubmit
        mutation={update}
        label={t('workspaces.organisations.save')}
        busyLabel={t('workspaces.edit.saving')}
        errorTitle={t('workspaces.organisations.saveFailed')}
      >
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('workspaces.edit.cancel')}
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
  const t = useT();
  const columns = useColumns();
  const [editing, setEditing] = useState(false);
  const archive = useUpdateDirectoryOrganisation(workspaceId, organisation.id);
  const remove = useDeleteDirectoryOrganisation(workspaceId, organisation.id);
  if (editing) {
    return (
      <tr data-testid="directory-organisation">
        <td colSpan={columns.length}>
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
      <th scope="row" data-label={t('workspaces.col.organisation')}>
        {organisation.name}
      </th>
      <td data-label={t('workspaces.col.shortName')}>
        {organisation.shortName ?? <span className="muted">{t('workspaces.none')}</span>}
      </td>
      <td data-label={t('workspaces.col.type')}>{t(`ui.org.type.${organisation.type}`)}</td>
      <td data-label={t('workspaces.col.reviews')}>{organisation.reviewCount}</td>
      <td data-label={t('workspaces.col.people')}>{organisation.peopleCount}</td>
      <td data-label={t('workspaces.col.status')}>
        <DirectoryStatus archivedAt={organisation.archivedAt} />
      </td>
      <td data-label={t('workspaces.col.actions')}>
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
  const t = useT();
  const create = useCreateDirectoryOrganisation(workspaceId);
  return (
    <AddOrganisationForm
      title={t('workspaces.organisations.add')}
      create={create}
      added={(name) => t('workspaces.added', { name })}
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
  const t = useT();
  const columns = useColumns();
  const organisations = useWorkspaceOrganisations(workspaceId, showArchived);
  return (
    <section className="card" aria-labelledby="directory-organisations-title">
      <h2 id="directory-organisations-title">{t('workspaces.organisations.title')}</h2>
      <QueryGate
        query={organisations}
        loading={t('workspaces.organisations.loading')}
        errorTitle={t('workspaces.organisations.error')}
        isEmpty={(data) => data.organisations.length === 0}
        empty={t(showArchived ? 'workspaces.organisations.emptyAll' : 'workspaces.organisations.emptyActive')}
      >
        {({ organisations: list }) => (
          <DataTable
            caption={t('workspaces.organisations.caption')}
            columns={columns}
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
