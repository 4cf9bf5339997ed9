import type { TWorkspace } from '@gcm/domain';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { PageGate } from '../../../components/ui/page-gate';
import { useWorkspaces } from '../api/get-workspaces';

/** The review of the latest cycle: where "back" goes from the directory. */
function latestReview(workspace: TWorkspace): TWorkspace['reviews'][number] | undefined {
  return [...workspace.reviews].sort((a, b) => b.cycle - a.cycle)[0];
}

function NotAvailable() {
  return (
    <div className="page">
      <title>Country directory not available — GCM Review Tracker</title>
      <div className="error-panel" role="alert">
        <h1 className="error-panel__title">Country directory not available</h1>
        <p className="error-panel__message">
          Only the coordinators of a country's reviews can open its directory, and this one is not among
          yours.
        </p>
        <div className="error-panel__actions">
          <Link to="/reviews">Go to the list of reviews</Link>
        </div>
      </div>
    </div>
  );
}

interface WorkspaceFrameProps {
  workspaceId: string;
  /** The h1, before the country: "Country directory", "Import from a CSV file". */
  title: string;
  children: (workspace: TWorkspace) => ReactNode;
}

/** A page of a country's workspace: back to its latest review, the heading, the directory's sections. */
export function WorkspaceFrame({ workspaceId, title, children }: WorkspaceFrameProps) {
  const workspaces = useWorkspaces();
  return (
    <PageGate query={workspaces} noun="country directory">
      {({ workspaces: list }) => {
        const workspace = list.find((candidate) => candidate.id === workspaceId);
        if (!workspace) return <NotAvailable />;
        const back = latestReview(workspace);
        const base = `/workspaces/${workspace.id}`;
        return (
          <div className="page">
            <title>{`${title} — ${workspace.country} — GCM Review Tracker`}</title>
            {back ? (
              <p className="back-link">
                <Link to={`/reviews/${back.id}`}>← {back.title}</Link>
              </p>
            ) : null}
            <h1>
              {title}: {workspace.country}
            </h1>
            <nav className="review-nav" aria-label="Country directory sections">
              <ul>
                <li>
                  <NavLink to={base} end className="review-nav__link">
                    Organisations and people
                  </NavLink>
                </li>
                <li>
                  <NavLink to={`${base}/import`} className="review-nav__link">
                    Import from CSV
                  </NavLink>
                </li>
              </ul>
            </nav>
            {children(workspace)}
          </div>
        );
      }}
    </PageGate>
  );
}
