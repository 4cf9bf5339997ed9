import type { TContactBlock, TReviewDetail } from '@gcm/domain';
import { formatCalendarDate, formatDeadline } from '@gcm/domain';
import { type ReactNode, useEffect } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { CarriedForwardNote } from '../../../components/ui/carried-forward-note';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ReviewNav } from '../../../components/ui/review-nav';
import { Loading } from '../../../components/ui/spinner';
import { ReviewStatusBadge } from '../../../components/ui/status-badge';
import { useReview } from '../../../lib/api/get-review';
import { isApiError } from '../../../lib/api-client';
import { REVIEW_ROLE_LABELS } from '../../../lib/labels';
import { generalQuestionsTitle } from '../../../lib/question-info';
import { ClusterSection } from './cluster-section';
import { NeedsAttention } from './needs-attention';
import { OrganisationProgress } from './organisation-progress';
import { PriorityAnswer } from './priority-answer';
import { QuestionItem } from './question-item';

function BackLink() {
  return (
    <p className="back-link">
      <Link to="/reviews">← All reviews</Link>
    </p>
  );
}

function ContactValue({ value, href }: { value: string; href?: string }) {
  if (value.trim() === '') return <span className="muted">Not given</span>;
  return href ? <a href={href}>{value}</a> : value;
}

