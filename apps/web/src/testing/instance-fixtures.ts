import {
  ESCAP_GCM_REVIEW_2020,
  questionnaireQuestions,
  type TInstanceAccount,
  type TInstanceAuditEvent,
  type TInstanceReview,
  type TQuestionnaireSummary,
} from '@gcm/domain';
import type { StubbedAnswer } from './fetch-stub';
import { buildCurrentPerson, buildReviewSummary, fakeUuid } from './fixtures';

/** The progress of a review nobody has been given a question in yet. */
export const NO_PROGRESS = {
  total: 0,
  notStarted: 0,
  drafting: 0,
  submitted: 0,
  changesRequested: 0,
  accepted: 0,
  overdue: 0,
};

/** A review as the administrator's overview lists it (Mongolia 2020, collecting, one coordinator). */
export function buildInstanceReview(overrides: Partial<TInstanceReview> = {}): TInstanceReview {
  return {
    id: fakeUuid(),
    title: 'Voluntary GCM Review — Mongolia 2020',
    country: 'Mongolia',
    cycle: 2020,
    status: 'collecting',
    finalDueDate: '2020-08-31',
    finalDueTime: null,
    timeZone: 'Asia/Ulaanbaatar',
    createdAt: '2020-06-01T02:00:00.000Z',
    coordinators: [{ name: 'L. Munkhtushig', email: 'coordinator@mfa.mn.example', accepted: true }],
    memberCount: 12,
    progress: buildReviewSummary().progress,
    submittedAt: null,
    ...overrides,
  };
}

export function buildInstanceAccount(overrides: Partial<TInstanceAccount> = {}): TInstanceAccount {
  return {
    id: fakeUuid(),
    email: 'coordinator@mfa.mn.example',
    name: 'L. Munkhtushig',
    isAdministrator: false,
    mayCreateReviews: false,
    activated: true,
    suspended: false,
    reviewCount: 1,
    version: 1,
    ...overrides,
  };
}

export function buildInstanceAuditEvent(overrides: Partial<TInstanceAuditEvent> = {}): TInstanceAuditEvent {
  return {
    id: '100',
    action: 'review.created',
    targetType: 'review',
    targetId: fakeUuid(),
    review: null,
    actor: { id: fakeUuid(), name: 'Installation administrator', email: 'admin@gcm.example' },
    createdAt: '2024-03-01T04:00:00.000Z',
    ...overrides,
  };
}

/** The signed-in administrator of the installation (no review of their own). */
export function buildAdministrator() {
  return buildCurrentPerson({
    email: 'admin@gcm.example',
    name: 'Installation administrator',
    title: null,
    isAdministrator: true,
    mayCreateReviews: true,
  });
}

/** The built-in ESCAP 2020 questionnaire as GET /api/questionnaires lists it. */
export const ESCAP_2020_SUMMARY: TQuestionnaireSummary = {
  key: ESCAP_GCM_REVIEW_2020.key,
  version: ESCAP_GCM_REVIEW_2020.version,
  title: ESCAP_GCM_REVIEW_2020.title,
  language: ESCAP_GCM_REVIEW_2020.language,
  questionCount: questionnaireQuestions(ESCAP_GCM_REVIEW_2020).length,
  builtIn: true,
  importedAt: null,
};

/** A questionnaire an administrator imported (the Pacific 2024 outline, 9 questions). */
export function buildQuestionnaireSummary(
  overrides: Partial<TQuestionnaireSummary> = {},
): TQuestionnaireSummary {
  return {
    key: 'pacific-gcm-review-2024',
    version: 1,
    title: 'Pacific Voluntary GCM Review 2024',
    language: 'en',
    questionCount: 9,
    builtIn: false,
    importedAt: '2024-03-01T12:00:00.000Z',
    ...overrides,
  };
}

/** GET /api/questionnaires answering the built-in questionnaire and `imported`, to spread into `stubFetch`. */
export function questionnairesListed(
  imported: TQuestionnaireSummary[] = [buildQuestionnaireSummary()],
): Record<string, StubbedAnswer> {
  return {
    'GET /api/questionnaires': { status: 200, body: { questionnaires: [ESCAP_2020_SUMMARY, ...imported] } },
  };
}
