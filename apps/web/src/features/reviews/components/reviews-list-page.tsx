import type { TReviewSummary } from '@gcm/domain';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { DataTable } from '../../../components/ui/data-table';
import { ProgressCell } from '../../../components/ui/progress-cell';
import { QueryGate } from '../../../components/ui/query-gate';
import { ReviewStatusBadge } from '../../../components/ui/status-badge';
import { useReviews } from '../../../lib/api/get-reviews';
import { useSession } from '../../../lib/api/get-session';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { deadlineText } from './deadline-text';

function ReviewRow({ review }: { review: TReviewSummary }) {
  const t = useT();
  const locale = useLocale();
  const office = review.coordinatingOrganisation;
  return (
    <tr data-testid="review-row">
      <th scope="row" data-label={t('reviews.col.review')}>
        <Link to={`/reviews/${review.id}`}>{review.title}</Link>
      </th>
      <td data-label={t('reviews.col.country')}>{review.country}</td>
      <td data-label={t('reviews.col.cycle')}>{review.cycle}</td>
      <td data-label={t('reviews.col.status')}>
        <ReviewStatusBadge status={review.status} />
      </td>
      <td data-label={t('reviews.col.finalDeadline')}>
        <time dateTime={review.finalDueDate}>
          {deadlineText(t, locale, {
            date: review.finalDueDate,
            time: review.finalDueTime,
            timeZone: review.timeZone,
          })}
        </time>
      </td>
      <td data-label={t('reviews.col.office')}>
        {office ? office.name : <span className="muted">{t('reviews.notSet')}</span>}
      </td>
      <td data-label={t('reviews.col.progress')}>
        <ProgressCell progress={review.progress} />
      </td>
    </tr>
  );
}

function ReviewsTable({ reviews }: { reviews: TReviewSummary[] }) {
  const t = useT();
  return (
    <DataTable
      caption={t('reviews.list.caption')}
      columns={[
        t('reviews.col.review'),
        t('reviews.col.country'),
        t('reviews.col.cycle'),
        t('reviews.col.status'),
        t('reviews.col.finalDeadline'),
        t('reviews.col.office'),
        t('reviews.col.progress'),
      ]}
      framed
    >
      {reviews.map((review) => (
        <ReviewRow key={review.id} review={review} />
      ))}
    </DataTable>
  );
}

export function ReviewsListPage() {
  const t = useT();
  const intl = useIntl();
  const reviews = useReviews();
  const { data: person } = useSession({ enabled: false });
  const mayCreate = person?.mayCreateReviews === true;

  return (
    <div className="page">
      <title>{`${t('reviews.list.pageTitle')} — ${t('shell.brand')}`}</title>
      <div className="page__header">
        <h1>{t('reviews.list.pageTitle')}</h1>
        {mayCreate ? (
          <Link to="/reviews/new" className="button button--link">
            {t('reviews.list.create')}
          </Link>
        ) : null}
      </div>
      <p className="page__lead">{t('reviews.list.lead')}</p>
      <QueryGate
        query={reviews}
        loading={t('reviews.list.loading')}
        errorTitle={t('reviews.list.error')}
        isEmpty={(data) => data.reviews.length === 0}
        empty={
          <div className="empty-state">
            <h2>{t('reviews.list.empty.title')}</h2>
            <p>
              {t('reviews.list.empty.text')}{' '}
              {mayCreate
                ? intl.formatMessage(
                    { id: 'reviews.list.empty.create' },
                    { link: (chunks) => <Link to="/reviews/new">{chunks}</Link> },
                  )
                : t('reviews.list.empty.admin')}
            </p>
          </div>
        }
      >
        {(data) => <ReviewsTable reviews={data.reviews} />}
      </QueryGate>
    </div>
  );
}