function ContactSection({ contact }: { contact: TContactBlock }) {
  const rows: { label: string; value: string; href?: string }[] = [
    { label: 'Office', value: contact.office },
    { label: 'Name', value: contact.name },
    { label: 'Title/Position', value: contact.title },
    { label: 'E-mail', value: contact.email, href: `mailto:${contact.email}` },
    { label: 'Telephone', value: contact.telephone, href: `tel:${contact.telephone.replace(/\s+/g, '')}` },
    { label: 'Mailing address', value: contact.mailingAddress },
  ];
  return (
    <section className="card" aria-labelledby="contact-title" data-testid="contact">
      <h2 id="contact-title">Coordinating office</h2>
      <dl className="details">
        {rows.map((row) => (
          <div key={row.label} className="details__row">
            <dt>{row.label}</dt>
            <dd>
              <ContactValue value={row.value} {...(row.href ? { href: row.href } : {})} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function consentText(consent: boolean | null): string {
  if (consent === null) return 'Not decided yet';
  return consent ? 'Yes, the report may be published' : 'No';
}

function SubmissionSection({ review }: { review: TReviewDetail }) {
  const { to, cc } = review.recipients;
  return (
    <section className="card" aria-labelledby="submission-title">
      <h2 id="submission-title">Submission</h2>
      <dl className="details">
        <div className="details__row">
          <dt>Send to</dt>
          <dd>{to.length > 0 ? to.join(', ') : <span className="muted">Not set</span>}</dd>
        </div>
        <div className="details__row">
          <dt>Copy to</dt>
          <dd>{cc.length > 0 ? cc.join(', ') : <span className="muted">Nobody</span>}</dd>
        </div>
        <div className="details__row">
          <dt>Publish on the UN Network on Migration site</dt>
          <dd>{consentText(review.consentToPublish)}</dd>
        </div>
      </dl>
    </section>
  );
}

function ReviewFacts({ review }: { review: TReviewDetail }) {
  return (
    <dl className="facts">
      <div className="facts__item">
        <dt>Country</dt>
        <dd>{review.country}</dd>
      </div>
      <div className="facts__item">
        <dt>Cycle</dt>
        <dd>{review.cycle}</dd>
      </div>
      <div className="facts__item">
        <dt>Status</dt>
        <dd>
          <ReviewStatusBadge status={review.status} />
        </dd>
      </div>
      <div className="facts__item">
        <dt>Final deadline</dt>
        <dd data-testid="final-deadline">
          <time dateTime={review.finalDueDate}>
            {review.finalDueTime
              ? formatDeadline(review.finalDueDate, review.finalDueTime, review.timeZone)
              : `${formatCalendarDate(review.finalDueDate, 'long')}, end of day (${review.timeZone})`}
          </time>
        </dd>
      </div>
    </dl>
  );
}

function PageContents({ review }: { review: TReviewDetail }) {
  return (
    <nav className="page-contents" aria-label="On this page">
      <ul>
        {review.clusters.map((cluster) => (
          <li key={cluster.number}>
            <a href={`#cluster-${cluster.number}`}>Cluster {cluster.number}</a>
          </li>
        ))}
        {review.generalQuestions.length > 0 ? (
          <li>
            <a href="#general-questions">{generalQuestionsTitle(review.generalQuestions)}</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function ContributorNotice({ review }: { review: TReviewDetail }) {
  const { viewer } = review;
  if (viewer.role === 'coordinator') return null;
  const mine = [
    ...review.clusters.flatMap((cluster) => cluster.questions),
    ...review.generalQuestions,
  ].flatMap((question) =>
    question.assignments.filter(
      (a) => viewer.organisationId !== null && a.organisation.id === viewer.organisationId,
    ),
  );
  return (
    <p className="notice" data-testid="viewer-notice">
      You take part as <strong>{REVIEW_ROLE_LABELS[viewer.role]}</strong>.{' '}
      {viewer.role === 'contributor'
        ? mine.length > 0
          ? `Your organisation has ${mine.length} assignment${mine.length === 1 ? '' : 's'}, highlighted below: choose “Open” to write.`
          : 'Your organisation has no assignment yet.'
        : null}{' '}
      <Link to="/my/assignments">My assignments</Link>
    </p>
  );
}

/** Panels other features add for the coordinator (composed in app/routes.tsx). */
export type CoordinatorPanels = (reviewId: string) => ReactNode;

export function ReviewView({
  review,
  coordinatorPanels,
}: {
  review: TReviewDetail;
  coordinatorPanels?: CoordinatorPanels;
}) {
  const { viewer } = review;
  return (
    <article className="review" aria-labelledby="review-title">
      <title>{`${review.title} — GCM Review Tracker`}</title>
      <header className="review__header">
        <h1 id="review-title">{review.title}</h1>
        <ReviewFacts review={review} />
        <CarriedForwardNote review={review} />
      </header>
      <ReviewNav reviewId={review.id} workspaceId={review.workspaceId} role={viewer.role} />
      {review.status === 'submitted' ? (
        <p className="notice notice--warning" data-testid="review-read-only">
          The report has been sent to ESCAP: answers, contributions and assignments are read-only unless an
          amendment reopens them.
          {viewer.role === 'coordinator' || viewer.role === 'observer' ? (
            <>
              {' '}
              <Link to={`/reviews/${review.id}/report`}>See the report and its submissions</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <ContributorNotice review={review} />
      {viewer.role === 'coordinator' || viewer.role === 'observer' ? (
        <NeedsAttention reviewId={review.id} timeZone={review.timeZone} role={viewer.role} />
      ) : null}
      {viewer.role === 'coordinator' ? (
        <>
          <OrganisationProgress reviewId={review.id} />
          {coordinatorPanels?.(review.id)}
        </>
      ) : null}
      <div className="review__meta">
        <ContactSection contact={review.contact} />
        <SubmissionSection review={review} />
      </div>
      <PageContents review={review} />
      {review.clusters.map((cluster) => (
        <ClusterSection key={cluster.number} cluster={cluster} viewer={viewer} reviewId={review.id} />
      ))}
      <section
        id="general-questions"
        className="card cluster"
        aria-labelledby="general-questions-title"
        data-testid="general-questions"
      >
        <h2 id="general-questions-title">{generalQuestionsTitle(review.generalQuestions)}</h2>
        {review.generalQuestions.length > 0 ? (
          <>
            {/* As in the clusters: question headings (h4) sit under a "Questions" heading (h3). */}
            <h3 className="section-label">Questions</h3>
            <ol className="questions">
              {review.generalQuestions.map((question) => (
                <QuestionItem key={question.id} question={question} viewer={viewer} reviewId={review.id}>
                  {question.answerKind === 'priority_objectives' ? (
                    <PriorityAnswer reviewId={review.id} question={question} />
                  ) : null}
                </QuestionItem>
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">This survey has no general questions.</p>
        )}
      </section>
    </article>
  );
}

/** A link such as /reviews/:id#question-7 scrolls to the question once the review is shown. */
function useScrollToHash(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView?.({ block: 'start' });
  }, [ready, hash]);
}

export function ReviewPage({ coordinatorPanels }: { coordinatorPanels?: CoordinatorPanels } = {}) {
  const { reviewId = '' } = useParams();
  const { data, error, isPending, isError, refetch, isFetching } = useReview(reviewId);
  useScrollToHash(data !== undefined);

  if (isPending) {
    return (
      <div className="page">
        <BackLink />
        <Loading label="Loading the review…" />
      </div>
    );
  }
  if (isError) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <div className="page">
        <title>Review not available — GCM Review Tracker</title>
        <BackLink />
        <ErrorPanel
          title={notFound ? 'Review not found' : 'The review could not be loaded'}
          error={error}
          onRetry={() => void refetch()}
          retrying={isFetching}
          heading="h1"
        >
          <Link to="/reviews">Go to the list of reviews</Link>
        </ErrorPanel>
      </div>
    );
  }
  return (
    <div className="page">
      <BackLink />
      <ReviewView review={data} coordinatorPanels={coordinatorPanels} />
    </div>
  );
}
