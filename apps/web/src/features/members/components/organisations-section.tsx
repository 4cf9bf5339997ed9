import {
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type TMember,
  type TOrganisation,
  type TOrganisationType,
  ZCreateOrganisationRequest,
  ZUpdateOrganisationRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { FormSubmit } from '../../../components/ui/form-submit';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useCreateOrganisation } from '../api/create-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';

interface OrganisationFormValues {
  name: string;
  shortName: string;
  type: TOrganisationType;
  headContactId: string;
}

function OrganisationFields({
  values,
  onChange,
  errors,
  members,
}: {
  values: OrganisationFormValues;
  onChange: (values: OrganisationFormValues) => void;
  errors: FieldErrors;
  /** Given when editing: the head contact is one of the organisation's members. */
  members?: TMember[];
}) {
  return (
    <>
      <TextField
        label="Organisation name"
        error={errorFor(errors, 'name')}
        value={values.name}
        onChange={(value) => onChange({ ...values, name: value })}
      />
      <TextField
        label="Short name"
        error={errorFor(errors, 'shortName')}
        hint="Optional, such as MLSP or IOM."
        className="input input--short"
        value={values.shortName}
        onChange={(value) => onChange({ ...values, shortName: value })}
      />
      <SelectField
        label="Type"
        error={errorFor(errors, 'type')}
        value={values.type}
        onChange={(value) => onChange({ ...values, type: value as TOrganisationType })}
      >
        {ORGANISATION_TYPES.map((type) => (
          <option key={type} value={type}>
            {ORGANISATION_TYPE_LABELS[type]}
          </option>
        ))}
      </SelectField>
      {members ? (
        <SelectField
          label="Head contact"
          error={errorFor(errors, 'headContactId')}
          value={values.headContactId}
          onChange={(value) => onChange({ ...values, headContactId: value })}
        >
          <option value="">— None —</option>
          {members.map((member) => (
            <option key={member.personId} value={member.personId}>
              {member.name}
            </option>
          ))}
        </SelectField>
      ) : null}
    </>
  );
}

function EditOrganisation({
  reviewId,
  organisation,
  members,
  onDone,
}: {
  reviewId: string;
  organisation: TOrganisation;
  members: TMember[];
  onDone: () => void;
}) {
  const update = useUpdateOrganisation(reviewId);
  const [values, setValues] = useState<OrganisationFormValues>({
    name: organisation.name,
    shortName: organisation.shortName ?? '',
    type: organisation.type,
    headContactId: organisation.headContact?.id ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUpdateOrganisationRequest.safeParse({
      ...(values.name.trim() !== organisation.name ? { name: values.name } : {}),
      ...(values.shortName.trim() !== (organisation.shortName ?? '')
        ? { shortName: values.shortName.trim() === '' ? null : values.shortName }
        : {}),
      ...(values.type !== organisation.type ? { type: values.type } : {}),
      ...(values.headContactId !== (organisation.headContact?.id ?? '')
        ? { headContactId: values.headContactId || null }
        : {}),
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    update.mutate(
      { organisationId: organisation.id, request: parsed.data },
      { onSuccess: onDone, onError: (error) => setErrors(serverFieldErrors(error)) },
    );
  }

  return (
    <form className="form form--grid" noValidate onSubmit={submit} aria-label={`Edit ${organisation.name}`}>
      <OrganisationFields values={values} onChange={setValues} errors={errors} members={members} />
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

function AddOrganisation({ reviewId }: { reviewId: string }) {
  const create = useCreateOrganisation(reviewId);
  const empty: OrganisationFormValues = {
    name: '',
    shortName: '',
    type: 'ministry_agency',
    headContactId: '',
  };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateOrganisationRequest.safeParse({
      name: values.name,
      ...(values.shortName.trim() ? { shortName: values.shortName } : {}),
      type: values.type,
    });
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (organisation) => {
        setAdded(organisation.name);
        setValues(empty);
      },
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  return (
    <form className="form form--grid" noValidate onSubmit={submit} aria-labelledby="add-organisation-title">
      <h3 id="add-organisation-title">Add organisation</h3>
      <OrganisationFields values={values} onChange={setValues} errors={errors} />
      <FormSubmit
        mutation={create}
        label="Add organisation"
        busyLabel="Adding…"
        errorTitle="The organisation could not be added"
      >
        <span role="status">{added ? `${added} added.` : ''}</span>
      </FormSubmit>
    </form>
  );
}

interface OrganisationsSectionProps {
  reviewId: string;
  organisations: TOrganisation[];
  members: TMember[];
  canEdit: boolean;
}

export function OrganisationsSection({
  reviewId,
  organisations,
  members,
  canEdit,
}: OrganisationsSectionProps) {
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="organisations-title">
      <h2 id="organisations-title">Organisations</h2>
      {organisations.length === 0 ? (
        <p className="muted">No organisation yet.</p>
      ) : (
        <ul className="org-list" data-testid="organisations">
          {organisations.map((organisation) => (
            <li key={organisation.id} className="org-list__item" data-testid="organisation-row">
              {editing === organisation.id ? (
                <EditOrganisation
                  reviewId={reviewId}
                  organisation={organisation}
                  members={members.filter((member) => member.organisation?.id === organisation.id)}
                  onDone={() => setEditing(null)}
                />
              ) : (
                <>
                  <span className="org-list__name">
                    {organisation.name}
                    {organisation.shortName ? (
                      <span className="muted"> ({organisation.shortName})</span>
                    ) : null}
                  </span>
                  <span className="org-list__type">{ORGANISATION_TYPE_LABELS[organisation.type]}</span>
                  <span className="org-list__contact">
                    {organisation.headContact ? (
                      <>Head contact: {organisation.headContact.name}</>
                    ) : (
                      <span className="muted">No head contact</span>
                    )}
                  </span>
                  {canEdit ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => setEditing(organisation.id)}
                    >
                      Edit<span className="visually-hidden"> {organisation.name}</span>
                    </button>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? <AddOrganisation reviewId={reviewId} /> : null}
    </section>
  );
}
