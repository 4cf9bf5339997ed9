import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useSession } from '../../../lib/api/get-session';
import { useT } from '../../../lib/i18n/use-t';

const SECTIONS = [
  { to: '/instance', label: 'instance.nav.reviews', end: true },
  { to: '/instance/accounts', label: 'instance.nav.accounts', end: false },
  { to: '/instance/questionnaires', label: 'instance.nav.questionnaires', end: false },
  { to: '/instance/audit', label: 'instance.nav.audit', end: false },
] as const;

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
  const t = useT();
  const { data: person } = useSession({ enabled: false });
  return (
    <div className="page">
      <title>{`${title} — ${t('shell.brand')}`}</title>
      <h1>{title}</h1>
      {person?.isAdministrator ? (
        <>
          <nav className="review-nav" aria-label={t('instance.nav.label')}>
            <ul>
              {SECTIONS.map((section) => (
                <li key={section.to}>
                  <NavLink to={section.to} end={section.end} className="review-nav__link">
                    {t(section.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <p className="page__lead">{lead}</p>
          {children}
        </>
      ) : (
        <p className="muted">{t('instance.frame.adminOnly')}</p>
      )}
    </div>
  );
}
