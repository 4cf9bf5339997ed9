import type { TReviewCluster } from '@gcm/domain';
import { objectiveByNumber } from '@gcm/domain';
import { type MessageId, useT } from '../../../lib/i18n/use-t';
import { PriorityAnswer } from './priority-answer';
import { QuestionItem, type TViewer } from './question-item';

/** "Cluster 1 — Ensuring that migration…": the cluster's title is the template's own (data). */
export function clusterHeading(
  t: ReturnType<typeof useT>,
  cluster: Pick<TReviewCluster, 'number' | 'title'>,
): string {
  return t('reviews.cluster.heading', { number: cluster.number, title: cluster.title });
}

/** A GCM objective's official title in the person's language (votes.objectives.ts), else the template's. */
function objectiveTitle(t: ReturnType<typeof useT>, objective: { number: number; title: string }): string {
  return objectiveByNumber(objective.number)
    ? t(`votes.objective.${objective.number}` as MessageId)
    : objective.title;
}

interface ClusterSectionProps {
  cluster: TReviewCluster;
  viewer?: TViewer;
  reviewId?: string;
}

export function ClusterSection({ cluster, viewer, reviewId }: ClusterSectionProps) {
  const t = useT();
  const headingId = `cluster-${cluster.number}-title`;
  return (
    <section
      id={`cluster-${cluster.number}`}
      className="card cluster"
      aria-labelledby={headingId}
      data-testid={`cluster-${cluster.number}`}
    >
      <h2 id={headingId}>{clusterHeading(t, cluster)}</h2>
      <h3 className="section-label">{t('reviews.cluster.objectives')}</h3>
      <ul className="objectives">
        {cluster.objectives.map((objective) => (
          <li key={objective.number} className="objective" data-testid={`objective-${objective.number}`}>
            <span className="objective__number">
              {t('votes.objective.short', { number: objective.number })}
            </span>{' '}
            — {objectiveTitle(t, objective)}
          </li>
        ))}
      </ul>
      <h3 className="section-label">{t('reviews.questions')}</h3>
      {cluster.questions.length > 0 ? (
        <ol className="questions">
          {cluster.questions.map((question) => (
            <QuestionItem
              key={question.id}
              question={question}
              {...(viewer ? { viewer } : {})}
              {...(reviewId ? { reviewId } : {})}
            >
              {reviewId && question.answerKind === 'priority_objectives' ? (
                <PriorityAnswer reviewId={reviewId} question={question} />
              ) : null}
            </QuestionItem>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('reviews.cluster.noQuestions')}</p>
      )}
    </section>
  );
}
