import { isPublished, type TReviewDetail } from '@gcm/domain';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { SaveFailure } from '../../../components/ui/save-failure';
import { useReview } from '../../../lib/api/get-review';
import { useT } from '../../../lib/i18n/use-t';
import { useUpdatePublication } from '../api/update-publication';

/**
 * Whether the report is public (sent, with the State's consent), with the coordinator's button to
 * withdraw or give that consent at any time: after submission too, when the settings are read-only.
 */
export function PublicationSection({ review, submissions }: { review: TReviewDetail; submissions: number }) {
  const update = useUpdatePublication(review.id);
  const t = useT();
  const reviewQuery = useReview(review.id);
  const coordinator = review.viewer.role === 'coordinator';
  const published = isPublished({
    status: review.status,
    consentToPublish: review.consentToPublish,
    submissions,
  });
  const consent = review.consentToPublish;
  const state = published
    ? t('report.publication.public')
    : consent === true
      ? t('report.publication.consents')
      : consent === false
        ? t('report.publication.refuses')
        : t('report.publication.unset');
  const give = consent !== true;

  async function reload() {
    await reviewQuery.refetch();
    update.reset();
  }

  return (
    <section className="card" aria-labelledby="publication-title" data-testid="publication">
      <h2 id="publication-title">{t('report.publication.title')}</h2>
      <p data-testid="publication-state">{state}</p>
      {published ? (
        <p>
          <Link to={`/published/${review.id}`}>{t('report.publication.link')}</Link>
        </p>
      ) : null}
      {coordinator ? (
        <ConfirmButton
          label={give ? t('report.publication.give') : t('report.publication.withdraw')}
          question={give ? t('report.publication.giveQuestion') : t('report.publication.withdrawQuestion')}
          confirmLabel={give ? t('report.publication.giveConfirm') : t('report.publication.withdrawConfirm')}
          busy={update.isPending}
          onConfirm={() => update.mutate({ consentToPublish: give, version: review.version })}
        />
      ) : null}
      {update.isError ? (
        <SaveFailure
          error={update.error}
          changed={t('report.publication.changed')}
          reloadLabel={t('report.publication.reload')}
          onReload={() => void reload()}
          reloading={reviewQuery.isFetching}
          errorTitle={t('report.publication.failed')}
          testId="publication-conflict"
        />
      ) : null}
    </section>
  );
}
