import type { TRevision } from '@gcm/domain';
import { formatInstant, localTimeZone } from '@gcm/domain';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormattedText } from '../../../components/ui/formatted-text';
import { QueryGate } from '../../../components/ui/query-gate';
import { useContribution } from '../api/get-contribution';
import { useRevisions } from '../api/get-revisions';
import { ReferencesList } from './references-editor';

function RevisionView({ revision }: { revision: TRevision }) {
  return (
    <section className="card" aria-labelledby="revision-title" data-testid="revision-text">
      <h2 id="revision-title">
        Version {revision.version}
        <span className="muted">
          {' '}
          — {revision.author?.name ?? 'unknown'}, {formatInstant(revision.createdAt, localTimeZone())},{' '}
          {revision.wordCount} words
        </span>
      </h2>
      <FormattedText text={revision.body} emptyText="This version was empty." />
      <ReferencesList references={revision.references} />
    </section>
  );
}

export function HistoryPage() {
  const { assignmentId = '' } = useParams();
  const contribution = useContribution(assignmentId);
  const revisions = useRevisions(assignmentId);
  const [selected, setSelected] = useState<number | null>(null);
  const question = contribution.data?.assignment.question;

  return (
    <div className="page">
      <title>{`History${question ? ` of question ${question.code}` : ''} — GCM Review Tracker`}</title>
      <p className="back-link">
        <Link to={`/assignments/${assignmentId}`}>← Back to the answer</Link>
      </p>
      <h1>Revision history{question ? ` — question ${question.code}` : ''}</h1>
      {contribution.data ? (
        <p className="page__lead">
          {contribution.data.assignment.organisation.name} · {contribution.data.assignment.reviewTitle}
        </p>
      ) : null}
      <QueryGate
        query={revisions}
        loading="Loading the history…"
        errorTitle="The history could not be loaded"
        isEmpty={(data) => data.revisions.length === 0}
        empty="Nothing has been saved yet."
      >
        {(data) => {
          const list = [...data.revisions].sort((a, b) => b.version - a.version);
          const shown = list.find((revision) => revision.version === selected);
          return (
            <div className="history">
              <ol className="history__list" aria-label="Saved versions, newest first">
                {list.map((revision) => (
                  <li key={revision.version}>
                    <button
                      type="button"
                      className="history__item"
                      aria-pressed={revision.version === selected}
                      onClick={() => setSelected(revision.version)}
                      data-testid="revision"
                    >
                      <strong>Version {revision.version}</strong>
                      <span>{revision.author?.name ?? 'Unknown author'}</span>
                      <span className="muted">
                        {formatInstant(revision.createdAt, localTimeZone())} · {revision.wordCount} words
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
              {shown ? (
                <RevisionView revision={shown} />
              ) : (
                <p className="muted">Choose a version to read its text.</p>
              )}
            </div>
          );
        }}
      </QueryGate>
    </div>
  );
}
