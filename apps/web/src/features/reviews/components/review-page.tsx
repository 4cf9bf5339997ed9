import type { TContactBlock, TReviewDetail } from '@gcm/domain';
import { type ReactNode, useEffect } from 'react';
import { useIntl } from 'react-intl';
import { Link, useLocation, useParams } from 'react-router';
import { CarriedForwardNote } from '../../../components/ui/carried-forward-note';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { ReviewNav } from '../../../components/ui/review-nav';
import { Loading } from '../../../components/ui/spinner';
import { ReviewStatusBadge } from '../../../components/ui/status-badge';
import { useReview } from '../../../lib/api/get-review';
import { isApiError } from '../../../lib/api-client';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { reviewRoleLabelId } from '../../../lib/labels';
import { generalQuestionsTitle } from '../../../lib/question-info';
import { ClusterSection } from './cluster-section';
import { deadlineText } from './deadline-text';
import { NeedsAttention } from './needs-attention';
import { OrganisationProgress } from './organisation-progress';
import { PriorityAnswer } from './priority-answer';
import { QuestionItem } from './question-item';

function BackLink() {
  const t = useT();
  return (
    <p className="back-link">
      <Link to="/reviews">{t('reviews.back')}</Link>
    </p>
  );
}

function ContactValue({ value, href }: { value: string; href?: string }) {
  const t = useT();
  if (value.trim() === '') return <span className="muted">{t('reviews.contact.notGiven')}</span>;
  return href ? <a href={href}>{value}</a> : value;
}

