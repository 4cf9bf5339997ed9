import { formatInstant, type TReviewDetail, type TWorkshop } from '@gcm/domain';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { PageGate } from '../../../components/ui/page-gate';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { Loading } from '../../../components/ui/spinner';
import { useReviewMembers } from '../../../lib/api/get-review-members';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useWorkshop } from '../api/get-workshop';
import { ActionItemsSection } from './action-items-section';
import { DivisionOfLabourSection } from './division-of-labour-section';
import { ParticipantsEditor, ParticipantsTable } from './participants-section';
import { WorkshopDetailsForm, WorkshopDetailsView } from './workshop-details';
import { modeAndPlace } from './workshop-labels';

function AttendanceSection({ workshop }: { workshop: TWorkshop }) {
  const t = useT();
  const intl = useIntl();
  const { attendance } = workshop;
  return (
    <section className="card" aria-labelledby="attendance-title">
      <h2 id="attendance-title">{t('workshops.attendance.title')}</h2>
      <p className="attendance" data-testid="attendance-summary">
        {attendance.text || t('workshops.attendance.nobody')}
      </p>
      {attendance.byType.length > 0 ? (
        <ScrollArea>
          <table className="data-table">
            <caption className="visually-hidden">{t('workshops.attendance.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workshops.attendance.type')}</th>
                <th scope="col">{t('workshops.attendance.organisations')}</th>
                <th scope="col">{t('workshops.attendance.people')}</th>
              </tr>
            </thead>
            <tbody>
              {attendance.byType.map((row) => (
                <tr key={row.type}>
                  <th scope="row">{t(`ui.org.type.${row.type}`)}</th>
                  <td>{intl.formatNumber(row.organisations)}</td>
                  <td>{intl.formatNumber(row.people)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('workshops.attendance.total')}</th>
                <td>{intl.formatNumber(attendance.organisations)}</td>
                <td>{intl.formatNumber(attendance.people)}</td>
              </tr>
            </tfoot>
          </table>
        </ScrollArea>
      ) : null}
    </section>
  );
}

function Workshop({ review, workshop }: { review: TReviewDetail; workshop: TWorkshop }) {
  const t = useT();
  const locale = useLocale();
  const coordinator = review.viewer.role === 'coordinator';
  const organisations = useReviewOrganisations(review.id, { enabled: coordinator });
  const members = useReviewMembers(review.id, { enabled: coordinator });
  const header = (
    <>
      <p className="back-link">
        <Link to={`/reviews/${review.id}/workshops`}>{t('workshops.page.back')}</Link>
      </p>
      <p className="page__lead">
        <time dateTime={workshop.startsAt}>
          {formatInstant(workshop.startsAt, review.timeZone, 'dateTime', locale)}
        </time>{' '}
        ({review.timeZone}) · {modeAndPlace(workshop, t)}
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
          <h2 id="participants-title">{t('workshops.participants.title')}</h2>
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
          title={t('workshops.page.loadError')}
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
        <Loading label={t('workshops.page.loading')} />
      </>
    );
  }
  const organisationList = organisations.data.organisations;
  return (
    <>
      {header}
      <WorkshopDetailsForm workshop={workshop} organisations={organisationList} timeZone={review.timeZone} />
      <section className="card" aria-labelledby="participants-title">
        <h2 id="participants-title">{t('workshops.participants.title')}</h2>
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
