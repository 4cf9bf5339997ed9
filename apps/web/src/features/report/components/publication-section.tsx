import { isPublished, type TReviewDetail } from '@gcm/domain';
import { Link } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button';
import { SaveFailure } from '../../../components/ui/save-failure';
import { useReview } from '../../../lib/api/get-review';
import { useUpdatePublication } from '../api/update-publication';

/**
 * Whether the report is public (sent, with the State's consent), with the coordinator's button to
 * withdraw or give that consent at any time: after submission too, when the settings are read-only.
 */
export function PublicationSection({ review, submissions }: { review: TReviewDetail; submissions: number }) {
  const update = useUpdatePublication(review.id);
  const reviewQuery = useReview(review.id);
  const coordinator = review.viewer.role === 'coordinator';
  const published = isPublished({
    status: review.status,
    consentToPublish: review.consentToPublish,
    submissions,
  });
  const consent = review.consentToPublish;
  const state = published
    ? 'The report is public: anyone can read it and download the document as sent, without signing in.'
    : consent === true
      ? 'The State consents to publication: the report becomes public once it is sent.'
      : consent === false
        ? 'The State does not consent to publication: nothing of the report is public.'
        : 'The State has not chosen yet whether the report may be published: nothing of it is public.';
  const give = consent !== true;

  async function reload() {
    await reviewQuery.refetch();
    update.reset();
  }

  return (
    <section className="card" aria-labelledby="publication-title" data-testid="publication">
      <h2 id="publication-title">Publication</h2>
      <p data-testid="publication-state">{state}</p>
      {published ? (
        <p>
          <Link to={`/published/${review.id}`}>The public page of the report</Link>
        </p>
      ) : null}
      {coordinator ? (
        <ConfirmButton
          label={give ? 'Give consent to publish' : 'Withdraw consent to publish'}
          question={
            give
              ? 'Publish the report? Once sent, anyone can read its final answers and download the document, without signing in.'
              : 'Withdraw the consent? The public page and its document disappear at once.'
          }
          confirmLabel={give ? 'Yes, consent to publish' : 'Yes, withdraw the consent'}
          busy={update.isPending}
          onConfirm={() => update.mutate({ consentToPublish: give, version: review.version })}
        />
      ) : null}
      {update.isError ? (
        <SaveFailure
          error={update.error}
          changed="the review"
          reloadLabel="Reload the review"
          onReload={() => void reload()}
          reloading={reviewQuery.isFetching}
          errorTitle="The consent to publish could not be changed"
          testId="publication-conflict"
        />
      ) : null}
    </section>
  );
}
