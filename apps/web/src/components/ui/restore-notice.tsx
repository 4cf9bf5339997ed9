/** What the notice needs of an editor's draft. */
export interface RestorableDraft {
  restorable: unknown;
  restore(): void;
  discardRestorable(): void;
}

/**
 * "Restore your unsaved text": this browser kept text that was typed on top of the version on screen
 * but never saved (the tab closed, the save failed, the person left without saving).
 */
export function RestoreNotice({ draft }: { draft: RestorableDraft }) {
  if (draft.restorable === null) return null;
  return (
    <section className="notice" aria-labelledby="restore-title" data-testid="restore-notice">
      <p id="restore-title">
        <strong>This browser kept text you did not save.</strong> It was typed on top of the version shown
        here.
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={draft.restore}>
          Restore your unsaved text
        </button>
        <button type="button" className="button button--secondary" onClick={draft.discardRestorable}>
          Discard it
        </button>
      </div>
    </section>
  );
}
