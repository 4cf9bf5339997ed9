import type { TCurrentPerson } from '@gcm/domain';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../../components/ui/error-panel';
import { SIGNED_OUT_STATE, useSignOut } from '../api/sign-out';

/** The signed-in person's name and "Sign out" (POST, then forget everything cached, then /sign-in). */
export function UserMenu({ person }: { person: TCurrentPerson }) {
  const signOut = useSignOut();
  const navigate = useNavigate();

  function leave() {
    signOut.mutate(undefined, {
      // The sign-in page forgets the cache once this page is gone (see SIGNED_OUT_STATE).
      onSuccess: () => void navigate('/sign-in', { replace: true, state: SIGNED_OUT_STATE }),
    });
  }

  return (
    <div className="user-menu">
      <span className="user-menu__name" data-testid="signed-in-as">
        <span className="visually-hidden">Signed in as </span>
        {person.name}
      </span>
      <Link to="/account/password" className="user-menu__link">
        Change password
      </Link>
      <button type="button" className="button button--on-brand" onClick={leave} disabled={signOut.isPending}>
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {signOut.isError ? (
        <span role="alert" className="user-menu__error">
          {errorMessage(signOut.error)}
        </span>
      ) : null}
    </div>
  );
}
