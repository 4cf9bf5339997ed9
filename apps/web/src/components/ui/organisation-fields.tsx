import { ORGANISATION_TYPE_LABELS, ORGANISATION_TYPES, type TOrganisationType } from '@gcm/domain';
import { errorFor, type FieldErrors } from '../../lib/form-errors';
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
    </>
  );
}
