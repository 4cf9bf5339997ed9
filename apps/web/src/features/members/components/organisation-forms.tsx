import {
  type TDirectoryOrganisation,
  type TMember,
  type TOrganisation,
  ZUpdateOrganisationRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { FormSubmit } from '../../../components/ui/form-submit';
import {
  AddOrganisationForm,
  OrganisationFields,
  organisationChanges,
  organisationFieldsFrom,
} from '../../../components/ui/organisation-fields';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { SelectField } from '../../../components/ui/select-field';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useCreateOrganisation } from '../api/create-organisation';
import { useTakePartOrganisation } from '../api/take-part-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';

export function EditOrganisation({
  reviewId,
  organisation,
  members,
  onDone,
}: {
  reviewId: string;
  organisation: TOrganisation;
  /** The organisation's members: its head contact is one of them. */
  members: TMember[];
  onDone: () => void;
}) {
  const update = useUpdateOrganisation(reviewId);
  const [values, setValues] = useState(() => organisationFieldsFrom(organisation));
  const [headContactId, setHeadContactId] = useState(organisation.headContact?.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZUpdateOrganisationRequest.safeParse({
      ...organisationChanges(values, organisation),
      ...(headContactId !== (organisation.headContact?.id ?? '')
        ? { headContactId: headContactId || null }
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
      <OrganisationFields values={values} onChange={setValues} errors={errors} />
      <SelectField
        label="Head contact"
        error={errorFor(errors, 'headContactId')}
        value={headContactId}
        onChange={setHeadContactId}
      >
        <option value="">— None —</option>
        {members.map((member) => (
          <option key={member.personId} value={member.personId}>
            {member.name}
          </option>
        ))}
      </SelectField>
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

export function AddOrganisation({ reviewId }: { reviewId: string }) {
  const create = useCreateOrganisation(reviewId);
  return <AddOrganisationForm title="Add organisation" create={create} added={(name) => `${name} added.`} />;
}

/** A directory organisation (active, not yet in the review) takes part in it. */
export function AddFromDirectory({
  reviewId,
  workspaceId,
  candidates,
}: {
  reviewId: string;
  workspaceId: string;
  /** Active directory organisations not taking part yet. */
  candidates: TDirectoryOrganisation[];
}) {
  const takePart = useTakePartOrganisation(reviewId, workspaceId);
  const [organisationId, setOrganisationId] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [added, setAdded] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    if (!organisationId) {
      setError('Choose an organisation of the directory.');
      return;
    }
    setError(undefined);
    takePart.mutate(organisationId, {
      onSuccess: (organisation) => {
        setAdded(organisation.name);
        setOrganisationId('');
      },
    });
  }

  return (
    <form
      className="form form--grid"
      noValidate
      onSubmit={submit}
      aria-labelledby="add-from-directory-title"
      data-testid="add-from-directory"
    >
      <h3 id="add-from-directory-title">Add from the country directory</h3>
      {candidates.length === 0 ? (
        <p className="muted">Every active organisation of the directory takes part already.</p>
      ) : (
        <>
          <SelectField
            label="Directory organisation"
            error={error}
            value={organisationId}
            onChange={setOrganisationId}
          >
            <OrganisationOptions organisations={candidates} none="— Choose an organisation —" />
          </SelectField>
          <FormSubmit
            mutation={takePart}
            label="Add to the review"
            busyLabel="Adding…"
            errorTitle="The organisation could not be added to the review"
          >
            <span role="status">{added ? `${added} takes part in the review.` : ''}</span>
          </FormSubmit>
        </>
      )}
    </form>
  );
}
