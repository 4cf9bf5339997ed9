import { Link, NavLink, Outlet } from 'react-router';

/** Header with the product name and the main navigation, the page in <main>, a footer. */
export function AppShell() {
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
          <nav aria-label="Main">
            <ul className="shell__nav">
              <li>
                <NavLink to="/reviews" className="shell__nav-link">
                  Reviews
                </NavLink>
              </li>
            </ul>
          </nav>
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
