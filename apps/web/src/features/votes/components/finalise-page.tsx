import {
  type TFinalisePrioritiesRequest,
  type TPriorityList,
  type TReviewDetail,
  type TVoteResults,
  type TVoteRound,
  topN,
  ZFinalisePrioritiesRequest,
} from '@gcm/domain';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Badge } from '../../../components/ui/badge';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Field, FieldError } from '../../../components/ui/field';
import { PriorityTable } from '../../../components/ui/priority-table';
import { Loading } from '../../../components/ui/spinner';
import { useVotePriorities } from '../../../lib/api/get-vote-priorities';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { objectiveLabel } from '../../../lib/objectives';
import { useVoteResults } from '../api/get-vote-results';
import { useSetPriorities } from '../api/set-priorities';
import { RoundFrame } from './round-frame';
import { valueWithUnit } from './vote-labels';

/** How many objectives the list starts from: Mongolia's workshop agreed on 12. */
export const DEFAULT_TOP = 12;

export interface PriorityItem {
  objective: number;
  reason: string;
}

/** The top `n` of the results, keeping the reasons already written for objectives that stay. */
export function startFromTop(results: TVoteResults, n: number, current: readonly PriorityItem[] = []) {
  const { objectives, tiesAtCutoff } = topN(results, n);
  const reasons = new Map(current.map((item) => [item.objective, item.reason]));
  return {
    items: objectives.map((objective) => ({ objective, reason: reasons.get(objective) ?? '' })),
    tiesAtCutoff,
  };
}

export function prioritiesRequest(version: number, items: readonly PriorityItem[]) {
  return { version, priorities: items.map((item) => ({ objective: item.objective, reason: item.reason })) };
}

const ordinal = (n: number) => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

type FocusTarget = `${'up' | 'down' | 'reason'}-${number}` | 'add';

