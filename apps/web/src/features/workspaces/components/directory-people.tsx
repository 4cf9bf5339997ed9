import {
  type TDirectoryOrganisation,
  type TDirectoryPerson,
  ZCreateDirectoryPersonRequest,
  ZUpdateDirectoryPersonRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { FormSubmit } from '../../../components/ui/form-submit';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { bothQueries, QueryGate } from '../../../components/ui/query-gate';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useWorkspaceOrganisations } from '../../../lib/api/get-workspace-organisations';
import { useWorkspacePeople } from '../../../lib/api/get-workspace-people';
import {
  errorFor,
  type FieldErrors,
  issuesToFieldErrors,
  serverFieldErrors,
  submitChecked,
} from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useCreateDirectoryPerson } from '../api/create-directory-person';
import { useDeleteDirectoryPerson } from '../api/delete-directory-person';
import { useUpdateDirectoryPerson } from '../api/update-directory-person';
import { DirectoryRowActions, DirectoryStatus } from './directory-row-actions';

/** The columns' headings, in the person's language. */
function useColumns() {
  const t = useT();
  return [
    t('workspaces.col.person'),
    t('workspaces.col.email'),
    t('workspaces.col.title'),
    t('workspaces.col.organisation'),
    t('workspaces.col.reviews'),
    t('workspaces.col.status'),
    { hidden: t('workspaces.col.actions') },
  ];
}

function EditPerson({
  workspaceId,
  person,
  organisations,
  onDone,
}: {
  workspaceId: string;
  person: TDirectoryPerson;
  organisations: TDirectoryOrganisation[];
  onDone: () => void;
}) {
  const t = useT();
  const update = useUpdateDirectoryPerson(workspaceId, person.personId);
  const [title, setTitle] = useState(person.title ?? '');
  const [organisationId, setOrganisationId] = useState(person.organisation?.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUpdateDirectoryPersonRequest.safeParse({
      ...(title.trim() !== (person.title ?? '') ? { title: title.trim() === '' ? null : title } : {}),
      ...(organisationId !== (person.organisation?.id ?? '')
        ? { organisationId: organisationId || null }
        : {}),
    });
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
      aria-label={t('workspaces.edit.label', { name: person.name })}
    >
      <ErrorSummary errors={errors} />
      <TextField
        label={t('workspaces.people.jobTitle')}
        error={errorFor(errors, 'title')}
        value={title}
        onChange={setTitle}
      />
      <SelectField
        label={t('workspaces.people.organisation')}
        error={errorFor(errors, 'organisationId')}
        value={organisationId}
        onChange={setOrganisationId}
      >
        <OrganisationOptions
          organisations={withCurrent(organisations, person)}
          none={t('workspaces.people.noOrganisation')}
        />
      </SelectField>
      <FormSubmit
        mutation={update}
        label={t('workspaces.people.save')}
        busyLabel={t('workspaces.edit.saving')}
        errorTitle={t('workspaces.people.saveFailed')}
      >
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('workspaces.edit.cancel')}
        </button>
      </FormSubmit>
    </form>
  );
}

/** The active organisations, plus the person's own when it is archived (so the picker can show it). */
function withCurrent(organisations: TDirectoryOrganisation[], person: TDirectoryPerson) {
  const current = person.organisation;
  if (!current || organisations.some((organisation) => organisation.id === current.id)) return organisations;
  return [...organisations, current];
}

