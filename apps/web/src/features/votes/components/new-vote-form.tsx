import { type TReviewDetail, VOTE_METHODS, ZCreateVoteRoundRequest, zoneOffsetLabel } from '@gcm/domain';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { Checkbox } from '../../../components/ui/checkbox';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { FieldError, Fieldset } from '../../../components/ui/field';
import { FormSubmit } from '../../../components/ui/form-submit';
import { NumberField } from '../../../components/ui/number-field';
import { Loading } from '../../../components/ui/spinner';
import { TextField } from '../../../components/ui/text-field';
import { useReviewMembers } from '../../../lib/api/get-review-members';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useCreateVoteRound } from '../api/create-vote-round';
import { ObjectivesFields } from './objectives-fields';
import { RulesFields } from './rules-fields';
import { initialVoteForm, type VoteForm, voteRoundRequest } from './vote-form-model';
import { voteMethodLabel } from './vote-labels';
import { VotersFields } from './voters-fields';

export function NewVoteForm({ review }: { review: TReviewDetail }) {
  const t = useT();
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
        <TextField
          label="Title"
          error={errorFor(errors, 'title')}
          value={form.title}
          onChange={(value) => set('title', value)}
        />
        <Fieldset legend="Method" error={errors.rules}>
          {VOTE_METHODS.map((method) => (
            <label key={method} className="choice">
              <input
                type="radio"
                name="method"
                checked={form.method === method}
                onChange={() => set('method', method)}
              />{' '}
              {voteMethodLabel(t, method)}
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
          <TextField
            label={`Opens (${zone})`}
            error={errorFor(errors, 'opensAt')}
            type="datetime-local"
            value={form.opensAt}
            onChange={(value) => set('opensAt', value)}
          />
          <TextField
            label={`Closes (${zone})`}
            error={errorFor(errors, 'closesAt')}
            type="datetime-local"
            value={form.closesAt}
            onChange={(value) => set('closesAt', value)}
          />
        </div>
        {errors.workshopId ? <FieldError>{errors.workshopId}</FieldError> : null}
        <FormSubmit mutation={create} label="Create the vote" busyLabel="Creating…" />
      </form>
    </section>
  );
}
