import {
  type TMember,
  type TOrganisation,
  type TReviewDetail,
  type TVoteMethod,
  type TVoteRules,
  VOTE_METHODS,
  ZCreateVoteRoundRequest,
} from '@gcm/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Field, FieldError, Fieldset } from '../../../components/ui/field';
import { Loading } from '../../../components/ui/spinner';
import { useReviewMembers } from '../../../lib/api/get-review-members';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { isoToZonedInput, zonedInputToIso, zoneOffsetLabel } from '../../../lib/dates';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { organisationLabel, REVIEW_ROLE_LABELS } from '../../../lib/labels';
import { ALL_OBJECTIVE_NUMBERS, groupByCluster } from '../../../lib/objectives';
import { useCreateVoteRound } from '../api/create-vote-round';
import { VOTE_METHOD_LABELS } from './vote-labels';

export interface VoteForm {
  title: string;
  method: TVoteMethod;
  /** Numbers as typed, so an empty box is refused with the contract's message. */
  maxPicks: string;
  budget: string;
  maxPerOption: string;
  maxRanks: string;
  unlimitedRanks: boolean;
  allObjectives: boolean;
  objectives: number[];
  eligibility: 'person' | 'organisation';
  personIds: string[];
  organisationIds: string[];
  secret: boolean;
  resultsHidden: boolean;
  quorum: string;
  opensAt: string;
  closesAt: string;
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export function initialVoteForm(timeZone: string, now: Date = new Date()): VoteForm {
  return {
    title: 'Priority GCM objectives',
    method: 'ranked',
    maxPicks: '12',
    budget: '10',
    maxPerOption: '3',
    maxRanks: '12',
    unlimitedRanks: true,
    allObjectives: true,
    objectives: [],
    eligibility: 'person',
    personIds: [],
    organisationIds: [],
    secret: false,
    resultsHidden: false,
    quorum: '',
    // Voting opens now and closes a week later, in the review's time zone.
    opensAt: isoToZonedInput(now.toISOString(), timeZone),
    closesAt: isoToZonedInput(new Date(now.getTime() + WEEK_MS).toISOString(), timeZone),
  };
}

/** "" → NaN, so that zod refuses an empty box instead of leaving the setting out. */
function toNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

export function rulesFrom(form: VoteForm): TVoteRules {
  switch (form.method) {
    case 'approval':
      return { method: 'approval', maxPicks: toNumber(form.maxPicks) };
    case 'dot':
      return { method: 'dot', budget: toNumber(form.budget), maxPerOption: toNumber(form.maxPerOption) };
    case 'ranked':
      return { method: 'ranked', maxRanks: form.unlimitedRanks ? null : toNumber(form.maxRanks) };
    case 'score':
      return { method: 'score', maxScore: 5 };
  }
}

/** The form as POST /reviews/:id/votes takes it; checked with the contract before sending. */
export function voteRoundRequest(form: VoteForm, timeZone: string): Record<string, unknown> {
  return {
    title: form.title,
    rules: rulesFrom(form),
    ...(form.allObjectives ? {} : { options: [...form.objectives].sort((a, b) => a - b) }),
    eligibility: form.eligibility,
    voterIds: form.eligibility === 'person' ? form.personIds : form.organisationIds,
    secret: form.secret,
    resultsHidden: form.resultsHidden,
    quorum: form.quorum.trim() === '' ? null : toNumber(form.quorum),
    opensAt: zonedInputToIso(form.opensAt, timeZone),
    closesAt: zonedInputToIso(form.closesAt, timeZone),
  };
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? [...list] : [...list, item]) : list.filter((other) => other !== item);
}