function PersonRow({
  workspaceId,
  person,
  organisations,
}: {
  workspaceId: string;
  person: TDirectoryPerson;
  organisations: TDirectoryOrganisation[];
}) {
  const t = useT();
  const columns = useColumns();
  const [editing, setEditing] = useState(false);
  const archive = useUpdateDirectoryPerson(workspaceId, person.personId);
  const remove = useDeleteDirectoryPerson(workspaceId, person.personId);
  if (editing) {
    return (
      <tr data-testid="directory-person">
        <td colSpan={columns.length}>
          <EditPerson
            workspaceId={workspaceId}
            person={person}
            organisations={organisations}
            onDone={() => setEditing(false)}
          />
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid="directory-person">
      <th scope="row" data-label={t('workspaces.col.person')}>
        {person.name}
      </th>
      <td data-label={t('workspaces.col.email')}>{person.email}</td>
      <td data-label={t('workspaces.col.title')}>
        {person.title ?? <span className="muted">{t('workspaces.none')}</span>}
      </td>
      <td data-label={t('workspaces.col.organisation')}>
        {person.organisation ? (
          <OrganisationName organisation={person.organisation} />
        ) : (
          <span className="muted">{t('workspaces.none')}</span>
        )}
      </td>
      <td data-label={t('workspaces.col.reviews')}>{person.reviewCount}</td>
      <td data-label={t('workspaces.col.status')}>
        <DirectoryStatus archivedAt={person.archivedAt} />
      </td>
      <td data-label={t('workspaces.col.actions')}>
        <DirectoryRowActions
          name={person.name}
          archived={person.archivedAt !== null}
          deletable={person.deletable}
          onEdit={() => setEditing(true)}
          update={archive}
          remove={remove}
        />
      </td>
    </tr>
  );
}

const EMPTY_PERSON = { email: '', name: '', title: '', organisationId: '' };

function AddPerson({
  workspaceId,
  organisations,
}: {
  workspaceId: string;
  organisations: TDirectoryOrganisation[];
}) {
  const t = useT();
  const create = useCreateDirectoryPerson(workspaceId);
  const [form, setForm] = useState(EMPTY_PERSON);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<string | null>(null);
  const set = (key: keyof typeof EMPTY_PERSON) => (value: string) =>
    setForm((current) => ({ ...current, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const input = {
      email: form.email,
      name: form.name,
      ...(form.title.trim() ? { title: form.title } : {}),
      ...(form.organisationId ? { organisationId: form.organisationId } : {}),
    };
    submitChecked(ZCreateDirectoryPersonRequest, input, setErrors, create, (person: TDirectoryPerson) => {
      setAdded(person.name);
      setForm(EMPTY_PERSON);
    });
  }

  return (
    <form
      className="form form--grid"
      noValidate
      onSubmit={submit}
      aria-labelledby="add-directory-person-title"
      data-testid="add-directory-person"
    >
      <ErrorSummary errors={errors} />
      <h3 id="add-directory-person-title">{t('workspaces.people.add.title')}</h3>
      <TextField
        label={t('workspaces.people.email')}
        type="email"
        autoComplete="off"
        error={errorFor(errors, 'email')}
        value={form.email}
        onChange={set('email')}
      />
      <TextField
        label={t('workspaces.people.name')}
        autoComplete="off"
        error={errorFor(errors, 'name')}
        value={form.name}
        onChange={set('name')}
      />
      <TextField
        label={t('workspaces.people.jobTitle')}
        hint={t('workspaces.people.optional')}
        autoComplete="off"
        error={errorFor(errors, 'title')}
        value={form.title}
        onChange={set('title')}
      />
      <SelectField
        label={t('workspaces.people.organisation')}
        hint={t('workspaces.people.optional')}
        error={errorFor(errors, 'organisationId')}
        value={form.organisationId}
        onChange={set('organisationId')}
      >
        <OrganisationOptions organisations={organisations} none={t('workspaces.people.noOrganisation')} />
      </SelectField>
      <FormSubmit
        mutation={create}
        label={t('workspaces.people.add')}
        busyLabel={t('workspaces.people.adding')}
        errorTitle={t('workspaces.people.addFailed')}
      >
        <span role="status">{added ? t('workspaces.added', { name: added }) : ''}</span>
      </FormSubmit>
    </form>
  );
}

/** The directory's people: invited into a review, they bring their title and organisation along. */
export function DirectoryPeople({
  workspaceId,
  showArchived,
}: {
  workspaceId: string;
  showArchived: boolean;
}) {
  const t = useT();
  const columns = useColumns();
  const people = useWorkspacePeople(workspaceId, showArchived);
  // People join active organisations only; the same list the organisations section shows by default.
  const organisations = useWorkspaceOrganisations(workspaceId, false);
  return (
    <section className="card" aria-labelledby="directory-people-title">
      <h2 id="directory-people-title">{t('workspaces.people.title')}</h2>
      <QueryGate
        query={bothQueries(people, organisations)}
        loading={t('workspaces.people.loading')}
        errorTitle={t('workspaces.people.error')}
      >
        {([{ people: list }, { organisations: active }]) => (
          <>
            {list.length === 0 ? (
              <p className="muted">
                {t(showArchived ? 'workspaces.people.emptyAll' : 'workspaces.people.emptyActive')}
              </p>
            ) : (
              <DataTable
                caption={t('workspaces.people.caption')}
                columns={columns}
                stack
                testId="directory-people"
              >
                {list.map((person) => (
                  <PersonRow
                    key={person.personId}
                    workspaceId={workspaceId}
                    person={person}
                    organisations={active}
                  />
                ))}
              </DataTable>
            )}
            <AddPerson workspaceId={workspaceId} organisations={active} />
          </>
        )}
      </QueryGate>
    </section>
  );
}
