import {
  type TDirectoryOrganisation,
  type TMember,
  type TOrganisation,
  ZUpdateOrganisationRequest,
} from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { ErrorSummary } from '../../../components/ui/error-summary';
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
import { useT } from '../../../lib/i18n/use-t';
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
  const t = useT();
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
    <form
      className="form form--grid"
      noValidate
      onSubmit={submit}
      aria-label={t('members.orgForm.editLabel', { name: organisation.name })}
    >
      <ErrorSummary errors={errors} />
      <OrganisationFields values={values} onChange={setValues} errors={errors} />
      <SelectField
        label={t('members.orgForm.headContact')}
        error={errorFor(errors, 'headContactId')}
        value={headContactId}
        onChange={setHeadContactId}
      >
        <option value="">{t('members.none')}</option>
        {members.map((member) => (
          <option key={member.personId} value={member.personId}>
            {member.name}
          </option>
        ))}
      </SelectField>
      <FormSubmit
        mutation={update}
        label={t('members.orgForm.save')}
        busyLabel={t('members.orgForm.saving')}
        errorTitle={t('members.orgForm.saveFailed')}
      >
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('members.orgForm.cancel')}
        </button>
      </FormSubmit>
    </form>
  );
}

export function AddOrganisation({ reviewId }: { reviewId: string }) {
  const t = useT();
  const create = useCreateOrganisation(reviewId);
  return (
    <AddOrganisationForm
      title={t('members.orgForm.addTitle')}
      create={create}
      added={(name) => t('members.orgForm.added', { name })}
    />
  );
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
  const t = useT();
  const takePart = useTakePartOrganisation(reviewId, workspaceId);
  const [organisationId, setOrganisationId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [added, setAdded] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    if (!organisationId) {
      setErrors({ organisationId: t('members.fromDirectory.required') });
      return;
    }
    setErrors({});
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
      <ErrorSummary errors={errors} />
      <h3 id="add-from-directory-title">{t('members.fromDirectory.title')}</h3>
      {candidates.length === 0 ? (
        <p className="muted">{t('members.fromDirectory.allTakePart')}</p>
      ) : (
        <>
          <SelectField
            label={t('members.fromDirectory.label')}
            error={errorFor(errors, 'organisationId')}
            value={organisationId}
            onChange={setOrganisationId}
          >
            <OrganisationOptions organisations={candidates} none={t('members.fromDirectory.choose')} />
          </SelectField>
          <FormSubmit
            mutation={takePart}
            label={t('members.fromDirectory.submit')}
            busyLabel={t('members.fromDirectory.adding')}
            errorTitle={t('members.fromDirectory.failed')}
          >
            <span role="status">{added ? t('members.fromDirectory.added', { name: added }) : ''}</span>
          </FormSubmit>
        </>
      )}
    </form>
  );
}
