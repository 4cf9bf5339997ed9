import { formatInstant, ORGANISATION_TYPE_LABELS, type TReviewDetail, type TWorkshop } from '@gcm/domain';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { PageGate } from '../../../components/ui/page-gate';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { Loading } from '../../../components/ui/spinner';
import { useReviewMembers } from '../../../lib/api/get-review-members';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { useWorkshop } from '../api/get-workshop';
import { ActionItemsSection } from './action-items-section';
import { DivisionOfLabourSection } from './division-of-labour-section';
import { ParticipantsEditor, ParticipantsTable } from './participants-section';
import { WorkshopDetailsForm, WorkshopDetailsView } from './workshop-details';
import { modeAndPlace } from './workshop-labels';

function AttendanceSection({ workshop }: { workshop: TWorkshop }) {
  const { attendance } = workshop;
  return (
    <section className="card" aria-labelledby="attendance-title">
      <h2 id="attendance-title">Attendance</h2>
      <p className="attendance" data-testid="attendance-summary">
        {attendance.text || 'Nobody is recorded as attending yet.'}
      </p>
      {attendance.byType.length > 0 ? (
        <ScrollArea>
          <table className="data-table">
            <caption className="visually-hidden">Attendance by type of organisation</caption>
            <thead>
              <tr>
                <th scope="col">Type of organisation</th>
                <th scope="col">Organisations</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {attendance.byType.map((row) => (
                <tr key={row.type}>
                  <th scope="row">{ORGANISATION_TYPE_LABELS[row.type]}</th>
                  <td>{row.organisations}</td>
                  <td>{row.people}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td>{attendance.organisations}</td>
                <td>{attendance.people}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollArea>
      ) : null}
    </section>
  );
}

function Workshop({ review, workshop }: { review: TReviewDetail; workshop: TWorkshop }) {
  const coordinator = review.viewer.role === 'coordinator';
  const organisations = useReviewOrganisations(review.id, { enabled: coordinator });
  const members = useReviewMembers(review.id, { enabled: coordinator });
  const header = (
    <>
      <p className="back-link">
        <Link to={`/reviews/${review.id}/workshops`}>← All workshops</Link>
      </p>
      <p className="page__lead">
        <time dateTime={workshop.startsAt}>{formatInstant(workshop.startsAt, review.timeZone)}</time> (
        {review.timeZone}) · {modeAndPlace(workshop)}
      </p>
      <AttendanceSection workshop={workshop} />
    </>
  );

  if (!coordinator) {
    return (
      <>
        {header}
        <WorkshopDetailsView workshop={workshop} timeZone={review.timeZone} />
        <section className="card" aria-labelledby="participants-title">
          <h2 id="participants-title">Participants</h2>
          <ParticipantsTable workshop={workshop} />
        </section>
        <ActionItemsSection workshop={workshop} organisations={[]} editable={false} />
      </>
    );
  }

  // The coordinator's forms choose among the organisations and members of the review.
  const failed = organisations.isError ? organisations : members.isError ? members : null;
  if (failed) {
    return (
      <>
        {header}
        <ErrorPanel
          title="The organisations and members of the review could not be loaded"
          error={failed.error}
          onRetry={() => void failed.refetch()}
          retrying={failed.isFetching}
        />
      </>
    );
  }
  if (!organisations.data || !members.data) {
    return (
      <>
        {header}
        <Loading label="Loading the organisations and members of the review…" />
      </>
    );
  }
  const organisationList = organisations.data.organisations;
  return (
    <>
      {header}
      <WorkshopDetailsForm workshop={workshop} organisations={organisationList} timeZone={review.timeZone} />
      <section className="card" aria-labelledby="participants-title">
        <h2 id="participants-title">Participants</h2>
        <ParticipantsEditor
          workshop={workshop}
          organisations={organisationList}
          members={members.data.members}
        />
      </section>
      <ActionItemsSection workshop={workshop} organisations={organisationList} editable />
      <DivisionOfLabourSection review={review} workshop={workshop} organisations={organisationList} />
    </>
  );
}

export function WorkshopPage() {
  const { workshopId = '' } = useParams();
  const workshopQuery = useWorkshop(workshopId);
  return (
    <PageGate query={workshopQuery} noun="workshop">
      {(workshop) => (
        <ReviewFrame reviewId={workshop.reviewId} title={workshop.title}>
          {(review) => <Workshop review={review} workshop={workshop} />}
        </ReviewFrame>
      )}
    </PageGate>
  );
}
