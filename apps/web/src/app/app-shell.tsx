import { Link, NavLink, Outlet } from 'react-router';
import { UserMenu } from '../features/auth/components/user-menu';
import { useSession } from '../lib/api/get-session';

/** Header with the product name, the main navigation and who is signed in; the page in <main>; a footer. */
export function AppShell() {
  // Never fetches by itself: the guard of the signed-in routes does, the shell shows what it found.
  const { data: person } = useSession({ enabled: false });
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link to="/" className="shell__brand">
            GCM Review Tracker
          </Link>
          {person ? (
            <>
              <nav aria-label="Main">
                <ul className="shell__nav">
                  {person.isAdministrator ? (
                    <li>
                      <NavLink to="/instance" className="shell__nav-link">
                        Installation
                      </NavLink>
                    </li>
                  ) : null}
                  <li>
                    <NavLink to="/reviews" className="shell__nav-link">
                      Reviews
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/my/assignments" className="shell__nav-link">
                      My assignments
                    </NavLink>
                  </li>
                </ul>
              </nav>
              <UserMenu person={person} />
            </>
          ) : null}
        </div>
      </header>
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="shell__footer">
        <p>
          Voluntary review of the Global Compact for Safe, Orderly and Regular Migration (GA resolution
          73/195).
        </p>
      </footer>
    </div>
  );
}
