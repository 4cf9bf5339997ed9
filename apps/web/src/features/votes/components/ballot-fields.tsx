import type { TApprovalVoteRules, TDotVoteRules, TRankedVoteRules } from '@gcm/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { useT } from '../../../lib/i18n/use-t';
import { pointsGiven, pointsOf } from './ballot-content';
import { objectiveNames } from './use-objective-names';

interface FieldsProps<T> {
  options: readonly number[];
  value: T;
  onChange: (value: T) => void;
  /** After the close: the ballot as cast, nothing to change. */
  readOnly: boolean;
}

/** Tick up to `maxPicks` objectives, grouped by cluster; the rest are disabled at the limit. */
export function ApprovalFields({
  options,
  rules,
  value: picks,
  onChange,
  readOnly,
}: FieldsProps<number[]> & { rules: TApprovalVoteRules }) {
  const t = useT();
  const names = objectiveNames(t);
  const left = rules.maxPicks - picks.length;
  return (
    <>
      <p className="ballot__counter" aria-live="polite" data-testid="picks-left">
        {t('votes.approval.left', { left: Math.max(left, 0), max: rules.maxPicks })}
      </p>
      {names.groups(options).map((group) => (
        <fieldset key={group.cluster} className="fieldset ballot__group">
          <legend className="field__label">{group.title}</legend>
          <ul className="check-list">
            {group.objectives.map((objective) => {
              const checked = picks.includes(objective.number);
              return (
                <li key={objective.number}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={checked}
                      disabled={readOnly || (!checked && left <= 0)}
                      onChange={(event) =>
                        onChange(
                          event.target.checked
                            ? [...picks, objective.number]
                            : picks.filter((pick) => pick !== objective.number),
                        )
                      }
                    />{' '}
                    {names.label(objective.number)}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      {left <= 0 && !readOnly ? <p className="muted">{t('votes.approval.full')}</p> : null}
    </>
  );
}

/** Spread a budget of points, at most `maxPerOption` on one objective. */
export function DotFields({
  options,
  rules,
  value: points,
  onChange,
  readOnly,
}: FieldsProps<Record<number, string>> & { rules: TDotVoteRules }) {
  const t = useT();
  const names = objectiveNames(t);
  const id = useId();
  const given = pointsGiven(points);
  const left = rules.budget - given;
  return (
    <>
      <p className="ballot__counter" aria-live="polite" data-testid="points-left">
        {t('votes.dot.left', { left: Math.max(left, 0), budget: rules.budget })}
      </p>
      {left < 0 ? (
        <p className="field__error" role="alert" data-testid="over-budget">
          <span aria-hidden="true">✕ </span>
          {t('votes.dot.over', { given, over: -left, budget: rules.budget })}
        </p>
      ) : null}
      {names.groups(options).map((group) => (
        <fieldset key={group.cluster} className="fieldset ballot__group">
          <legend className="field__label">{group.title}</legend>
          <ul className="dot-list">
            {group.objectives.map((objective) => {
              const inputId = `${id}-${objective.number}`;
              const value = points[objective.number] ?? '';
              const over = pointsOf(value) > rules.maxPerOption;
              return (
                <li key={objective.number} className="dot-list__item">
                  <input
                    id={inputId}
                    className="input input--points"
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={rules.maxPerOption}
                    step={1}
                    placeholder="0"
                    value={value}
                    readOnly={readOnly}
                    aria-invalid={over ? true : undefined}
                    onChange={(event) => onChange({ ...points, [objective.number]: event.target.value })}
                  />
                  <label htmlFor={inputId}>{names.label(objective.number)}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
      <p className="muted">{t('votes.dot.maxPerOption', { max: rules.maxPerOption })}</p>
    </>
  );
}

type FocusTarget = `${'up' | 'down' | 'remove' | 'add'}-${number}`;

/**
 * Two lists: "Your ranking" (in order) and "Not ranked", moved between and within with real buttons.
 * Focus follows the objective that moved, and a live region says where it went.
 */
export function RankedFields({
  options,
  rules,
  value: ranking,
  onChange,
  readOnly,
}: FieldsProps<number[]> & { rules: TRankedVoteRules }) {
  const t = useT();
  const names = objectiveNames(t);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const unranked = [...options].filter((objective) => !ranking.includes(objective)).sort((a, b) => a - b);
  const full = rules.maxRanks !== null && ranking.length >= rules.maxRanks;

  useEffect(() => {
    if (focus === null) return;
    buttons.current.get(focus)?.focus();
    setFocus(null);
  }, [focus]);

  const register = (key: FocusTarget) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(key, element);
    else buttons.current.delete(key);
  };

  function move(objective: number, by: -1 | 1) {
    const from = ranking.indexOf(objective);
    const to = from + by;
    if (from < 0 || to < 0 || to >= ranking.length) return;
    const next = [...ranking];
    next.splice(from, 1);
    next.splice(to, 0, objective);
    onChange(next);
    const atEdge = to === 0 || to === next.length - 1;
    setFocus(`${atEdge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}-${objective}`);
    setAnnouncement(t('votes.ranked.moved', { objective, position: to + 1, total: next.length }));
  }

  function remove(objective: number) {
    onChange(ranking.filter((other) => other !== objective));
    setFocus(`add-${objective}`);
    setAnnouncement(t('votes.ranked.removed', { objective }));
  }

  function add(objective: number) {
    if (full) return;
    const next = [...ranking, objective];
    onChange(next);
    // Stay in the "Not ranked" list, on the next objective, to add several in a row.
    const index = unranked.indexOf(objective);
    const following = unranked[index + 1] ?? unranked[index - 1];
    const willBeFull = rules.maxRanks !== null && next.length >= rules.maxRanks;
    setFocus(following !== undefined && !willBeFull ? `add-${following}` : `remove-${objective}`);
    setAnnouncement(t('votes.ranked.added', { objective, position: next.length }));
  }

  return (
    <div className="ranked">
      <p className="ballot__counter" aria-live="polite" data-testid="ranks-left">
        {rules.maxRanks === null
          ? t('votes.ranked.unlimited', { count: ranking.length })
          : t('votes.ranked.left', {
              left: Math.max(rules.maxRanks - ranking.length, 0),
              max: rules.maxRanks,
            })}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="ranked__columns">
        <section className="ranked__column" aria-labelledby="ranking-title">
          <h3 id="ranking-title">{t('votes.ranked.yours')}</h3>
          {ranking.length === 0 ? <p className="muted">{t('votes.ranked.empty')}</p> : null}
          <ol className="ranking" data-testid="ranking" aria-labelledby="ranking-title">
            {ranking.map((objective, index) => (
              <li key={objective} className="ranking__item" data-testid={`ranked-${objective}`}>
                <span className="ranking__position" aria-hidden="true">
                  {index + 1}.
                </span>
                <span className="ranking__label">{names.label(objective)}</span>
                {readOnly ? null : (
                  <span className="ranking__actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      ref={register(`up-${objective}`)}
                      aria-label={t('votes.ranked.upName', { objective })}
                      disabled={index === 0}
                      onClick={() => move(objective, -1)}
                    >
                      <span aria-hidden="true">↑</span> {t('votes.ranked.up')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      ref={register(`down-${objective}`)}
                      aria-label={t('votes.ranked.downName', { objective })}
                      disabled={index === ranking.length - 1}
                      onClick={() => move(objective, 1)}
                    >
                      <span aria-hidden="true">↓</span> {t('votes.ranked.down')}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      ref={register(`remove-${objective}`)}
                      aria-label={t('votes.ranked.removeName', { objective })}
                      onClick={() => remove(objective)}
                    >
                      {t('votes.ranked.remove')}
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </section>
        <section className="ranked__column" aria-labelledby="unranked-title">
          <h3 id="unranked-title">{t('votes.ranked.notRanked')}</h3>
          {unranked.length === 0 ? <p className="muted">{t('votes.ranked.allRanked')}</p> : null}
          <ul className="ranking ranking--unranked" data-testid="unranked" aria-labelledby="unranked-title">
            {unranked.map((objective) => (
              <li key={objective} className="ranking__item" data-testid={`unranked-${objective}`}>
                <span className="ranking__label">{names.label(objective)}</span>
                {readOnly ? null : (
                  <span className="ranking__actions">
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      ref={register(`add-${objective}`)}
                      disabled={full}
                      onClick={() => add(objective)}
                    >
                      {/* The name says which objective and starts with what the button shows (WCAG 2.5.3). */}
                      <FormattedMessage
                        id="votes.ranked.add"
                        values={{
                          objective,
                          hidden: (chunks) => <span className="visually-hidden">{chunks}</span>,
                        }}
                      />
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ul>
          {full && !readOnly ? <p className="muted">{t('votes.ranked.full')}</p> : null}
        </section>
      </div>
    </div>
  );
}

const SCORES = [0, 1, 2, 3, 4, 5] as const;

/** A 0–5 radio group per objective; objectives left at 0 are not on the ballot sent. */
export function ScoreFields({
  options,
  value: scores,
  onChange,
  readOnly,
}: FieldsProps<Record<number, number>>) {
  const t = useT();
  const names = objectiveNames(t);
  const id = useId();
  const scored = Object.values(scores).filter((score) => score > 0).length;
  return (
    <>
      <p className="ballot__counter" aria-live="polite" data-testid="scored">
        {t('votes.score.scored', { count: scored })}
      </p>
      {names.groups(options).map((group) => (
        <fieldset key={group.cluster} className="fieldset ballot__group">
          <legend className="field__label">{group.title}</legend>
          {group.objectives.map((objective) => (
            <fieldset
              key={objective.number}
              className="score-row"
              data-testid={`score-${objective.number}`}
              disabled={readOnly}
            >
              <legend className="score-row__legend">{names.label(objective.number)}</legend>
              <span className="score-row__choices">
                {SCORES.map((score) => (
                  <label key={score} className="score-row__choice">
                    <input
                      type="radio"
                      name={`${id}-${objective.number}`}
                      value={score}
                      checked={(scores[objective.number] ?? 0) === score}
                      onChange={() => onChange({ ...scores, [objective.number]: score })}
                    />
                    {score}
                  </label>
                ))}
              </span>
            </fieldset>
          ))}
        </fieldset>
      ))}
    </>
  );
}
