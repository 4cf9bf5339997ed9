import type { TReviewCluster } from '@gcm/domain';
import { PriorityAnswer } from './priority-answer';
import { QuestionItem, type TViewer } from './question-item';

export function clusterHeading(cluster: Pick<TReviewCluster, 'number' | 'title'>): string {
  return `Cluster ${cluster.number} — ${cluster.title}`;
}

interface ClusterSectionProps {
  cluster: TReviewCluster;
  viewer?: TViewer;
  reviewId?: string;
}

export function ClusterSection({ cluster, viewer, reviewId }: ClusterSectionProps) {
  const headingId = `cluster-${cluster.number}-title`;
  return (
    <section
      id={`cluster-${cluster.number}`}
      className="card cluster"
      aria-labelledby={headingId}
      data-testid={`cluster-${cluster.number}`}
    >
      <h2 id={headingId}>{clusterHeading(cluster)}</h2>
      <h3 className="section-label">GCM objectives in this cluster</h3>
      <ul className="objectives">
        {cluster.objectives.map((objective) => (
          <li key={objective.number} className="objective" data-testid={`objective-${objective.number}`}>
            <span className="objective__number">Objective {objective.number}</span> — {objective.title}
          </li>
        ))}
      </ul>
      <h3 className="section-label">Questions</h3>
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
        <p className="muted">This cluster has no questions.</p>
      )}
    </section>
  );
}
