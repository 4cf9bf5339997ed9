import type { TWorkspace } from '@gcm/domain';
import type { ReactNode } from 'react';
import { Link, NavLink } from 'react-router';
import { PageGate } from '../../../components/ui/page-gate';
import { useT } from '../../../lib/i18n/use-t';
import { useWorkspaces } from '../api/get-workspaces';

/** The review of the latest cycle: where "back" goes from the directory. */
function latestReview(workspace: TWorkspace): TWorkspace['reviews'][number] | undefined {
  return [...workspace.reviews].sort((a, b) => b.cycle - a.cycle)[0];
}

function NotAvailable() {
  const t = useT();
  return (
    <div className="page">
      <title>{`${t('ui.page.unavailable.directory')} — ${t('shell.brand')}`}</title>
      <div className="error-panel" role="alert">
        <h1 className="error-panel__title">{t('ui.page.unavailable.directory')}</h1>
        <p className="error-panel__message">{t('workspaces.unavailable.text')}</p>
        <div className="error-panel__actions">
          <Link to="/reviews">{t('ui.page.backToReviews')}</Link>
        </div>
      </div>
    </div>
  );
}

interface WorkspaceFrameProps {
  workspaceId: string;
  /** The h1, before the country, in the person's language: "Country directory", "Import from a CSV file". */
  title: string;
  children: (workspace: TWorkspace) => ReactNode;
}

/** A page of a country's workspace: back to its latest review, the heading, the directory's sections. */
export function WorkspaceFrame({ workspaceId, title, children }: WorkspaceFrameProps) {
  const t = useT();
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
            <title>{`${title} — ${workspace.country} — ${t('shell.brand')}`}</title>
            {back ? (
              <p className="back-link">
                <Link to={`/reviews/${back.id}`}>{t('workspaces.frame.back', { title: back.title })}</Link>
              </p>
            ) : null}
            <h1>{t('workspaces.frame.heading', { title, country: workspace.country })}</h1>
            <nav className="review-nav" aria-label={t('workspaces.frame.nav')}>
              <ul>
                <li>
                  <NavLink to={base} end className="review-nav__link">
                    {t('workspaces.frame.directory')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={`${base}/import`} className="review-nav__link">
                    {t('workspaces.frame.import')}
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
