import { useState } from 'react';
import { useT } from '../../lib/i18n/use-t';

interface ConfirmButtonProps {
  /** "Remove" */
  label: string;
  /** "Remove Jane Doe from the review?" */
  question: string;
  /** "Yes, remove" */
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
}

/** A destructive action in two steps, without a browser dialog. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy = false,
}: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button--danger-outline" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm">
      <span className="confirm__question">{question}</span>
      <button
        type="button"
        className="button button--danger"
        disabled={busy}
        onClick={() => {
          onConfirm();
        }}
      >
        {busy ? t('ui.confirm.working') : confirmLabel}
      </button>
      <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
        {t('ui.confirm.cancel')}
      </button>
    </span>
  );
}
