import type { TOrganisationProgress } from '@gcm/domain';
import { OrganisationName } from '../../../components/ui/organisation-name';
import { QueryGate } from '../../../components/ui/query-gate';
import { useT } from '../../../lib/i18n/use-t';
import { useReviewProgress } from '../api/get-review-progress';

/** The parts of a bar, in the order they are drawn (the furthest along first). */
const PARTS = [
  'accepted',
  'submitted',
  'inProgress',
  'notStarted',
] as const satisfies readonly (keyof TOrganisationProgress)[];

/** "4 assignments: 1 accepted, 1 submitted, 1 in progress, 1 not started": the bar in words. */
export function progressText(t: ReturnType<typeof useT>, row: TOrganisationProgress): string {
  const parts = PARTS.filter((part) => row[part] > 0).map((part) =>
    t(`reviews.progress.count.${part}`, { count: row[part] }),
  );
  return t('reviews.progress.text', {
    total: row.total,
    parts: parts.join(t('reviews.progress.separator')),
  });
}

function ProgressBar({ row }: { row: TOrganisationProgress }) {
  // Drawn for the eye; the text next to it says the same for everyone.
  return (
    <div className="progress-bar" aria-hidden="true">
      {PARTS.map((part) =>
        row[part] > 0 ? (
          <span
            key={part}
            className={`progress-bar__part progress-bar__part--${part}`}
            style={{ width: `${(row[part] / row.total) * 100}%` }}
          />
        ) : null,
      )}
    </div>
  );
}

/** The coordinator's bars: how far each organisation is with its assignments, in words as well. */
export function OrganisationProgress({ reviewId }: { reviewId: string }) {
  const t = useT();
  const progress = useReviewProgress(reviewId);
  return (
    <section className="card" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('reviews.progress.title')}</h2>
      <QueryGate
        query={progress}
        loading={t('reviews.progress.loading')}
        errorTitle={t('reviews.progress.error')}
        isEmpty={(data) => data.organisations.length === 0}
        empty={t('reviews.progress.empty')}
      >
        {(data) => (
          <>
            <ul className="progress-legend" aria-hidden="true">
              {PARTS.map((part) => (
                <li key={part}>
                  <span className={`progress-legend__swatch progress-bar__part--${part}`} />{' '}
                  {t(`reviews.progress.legend.${part}`)}
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
                    {progressText(t, row)}
                    {row.overdue > 0 ? (
                      <>
                        {' '}
                        <span className="badge badge--danger">
                          {t('reviews.progress.overdue', { count: row.overdue })}
                        </span>
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
