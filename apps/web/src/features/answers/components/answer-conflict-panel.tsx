import type { TAnswer } from '@gcm/domain';
import { useId } from 'react';
import { WordCount } from '../../../components/ui/word-count';
import { formatDateTime } from '../../../lib/dates';
import { ANSWER_STATUS_LABELS } from './answer-labels';

interface AnswerConflictPanelProps {
  mine: string;
  onMineChange: (value: string) => void;
  theirs: TAnswer;
  target: number;
  saving: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Both answers side by side after a refused save: nothing is overwritten until the coordinator chooses. */
export function AnswerConflictPanel({
  mine,
  onMineChange,
  theirs,
  target,
  saving,
  onKeepMine,
  onUseTheirs,
}: AnswerConflictPanelProps) {
  const id = useId();
  const who = theirs.updatedBy?.name ?? 'someone else';
  const when = theirs.updatedAt ? ` at ${formatDateTime(theirs.updatedAt)}` : '';
  return (
    <section className="conflict" role="alert" aria-labelledby={`${id}-title`} data-testid="conflict-panel">
      <h2 id={`${id}-title`}>Someone else saved this answer while you were editing</h2>
      <p>
        Your answer is not saved yet. Compare both versions: keep yours (it replaces theirs, which stays in
        the history) or continue from theirs.
      </p>
      <div className="conflict__columns">
        <div className="conflict__column">
          <label htmlFor={`${id}-mine`}>
            <strong>Your text</strong>
          </label>
          <textarea
            id={`${id}-mine`}
            className="input editor__textarea"
            rows={14}
            value={mine}
            onChange={(event) => onMineChange(event.target.value)}
          />
          <WordCount text={mine} target={target} />
        </div>
        <div className="conflict__column">
          <h3>
            Saved by {who}
            {when}
          </h3>
          <div className="conflict__theirs pre-wrap" data-testid="conflict-theirs">
            {theirs.body === '' ? <span className="muted">(empty)</span> : theirs.body}
          </div>
          <p className="muted">
            Version {theirs.version}, {ANSWER_STATUS_LABELS[theirs.status]}
          </p>
        </div>
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={onKeepMine} disabled={saving}>
          {saving ? 'Saving…' : 'Keep mine'}
        </button>
        <button type="button" className="button button--secondary" onClick={onUseTheirs} disabled={saving}>
          Use theirs
        </button>
      </div>
    </section>
  );
}
