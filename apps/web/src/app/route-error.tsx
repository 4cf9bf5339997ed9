import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { errorMessage } from '../components/ui/error-panel';

/** Last line of defence: a rendering error anywhere below the shell. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : errorMessage(error);
  return (
    <div className="page">
      <div className="error-panel" role="alert">
        <h1 className="error-panel__title">This page failed to load</h1>
        <p className="error-panel__message">{message}</p>
        <div className="error-panel__actions">
          <button type="button" className="button" onClick={() => window.location.reload()}>
            Reload the page
          </button>
          <Link to="/reviews">Back to reviews</Link>
        </div>
      </div>
    </div>
  );
}