function PriorityEditor({
  round,
  results,
  initial,
  onSaved,
  onCancel,
}: {
  round: TVoteRound;
  results: TVoteResults;
  /** The list finalised before, when the coordinator changes it. */
  initial: TPriorityList | null;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const save = useSetPriorities(round);
  const [top, setTop] = useState(String(DEFAULT_TOP));
  const [start] = useState(() =>
    initial
      ? {
          items: [...initial.priorities]
            .sort((a, b) => a.position - b.position)
            .map((row) => ({ objective: row.objective, reason: row.reason })),
          tiesAtCutoff: [] as number[],
        }
      : startFromTop(results, DEFAULT_TOP),
  );
  const [items, setItems] = useState<PriorityItem[]>(start.items);
  const [ties, setTies] = useState<number[]>(start.tiesAtCutoff);
  const [cutoffRank, setCutoffRank] = useState<number | null>(() =>
    start.tiesAtCutoff.length > 0 ? (results.ranking[DEFAULT_TOP - 1]?.rank ?? null) : null,
  );
  const [toAdd, setToAdd] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [topError, setTopError] = useState<string | undefined>();
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const conflict = save.isError && isApiError(save.error) && save.error.status === 409;

  useEffect(() => {
    if (focus === null) return;
    refs.current.get(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const register = (key: FocusTarget) => (element: HTMLElement | null) => {
    if (element) refs.current.set(key, element);
    else refs.current.delete(key);
  };

  const entryOf = new Map(results.ranking.map((entry) => [entry.objective, entry]));
  const remaining = results.ranking.filter(
    (entry) => !items.some((item) => item.objective === entry.objective),
  );

  function applyTop() {
    const n = Number(top);
    if (!Number.isInteger(n) || n < 1 || n > results.ranking.length) {
      setTopError(`must be a whole number from 1 to ${results.ranking.length}`);
      return;
    }
    setTopError(undefined);
    const next = startFromTop(results, n, items);
    setItems(next.items);
    setTies(next.tiesAtCutoff);
    setCutoffRank(next.tiesAtCutoff.length > 0 ? (results.ranking[n - 1]?.rank ?? null) : null);
    setErrors({});
  }

  function move(index: number, by: -1 | 1) {
    const to = index + by;
    const item = items[index];
    if (!item || to < 0 || to >= items.length) return;
    const next = [...items];
    next.splice(index, 1);
    next.splice(to, 0, item);
    setItems(next);
    setErrors({});
    const atEdge = to === 0 || to === next.length - 1;
    setFocus(`${atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}-${item.objective}`);
  }

  function remove(objective: number) {
    setItems(items.filter((item) => item.objective !== objective));
    setErrors({});
    setFocus('add');
  }

  function add() {
    const objective = Number(toAdd);
    if (!toAdd || items.some((item) => item.objective === objective)) return;
    setItems([...items, { objective, reason: '' }]);
    setToAdd('');
    setErrors({});
    setFocus(`reason-${objective}`);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZFinalisePrioritiesRequest.safeParse(prioritiesRequest(round.version, items));
    if (!parsed.success) {
      setErrors(issuesToFieldErrors(parsed.error));
      return;
    }
    setErrors({});
    save.mutate(parsed.data as TFinalisePrioritiesRequest, {
      onSuccess: onSaved,
      onError: (error) => setErrors(serverFieldErrors(error)),
    });
  }

  const missingReasons = items.filter((item) => item.reason.trim() === '').length;
  return (
    <form
      className="form"
      noValidate
      onSubmit={submit}
      aria-label="Priority list"
      data-testid="finalise-form"
    >
      <section className="card" aria-labelledby="start-title">
        <h2 id="start-title">Start from the results</h2>
        <div className="chips__add">
          <Field
            label="Number of objectives to start from"
            error={topError}
            hint="The top objectives of the vote; add, remove and reorder them below."
          >
            {(control) => (
              <input
                {...control}
                className="input input--short"
                type="number"
                inputMode="numeric"
                min={1}
                max={results.ranking.length}
                value={top}
                onChange={(event) => setTop(event.target.value)}
              />
            )}
          </Field>
          <button type="button" className="button button--secondary" onClick={applyTop}>
            Use the top {top || '…'}
          </button>
        </div>
        {ties.length > 0 ? (
          <p className="notice notice--warning" data-testid="cutoff-ties" role="status">
            <strong>The cut-off falls inside a tie.</strong> {ties.length === 1 ? 'Objective' : 'Objectives'}{' '}
            {ties.join(', ')} {ties.length === 1 ? 'has' : 'have'} the same result as the last objective of
            the list (rank {cutoffRank}) but {ties.length === 1 ? 'is' : 'are'} not in it: add{' '}
            {ties.length === 1 ? 'it' : 'them'} or explain the choice in the reasons.
          </p>
        ) : null}
      </section>

      <section className="card" aria-labelledby="priorities-title">
        <h2 id="priorities-title">Priority objectives and reasons</h2>
        <p className="muted">
          Write why each objective is a priority in the national context: these reasons are the answer to
          question 7.{' '}
          {missingReasons > 0 ? `${missingReasons} still without a reason.` : 'Every objective has a reason.'}
        </p>
        {conflict ? (
          <div className="error-panel" role="alert">
            <h3 className="error-panel__title">The vote changed meanwhile</h3>
            <p className="error-panel__message">
              {save.error.message} Your list is kept here: reload the page to see the other change, then save
              again.
            </p>
          </div>
        ) : save.isError ? (
          <ErrorPanel title="The priority list could not be saved" error={save.error} />
        ) : null}
        {errors.priorities ? <FieldError>{errors.priorities}</FieldError> : null}
        {errors.version ? <FieldError>{errors.version}</FieldError> : null}
        {items.length === 0 ? <p className="muted">The list is empty: add objectives below.</p> : null}
        <ol className="priority-editor" data-testid="priority-editor">
          {items.map((item, index) => {
            const entry = entryOf.get(item.objective);
            const tied = cutoffRank !== null && entry?.rank === cutoffRank;
            return (
              <li
                key={item.objective}
                className="priority-editor__item"
                data-testid={`priority-item-${item.objective}`}
              >
                <div className="priority-editor__header">
                  <h3 className="priority-editor__title">
                    {index + 1}. {objectiveLabel(item.objective)}
                  </h3>
                  <span className="muted">
                    {entry
                      ? `${ordinal(entry.rank)} in the vote, ${valueWithUnit(results.method, entry.value)}`
                      : 'Not on the ballot'}
                  </span>
                  {tied ? (
                    <Badge tone="warning" icon="=" testId="tied-at-cutoff">
                      tied at the cut-off
                    </Badge>
                  ) : null}
                </div>
                <Field
                  label={`Reasons for prioritisation — Objective ${item.objective}`}
                  error={
                    errorFor(errors, `priorities.${index}.reason`) ?? errorFor(errors, `priorities.${index}`)
                  }
                >
                  {(control) => (
                    <textarea
                      {...control}
                      ref={register(`reason-${item.objective}`)}
                      className="input"
                      rows={4}
                      value={item.reason}
                      onChange={(event) =>
                        setItems(
                          items.map((other) =>
                            other.objective === item.objective
                              ? { ...other, reason: event.target.value }
                              : other,
                          ),
                        )
                      }
                    />
                  )}
                </Field>
                <div className="priority-editor__actions">
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    ref={register(`up-${item.objective}`)}
                    aria-label={`Move objective ${item.objective} up`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    <span aria-hidden="true">↑</span> Up
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    ref={register(`down-${item.objective}`)}
                    aria-label={`Move objective ${item.objective} down`}
                    disabled={index === items.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    <span aria-hidden="true">↓</span> Down
                  </button>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Remove objective ${item.objective}`}
                    onClick={() => remove(item.objective)}
                  >
                    Remove
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
        {remaining.length > 0 ? (
          <div className="chips__add">
            <Field label="Add an objective">
              {(control) => (
                <select
                  {...control}
                  ref={register('add')}
                  className="input"
                  value={toAdd}
                  onChange={(event) => setToAdd(event.target.value)}
                >
                  <option value="">Choose…</option>
                  {remaining.map((entry) => (
                    <option key={entry.objective} value={entry.objective}>
                      {objectiveLabel(entry.objective)} ({ordinal(entry.rank)})
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <button type="button" className="button button--secondary" onClick={add} disabled={toAdd === ''}>
              Add
            </button>
          </div>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : `Save the priority list (${items.length})`}
          </button>
          {onCancel ? (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Cancel
            </button>
          ) : null}
        </div>
      </section>
    </form>
  );
}

function FinalList({
  round,
  review,
  justSaved,
  onEdit,
}: {
  round: TVoteRound;
  review: TReviewDetail;
  justSaved: boolean;
  onEdit?: () => void;
}) {
  const priorities = useVotePriorities(round.id);
  let content: ReactNode;
  if (priorities.isError) {
    content = (
      <ErrorPanel
        title="The priority list could not be loaded"
        error={priorities.error}
        onRetry={() => void priorities.refetch()}
        retrying={priorities.isFetching}
      />
    );
  } else if (!priorities.data) {
    content = <Loading label="Loading the priority list…" />;
  } else {
    content = (
      <>
        <PriorityTable priorities={priorities.data.priorities} />
        <ul className="inline-links inline-links--page">
          <li>
            <Link to={`/reviews/${review.id}#question-7`}>See question 7</Link>
          </li>
          {onEdit ? (
            <li>
              <button type="button" className="button button--secondary" onClick={onEdit}>
                Change the priority list
              </button>
            </li>
          ) : null}
        </ul>
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="final-title">
      <h2 id="final-title">Priority GCM objectives</h2>
      {justSaved ? (
        <p className="notice notice--success" role="status" data-testid="priorities-saved">
          The priority list is saved. It is the answer to question 7.
        </p>
      ) : null}
      {content}
    </section>
  );
}

function Finalise({ round, review }: { round: TVoteRound; review: TReviewDetail }) {
  const coordinator = review.viewer.role === 'coordinator';
  const [editing, setEditing] = useState(coordinator && round.state === 'closed');
  const [justSaved, setJustSaved] = useState(false);
  const needsResults = coordinator && editing;
  const results = useVoteResults(round.id, { enabled: needsResults });
  const previous = useVotePriorities(round.id, { enabled: needsResults && round.state === 'finalised' });

  if (round.state === 'scheduled' || round.state === 'open') {
    return (
      <p className="notice" data-testid="not-closed">
        The priority list is drawn up once the vote has closed.{' '}
        {round.state === 'open' && !round.resultsHidden ? (
          <Link to={`/votes/${round.id}/results`}>See the results so far</Link>
        ) : null}
      </p>
    );
  }
  if (!editing) {
    if (round.state !== 'finalised' && !justSaved) {
      return <p className="notice">The coordinator has not finalised the priority list yet.</p>;
    }
    return (
      <FinalList
        round={round}
        review={review}
        justSaved={justSaved}
        {...(coordinator
          ? {
              onEdit: () => {
                setJustSaved(false);
                setEditing(true);
              },
            }
          : {})}
      />
    );
  }
  const failed = results.isError ? results : previous.isError ? previous : null;
  if (failed) {
    return (
      <ErrorPanel
        title="The results could not be loaded"
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  if (!results.data || (round.state === 'finalised' && !previous.data)) {
    return <Loading label="Loading the results…" />;
  }
  return (
    <PriorityEditor
      round={round}
      results={results.data}
      initial={round.state === 'finalised' ? (previous.data ?? null) : null}
      onSaved={() => {
        setJustSaved(true);
        setEditing(false);
      }}
      {...(round.state === 'finalised' ? { onCancel: () => setEditing(false) } : {})}
    />
  );
}

export function FinalisePage() {
  const { voteId = '' } = useParams();
  return (
    <RoundFrame voteId={voteId} title={(round) => `Priority list — ${round.title}`}>
      {(round, review) => <Finalise round={round} review={review} />}
    </RoundFrame>
  );
}
