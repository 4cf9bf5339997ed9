import { ASSIGNMENT_ROLES, type TAssignmentRole, type TMember } from '@gcm/domain';
import { Link } from 'react-router';
import { Fieldset } from '../../../components/ui/field';
import { SelectField } from '../../../components/ui/select-field';
import { ASSIGNMENT_ROLE_LABELS } from '../../../lib/labels';

/** Lead or contributing, for one assignment or for every ticked cell. */
export function RoleField({
  value,
  onChange,
  error,
}: {
  value: TAssignmentRole;
  onChange: (role: TAssignmentRole) => void;
  error: string | undefined;
}) {
  return (
    <SelectField
      label="Role"
      error={error}
      value={value}
      onChange={(value) => onChange(value as TAssignmentRole)}
    >
      {ASSIGNMENT_ROLES.map((role) => (
        <option key={role} value={role}>
          {ASSIGNMENT_ROLE_LABELS[role]}
        </option>
      ))}
    </SelectField>
  );
}

/** The contributors of the chosen organisation, to tick as the assignment's focal points. */
export function FocalPointsFieldset({
  legend = 'Focal points',
  reviewId,
  organisationChosen,
  candidates,
  chosen,
  onToggle,
  error,
}: {
  legend?: string;
  reviewId: string;
  organisationChosen: boolean;
  candidates: TMember[];
  chosen: readonly string[];
  onToggle: (personId: string, checked: boolean) => void;
  error: string | undefined;
}) {
  return (
    <Fieldset legend={legend} error={error} className="assign-form__people">
      {!organisationChosen ? (
        <p className="muted">Choose an organisation to see its people.</p>
      ) : candidates.length === 0 ? (
        <p className="muted">
          Nobody from this organisation is in the review yet. Invite them on the{' '}
          <Link to={`/reviews/${reviewId}/people`}>People & organisations</Link> page.
        </p>
      ) : (
        candidates.map((member) => (
          <label key={member.personId} className="choice">
            <input
              type="checkbox"
              checked={chosen.includes(member.personId)}
              onChange={(event) => onToggle(member.personId, event.target.checked)}
            />{' '}
            {member.name}
            {member.status === 'invited' ? <span className="muted"> (invited)</span> : null}
          </label>
        ))
      )}
    </Fieldset>
  );
}
