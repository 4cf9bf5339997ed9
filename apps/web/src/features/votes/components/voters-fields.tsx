import type { TMember, TOrganisation } from '@gcm/domain';
import { Fieldset } from '../../../components/ui/field';
import { errorFor } from '../../../lib/form-errors';
import { organisationLabel, REVIEW_ROLE_LABELS } from '../../../lib/labels';
import type { VoteFormPartProps } from './vote-form-model';
import { VoterChecklist, type VoterChoice } from './voter-checklist';

function memberChoice(member: TMember): VoterChoice {
  return {
    id: member.personId,
    label: (
      <>
        {member.name}
        <span className="muted">
          {member.organisation ? ` — ${organisationLabel(member.organisation)}` : ''} (
          {REVIEW_ROLE_LABELS[member.role]})
        </span>
      </>
    ),
  };
}

function organisationChoice(organisation: TOrganisation): VoterChoice {
  return {
    id: organisation.id,
    label: (
      <>
        {organisation.name}
        {organisationLabel(organisation) !== organisation.name ? (
          <span className="muted"> ({organisationLabel(organisation)})</span>
        ) : null}
      </>
    ),
  };
}

/** Who votes: each person or one ballot per organisation, and the voters themselves. */
export function VotersFields({
  form,
  set,
  errors,
  members,
  organisations,
}: VoteFormPartProps & {
  members: TMember[];
  organisations: TOrganisation[];
}) {
  const byPerson = form.eligibility === 'person';
  const chosen = byPerson ? form.personIds.length : form.organisationIds.length;
  return (
    <>
      <Fieldset legend="Who votes">
        <label className="choice">
          <input
            type="radio"
            name="eligibility"
            checked={byPerson}
            onChange={() => set('eligibility', 'person')}
          />{' '}
          Each person has a ballot
        </label>
        <label className="choice">
          <input
            type="radio"
            name="eligibility"
            checked={!byPerson}
            onChange={() => set('eligibility', 'organisation')}
          />{' '}
          One ballot per organisation
        </label>
      </Fieldset>
      <Fieldset
        legend={byPerson ? 'Voters' : 'Voting organisations'}
        error={errorFor(errors, 'voterIds')}
        hint={<span aria-live="polite">{`${chosen} selected.`}</span>}
      >
        {byPerson ? (
          <VoterChecklist
            choices={members.map(memberChoice)}
            selected={form.personIds}
            onChange={(ids) => set('personIds', ids)}
            presets={[
              {
                label: 'Select all stakeholders',
                ids: members
                  .filter((member) => member.role === 'stakeholder')
                  .map((member) => member.personId),
              },
              { label: 'Select everyone', ids: members.map((member) => member.personId) },
            ]}
          />
        ) : (
          <VoterChecklist
            choices={organisations.map(organisationChoice)}
            selected={form.organisationIds}
            onChange={(ids) => set('organisationIds', ids)}
            presets={[
              {
                label: 'Select all organisations',
                ids: organisations.map((organisation) => organisation.id),
              },
            ]}
          />
        )}
      </Fieldset>
    </>
  );
}
