import { formatCalendarDate, formatInstant, localTimeZone, type TInstanceReview } from '@gcm/domain';
import { DataTable } from '../../../components/ui/data-table';
import { ProgressCell } from '../../../components/ui/progress-cell';
import { QueryGate } from '../../../components/ui/query-gate';
import { MemberStatusBadge, ReviewStatusBadge } from '../../../components/ui/status-badge';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useInstanceReviews } from '../api/get-instance-reviews';
import { InstanceFrame } from './instance-frame';
import { StartReviewForm } from './start-review-form';

function Coordinators({ coordinators }: { coordinators: TInstanceReview['coordinators'] }) {
  const t = useT();
  if (coordinators.length === 0) return <span className="muted">{t('instance.reviews.noCoordinator')}</span>;
  return (
    <ul className="plain-list">
      {coordinators.map((coordinator) => (
        <li key={coordinator.email}>
          {coordinator.name} <span className="muted">{coordinator.email}</span>{' '}
          <MemberStatusBadge active={coordinator.accepted} />
        </li>
      ))}
    </ul>
  );
}

function InstanceReviewRow({ review }: { review: TInstanceReview }) {
  const t = useT();
  const locale = useLocale();
  return (
    <tr data-testid="instance-review">
      <th scope="row" data-label={t('instance.reviews.col.country')}>
        {review.country}
        <span className="muted block instance-row__detail">{review.title}</span>
      </th>
      <td data-label={t('instance.reviews.col.cycle')}>{review.cycle}</td>
      <td data-label={t('instance.reviews.col.status')}>
        <ReviewStatusBadge status={review.status} />
      </td>
      <td data-label={t('instance.reviews.col.finalDeadline')}>
        <time dateTime={review.finalDueDate}>
          {formatCalendarDate(review.finalDueDate, 'long', locale)}
          {review.finalDueTime ? `, ${review.finalDueTime}` : ''} ({review.timeZone})
        </time>
      </td>
      <td data-label={t('instance.reviews.col.coordinators')}>
        <Coordinators coordinators={review.coordinators} />
      </td>
      <td data-label={t('instance.reviews.col.progress')}>
        <ProgressCell progress={review.progress} />
      </td>
      <td data-label={t('instance.reviews.col.submitted')}>
        {review.submittedAt ? (
          <time dateTime={review.submittedAt}>
            {formatInstant(review.submittedAt, localTimeZone(), 'date', locale)}
          </time>
        ) : (
          <span className="muted">{t('instance.reviews.notYet')}</span>
        )}
      </td>
    </tr>
  );
}

function InstanceReviews() {
  const t = useT();
  const reviews = useInstanceReviews();
  return (
    <QueryGate
      query={reviews}
      loading={t('instance.reviews.loading')}
      errorTitle={t('instance.reviews.loadError')}
      isEmpty={(data) => data.reviews.length === 0}
      empty={t('instance.reviews.empty')}
    >
      {(data) => (
        <DataTable
          caption={t('instance.reviews.caption')}
          columns={[
            t('instance.reviews.col.countryTitle'),
            t('instance.reviews.col.cycle'),
            t('instance.reviews.col.status'),
            t('instance.reviews.col.finalDeadline'),
            t('instance.reviews.col.coordinators'),
            t('instance.reviews.col.progress'),
            t('instance.reviews.col.submitted'),
          ]}
          framed
          className="instance-table"
        >
          {data.reviews.map((review) => (
            <InstanceReviewRow key={review.id} review={review} />
          ))}
        </DataTable>
      )}
    </QueryGate>
  );
}

/** /instance — every review of the installation, where it stands and who runs it; and starting one. */
export function InstanceReviewsPage() {
  const t = useT();
  return (
    <InstanceFrame title={t('instance.reviews.title')} lead={t('instance.reviews.lead')}>
      <InstanceReviews />
      <StartReviewForm />
    </InstanceFrame>
  );
}
