import type { TReviewRole } from '@gcm/domain';
import { NavLink } from 'react-router';

interface ReviewNavProps {
  reviewId: string;
  role: TReviewRole;
}

/**
 * The sections of one review; the coordinator sees all of them, everyone else the overview, deadlines,
 * workshops, votes and people (observers also the report).
 */
export function ReviewNav({ reviewId, role }: ReviewNavProps) {
  const base = `/reviews/${reviewId}`;
  const links: { to: string; label: string; end?: boolean }[] =
    role === 'coordinator'
      ? [
          { to: base, label: 'Overview', end: true },
          { to: `${base}/assignments`, label: 'Assignments matrix' },
          { to: `${base}/people`, label: 'People & organisations' },
          { to: `${base}/deadlines`, label: 'Deadlines' },
          { to: `${base}/workshops`, label: 'Workshops' },
          { to: `${base}/votes`, label: 'Votes' },
          { to: `${base}/reminders`, label: 'Reminders' },
          { to: `${base}/report`, label: 'Report' },
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
