import type { TMember, TOrganisation } from '@gcm/domain';
import { Fieldset } from '../../../components/ui/field';
import { errorFor } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { organisationLabel, reviewRoleLabelId } from '../../../lib/labels';
import type { VoteFormPartProps } from './vote-form-model';
import { VoterChecklist, type VoterChoice } from './voter-checklist';

function memberChoice(t: ReturnType<typeof useT>, member: TMember): VoterChoice {
  return {
    id: member.personId,
    label: (
      <>
        {member.name}
        <span className="muted">
          {member.organisation ? ` — ${organisationLabel(member.organisation)}` : ''} (
          {t(reviewRoleLabelId(member.role))})
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
  const t = useT();
  const byPerson = form.eligibility === 'person';
  const chosen = byPerson ? form.personIds.length : form.organisationIds.length;
  return (
    <>
      <Fieldset legend={t('votes.new.voters.who')}>
        <label className="choice">
          <input
            type="radio"
            name="eligibility"
            checked={byPerson}
            onChange={() => set('eligibility', 'person')}
          />{' '}
          {t('votes.new.voters.perPerson')}
        </label>
        <label className="choice">
          <input
            type="radio"
            name="eligibility"
            checked={!byPerson}
            onChange={() => set('eligibility', 'organisation')}
          />{' '}
          {t('votes.new.voters.perOrganisation')}
        </label>
      </Fieldset>
      <Fieldset
        legend={byPerson ? t('votes.new.voters.people') : t('votes.new.voters.organisations')}
        error={errorFor(errors, 'voterIds')}
        hint={<span aria-live="polite">{t('votes.new.voters.selected', { count: chosen })}</span>}
      >
        {byPerson ? (
          <VoterChecklist
            choices={members.map((member) => memberChoice(t, member))}
            selected={form.personIds}
            onChange={(ids) => set('personIds', ids)}
            presets={[
              {
                label: t('votes.new.voters.allStakeholders'),
                ids: members
                  .filter((member) => member.role === 'stakeholder')
                  .map((member) => member.personId),
              },
              { label: t('votes.new.voters.everyone'), ids: members.map((member) => member.personId) },
            ]}
          />
        ) : (
          <VoterChecklist
            choices={organisations.map(organisationChoice)}
            selected={form.organisationIds}
            onChange={(ids) => set('organisationIds', ids)}
            presets={[
              {
                label: t('votes.new.voters.allOrganisations'),
                ids: organisations.map((organisation) => organisation.id),
              },
            ]}
          />
        )}
      </Fieldset>
    </>
  );
}