function ContactSection({ contact }: { contact: TContactBlock }) {
  const t = useT();
  const rows: { key: string; label: string; value: string; href?: string }[] = [
    { key: 'office', label: t('reviews.contact.office'), value: contact.office },
    { key: 'name', label: t('reviews.contact.name'), value: contact.name },
    { key: 'title', label: t('reviews.contact.position'), value: contact.title },
    {
      key: 'email',
      label: t('reviews.contact.email'),
      value: contact.email,
      href: `mailto:${contact.email}`,
    },
    {
      key: 'telephone',
      label: t('reviews.contact.telephone'),
      value: contact.telephone,
      href: `tel:${contact.telephone.replace(/\s+/g, '')}`,
    },
    { key: 'address', label: t('reviews.contact.mailingAddress'), value: contact.mailingAddress },
  ];
  return (
    <section className="card" aria-labelledby="contact-title" data-testid="contact">
      <h2 id="contact-title">{t('reviews.contact.title')}</h2>
      <dl className="details">
        {rows.map((row) => (
          <div key={row.key} className="details__row">
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

function consentText(t: ReturnType<typeof useT>, consent: boolean | null): string {
  if (consent === null) return t('reviews.submission.undecided');
  return consent ? t('reviews.submission.yes') : t('reviews.submission.no');
}

function SubmissionSection({ review }: { review: TReviewDetail }) {
  const t = useT();
  const { to, cc } = review.recipients;
  return (
    <section className="card" aria-labelledby="submission-title">
      <h2 id="submission-title">{t('reviews.submission.title')}</h2>
      <dl className="details">
        <div className="details__row">
          <dt>{t('reviews.submission.sendTo')}</dt>
          <dd>{to.length > 0 ? to.join(', ') : <span className="muted">{t('reviews.notSet')}</span>}</dd>
        </div>
        <div className="details__row">
          <dt>{t('reviews.submission.copyTo')}</dt>
          <dd>
            {cc.length > 0 ? cc.join(', ') : <span className="muted">{t('reviews.submission.nobody')}</span>}
          </dd>
        </div>
        <div className="details__row">
          <dt>{t('reviews.submission.publish')}</dt>
          <dd>{consentText(t, review.consentToPublish)}</dd>
        </div>
      </dl>
    </section>
  );
}

function ReviewFacts({ review }: { review: TReviewDetail }) {
  const t = useT();
  const locale = useLocale();
  return (
    <dl className="facts">
      <div className="facts__item">
        <dt>{t('reviews.col.country')}</dt>
        <dd>{review.country}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('reviews.col.cycle')}</dt>
        <dd>{review.cycle}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('reviews.col.status')}</dt>
        <dd>
          <ReviewStatusBadge status={review.status} />
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t('reviews.col.finalDeadline')}</dt>
        <dd data-testid="final-deadline">
          <time dateTime={review.finalDueDate}>
            {deadlineText(
              t,
              locale,
              { date: review.finalDueDate, time: review.finalDueTime, timeZone: review.timeZone },
              { endOfDay: true },
            )}
          </time>
        </dd>
      </div>
    </dl>
  );
}

function PageContents({ review }: { review: TReviewDetail }) {
  const t = useT();
  return (
    <nav className="page-contents" aria-label={t('reviews.contents.label')}>
      <ul>
        {review.clusters.map((cluster) => (
          <li key={cluster.number}>
            <a href={`#cluster-${cluster.number}`}>
              {t('reviews.contents.cluster', { number: cluster.number })}
            </a>
          </li>
        ))}
        {review.generalQuestions.length > 0 ? (
          <li>
            <a href="#general-questions">{generalQuestionsTitle(t, review.generalQuestions)}</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function ContributorNotice({ review }: { review: TReviewDetail }) {
  const t = useT();
  const intl = useIntl();
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
      {intl.formatMessage(
        { id: 'reviews.viewer.role' },
        { role: t(reviewRoleLabelId(viewer.role)), b: (chunks) => <strong>{chunks}</strong> },
      )}{' '}
      {viewer.role === 'contributor'
        ? mine.length > 0
          ? t('reviews.viewer.mine', { count: mine.length })
          : t('reviews.viewer.none')
        : null}{' '}
      <Link to="/my/assignments">{t('reviews.viewer.myAssignments')}</Link>
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
  const t = useT();
  const { viewer } = review;
  return (
    <article className="review" aria-labelledby="review-title">
      <title>{`${review.title} — ${t('shell.brand')}`}</title>
      <header className="review__header">
        <h1 id="review-title">{review.title}</h1>
        <ReviewFacts review={review} />
        <CarriedForwardNote review={review} />
      </header>
      <ReviewNav reviewId={review.id} workspaceId={review.workspaceId} role={viewer.role} />
      {review.status === 'submitted' ? (
        <p className="notice notice--warning" data-testid="review-read-only">
          {t('reviews.readOnly')}
          {viewer.role === 'coordinator' || viewer.role === 'observer' ? (
            <>
              {' '}
              <Link to={`/reviews/${review.id}/report`}>{t('reviews.readOnly.report')}</Link>
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
        <h2 id="general-questions-title">{generalQuestionsTitle(t, review.generalQuestions)}</h2>
        {review.generalQuestions.length > 0 ? (
          <>
            {/* As in the clusters: question headings (h4) sit under a "Questions" heading (h3). */}
            <h3 className="section-label">{t('reviews.questions')}</h3>
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
          <p className="muted">{t('reviews.general.none')}</p>
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
  const t = useT();
  const { reviewId = '' } = useParams();
  const { data, error, isPending, isError, refetch, isFetching } = useReview(reviewId);
  useScrollToHash(data !== undefined);

  if (isPending) {
    return (
      <div className="page">
        <BackLink />
        <Loading label={t('ui.page.loading.review')} />
      </div>
    );
  }
  if (isError) {
    const notFound = isApiError(error) && (error.status === 404 || error.status === 400);
    return (
      <div className="page">
        <title>{`${t('ui.page.unavailable.review')} — ${t('shell.brand')}`}</title>
        <BackLink />
        <ErrorPanel
          title={notFound ? t('ui.page.notFound.review') : t('ui.page.failed.review')}
          error={error}
          onRetry={() => void refetch()}
          retrying={isFetching}
          heading="h1"
        >
          <Link to="/reviews">{t('ui.page.backToReviews')}</Link>
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
