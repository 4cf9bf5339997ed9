import { useEffect, useState } from 'react';
import { useT } from '../../lib/i18n/use-t';

/** Copies `text` to the clipboard and says so for a moment. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 3000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy">
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {label ?? t('ui.copy.copy')}
      </button>
      <span className="copy__status" role="status" aria-live="polite">
        {state === 'copied' ? t('ui.copy.copied') : state === 'failed' ? t('ui.copy.failed') : ''}
      </span>
    </span>
  );
}
