import { Link, NavLink, Outlet } from 'react-router';
import { LanguageMenu } from '../components/ui/language-menu';
import { UserMenu } from '../features/auth/components/user-menu';
import { useSession } from '../lib/api/get-session';
import { useT } from '../lib/i18n/use-t';

/** Header with the product name, the main navigation and who is signed in; the page in <main>; a footer. */
export function AppShell() {
  // Never fetches by itself: the guard of the signed-in routes does, the shell shows what it found.
  const { data: person } = useSession({ enabled: false });
  const t = useT();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('shell.skip')}
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link to="/" className="shell__brand">
            {t('shell.brand')}
          </Link>
          {person ? (
            <>
              <nav aria-label={t('shell.nav')}>
                <ul className="shell__nav">
                  {person.isAdministrator ? (
                    <li>
                      <NavLink to="/instance" className="shell__nav-link">
                        {t('shell.nav.installation')}
                      </NavLink>
                    </li>
                  ) : null}
                  <li>
                    <NavLink to="/reviews" className="shell__nav-link">
                      {t('shell.nav.reviews')}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/my/assignments" className="shell__nav-link">
                      {t('shell.nav.myAssignments')}
                    </NavLink>
                  </li>
                </ul>
              </nav>
              <UserMenu person={person} />
            </>
          ) : null}
          <LanguageMenu className="shell__language" />
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="shell__footer">
        <p>{t('shell.footer')}</p>
      </footer>
    </div>
  );
}
