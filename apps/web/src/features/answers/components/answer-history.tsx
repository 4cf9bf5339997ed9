import { formatInstant, localTimeZone } from '@gcm/domain';
import { useState } from 'react';
import { ErrorPanel } from '../../../components/ui/error-panel';
import { Loading } from '../../../components/ui/spinner';
import { useAnswerRevisions } from '../api/get-answer-revisions';
import { ANSWER_STATUS_LABELS } from './answer-labels';

/** Every saved version of the answer, loaded when opened. */
export function AnswerHistory({ reviewId, code }: { reviewId: string; code: string }) {
  const [open, setOpen] = useState(false);
  const revisions = useAnswerRevisions(reviewId, code, { enabled: open });
  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Revision history</summary>
      {!open ? null : revisions.isPending ? (
        <Loading label="Loading the revisions…" />
      ) : revisions.isError ? (
        <ErrorPanel
          title="The revisions could not be loaded"
          error={revisions.error}
          onRetry={() => void revisions.refetch()}
          retrying={revisions.isFetching}
        />
      ) : revisions.data.revisions.length === 0 ? (
        <p className="muted">Not saved yet.</p>
      ) : (
        <ol className="history__list">
          {revisions.data.revisions.map((revision) => (
            <li key={revision.version} className="history__item">
              Version {revision.version}, {ANSWER_STATUS_LABELS[revision.status]} —{' '}
              {revision.author?.name ?? 'unknown'}, {formatInstant(revision.createdAt, localTimeZone())}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
