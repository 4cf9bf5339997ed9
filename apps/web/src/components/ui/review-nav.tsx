import type { TReviewRole } from '@gcm/domain';
import { NavLink } from 'react-router';
import { type MessageId, useT } from '../../lib/i18n/use-t';

interface NavItem {
  to: string;
  label: MessageId;
  end?: boolean;
}

interface ReviewNavProps {
  reviewId: string;
  /** The country's workspace, whose directory the coordinator keeps. */
  workspaceId: string;
  role: TReviewRole;
}

/**
 * The sections of one review; the coordinator sees all of them (and the country's directory), everyone else the overview, deadlines,
 * workshops, votes and people (observers also the report).
 */
export function ReviewNav({ reviewId, workspaceId, role }: ReviewNavProps) {
  const t = useT();
  const base = `/reviews/${reviewId}`;
  const report: NavItem = { to: `${base}/report`, label: 'ui.nav.report' };
  const links: NavItem[] =
    role === 'coordinator'
      ? [
          { to: base, label: 'ui.nav.overview', end: true },
          { to: `${base}/assignments`, label: 'ui.nav.assignments' },
          { to: `${base}/people`, label: 'ui.nav.people' },
          { to: `/workspaces/${workspaceId}`, label: 'ui.nav.directory' },
          { to: `${base}/deadlines`, label: 'ui.nav.deadlines' },
          { to: `${base}/workshops`, label: 'ui.nav.workshops' },
          { to: `${base}/votes`, label: 'ui.nav.votes' },
          { to: `${base}/reminders`, label: 'ui.nav.reminders' },
          report,
          { to: `${base}/questionnaire`, label: 'ui.nav.questionnaire' },
          { to: `${base}/settings`, label: 'ui.nav.settings' },
          { to: `${base}/activity`, label: 'ui.nav.activity' },
        ]
      : [
          { to: base, label: 'ui.nav.overview', end: true },
          { to: `${base}/deadlines`, label: 'ui.nav.deadlines' },
          { to: `${base}/workshops`, label: 'ui.nav.workshops' },
          { to: `${base}/votes`, label: 'ui.nav.votes' },
          { to: `${base}/people`, label: 'ui.nav.people' },
          ...(role === 'observer' ? [report] : []),
        ];
  return (
    <nav className="review-nav" aria-label={t('ui.nav.label')}>
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end ?? false} className="review-nav__link">
              {t(link.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
