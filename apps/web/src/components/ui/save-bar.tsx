import { FORMATTING_TAGS, type TLocale } from '@gcm/domain';
import { useLocale } from '../../lib/i18n/locale-provider';
import { type MessageId, useT } from '../../lib/i18n/use-t';
import { useErrorMessage } from './error-panel';

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

/** "10:42" in the language's own way (English keeps the 24-hour clock). */
function clockTime(at: Date, locale: TLocale): string {
  return new Intl.DateTimeFormat(FORMATTING_TAGS[locale], { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** What the save bar says about the draft, as a message of the catalogue and its arguments. */
function saveStatusMessage(
  draft: SavingDraft,
  locale: TLocale,
  reasonOf: (error: unknown) => string,
): [MessageId, Record<string, string>?] {
  switch (draft.status) {
    case 'saving':
      return ['ui.save.saving'];
    case 'conflict':
      return ['ui.save.conflict'];
    case 'invalid':
      return ['ui.save.invalid'];
    case 'error':
      return ['ui.save.error', { reason: reasonOf(draft.error) }];
    default:
      if (draft.dirty) return ['ui.save.dirty'];
      if (draft.savedAt) return ['ui.save.savedAt', { time: clockTime(draft.savedAt, locale) }];
      return [draft.baseVersion > 0 ? 'ui.save.saved' : 'ui.save.nothing'];
  }
}

/** "Saving…" / "Saved at 10:42" / … in the screen's language. */
export function useSaveStatusText(): (draft: SavingDraft) => string {
  const t = useT();
  const locale = useLocale();
  const reasonOf = useErrorMessage();
  return (draft) => t(...saveStatusMessage(draft, locale, reasonOf));
}

/** "Saving…" / "Saved at 10:42" / "Unsaved changes" / "Not saved: …" beside the save button of an editor. */
export function SaveBar({ draft, label, testId }: { draft: SavingDraft; label: string; testId?: string }) {
  const saveStatusText = useSaveStatusText();
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
