import type { TOrganisationProgress } from '@gcm/domain';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { QueryGate } from '../../../components/ui/query-gate';
import { useReviewProgress } from '../api/get-review-progress';

/** The parts of a bar, in the order they are drawn (the furthest along first). */
const PARTS = [
  { key: 'accepted', label: 'accepted' },
  { key: 'submitted', label: 'submitted' },
  { key: 'inProgress', label: 'in progress' },
  { key: 'notStarted', label: 'not started' },
] as const satisfies readonly { key: keyof TOrganisationProgress; label: string }[];

/** "4 assignments: 1 accepted, 1 submitted, 1 in progress, 1 not started": the bar in words. */
export function progressText(row: TOrganisationProgress): string {
  const parts = PARTS.filter((part) => row[part.key] > 0).map((part) => `${row[part.key]} ${part.label}`);
  return `${row.total} ${row.total === 1 ? 'assignment' : 'assignments'}: ${parts.join(', ')}`;
}

function ProgressBar({ row }: { row: TOrganisationProgress }) {
  // Drawn for the eye; the text next to it says the same for everyone.
  return (
    <div className="progress-bar" aria-hidden="true">
      {PARTS.map((part) =>
        row[part.key] > 0 ? (
          <span
            key={part.key}
            className={`progress-bar__part progress-bar__part--${part.key}`}
            style={{ width: `${(row[part.key] / row.total) * 100}%` }}
          />
        ) : null,
      )}
    </div>
  );
}

/** The coordinator's bars: how far each organisation is with its assignments, in words as well. */
export function OrganisationProgress({ reviewId }: { reviewId: string }) {
  const progress = useReviewProgress(reviewId);
  return (
    <section className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">Progress by organisation</h2>
      <QueryGate
        query={progress}
        loading="Loading progress…"
        errorTitle="Progress could not be loaded"
        isEmpty={(data) => data.organisations.length === 0}
        empty="No organisation has an assignment yet."
      >
        {(data) => (
          <>
            <ul className="progress-legend" aria-hidden="true">
              {PARTS.map((part) => (
                <li key={part.key}>
                  <span className={`progress-legend__swatch progress-bar__part--${part.key}`} /> {part.label}
                </li>
              ))}
            </ul>
            <ul className="progress-list" data-testid="organisation-progress">
              {data.organisations.map((row) => (
                <li key={row.organisation.id} className="progress-row" data-testid="progress-row">
                  <span className="progress-row__name">
                    <OrganisationName organisation={row.organisation} />
                  </span>
                  <ProgressBar row={row} />
                  <span className="progress-row__text">
                    {progressText(row)}
                    {row.overdue > 0 ? (
                      <>
                        {' '}
                        <span className="badge badge--danger">{row.overdue} overdue</span>
                      </>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryGate>
    </section>
  );
}
