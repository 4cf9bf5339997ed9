import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useErrorMessage } from '../components/ui/error-panel';
import { useT } from '../lib/i18n/use-t';

/** Last line of defence: a rendering error anywhere below the shell. */
export function RouteError() {
  const error = useRouteError();
  const t = useT();
  const messageOf = useErrorMessage();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : messageOf(error);
  return (
    <div className="page">
      <div className="error-panel" role="alert">
        <h1 className="error-panel__title">{t('shell.routeError.title')}</h1>
        <p className="error-panel__message">{message}</p>
        <div className="error-panel__actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('shell.routeError.reload')}
          </button>
          <Link to="/reviews">{t('shell.routeError.back')}</Link>
        </div>
      </div>
    </div>
  );
}
