import { errorMessage } from './error-panel';

/** What an editor with explicit and versioned saves exposes to its save bar. */
export interface SavingDraft {
  status: 'idle' | 'saving' | 'conflict' | 'invalid' | 'error' | (string & {});
  dirty: boolean;
  baseVersion: number;
  error: unknown;
  /** When the editor last saved; "Saved at 10:42". */
  savedAt?: Date | null;
  save(): Promise<unknown> | unknown;
}

const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

export function saveStatusText(draft: SavingDraft): string {
  switch (draft.status) {
    case 'saving':
      return 'Saving…';
    case 'conflict':
      return 'Not saved: someone else saved a newer version';
    case 'invalid':
      return 'Not saved: check the highlighted fields';
    case 'error':
      return `Not saved: ${errorMessage(draft.error)}`;
    default:
      if (draft.dirty) return 'Unsaved changes';
      if (draft.savedAt) return `Saved at ${CLOCK.format(draft.savedAt)}`;
      return draft.baseVersion > 0 ? 'Saved' : 'Nothing saved yet';
  }
}

/** "Saving…" / "Saved at 10:42" / "Unsaved changes" / "Not saved: …" beside the save button of an editor. */
export function SaveBar({ draft, label, testId }: { draft: SavingDraft; label: string; testId?: string }) {
  return (
    <div className="editor__save">
      <span
        role="status"
        aria-live="polite"
        className={`save-status save-status--${draft.status}${draft.dirty ? ' save-status--dirty' : ''}`}
        data-testid="save-status"
      >
        {saveStatusText(draft)}
      </span>
      <button
        type="button"
        className="button"
        data-testid={testId}
        onClick={() => void draft.save()}
        disabled={!draft.dirty || draft.status === 'saving' || draft.status === 'conflict'}
      >
        {label}
      </button>
    </div>
  );
}
