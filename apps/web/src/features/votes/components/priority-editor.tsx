import {
  type TFinalisePrioritiesRequest,
  type TPriorityList,
  type TVoteResults,
  type TVoteRound,
  ZFinalisePrioritiesRequest,
} from '@gcm/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { FieldError } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { errorFor, type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { useT } from '../../../lib/i18n/use-t';
import { useSetPriorities } from '../api/set-priorities';
import { AddObjective } from './add-objective';
import { PriorityItemRow } from './priority-item-row';
import {
  DEFAULT_TOP,
  type FocusTarget,
  type PriorityItem,
  prioritiesRequest,
  startFromTop,
} from './priority-list';
import { StartFromResults } from './start-from-results';

/** The coordinator's draft of the priority list: start from the top of the vote, reorder, give reasons, save. */
export function PriorityEditor({
  round,
  results,
  initial,
  onSaved,
  onCancel,
  answersQuestion,
}: {
  round: TVoteRound;
  results: TVoteResults;
  /** The code of the question the list answers (ESCAP 2020: 7), or null when the review has none. */
  answersQuestion: string | null;
  /** The list finalised before, when the coordinator changes it. */
  initial: TPriorityList | null;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const t = useT();
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
      setTopError(t('votes.editor.topError', { max: results.ranking.length }));
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
      aria-label={t('votes.editor.form')}
      data-testid="finalise-form"
    >
      <StartFromResults
        top={top}
        onTopChange={setTop}
        max={results.ranking.length}
        error={topError}
        onApply={applyTop}
        ties={ties}
        cutoffRank={cutoffRank}
      />

      <section className="card" aria-labelledby="priorities-title">
        <h2 id="priorities-title">{t('votes.editor.title')}</h2>
        <p className="muted">
          {answersQuestion ? t('votes.editor.helpAnswer', { code: answersQuestion }) : t('votes.editor.help')}{' '}
          {missingReasons > 0
            ? t('votes.editor.missing', { count: missingReasons })
            : t('votes.editor.allReasons')}
        </p>
        {conflict ? (
          <div className="error-panel" role="alert">
            <h3 className="error-panel__title">{t('votes.editor.conflictTitle')}</h3>
            <p className="error-panel__message">
              {save.error.message} {t('votes.editor.conflictKeep')}
            </p>
          </div>
        ) : save.isError ? (
          <ErrorPanel title={t('votes.editor.saveError')} error={save.error} />
        ) : null}
        {errors.priorities ? <FieldError>{errors.priorities}</FieldError> : null}
        {errors.version ? <FieldError>{errors.version}</FieldError> : null}
        {items.length === 0 ? <p className="muted">{t('votes.editor.empty')}</p> : null}
        <ol className="priority-editor" data-testid="priority-editor">
          {items.map((item, index) => {
            const entry = entryOf.get(item.objective);
            const tied = cutoffRank !== null && entry?.rank === cutoffRank;
            return (
              <PriorityItemRow
                key={item.objective}
                item={item}
                index={index}
                count={items.length}
                entry={entry}
                method={results.method}
                tied={tied}
                error={
                  errorFor(errors, `priorities.${index}.reason`) ?? errorFor(errors, `priorities.${index}`)
                }
                register={register}
                onReasonChange={(reason) =>
                  setItems(
                    items.map((other) => (other.objective === item.objective ? { ...other, reason } : other)),
                  )
                }
                onMove={(by) => move(index, by)}
                onRemove={() => remove(item.objective)}
              />
            );
          })}
        </ol>
        {remaining.length > 0 ? (
          <AddObjective
            remaining={remaining}
            value={toAdd}
            onChange={setToAdd}
            onAdd={add}
            register={register}
          />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {save.isPending ? t('votes.editor.saving') : t('votes.editor.save', { count: items.length })}
          </button>
          {onCancel ? (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('votes.editor.cancel')}
            </button>
          ) : null}
        </div>
      </section>
    </form>
  );
}
