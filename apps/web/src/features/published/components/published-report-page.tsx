import { formatInstant, localTimeZone, type TPublicReport, type TPublicSection } from '@gcm/domain';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Loading } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { publicReportDocumentUrl } from '../../../lib/downloads';
import { usePublicReport } from '../api/get-public-report';
import { AnswerView } from './answer-view';

function kilobytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A section of the questionnaire: its heading (h2) and questions (h3); unheaded ones stand alone (h2). */
function Section({ section }: { section: TPublicSection }) {
  const headed = section.number !== null && section.title !== null;
  const QuestionHeading = headed ? 'h3' : 'h2';
  const questions = section.questions.map((question) => (
    <section
      key={question.code}
      className="public-report__question"
      aria-labelledby={`question-${question.code}`}
      data-testid={`public-question-${question.code}`}
    >
      <QuestionHeading id={`question-${question.code}`}>{question.heading}</QuestionHeading>
      <AnswerView nodes={question.answer} />
    </section>
  ));
  if (!headed) return <>{questions}</>;
  return (
    <section className="public-report__section" aria-labelledby={`section-${section.key}`}>
      <h2 id={`section-${section.key}`}>
        {section.number}. {section.title}
      </h2>
      {section.objectives.length > 0 ? (
        <p className="muted">
          GCM objectives: {section.objectives.map((objective) => objective.number).join(', ')}
        </p>
      ) : null}
      {questions}
    </section>
  );
}

function Report({ report }: { report: TPublicReport }) {
  return (
    <article className="public-report" aria-labelledby="public-report-title">
      <title>{`${report.title} — Published reports — GCM Review Tracker`}</title>
      <p>
        <Link to="/published">All published reports</Link>
      </p>
      <h1 id="public-report-title">{report.title}</h1>
      <dl className="facts" data-testid="public-report-facts">
        <div className="facts__item">
          <dt>Country</dt>
          <dd>{report.country}</dd>
        </div>
        <div className="facts__item">
          <dt>Cycle</dt>
          <dd>{report.cycle}</dd>
        </div>
        <div className="facts__item">
          <dt>Questionnaire</dt>
          <dd>{report.questionnaireTitle}</dd>
        </div>
        <div className="facts__item">
          <dt>Sent on</dt>
          <dd>
            {formatInstant(report.submittedAt, localTimeZone(), 'date')}
            {report.version > 1 ? ` (amended version ${report.version})` : null}
          </dd>
        </div>
      </dl>
      <p>
        <a href={publicReportDocumentUrl(report.id)} download data-testid="public-report-download">
          Download the report as sent (Word document, {kilobytes(report.document.sizeBytes)})
        </a>
      </p>
      {report.priorities.length > 0 ? (
        <section aria-labelledby="public-priorities" data-testid="public-priorities">
          <h2 id="public-priorities">Priority GCM objectives</h2>
          <ol className="public-report__priorities">
            {report.priorities.map((priority) => (
              <li key={priority.objective} value={priority.objective}>
                <strong>
                  Objective {priority.objective}: {priority.title}
                </strong>
                {priority.reason ? <p className="pre-wrap">{priority.reason}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {report.sections.map((section) => (
        <Section key={section.key} section={section} />
      ))}
    </article>
  );
}

/** /published/:reviewId — a published report, read-only, for anyone (no sign-in). */
export function PublishedReportPage() {
  const { reviewId = '' } = useParams();
  const report = usePublicReport(reviewId);
  if (report.isPending) return <Loading label="Loading the report…" />;
  if (report.isError) {
    const missing = isApiError(report.error) && (report.error.status === 404 || report.error.status === 400);
    return (
      <div className="page">
        {missing ? (
          <>
            <title>Report not found — GCM Review Tracker</title>
            <h1>There is no published report here</h1>
            <p>The report does not exist, or it is not published.</p>
            <p>
              <Link to="/published">See the published reports</Link>
            </p>
          </>
        ) : (
          <ErrorPanel
            title="The report could not be loaded"
            error={report.error}
            onRetry={() => void report.refetch()}
            retrying={report.isFetching}
          />
        )}
      </div>
    );
  }
  return (
    <div className="page">
      <Report report={report.data} />
    </div>
  );
}