function NumberField({
  label,
  value,
  onChange,
  error,
  hint,
  min,
  max,
  disabled = false,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  hint?: string;
  min: number;
  max: number;
  disabled?: boolean;
}) {
  return (
    <Field label={label} error={error} {...(hint ? { hint } : {})}>
      {(control) => (
        <input
          {...control}
          className="input input--short"
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          disabled={disabled}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

function RulesFields({
  form,
  set,
  errors,
}: {
  form: VoteForm;
  set: <K extends keyof VoteForm>(key: K, value: VoteForm[K]) => void;
  errors: FieldErrors;
}) {
  switch (form.method) {
    case 'approval':
      return (
        <NumberField
          label="Most objectives a voter may pick"
          value={form.maxPicks}
          onChange={(value) => set('maxPicks', value)}
          error={errorFor(errors, 'rules.maxPicks')}
          min={1}
          max={23}
        />
      );
    case 'dot':
      return (
        <div className="form form--grid">
          <NumberField
            label="Points per voter"
            value={form.budget}
            onChange={(value) => set('budget', value)}
            error={errorFor(errors, 'rules.budget')}
            min={1}
            max={200}
          />
          <NumberField
            label="Most points on one objective"
            value={form.maxPerOption}
            onChange={(value) => set('maxPerOption', value)}
            error={errorFor(errors, 'rules.maxPerOption')}
            min={1}
            max={200}
          />
        </div>
      );
    case 'ranked':
      return (
        <>
          <Checkbox
            label="No limit: voters rank as many objectives as they like"
            checked={form.unlimitedRanks}
            onChange={(value) => set('unlimitedRanks', value)}
          />
          <NumberField
            label="Most objectives a voter may rank"
            value={form.maxRanks}
            onChange={(value) => set('maxRanks', value)}
            error={errorFor(errors, 'rules.maxRanks')}
            min={1}
            max={23}
            disabled={form.unlimitedRanks}
          />
        </>
      );
    case 'score':
      return <p className="muted">Voters give each objective a score from 0 to 5.</p>;
  }
}

function ObjectivesFields({
  form,
  set,
  errors,
}: {
  form: VoteForm;
  set: <K extends keyof VoteForm>(key: K, value: VoteForm[K]) => void;
  errors: FieldErrors;
}) {
  return (
    <Fieldset legend="Objectives on the ballot" error={errorFor(errors, 'options')}>
      <label className="choice">
        <input
          type="radio"
          name="objectives-scope"
          checked={form.allObjectives}
          onChange={() => set('allObjectives', true)}
        />{' '}
        All 23 GCM objectives
      </label>
      <label className="choice">
        <input
          type="radio"
          name="objectives-scope"
          checked={!form.allObjectives}
          onChange={() => set('allObjectives', false)}
        />{' '}
        Choose the objectives
      </label>
      {form.allObjectives ? null : (
        <div className="objective-groups">
          {groupByCluster(ALL_OBJECTIVE_NUMBERS).map((group) => (
            <fieldset key={group.cluster} className="fieldset objective-group">
              <legend className="field__label">{group.title}</legend>
              <ul className="check-list">
                {group.objectives.map((objective) => (
                  <li key={objective.number}>
                    <label className="choice">
                      <input
                        type="checkbox"
                        checked={form.objectives.includes(objective.number)}
                        onChange={(event) =>
                          set('objectives', toggle(form.objectives, objective.number, event.target.checked))
                        }
                      />{' '}
                      Objective {objective.number} — {objective.title}
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          <p className="muted" aria-live="polite">
            {form.objectives.length} of 23 objectives chosen.
          </p>
        </div>
      )}
    </Fieldset>
  );
}

function VotersFields({
  form,
  set,
  errors,
  members,
  organisations,
}: {
  form: VoteForm;
  set: <K extends keyof VoteForm>(key: K, value: VoteForm[K]) => void;
  errors: FieldErrors;
  members: TMember[];
  organisations: TOrganisation[];
}) {
  const byPerson = form.eligibility === 'person';
  const chosen = byPerson ? form.personIds.length : form.organisationIds.length;
  let list: ReactNode;
  if (byPerson) {
    list = (
      <>
        <div className="toolbar">
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              set(
                'personIds',
                members.filter((member) => member.role === 'stakeholder').map((member) => member.personId),
              )
            }
          >
            Select all stakeholders
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              set(
                'personIds',
                members.map((member) => member.personId),
              )
            }
          >
            Select everyone
          </button>
          <button type="button" className="button button--secondary" onClick={() => set('personIds', [])}>
            Clear
          </button>
        </div>
        <ul className="check-list" data-testid="voter-list">
          {members.map((member) => (
            <li key={member.personId}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={form.personIds.includes(member.personId)}
                  onChange={(event) =>
                    set('personIds', toggle(form.personIds, member.personId, event.target.checked))
                  }
                />{' '}
                {member.name}
                <span className="muted">
                  {member.organisation ? ` — ${organisationLabel(member.organisation)}` : ''} (
                  {REVIEW_ROLE_LABELS[member.role]})
                </span>
              </label>
            </li>
          ))}
        </ul>
      </>
    );
  } else {
    list = (
      <>
        <div className="toolbar">
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              set(
                'organisationIds',
                organisations.map((organisation) => organisation.id),
              )
            }
          >
            Select all organisations
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => set('organisationIds', [])}
          >
            Clear
          </button>
        </div>
        <ul className="check-list" data-testid="voter-list">
          {organisations.map((organisation) => (
            <li key={organisation.id}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={form.organisationIds.includes(organisation.id)}
                  onChange={(event) =>
                    set(
                      'organisationIds',
                      toggle(form.organisationIds, organisation.id, event.target.checked),
                    )
                  }
                />{' '}
                {organisation.name}
                {organisationLabel(organisation) !== organisation.name ? (
                  <span className="muted"> ({organisationLabel(organisation)})</span>
                ) : null}
              </label>
            </li>
          ))}
        </ul>
      </>
    );
  }
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
        {list}
      </Fieldset>
    </>
  );
}

export function NewVoteForm({ review }: { review: TReviewDetail }) {
  const navigate = useNavigate();
  const members = useReviewMembers(review.id);
  const organisations = useReviewOrganisations(review.id);
  const create = useCreateVoteRound(review.id);
  const [form, setForm] = useState(() => initialVoteForm(review.timeZone));
  const [hiddenTouched, setHiddenTouched] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const zone = `${review.timeZone}, ${zoneOffsetLabel(review.timeZone)}`;

  function set<K extends keyof VoteForm>(key: K, value: VoteForm[K]) {
    setForm((current) => {
      const next = { ...current, [key]: value };
      // Secret rounds always hide their results until the close (the contract refuses otherwise);
      // an open round goes back to what the coordinator chose, or to shown.
      if (key === 'secret') next.resultsHidden = Boolean(value) || (hiddenTouched && current.resultsHidden);
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCreateVoteRoundRequest.safeParse(voteRoundRequest(form, review.timeZone));
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (round) => void navigate(`/votes/${round.id}`),
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  let voters: ReactNode;
  if (members.isError || organisations.isError) {
    voters = (
      <ErrorPanel
        title="The people of the review could not be loaded"
        error={members.error ?? organisations.error}
        onRetry={() => {
          void members.refetch();
          void organisations.refetch();
        }}
        retrying={members.isFetching || organisations.isFetching}
      />
    );
  } else if (!members.data || !organisations.data) {
    voters = <Loading label="Loading the people of the review…" />;
  } else {
    voters = (
      <VotersFields
        form={form}
        set={set}
        errors={errors}
        members={members.data.members}
        organisations={organisations.data.organisations}
      />
    );
  }

  return (
    <section className="card" aria-labelledby="new-vote-title">
      <h2 id="new-vote-title">New vote</h2>
      <form className="form" noValidate onSubmit={submit} aria-label="New vote" data-testid="new-vote-form">
        {create.isError ? <ErrorPanel title="The vote could not be created" error={create.error} /> : null}
        <Field label="Title" error={errorFor(errors, 'title')}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={form.title}
              onChange={(event) => set('title', event.target.value)}
            />
          )}
        </Field>
        <Fieldset legend="Method" error={errors.rules}>
          {VOTE_METHODS.map((method) => (
            <label key={method} className="choice">
              <input
                type="radio"
                name="method"
                checked={form.method === method}
                onChange={() => set('method', method)}
              />{' '}
              {VOTE_METHOD_LABELS[method]}
            </label>
          ))}
        </Fieldset>
        <RulesFields form={form} set={set} errors={errors} />
        <ObjectivesFields form={form} set={set} errors={errors} />
        {voters}
        <Checkbox
          label="Secret vote"
          hint="Nobody, not even the coordinator, can see who voted what: only the totals and who has voted."
          checked={form.secret}
          onChange={(value) => set('secret', value)}
        />
        <Checkbox
          label="Hide the results until the vote closes"
          hint={
            form.secret
              ? 'Always on for a secret vote: results shown while people vote, beside who has voted, would reveal how each person voted.'
              : 'Voters are not swayed by the running count.'
          }
          checked={form.resultsHidden}
          disabled={form.secret}
          onChange={(value) => {
            setHiddenTouched(true);
            set('resultsHidden', value);
          }}
        />
        <div className="form form--grid">
          <NumberField
            label="Quorum (ballots needed)"
            value={form.quorum}
            onChange={(value) => set('quorum', value)}
            error={errorFor(errors, 'quorum')}
            hint="Optional. Below it, the result is shown as not valid."
            min={1}
            max={1000}
          />
          <Field label={`Opens (${zone})`} error={errorFor(errors, 'opensAt')}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="datetime-local"
                value={form.opensAt}
                onChange={(event) => set('opensAt', event.target.value)}
              />
            )}
          </Field>
          <Field label={`Closes (${zone})`} error={errorFor(errors, 'closesAt')}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="datetime-local"
                value={form.closesAt}
                onChange={(event) => set('closesAt', event.target.value)}
              />
            )}
          </Field>
        </div>
        {errors.workshopId ? <FieldError>{errors.workshopId}</FieldError> : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create the vote'}
          </button>
        </div>
      </form>
    </section>
  );
}
