import { ASSIGNMENT_ROLES, type TAssignmentRole, type TMember } from '@gcm/domain';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { Fieldset } from '../../../components/ui/field';
import { SelectField } from '../../../components/ui/select-field';
import { useT } from '../../../lib/i18n/use-t';
import { assignmentRoleLabelId } from '../../../lib/labels';

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
  const t = useT();
  return (
    <SelectField
      label={t('assignments.fields.role')}
      error={error}
      value={value}
      onChange={(value) => onChange(value as TAssignmentRole)}
    >
      {ASSIGNMENT_ROLES.map((role) => (
        <option key={role} value={role}>
          {t(assignmentRoleLabelId(role))}
        </option>
      ))}
    </SelectField>
  );
}

/** The contributors of the chosen organisation, to tick as the assignment's focal points. */
export function FocalPointsFieldset({
  legend,
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
  const t = useT();
  return (
    <Fieldset
      legend={legend ?? t('assignments.fields.focalPoints')}
      error={error}
      className="assign-form__people"
    >
      {!organisationChosen ? (
        <p className="muted">{t('assignments.fields.chooseOrganisationFirst')}</p>
      ) : candidates.length === 0 ? (
        <p className="muted">
          <FormattedMessage
            id="assignments.fields.nobody"
            values={{ link: (chunks) => <Link to={`/reviews/${reviewId}/people`}>{chunks}</Link> }}
          />
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
            {member.status === 'invited' ? (
              <span className="muted"> {t('assignments.fields.invited')}</span>
            ) : null}
          </label>
        ))
      )}
    </Fieldset>
  );
}
