import type { TReviewQuestion } from '@gcm/domain';
import { type ReactNode, useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { Badge } from '../../../components/ui/badge';
import { useT } from '../../../lib/i18n/use-t';
import { Applicability } from './applicability';
import { TailorForm } from './tailor-form';

/** How the question is answered; a table's column titles are the questionnaire's own. */
function answerLabel(t: ReturnType<typeof useT>, question: TReviewQuestion): string {
  const { answer } = question;
  if (answer.kind === 'table') {
    return t('questionnaires.kind.tableColumns', {
      columns: answer.columns.map((column) => column.title).join(', '),
    });
  }
  return t(`questionnaires.kind.${answer.kind}`);
}

const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

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
  const t = useT();
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
          {t('questionnaires.card.code', { code: question.code })}
        </h3>
        {question.national ? <Badge tone="info">{t('questionnaires.card.national')}</Badge> : null}
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
              <dt>{t('questionnaires.field.guidance')}</dt>
              <dd className="pre-wrap">
                {question.guidance || <span className="muted">{t('questionnaires.card.noGuidance')}</span>}
              </dd>
            </div>
            <div className="details__row">
              <dt>{t('questionnaires.field.wordTarget')}</dt>
              <dd>{t('questionnaires.card.about', { count: question.targetWords })}</dd>
            </div>
            <div className="details__row">
              <dt>{t('questionnaires.field.answeredAs')}</dt>
              <dd>{answerLabel(t, question)}</dd>
            </div>
          </dl>
          {saved ? (
            <p className="notice notice--success" role="status">
              {t('questionnaires.card.saved', { code: question.code })}
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
              <FormattedMessage id="questionnaires.card.edit" values={{ code: question.code, hidden }} />
            </button>
          ) : null}
        </>
      )}
    </li>
  );
}
