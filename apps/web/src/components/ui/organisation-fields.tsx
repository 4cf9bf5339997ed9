import {
  ORGANISATION_TYPES,
  type TCreateOrganisationRequest,
  type TOrganisationType,
  ZCreateOrganisationRequest,
} from '@gcm/domain';
import { type FormEvent, useId, useState } from 'react';
import { errorFor, type FieldErrors, submitChecked } from '../../lib/form-errors';
import { useT } from '../../lib/i18n/use-t';
import { FormSubmit } from './form-submit';
import { SelectField } from './select-field';
import { TextField } from './text-field';

/** An organisation's name, short name and type, as typed into a form. */
export interface OrganisationFieldValues {
  name: string;
  shortName: string;
  type: TOrganisationType;
}

export const EMPTY_ORGANISATION_FIELDS: OrganisationFieldValues = {
  name: '',
  shortName: '',
  type: 'ministry_agency',
};

interface StoredOrganisation {
  name: string;
  shortName: string | null;
  type: TOrganisationType;
}

export function organisationFieldsFrom(organisation: StoredOrganisation): OrganisationFieldValues {
  return { name: organisation.name, shortName: organisation.shortName ?? '', type: organisation.type };
}

/** The body of a create request (`ZCreateOrganisationRequest`), still to be parsed. */
export function newOrganisationRequest(values: OrganisationFieldValues) {
  return {
    name: values.name,
    ...(values.shortName.trim() ? { shortName: values.shortName } : {}),
    type: values.type,
  };
}

/** Only what differs from the stored organisation; an emptied short name is removed (null). */
export function organisationChanges(values: OrganisationFieldValues, organisation: StoredOrganisation) {
  return {
    ...(values.name.trim() !== organisation.name ? { name: values.name } : {}),
    ...(values.shortName.trim() !== (organisation.shortName ?? '')
      ? { shortName: values.shortName.trim() === '' ? null : values.shortName }
      : {}),
    ...(values.type !== organisation.type ? { type: values.type } : {}),
  };
}

/** The name, short name and type inputs of an organisation form. */
export function OrganisationFields({
  values,
  onChange,
  errors,
}: {
  values: OrganisationFieldValues;
  onChange: (values: OrganisationFieldValues) => void;
  errors: FieldErrors;
}) {
  const t = useT();
  return (
    <>
      <TextField
        label={t('ui.org.name')}
        error={errorFor(errors, 'name')}
        value={values.name}
        onChange={(value) => onChange({ ...values, name: value })}
      />
      <TextField
        label={t('ui.org.shortName')}
        error={errorFor(errors, 'shortName')}
        hint={t('ui.org.shortName.hint')}
        className="input input--short"
        value={values.shortName}
        onChange={(value) => onChange({ ...values, shortName: value })}
      />
      <SelectField
        label={t('ui.org.type')}
        error={errorFor(errors, 'type')}
        value={values.type}
        onChange={(value) => onChange({ ...values, type: value as TOrganisationType })}
      >
        {ORGANISATION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`ui.org.type.${type}`)}
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** The part of a create mutation the add form uses (a `UseMutationResult` fits). */
interface CreateOrganisationMutation {
  mutate: (
    request: TCreateOrganisationRequest,
    callbacks: { onSuccess: (organisation: { name: string }) => void; onError: (error: unknown) => void },
  ) => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
}

/** "Add an organisation": checked with the shared contract, then created; says which one was added. */
export function AddOrganisationForm({
  title,
  create,
  added,
  testId,
}: {
  title: string;
  create: CreateOrganisationMutation;
  /** The status line once it is added: "MLSP added." */
  added: (name: string) => string;
  testId?: string;
}) {
  const t = useT();
  const headingId = useId();
  const [values, setValues] = useState(EMPTY_ORGANISATION_FIELDS);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [addedName, setAddedName] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAddedName(null);
    submitChecked(
      ZCreateOrganisationRequest,
      newOrganisationRequest(values),
      setErrors,
      create,
      (organisation: { name: string }) => {
        setAddedName(organisation.name);
        setValues(EMPTY_ORGANISATION_FIELDS);
      },
    );
  }

  return (
    <form
      className="form form--grid"
      noValidate
      onSubmit={submit}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <h3 id={headingId}>{title}</h3>
      <OrganisationFields values={values} onChange={setValues} errors={errors} />
      <FormSubmit
        mutation={create}
        label={t('ui.org.add')}
        busyLabel={t('ui.org.adding')}
        errorTitle={t('ui.org.addFailed')}
      >
        <span role="status">{addedName ? added(addedName) : ''}</span>
      </FormSubmit>
    </form>
  );
}
