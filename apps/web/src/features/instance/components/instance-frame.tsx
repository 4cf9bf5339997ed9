import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useSession } from '../../../lib/api/get-session';

const SECTIONS = [
  { to: '/instance', label: 'Reviews', end: true },
  { to: '/instance/accounts', label: 'Accounts', end: false },
  { to: '/instance/questionnaires', label: 'Questionnaires', end: false },
  { to: '/instance/audit', label: 'Audit trail', end: false },
];

/**
 * A page of the installation's administration: its heading and sections. Only an administrator sees
 * the contents (and so loads them); anyone else is told whose page it is.
 */
export function InstanceFrame({
  title,
  lead,
  children,
}: {
  title: string;
  lead: string;
  children: ReactNode;
}) {
  const { data: person } = useSession({ enabled: false });
  return (
    <div className="page">
      <title>{`${title} — GCM Review Tracker`}</title>
      <h1>{title}</h1>
      {person?.isAdministrator ? (
        <>
          <nav className="review-nav" aria-label="Installation sections">
            <ul>
              {SECTIONS.map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to} end={section.end} className="review-nav__link">
                    {section.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <p className="page__lead">{lead}</p>
          {children}
        </>
      ) : (
        <p className="muted">Only the administrator of this installation sees this page.</p>
      )}
    </div>
  );
}
