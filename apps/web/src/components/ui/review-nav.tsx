import type { TReviewRole } from '@gcm/domain';
import { NavLink } from 'react-router';

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
  const base = `/reviews/${reviewId}`;
  const links: { to: string; label: string; end?: boolean }[] =
    role === 'coordinator'
      ? [
          { to: base, label: 'Overview', end: true },
          { to: `${base}/assignments`, label: 'Assignments matrix' },
          { to: `${base}/people`, label: 'People & organisations' },
          { to: `/workspaces/${workspaceId}`, label: 'Country directory' },
          { to: `${base}/deadlines`, label: 'Deadlines' },
          { to: `${base}/workshops`, label: 'Workshops' },
          { to: `${base}/votes`, label: 'Votes' },
          { to: `${base}/reminders`, label: 'Reminders' },
          { to: `${base}/report`, label: 'Report' },
          { to: `${base}/questionnaire`, label: 'Questionnaire' },
          { to: `${base}/settings`, label: 'Settings' },
          { to: `${base}/activity`, label: 'Activity' },
        ]
      : [
          { to: base, label: 'Overview', end: true },
          { to: `${base}/deadlines`, label: 'Deadlines' },
          { to: `${base}/workshops`, label: 'Workshops' },
          { to: `${base}/votes`, label: 'Votes' },
          { to: `${base}/people`, label: 'People & organisations' },
          ...(role === 'observer' ? [{ to: `${base}/report`, label: 'Report' }] : []),
        ];
  return (
    <nav className="review-nav" aria-label="Review sections">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end ?? false} className="review-nav__link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
