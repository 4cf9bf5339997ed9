import {
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import { type BlockerFunction, useBlocker } from 'react-router';
import { useT } from '../../lib/i18n/use-t';
import { type RestorableDraft, RestoreNotice } from './restore-notice';
import type { DraftSaveStatus } from './use-versioned-draft';

/** What the guard needs of an editor's draft. */
export interface GuardedDraft {
  dirty: boolean;
  status: DraftSaveStatus | (string & {});
  save(): Promise<unknown>;
  setAutosavePaused(paused: boolean): void;
}

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Leaving an editor with unsaved changes asks first: an in-app link (or Back) opens a dialog with
 * "Stay", "Save and leave" and "Leave without saving"; closing the tab or reloading gets the browser's
 * own question (`beforeunload`). Autosave holds back while the dialog is open, so "Leave without
 * saving" means what it says (the copy kept in this browser is offered again on return).
 */
export function LeaveGuard({ draft }: { draft: GuardedDraft }) {
  const { dirty, status, save, setAutosavePaused } = draft;
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirty &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
    [dirty],
  );
  const blocker = useBlocker(shouldBlock);
  const blocked = blocker.state === 'blocked';
  // "Save and leave" was chosen: leave once the text is saved, stay if the save is refused.
  const [leaving, setLeaving] = useState(false);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  useEffect(() => {
    setAutosavePaused(blocked && !leaving);
  }, [blocked, leaving, setAutosavePaused]);

  useEffect(() => {
    if (!leaving || blocker.state !== 'blocked') return;
    if (!dirty) {
      setLeaving(false);
      blocker.proceed();
    } else if (status === 'idle') {
      void save();
    } else if (status !== 'saving') {
      // Refused, failed or in conflict: stay, and the editor shows why.
      setLeaving(false);
      blocker.reset();
    }
  }, [leaving, blocker, dirty, status, save]);

  if (blocker.state !== 'blocked') return null;
  return (
    <LeaveDialog
      saving={leaving}
      onStay={() => {
        setLeaving(false);
        blocker.reset();
      }}
      onSave={() => setLeaving(true)}
      onLeave={() => blocker.proceed()}
    />
  );
}

function LeaveDialog({
  saving,
  onStay,
  onSave,
  onLeave,
}: {
  saving: boolean;
  onStay(): void;
  onSave(): void;
  onLeave(): void;
}) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const stay = useRef<HTMLButtonElement>(null);

  // Focus moves into the dialog, and back where it was when the person stays.
  useEffect(() => {
    const before = document.activeElement;
    stay.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onStay();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    // Tab stays inside the dialog.
    const inside = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = inside[0];
    const last = inside[inside.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        data-testid="leave-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`} className="dialog__title">
          {t('ui.leave.title')}
        </h2>
        <p id={`${id}-text`}>{t('ui.leave.text')}</p>
        <div className="dialog__actions">
          <button ref={stay} type="button" className="button" onClick={onStay}>
            {t('ui.leave.stay')}
          </button>
          <button type="button" className="button button--secondary" onClick={onSave} disabled={saving}>
            {saving ? t('ui.save.saving') : t('ui.leave.saveAndLeave')}
          </button>
          <button type="button" className="button button--secondary" onClick={onLeave} disabled={saving}>
            {t('ui.leave.leave')}
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * The fields of an editor that autosaves: focus leaving them saves (see useVersionedDraft's `onBlur`),
 * and a copy this browser kept unsaved is offered above them.
 */
export function DraftFields({
  draft,
  children,
}: {
  draft: RestorableDraft & { onBlur(event: FocusEvent<HTMLElement>): void };
  children: ReactNode;
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: it only hears focus leave the fields inside
    <div className="editor__fields" onBlur={draft.onBlur}>
      <RestoreNotice draft={draft} />
      {children}
    </div>
  );
}
