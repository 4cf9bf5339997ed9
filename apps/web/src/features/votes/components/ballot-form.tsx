import type { TBallotContent, TVoteRound } from '@gcm/domain';
import { formatInstant } from '@gcm/domain';
import { type FormEvent, useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useCastBallot } from '../api/cast-ballot';
import { checkBallot, type DraftBallot, draftFrom } from './ballot-content';
import { ApprovalFields, DotFields, RankedFields, ScoreFields } from './ballot-fields';

function Fields({
  round,
  draft,
  onChange,
  readOnly,
}: {
  round: TVoteRound;
  draft: DraftBallot;
  onChange: (draft: DraftBallot) => void;
  readOnly: boolean;
}) {
  const { rules, options } = round;
  if (rules.method === 'approval' && draft.method === 'approval') {
    return (
      <ApprovalFields
        options={options}
        rules={rules}
        value={draft.picks}
        onChange={(picks) => onChange({ method: 'approval', picks })}
        readOnly={readOnly}
      />
    );
  }
  if (rules.method === 'dot' && draft.method === 'dot') {
    return (
      <DotFields
        options={options}
        rules={rules}
        value={draft.points}
        onChange={(points) => onChange({ method: 'dot', points })}
        readOnly={readOnly}
      />
    );
  }
  if (rules.method === 'ranked' && draft.method === 'ranked') {
    return (
      <RankedFields
        options={options}
        rules={rules}
        value={draft.ranking}
        onChange={(ranking) => onChange({ method: 'ranked', ranking })}
        readOnly={readOnly}
      />
    );
  }
  if (draft.method === 'score') {
    return (
      <ScoreFields
        options={options}
        value={draft.scores}
        onChange={(scores) => onChange({ method: 'score', scores })}
        readOnly={readOnly}
      />
    );
  }
  return null;
}

/**
 * The voter's ballot for the round's method, filled in with the ballot already cast. While the round
 * is open it is checked with the shared rules before it is sent; afterwards it is shown as cast.
 */
export function BallotForm({
  round,
  stored,
  timeZone,
}: {
  round: TVoteRound;
  stored: TBallotContent | null;
  timeZone: string;
}) {
  const t = useT();
  const locale = useLocale();
  const cast = useCastBallot(round);
  const [draft, setDraft] = useState(() => draftFrom(round.method, stored));
  const [problems, setProblems] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [hasBallot, setHasBallot] = useState(stored !== null);
  const open = round.state === 'open';
  // An early close is when voting really ended.
  const closes = formatInstant(round.closedEarlyAt ?? round.closesAt, timeZone, 'dateTime', locale);

  function change(next: DraftBallot) {
    setSaved(false);
    setProblems([]);
    setDraft(next);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const checked = checkBallot(round.rules, round.options, draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    cast.mutate(checked.content, {
      onSuccess: () => {
        setSaved(true);
        setHasBallot(true);
      },
    });
  }

  if (!open) {
    return (
      <section className="card ballot" aria-labelledby="ballot-title">
        <h2 id="ballot-title">{t('votes.ballot.title')}</h2>
        <p className="notice" data-testid="ballot-closed">
          {stored !== null
            ? t('votes.ballot.closedCast', { date: closes })
            : round.state === 'scheduled'
              ? t('votes.ballot.notOpenNone')
              : t('votes.ballot.closedNone', { date: closes })}
        </p>
        {stored !== null ? <Fields round={round} draft={draft} onChange={change} readOnly /> : null}
      </section>
    );
  }

  return (
    <section className="card ballot" aria-labelledby="ballot-title">
      <h2 id="ballot-title">{t('votes.ballot.title')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={submit}
        aria-label={t('votes.ballot.title')}
        data-testid="ballot-form"
      >
        <Fields round={round} draft={draft} onChange={change} readOnly={false} />
        {problems.length > 0 ? (
          <div className="error-panel" role="alert" data-testid="ballot-problems">
            <h3 className="error-panel__title">{t('votes.ballot.problems')}</h3>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {cast.isError ? <ErrorPanel title={t('votes.ballot.castError')} error={cast.error} /> : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={cast.isPending} data-testid="cast-ballot">
            {cast.isPending
              ? t('votes.ballot.sending')
              : hasBallot
                ? t('votes.ballot.update')
                : t('votes.ballot.cast')}
          </button>
          <span role="status" className="form__saved" data-testid="ballot-saved">
            {saved ? t('votes.ballot.saved', { date: closes }) : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
