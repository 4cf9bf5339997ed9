import { isApiError } from '../../lib/api-client';
import { useT } from '../../lib/i18n/use-t';
import { ErrorPanel } from './error-panel';

interface SaveFailureProps {
  /** Why the save failed. */
  error: unknown;
  /** What someone else changed when the save is refused as stale: "the workshop" (in the screen's language). */
  changed: string;
  /** The button that fetches their version: "Reload the workshop". */
  reloadLabel: string;
  onReload: () => void;
  reloading: boolean;
  /** The panel's title for any other failure. */
  errorTitle: string;
  testId?: string;
}

/**
 * A refused save: when someone else saved first (409) the form offers to reload their version,
 * since saving again would overwrite what it never showed; any other failure is a plain error panel.
 */
export function SaveFailure({
  error,
  changed,
  reloadLabel,
  onReload,
  reloading,
  errorTitle,
  testId,
}: SaveFailureProps) {
  const t = useT();
  if (!isApiError(error) || error.status !== 409) return <ErrorPanel title={errorTitle} error={error} />;
  return (
    <div className="error-panel" role="alert" data-testid={testId}>
      <h3 className="error-panel__title">{t('ui.saveFailure.title', { changed })}</h3>
      <p className="error-panel__message">
        {error.message} {t('ui.saveFailure.notSaved')}
      </p>
      <div className="error-panel__actions">
        <button type="button" className="button" onClick={onReload} disabled={reloading}>
          {reloading ? t('ui.saveFailure.reloading') : reloadLabel}
        </button>
      </div>
    </div>
  );
}
