import type { TReviewDetail, TReviewQuestion } from '@gcm/domain';
import { useParams } from 'react-router';
import { ReviewFrame } from '../../../components/ui/review-frame';
import { useT } from '../../../lib/i18n/use-t';
import { generalQuestionsTitle, reviewQuestions } from '../../../lib/question-info';
import { AddQuestionForm } from './add-question-form';
import { QuestionCard } from './question-card';

function Section({
  id,
  title,
  questions,
  review,
}: {
  id: string;
  title: string;
  questions: readonly TReviewQuestion[];
  review: TReviewDetail;
}) {
  const t = useT();
  const coordinator = review.viewer.role === 'coordinator';
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {questions.length > 0 ? (
        <ol className="questions">
          {questions.map((question) => (
            <QuestionCard
              key={question.id}
              reviewId={review.id}
              question={question}
              coordinator={coordinator}
            />
          ))}
        </ol>
      ) : (
        <p className="muted">{t('questionnaires.section.empty')}</p>
      )}
    </section>
  );
}

function Questionnaire({ review }: { review: TReviewDetail }) {
  const t = useT();
  const coordinator = review.viewer.role === 'coordinator';
  return (
    <>
      <p className="page__lead">
        {t('questionnaires.lead.version', {
          title: review.questionnaire.title,
          version: review.questionnaire.version,
        })}{' '}
        {coordinator ? t('questionnaires.lead.coordinator') : t('questionnaires.lead.other')}
      </p>
      {review.clusters.map((cluster) => (
        <Section
          key={cluster.number}
          id={`questionnaire-section-${cluster.number}`}
          title={`${cluster.number}. ${cluster.title}`}
          questions={cluster.questions}
          review={review}
        />
      ))}
      {review.generalQuestions.length > 0 ? (
        <Section
          id="questionnaire-general"
          title={generalQuestionsTitle(t, review.generalQuestions)}
          questions={review.generalQuestions}
          review={review}
        />
      ) : null}
      {coordinator ? <AddQuestionForm reviewId={review.id} questions={reviewQuestions(review)} /> : null}
    </>
  );
}

/** /reviews/:reviewId/questionnaire — the review's own copy of its questionnaire, tailored by the coordinator. */
export function QuestionnairePage() {
  const t = useT();
  const { reviewId = '' } = useParams();
  return (
    <ReviewFrame reviewId={reviewId} title={t('questionnaires.page.title')}>
      {(review) => <Questionnaire review={review} />}
    </ReviewFrame>
  );
}
