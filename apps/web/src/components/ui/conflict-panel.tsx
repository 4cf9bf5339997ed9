import { formatInstant, localTimeZone } from '@gcm/domain';
import { type ReactNode, useId } from 'react';
import { WordCount } from './word-count';

export interface StoredText {
  body: string;
  version: number;
  updatedAt: string | null;
  updatedBy: { name: string } | null;
}

interface ConflictPanelProps {
  /** What the person was doing, e.g. "editing" or "writing". */
  doing: string;
  /** A note after "Your text is not saved yet", e.g. "and autosave is paused". */
  pausedNote?: string;
  mine: string;
  onMineChange: (value: string) => void;
  theirs: StoredText;
  /** Extra facts about the stored version, after its number (references, status …). */
  theirsDetail?: ReactNode;
  target: number;
  saving: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

/** Two texts side by side after a refused save: nothing is overwritten until the person chooses. */
export function ConflictPanel({
  doing,
  pausedNote,
  mine,
  onMineChange,
  theirs,
  theirsDetail,
  target,
  saving,
  onKeepMine,
  onUseTheirs,
}: ConflictPanelProps) {
  const id = useId();
  const who = theirs.updatedBy?.name ?? 'someone else';
  const when = theirs.updatedAt ? ` at ${formatInstant(theirs.updatedAt, localTimeZone())}` : '';
  return (
    <section className="conflict" role="alert" aria-labelledby={`${id}-title`} data-testid="conflict-panel">
      <h2 id={`${id}-title`}>Someone else saved this answer while you were {doing}</h2>
      <p>
        Your text is not saved yet{pausedNote ? `, ${pausedNote}` : ''}. Compare both versions: keep yours (it
        replaces theirs, which stays in the history) or continue from theirs.
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
            Version {theirs.version}
            {theirsDetail ? <>, {theirsDetail}</> : null}
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
