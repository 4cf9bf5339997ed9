import { objectiveByNumber } from '../catalogue';
import { headedSections } from '../questionnaires/questionnaire';
import type { TQuestionnaire } from '../questionnaires/questionnaire.schemas';
import type { TReviewStatus } from '../reviews/reviews.schemas';
import type {
  TPublicAnswerNode,
  TPublicPriority,
  TPublicQuestion,
  TPublicSection,
} from './public-report.schemas';
import type { TReportQuestion } from './report.schemas';
import { answerNodes, NO_ANSWER_TEXT } from './report-outline';
import { reportQuestions } from './report-questions';

/** Statuses of a review whose report has been sent (an open amendment keeps it "submitted"). */
const SENT_STATUSES: readonly TReviewStatus[] = ['submitted', 'closed', 'archived'];

/**
 * Whether anyone may read the review's report without signing in: it has been sent at least once
 * and the State consents to its publication. Consent not chosen (null) or "no" publishes nothing.
 */
export function isPublished(review: {
  status: TReviewStatus;
  consentToPublish: boolean | null;
  submissions: number;
}): boolean {
  return review.consentToPublish === true && review.submissions > 0 && SENT_STATUSES.includes(review.status);
}

function isAnswerNode(node: { kind: string }): node is TPublicAnswerNode {
  return ['paragraph', 'principles-table', 'priority-table', 'table', 'note'].includes(node.kind);
}

function publicQuestion(question: TReportQuestion): TPublicQuestion {
  const base = {
    code: question.code,
    prompt: question.prompt,
    heading: `${question.code}. ${question.prompt}`,
  };
  if (question.status === 'draft') {
    // A draft is never public: the question is shown as unanswered.
    return { ...base, status: 'unanswered', answer: [{ kind: 'note', text: NO_ANSWER_TEXT }] };
  }
  return { ...base, status: question.status, answer: answerNodes(question).filter(isAnswerNode) };
}

export interface PublicReportBody {
  sections: TPublicSection[];
  priorities: TPublicPriority[];
}

/**
 * The published report's content: the final answers in the questionnaire's order and sections, and
 * the priority objectives of its priority table. Draft answers are left out (shown unanswered).
 */
export function buildPublicReportBody(
  questionnaire: TQuestionnaire,
  questions: readonly TReportQuestion[],
): PublicReportBody {
  const headed = new Map(headedSections(questionnaire).map((section) => [section.key, section]));
  const ordered = reportQuestions({ questionnaire, questions: [...questions] }).map(
    (entry) => entry.question,
  );
  const sections: TPublicSection[] = [];
  for (const question of ordered) {
    let section = sections.at(-1);
    if (!section || section.key !== question.sectionKey) {
      const heading = headed.get(question.sectionKey);
      section = {
        key: question.sectionKey,
        number: heading?.number ?? null,
        title: heading?.title ?? null,
        objectives: (heading?.objectives ?? []).map((number) => ({
          number,
          title: objectiveByNumber(number)?.title ?? '',
        })),
        questions: [],
      };
      sections.push(section);
    }
    section.questions.push(publicQuestion(question));
  }
  const priorities = ordered
    .filter((question) => question.answerKind === 'priority_objectives' && question.status === 'final')
    .flatMap((question) => question.priorities ?? [])
    .map((priority) => ({
      objective: priority.objective,
      title: priority.title.trim() || objectiveByNumber(priority.objective)?.title || '',
      reason: priority.reason.trim(),
    }));
  return { sections, priorities };
}
