import { formatInstant, localTimeZone, type TPublicReport, type TPublicSection } from '@gcm/domain';
import { Link, useParams } from 'react-router';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Loading } from '../../../components/ui/spinner';
import { isApiError } from '../../../lib/api-client';
import { publicReportDocumentUrl } from '../../../lib/downloads';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { usePublicReport } from '../api/get-public-report';
import { AnswerView } from './answer-view';

function kilobytes(bytes: number): number {
  return Math.max(1, Math.round(bytes / 1024));
}

/**
 * A section of the questionnaire: its heading (h2) and questions (h3); unheaded ones stand alone (h2).
 * The headings and answers are the report's, in the questionnaire's language: not translated.
 */
function Section({ section }: { section: TPublicSection }) {
  const t = useT();
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
          {t('published.section.objectives', {
            numbers: section.objectives
              .map((objective) => objective.number)
              .join(t('published.list.separator')),
          })}
        </p>
      ) : null}
      {questions}
    </section>
  );
}

function Report({ report }: { report: TPublicReport }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="public-report" aria-labelledby="public-report-title">
      <title>{`${report.title} — ${t('published.index.title')} — ${t('shell.brand')}`}</title>
      <p>
        <Link to="/published">{t('published.report.all')}</Link>
      </p>
      <h1 id="public-report-title">{report.title}</h1>
      <dl className="facts" data-testid="public-report-facts">
        <div className="facts__item">
          <dt>{t('published.col.country')}</dt>
          <dd>{report.country}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('published.col.cycle')}</dt>
          <dd>{report.cycle}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('published.facts.questionnaire')}</dt>
          <dd>{report.questionnaireTitle}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('published.col.sentOn')}</dt>
          <dd>
            {formatInstant(report.submittedAt, localTimeZone(), 'date', locale)}
            {report.version > 1 ? ` ${t('published.amended', { version: report.version })}` : null}
          </dd>
        </div>
      </dl>
      <p>
        <a href={publicReportDocumentUrl(report.id)} download data-testid="public-report-download">
          {t('published.report.download', { size: kilobytes(report.document.sizeBytes) })}
        </a>
      </p>
      {report.priorities.length > 0 ? (
        <section aria-labelledby="public-priorities" data-testid="public-priorities">
          <h2 id="public-priorities">{t('published.report.priorities')}</h2>
          <ol className="public-report__priorities">
            {report.priorities.map((priority) => (
              <li key={priority.objective} value={priority.objective}>
                <strong>
                  {t('published.report.objective', { number: priority.objective, title: priority.title })}
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
  const t = useT();
  if (report.isPending) return <Loading label={t('published.report.loading')} />;
  if (report.isError) {
    const missing = isApiError(report.error) && (report.error.status === 404 || report.error.status === 400);
    return (
      <div className="page">
        {missing ? (
          <>
            <title>{`${t('published.missing.title')} — ${t('shell.brand')}`}</title>
            <h1>{t('published.missing.heading')}</h1>
            <p>{t('published.missing.text')}</p>
            <p>
              <Link to="/published">{t('published.missing.link')}</Link>
            </p>
          </>
        ) : (
          <ErrorPanel
            title={t('published.report.loadError')}
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
