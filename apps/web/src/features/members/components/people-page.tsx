import type { TReviewDetail } from '@gcm/domain';
import { useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { Loading } from '../../../components/ui/spinner';
import { useReviewMembers } from '../../../lib/api/get-review-members';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { InviteForm } from './invite-form';
import { MembersSection } from './members-section';
import { OrganisationsSection } from './organisations-section';

function People({ review }: { review: TReviewDetail }) {
  const members = useReviewMembers(review.id);
  const organisations = useReviewOrganisations(review.id);
  const canEdit = review.viewer.role === 'coordinator';

  if (members.isPending || organisations.isPending)
    return <Loading label="Loading people and organisations…" />;
  if (members.isError || organisations.isError) {
    return (
      <ErrorPanel
        title="People and organisations could not be loaded"
        error={members.error ?? organisations.error}
        onRetry={() => {
          void members.refetch();
          void organisations.refetch();
        }}
        retrying={members.isFetching || organisations.isFetching}
      />
    );
  }
  return (
    <>
      {canEdit ? <InviteForm reviewId={review.id} organisations={organisations.data.organisations} /> : null}
      <MembersSection
        reviewId={review.id}
        members={members.data.members}
        organisations={organisations.data.organisations}
        canEdit={canEdit}
      />
      <OrganisationsSection
        reviewId={review.id}
        organisations={organisations.data.organisations}
        members={members.data.members}
        canEdit={canEdit}
      />
    </>
  );
}

export function PeoplePage() {
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title="People & organisations">
      {(review) => <People review={review} />}
    </ReviewFrame>
  );
}
