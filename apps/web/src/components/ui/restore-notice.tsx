import { useT } from '../../lib/i18n/use-t';

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
  const t = useT();
  if (draft.restorable === null) return null;
  return (
    <section className="notice" aria-labelledby="restore-title" data-testid="restore-notice">
      <p id="restore-title">
        <strong>{t('ui.restore.kept')}</strong> {t('ui.restore.keptDetail')}
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={draft.restore}>
          {t('ui.restore.restore')}
        </button>
        <button type="button" className="button button--secondary" onClick={draft.discardRestorable}>
          {t('ui.restore.discard')}
        </button>
      </div>
    </section>
  );
}
