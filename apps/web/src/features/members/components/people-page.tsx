import type { TReviewDetail } from '@gcm/domain';
import { useParams } from 'react-router';
import { bothQueries, QueryGate } from '../../../components/ui/query-gate';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { useReviewMembers } from '../../../lib/api/get-review-members';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { useWorkspacePeople } from '../../../lib/api/get-workspace-people';
import { useT } from '../../../lib/i18n/use-t';
import { InviteForm } from './invite-form';
import { MembersSection } from './members-section';
import { OrganisationsSection } from './organisations-section';

function People({ review }: { review: TReviewDetail }) {
  const t = useT();
  const members = useReviewMembers(review.id);
  const organisations = useReviewOrganisations(review.id);
  const canEdit = review.viewer.role === 'coordinator';
  // The country directory, to invite someone already in it; a directory that fails to load only
  // leaves the choice out: the form works without it.
  const directory = useWorkspacePeople(review.workspaceId, false, canEdit);

  return (
    <QueryGate
      query={bothQueries(members, organisations)}
      loading={t('members.page.loading')}
      errorTitle={t('members.page.loadError')}
    >
      {([{ members: memberList }, { organisations: organisationList }]) => (
        <>
          {canEdit ? (
            <InviteForm
              reviewId={review.id}
              organisations={organisationList}
              directory={(directory.data?.people ?? []).filter(
                (person) => !memberList.some((member) => member.personId === person.personId),
              )}
            />
          ) : null}
          <MembersSection
            reviewId={review.id}
            members={memberList}
            organisations={organisationList}
            canEdit={canEdit}
          />
          <OrganisationsSection
            review={review}
            organisations={organisationList}
            members={memberList}
            canEdit={canEdit}
          />
        </>
      )}
    </QueryGate>
  );
}

export function PeoplePage() {
  const t = useT();
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title={t('members.page.title')}>
      {(review) => <People review={review} />}
    </ReviewFrame>
  );
}
