import { formatInstant, type TReviewDetail, type TSubmission } from '@gcm/domain';
import { useState } from 'react';
import { useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { Loading } from '../../../components/ui/spinner';
import { assignmentsCsvUrl, exportJsonUrl } from '../../../lib/downloads';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { useCompleteness } from '../api/get-completeness';
import { useSubmissions } from '../api/get-submissions';
import { AmendmentForm, OpenAmendmentNotice } from './amendment-form';
import { CompletenessChecklist } from './completeness-checklist';
import { LifeCycleSection } from './life-cycle-section';
import { PublicationSection } from './publication-section';
import { ReportPreview } from './report-preview';
import { SubmissionsList, versionLabel } from './submissions-list';
import { SubmitForm } from './submit-form';

function questionCodes(review: TReviewDetail): string[] {
  return [...review.clusters.flatMap((cluster) => cluster.questions), ...review.generalQuestions].map(
    (question) => question.code,
  );
}

function ExportLinks({ reviewId }: { reviewId: string }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="exports-title" data-testid="exports">
      <h2 id="exports-title">{t('report.exports.title')}</h2>
      <ul className="inline-links">
        <li>
          <a href={exportJsonUrl(reviewId)} download>
            {t('report.exports.json')}
          </a>
        </li>
        <li>
          <a href={assignmentsCsvUrl(reviewId)} download>
            {t('report.exports.csv')}
          </a>
        </li>
      </ul>
    </section>
  );
}

/** (c)–(e): sending, what was sent, and amendments; what shows depends on where the report stands. */
function Sending({ review }: { review: TReviewDetail }) {
  const submissions = useSubmissions(review.id);
  const completeness = useCompleteness(review.id);
  const [lastSent, setLastSent] = useState<TSubmission | null>(null);
  const t = useT();
  if (submissions.isPending) return <Loading label={t('report.submissions.loading')} />;
  if (submissions.isError) {
    return (
      <ErrorPanel
        title={t('report.submissions.loadError')}
        error={submissions.error}
        onRetry={() => void submissions.refetch()}
        retrying={submissions.isFetching}
      />
    );
  }
  const { submissions: sent, defaults, openAmendment } = submissions.data;
  const coordinator = review.viewer.role === 'coordinator';
  const canSend = sent.length === 0 || openAmendment !== null;
  const nextVersion = (sent.reduce((max, s) => Math.max(max, s.version), 0) || 0) + 1;
  return (
    <>
      {lastSent ? (
        <p className="notice notice--success" role="status" data-testid="submit-done">
          {t('report.sent.done', {
            label: versionLabel(t, lastSent.version),
            to: lastSent.to.join(', '),
            status: lastSent.email.status,
          })}
        </p>
      ) : null}
      {openAmendment ? <OpenAmendmentNotice amendment={openAmendment} reviewId={review.id} /> : null}
      {coordinator && canSend && completeness.data?.ready ? (
        <SubmitForm reviewId={review.id} defaults={defaults} version={nextVersion} onSent={setLastSent} />
      ) : null}
      {coordinator && canSend && completeness.data && !completeness.data.ready ? (
        <p className="notice notice--warning" data-testid="submit-blocked">
          {t('report.sent.blocked')}
        </p>
      ) : null}
      <SubmissionsList submissions={sent} timeZone={review.timeZone} />
      {coordinator && review.status === 'submitted' && sent.length > 0 && openAmendment === null ? (
        <AmendmentForm reviewId={review.id} questionCodes={questionCodes(review)} />
      ) : null}
      <PublicationSection review={review} submissions={sent.length} />
    </>
  );
}

/** The checklist, saying "sent" rather than "ready to send" once the report has gone and no amendment is open. */
function Completeness({ review }: { review: TReviewDetail }) {
  const submissions = useSubmissions(review.id);
  const t = useT();
  const locale = useLocale();
  const latest = [...(submissions.data?.submissions ?? [])].sort((a, b) => b.version - a.version)[0];
  const sentNote =
    latest && submissions.data?.openAmendment === null
      ? t('report.sent.note', {
          date: formatInstant(latest.createdAt, review.timeZone, 'date', locale),
          version: latest.version,
        })
      : null;
  return <CompletenessChecklist reviewId={review.id} sentNote={sentNote} />;
}

/** /reviews/:reviewId/report — check, preview, send the report and follow what was sent. */
export function ReportPage() {
  const { reviewId = '' } = useParams();
  const t = useT();
  return (
    <ReviewFrame reviewId={reviewId} title={t('report.page.title')}>
      {(review) =>
        review.viewer.role === 'coordinator' || review.viewer.role === 'observer' ? (
          <div className="report-page">
            <Completeness review={review} />
            <ReportPreview reviewId={review.id} />
            <Sending review={review} />
            <LifeCycleSection review={review} />
            <ExportLinks reviewId={review.id} />
          </div>
        ) : (
          <div className="error-panel" role="alert">
            <h2 className="error-panel__title">{t('report.page.notAllowed')}</h2>
          </div>
        )
      }
    </ReviewFrame>
  );
}
