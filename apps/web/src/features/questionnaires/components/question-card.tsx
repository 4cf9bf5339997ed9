import type { TReviewQuestion } from '@gcm/domain';
import { useState } from 'react';
import { Badge } from '../../../components/ui/badge';
import { Applicability } from './applicability';
import { TailorForm } from './tailor-form';

const KIND_LABELS: Record<TReviewQuestion['answer']['kind'], string> = {
  narrative: 'Text',
  principles_checklist: 'Guiding principles checklist',
  priority_objectives: 'Priority objectives (from the vote)',
  table: 'Table',
};

function answerLabel(question: TReviewQuestion): string {
  const { answer } = question;
  if (answer.kind === 'table') return `Table: ${answer.columns.map((column) => column.title).join(', ')}`;
  return KIND_LABELS[answer.kind];
}

/** One question of the review's copy of the questionnaire; the coordinator can tailor it. */
export function QuestionCard({
  reviewId,
  question,
  coordinator,
}: {
  reviewId: string;
  question: TReviewQuestion;
  coordinator: boolean;
}) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const headingId = `tailor-question-${question.code}-title`;
  return (
    <li
      className="question"
      aria-labelledby={headingId}
      data-testid={`questionnaire-question-${question.code}`}
    >
      <div className="question__header">
        <h3 className="question__code" id={headingId}>
          Question {question.code}
        </h3>
        {question.national ? <Badge tone="info">National question</Badge> : null}
        {coordinator ? <Applicability reviewId={reviewId} code={question.code} /> : null}
      </div>
      <p className="question__prompt">{question.prompt}</p>
      {editing ? (
        <TailorForm
          reviewId={reviewId}
          question={question}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <dl className="details">
            <div className="details__row">
              <dt>Guidance</dt>
              <dd className="pre-wrap">{question.guidance || <span className="muted">None</span>}</dd>
            </div>
            <div className="details__row">
              <dt>Word target</dt>
              <dd>about {question.targetWords} words</dd>
            </div>
            <div className="details__row">
              <dt>Answered as</dt>
              <dd>{answerLabel(question)}</dd>
            </div>
          </dl>
          {saved ? (
            <p className="notice notice--success" role="status">
              The guidance of question {question.code} is saved.
            </p>
          ) : null}
          {coordinator ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              Edit guidance<span className="visually-hidden"> of question {question.code}</span>
            </button>
          ) : null}
        </>
      )}
    </li>
  );
}
