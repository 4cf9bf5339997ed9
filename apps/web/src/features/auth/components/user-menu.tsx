import type { TCurrentPerson } from '@gcm/domain';
import { Link, useNavigate } from 'react-router';
import { useErrorMessage } from '../../../components/ui/error-panel';
import { useT } from '../../../lib/i18n/use-t';
import { SIGNED_OUT_STATE, useSignOut } from '../api/sign-out';

/** The signed-in person's name and "Sign out" (POST, then forget everything cached, then /sign-in). */
export function UserMenu({ person }: { person: TCurrentPerson }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  const t = useT();
  const messageOf = useErrorMessage();

  function leave() {
    signOut.mutate(undefined, {
      // The sign-in page forgets the cache once this page is gone (see SIGNED_OUT_STATE).
      onSuccess: () => void navigate('/sign-in', { replace: true, state: SIGNED_OUT_STATE }),
    });
  }

  return (
    <div className="user-menu">
      <span className="user-menu__name" data-testid="signed-in-as">
        <span className="visually-hidden">{t('shell.user.signedInAs')} </span>
        {person.name}
      </span>
      <Link to="/account/password" className="user-menu__link">
        {t('shell.user.changePassword')}
      </Link>
      <button type="button" className="button button--on-brand" onClick={leave} disabled={signOut.isPending}>
        {t(signOut.isPending ? 'shell.user.signingOut' : 'shell.user.signOut')}
      </button>
      {signOut.isError ? (
        <span role="alert" className="user-menu__error">
          {messageOf(signOut.error)}
        </span>
      ) : null}
    </div>
  );
}
