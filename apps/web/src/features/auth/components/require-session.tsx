import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Loading } from '../../../components/ui/spinner';
import { useSession } from '../../../lib/api/get-session';
import { useT } from '../../../lib/i18n/use-t';
import { signInPath } from '../next-path';

/** Guards every route but sign-in and invitations: no session → /sign-in?next=<this page>. */
export function RequireSession() {
  const location = useLocation();
  const t = useT();
  const { data: person, error, isPending, isError, refetch, isFetching } = useSession();

  // A cached "signed out" (set by any 401) wins over a person still cached from before.
  if (person === null) {
    return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  }
  if (isPending) {
    return (
      <div className="page">
        <Loading label={t('account.session.checking')} />
      </div>
    );
  }
  if (isError && person === undefined) {
    return (
      <div className="page">
        <ErrorPanel
          title={t('account.session.error')}
          error={error}
          onRetry={() => void refetch()}
          retrying={isFetching}
        />
      </div>
    );
  }
  return <Outlet />;
}
