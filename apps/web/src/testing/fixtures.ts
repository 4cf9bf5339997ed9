import {
  allowedActions,
  canEditText,
  ESCAP_GCM_REVIEW_2020,
  headedSections,
  objectiveByNumber,
  questionnaireQuestions,
  type TAnswer,
  type TAssignment,
  type TAssignmentSummary,
  type TComment,
  type TConsolidation,
  type TConsolidationContribution,
  type TContribution,
  type TContributionState,
  type TCurrentPerson,
  type TDirectoryImportResult,
  type TDirectoryImportRow,
  type TDirectoryOrganisation,
  type TDirectoryPerson,
  type TMember,
  type TObjective,
  type TOrganisation,
  type TOrganisationRef,
  type TOutboxMessage,
  type TPersonRef,
  type TReviewAttention,
  type TReviewDetail,
  type TReviewQuestion,
  type TReviewRole,
  type TReviewSummary,
  type TSubmission,
  type TTableColumn,
  type TVoteResults,
  type TVoteRound,
  type TWorkshop,
  type TWorkspace,
} from '@gcm/domain';

let sequence = 0;

/** The country workspace every built review belongs to (Mongolia's), unless a test says otherwise. */
export const WORKSPACE_ID = '0a0a0a0a-0000-4000-8000-00000000f00d';

/** A valid, unique UUID (v4 layout) so the fixtures pass the shared zod contract. */
export function fakeUuid(): string {
  sequence += 1;
  return `00000000-0000-4000-8000-${sequence.toString(16).padStart(12, '0')}`;
}

export function buildOrganisation(overrides: Partial<TOrganisationRef> = {}): TOrganisationRef {
  return {
    id: fakeUuid(),
    name: 'Ministry of Labour and Social Protection',
    shortName: 'MLSP',
    type: 'ministry_agency',
    ...overrides,
  };
}

export function buildAssignment(overrides: Partial<TAssignmentSummary> = {}): TAssignmentSummary {
  return {
    id: fakeUuid(),
    organisation: buildOrganisation(),
    role: 'lead',
    dueDate: '2020-08-15',
    state: 'drafting',
    deadlineStatus: 'on_track',
    ...overrides,
  };
}

export function buildReviewSummary(overrides: Partial<TReviewSummary> = {}): TReviewSummary {
  return {
    id: fakeUuid(),
    title: 'Voluntary GCM Review — Mongolia 2020',
    country: 'Mongolia',
    cycle: 2020,
    templateKey: ESCAP_GCM_REVIEW_2020.key,
    status: 'collecting',
    timeZone: 'Asia/Ulaanbaatar',
    finalDueDate: '2020-08-31',
    finalDueTime: null,
    workspaceId: WORKSPACE_ID,
    coordinatingOrganisation: buildOrganisation({
      name: 'Ministry of Foreign Affairs of Mongolia',
      shortName: 'MFA',
    }),
    questionCount: 22,
    progress: {
      total: 35,
      notStarted: 10,
      drafting: 15,
      submitted: 5,
      changesRequested: 2,
      accepted: 3,
      overdue: 2,
    },
    ...overrides,
  };
}

function objective(n: number): TObjective {
  const found = objectiveByNumber(n);
  if (!found) throw new Error(`No GCM objective ${n}`);
  return { number: found.number, title: found.title };
}

/** A question of a review as GET /api/reviews/:id gives it, built from a questionnaire question. */
export function buildReviewQuestion(overrides: Partial<TReviewQuestion> = {}): TReviewQuestion {
  return {
    id: fakeUuid(),
    code: '1a',
    order: 1,
    clusterNumber: 1,
    prompt: 'Please highlight the migration levels and trends.',
    answerKind: 'narrative',
    answer: { kind: 'narrative' },
    sectionKey: 'cluster-1',
    targetWords: 500,
    guidance: 'Aim for about 500 words.',
    objectives: [],
    national: false,
    draftFrom: null,
    version: 1,
    assignments: [],
    ...overrides,
  };
}

/** A national table question the coordinator added after question 10 (code N1). */
export function buildTableQuestion(
  columns: TTableColumn[] = [
    { key: 'measure', title: 'Measure' },
    { key: 'year', title: 'Year' },
  ],
  overrides: Partial<TReviewQuestion> = {},
): TReviewQuestion {
  return buildReviewQuestion({
    code: 'N1',
    order: 23,
    clusterNumber: null,
    prompt: 'Which measures were taken, and when?',
    answerKind: 'table',
    answer: { kind: 'table', columns },
    sectionKey: 'general',
    guidance: 'One row per measure.',
    targetWords: 200,
    national: true,
    ...overrides,
  });
}

/** The questions of the 2020 survey as a review's own copy holds them. */
function surveyQuestions(assignmentsOf: Record<string, TAssignmentSummary[]>): TReviewQuestion[] {
  return questionnaireQuestions(ESCAP_GCM_REVIEW_2020).map((template) =>
    buildReviewQuestion({
      code: template.code,
      order: template.order,
      clusterNumber: template.sectionNumber,
      prompt: template.prompt,
      answerKind: template.answer.kind,
      answer: template.answer,
      sectionKey: template.sectionKey,
      targetWords: template.guidance.targetWords,
      guidance: template.guidance.text,
      objectives: template.objectives,
      draftFrom: template.draftFrom,
      assignments: assignmentsOf[template.code] ?? [],
    }),
  );
}

/**
 * A review built from the real 2020 survey questionnaire: clusters 1–4 with their objectives and
 * questions 1a–4d, then questions 5–10. `assignments` gives the assignments of chosen questions;
 * `extraQuestions` are added to the unheaded section (national questions); `mapQuestion` changes
 * questions (a reworded guidance, a question without draftFrom…).
 */
export function buildReviewDetail(
  options: {
    assignments?: Record<string, TAssignmentSummary[]>;
    summary?: Partial<TReviewSummary>;
    /** Who is looking: an observer unless a test says otherwise. */
    viewer?: TReviewDetail['viewer'];
    extraQuestions?: TReviewQuestion[];
    mapQuestion?: (question: TReviewQuestion) => TReviewQuestion;
    /** The previous cycle the review was started from; none unless a test says so. */
    carriedForwardFrom?: TReviewDetail['carriedForwardFrom'];
  } = {},
): TReviewDetail {
  const map = options.mapQuestion ?? ((question: TReviewQuestion) => question);
  const questions = [...surveyQuestions(options.assignments ?? {}), ...(options.extraQuestions ?? [])].map(
    map,
  );
  const sections = headedSections(ESCAP_GCM_REVIEW_2020);
  const headed = new Set(sections.map((section) => section.key));
  return {
    ...buildReviewSummary(options.summary),
    version: 1,
    contact: {
      country: 'Mongolia',
      office: 'Ministry of Foreign Affairs of Mongolia',
      name: 'L. Munkhtushig',
      title: 'Director-General of the Consular Department',
      email: 'coordinator@mfa.mn.example',
      telephone: '',
      mailingAddress: 'Ministry of Foreign Affairs, Peace Ave – 7a, Ulaanbaatar, Mongolia',
    },
    recipients: { to: ['escap-sdd@un.org'], cc: ['UNRNAP-regreviews@iom.int'] },
    consentToPublish: true,
    mail: {
      senderName: null,
      replyTo: null,
      effective: {
        senderName: 'Ministry of Foreign Affairs of Mongolia',
        replyTo: 'coordinator@mfa.mn.example',
      },
    },
    questionnaire: {
      key: ESCAP_GCM_REVIEW_2020.key,
      version: ESCAP_GCM_REVIEW_2020.version,
      title: ESCAP_GCM_REVIEW_2020.title,
    },
    clusters: sections.map((section) => ({
      number: section.number,
      title: section.title,
      objectives: section.objectives.map(objective),
      questions: questions.filter((question) => question.sectionKey === section.key),
    })),
    carriedForwardFrom: options.carriedForwardFrom ?? null,
    generalQuestions: questions.filter((question) => !headed.has(question.sectionKey)),
    viewer: options.viewer ?? { role: 'observer', organisationId: null },
  };
}

export function buildPerson(overrides: Partial<TPersonRef> = {}): TPersonRef {
  return { id: fakeUuid(), name: 'Bat-Erdene Dorj', email: 'bat-erdene@mlsp.gov.mn.example', ...overrides };
}

export function buildCurrentPerson(overrides: Partial<TCurrentPerson> = {}): TCurrentPerson {
  return {
    id: fakeUuid(),
    email: 'coordinator@mfa.mn.example',
    name: 'L. Munkhtushig',
    title: 'Director-General of the Consular Department',
    organisation: null,
    memberships: [],
    isAdministrator: false,
    mayCreateReviews: false,
    locale: null,
    ...overrides,
  };
}

export function buildFullOrganisation(overrides: Partial<TOrganisation> = {}): TOrganisation {
  return { ...buildOrganisation(), country: 'Mongolia', headContact: null, ...overrides };
}

export function buildMember(overrides: Partial<TMember> = {}): TMember {
  return {
    membershipId: fakeUuid(),
    personId: fakeUuid(),
    name: 'Bat-Erdene Dorj',
    email: 'bat-erdene@mlsp.gov.mn.example',
    title: null,
    role: 'contributor',
    organisation: buildOrganisation(),
    status: 'active',
    ...overrides,
  };
}

/** An assignment as the assignment endpoints return it (question 1a, lead, drafting). */
export function buildFullAssignment(overrides: Partial<TAssignment> = {}): TAssignment {
  const template = questionnaireQuestions(ESCAP_GCM_REVIEW_2020)[0];
  return {
    id: fakeUuid(),
    reviewId: fakeUuid(),
    reviewTitle: 'Voluntary GCM Review — Mongolia 2020',
    timeZone: 'Asia/Ulaanbaatar',
    question: {
      id: fakeUuid(),
      code: template?.code ?? '1a',
      prompt: template?.prompt ?? '',
      clusterNumber: 1,
    },
    organisation: buildOrganisation(),
    role: 'lead',
    dueDate: '2020-08-10',
    state: 'drafting',
    deadlineStatus: 'on_track',
    focalPoints: [],
    wordCount: 0,
    version: 1,
    updatedAt: '2020-07-01T08:00:00.000Z',
    ...overrides,
  };
}

/**
 * A contribution as GET /assignments/:id/contribution returns it; `allowedActions` and `canEdit`
 * follow the domain rules for `state` and `role` unless given.
 */
/** A comment on a contribution: the coordinator's, written on 3 July 2020. */
export function buildComment(overrides: Partial<TComment> = {}): TComment {
  return {
    id: fakeUuid(),
    kind: 'note',
    body: 'Please check the 2019 figures.',
    author: buildPerson({ name: 'L. Munkhtushig' }),
    authorRole: 'coordinator',
    replyToId: null,
    createdAt: '2020-07-03T09:00:00.000Z',
    ...overrides,
  };
}

export function buildContribution(
  options: {
    state?: TContributionState;
    role?: TReviewRole;
    assignment?: Partial<TAssignment>;
  } & Partial<Omit<TContribution, 'assignment'>> = {},
): TContribution {
  const { state = 'drafting', role = 'contributor', assignment, ...overrides } = options;
  return {
    assignment: buildFullAssignment({ state, ...assignment }),
    body: '',
    wordCount: 0,
    references: [],
    language: null,
    templateLanguage: 'en',
    version: 1,
    updatedAt: null,
    updatedBy: null,
    attachments: [],
    comments: [],
    canComment: role === 'coordinator' || role === 'contributor',
    allowedActions: allowedActions(state, role),
    canEdit: canEditText(state, role),
    ...overrides,
  };
}

/** An e-mail of the outbox: a reminder 7 days before the due date of 10 August 2020, still planned. */
export function buildOutboxMessage(overrides: Partial<TOutboxMessage> = {}): TOutboxMessage {
  return {
    id: fakeUuid(),
    kind: 'reminder.before',
    status: 'pending',
    assignmentId: null,
    questionCode: '1a',
    organisationName: 'Ministry of Labour and Social Protection',
    level: 0,
    wouldReach: null,
    to: [],
    cc: [],
    subject: null,
    // 09:00 in Ulaanbaatar (UTC+8) on 3 August 2020.
    notBefore: '2020-08-03T01:00:00.000Z',
    sentAt: null,
    attempts: 0,
    lastError: null,
    cancelledReason: null,
    messageId: null,
    ...overrides,
  };
}

/** A vote round of the review, ranked over all 23 objectives, open for a week from 19 October 2020. */
export function buildVoteRound(overrides: Partial<TVoteRound> = {}): TVoteRound {
  return {
    id: fakeUuid(),
    reviewId: fakeUuid(),
    workshopId: null,
    title: 'Priority GCM objectives for Mongolia',
    method: 'ranked',
    rules: { method: 'ranked', maxRanks: null },
    options: Array.from({ length: 23 }, (_, index) => index + 1),
    eligibility: 'person',
    secret: false,
    resultsHidden: false,
    quorum: null,
    // 09:00 on 19 October 2020 to 17:00 on 26 October 2020 in Ulaanbaatar (UTC+8).
    opensAt: '2020-10-19T01:00:00.000Z',
    closesAt: '2020-10-26T09:00:00.000Z',
    closedEarlyAt: null,
    state: 'open',
    turnout: { ballots: 5, eligible: 16 },
    me: { eligible: true, voted: false },
    version: 1,
    ...overrides,
  };
}

/**
 * Results ranking `values` (objective → value), best first, with competition ranks and ties as the
 * domain's tally gives them.
 */
export function buildRanking(values: Record<number, number>): TVoteResults['ranking'] {
  const entries = Object.entries(values)
    .map(([objective, value]) => ({ objective: Number(objective), value }))
    .sort((a, b) => b.value - a.value || a.objective - b.objective);
  return entries.map((entry) => ({
    objective: entry.objective,
    title: objectiveByNumber(entry.objective)?.title ?? '',
    value: entry.value,
    rank: entries.findIndex((other) => other.value === entry.value) + 1,
    tiedWith: entries
      .filter((other) => other.value === entry.value && other.objective !== entry.objective)
      .map((other) => other.objective),
  }));
}

export function buildVoteResults(overrides: Partial<TVoteResults> = {}): TVoteResults {
  return {
    roundId: fakeUuid(),
    method: 'ranked',
    ballots: 12,
    eligible: 16,
    quorum: 10,
    valid: true,
    counts: { cast: 12, valid: 12, invalid: 0, partial: 3, eligible: 16, abstaining: 4 },
    ballotSetSha256: '9f2c1a7be0d54c3e8a6b1f0d2e4c6a8b0d2f4e6a8c0b2d4f6e8a0c2b4d6f8e0a',
    ranking: buildRanking({ 7: 5, 10: 4, 1: 3, 2: 3, 11: 1 }),
    borda: buildRanking({ 7: 60, 10: 52, 2: 50, 1: 49, 11: 30 }),
    condorcetWinner: 7,
    ranked: {
      copeland: buildRanking({ 7: 4, 10: 3, 1: 1.5, 2: 1.5, 11: 0 }),
      rankedPairs: buildRanking({ 7: 4, 10: 3, 1: 2, 2: 1, 11: 0 }),
      majorities: [],
      smithSet: [7],
      condorcetWinner: { objective: 7, noneBecause: null },
      condorcetLoser: { objective: 11, noneBecause: null },
      pairwise: {
        organisationType: null,
        ballots: 12,
        objectives: [1, 2, 7, 10, 11],
        counts: [
          [null, 6, 4, 5, 9],
          [6, null, 3, 5, 8],
          [8, 9, null, 7, 11],
          [7, 7, 5, null, 10],
          [3, 4, 1, 2, null],
        ],
      },
    },
    byOrganisationType: null,
    byCluster: [],
    ...overrides,
  };
}

/** The workshop of 19 October 2020, organised by MFA with IOM, nobody recorded yet. */
export function buildWorkshop(overrides: Partial<TWorkshop> = {}): TWorkshop {
  return {
    id: fakeUuid(),
    reviewId: fakeUuid(),
    title: 'Workshop on the Review of the Implementation of the GCM',
    startsAt: '2020-10-19T01:00:00.000Z',
    endsAt: '2020-10-19T09:00:00.000Z',
    mode: 'in_person',
    place: 'Ulaanbaatar',
    agenda: ['To review the GCM objectives and discuss its implementation in Mongolia'],
    minutes: '',
    outcomes: '',
    organisers: [],
    participants: [],
    actionItems: [],
    attendance: { byType: [], organisations: 0, people: 0, text: '' },
    version: 1,
    ...overrides,
  };
}

/** The consolidated answer of a question: version 4, a draft, saved by the coordinator. */
export function buildAnswer(overrides: Partial<TAnswer> = {}): TAnswer {
  return {
    questionCode: '1a',
    body: 'Mongolia adopted a labour migration law in 2019.',
    wordCount: 8,
    data: null,
    status: 'draft',
    language: null,
    version: 4,
    updatedAt: '2020-09-01T02:00:00.000Z',
    updatedBy: buildPerson({ name: 'L. Munkhtushig' }),
    origin: null,
    ...overrides,
  };
}

export function buildConsolidationContribution(
  overrides: Partial<TConsolidationContribution> = {},
): TConsolidationContribution {
  return {
    assignmentId: fakeUuid(),
    organisation: buildOrganisation(),
    role: 'lead',
    state: 'accepted',
    body: 'Labour migration to the Republic of Korea rose in 2019.',
    wordCount: 10,
    references: [],
    language: null,
    version: 3,
    updatedAt: '2020-08-01T02:00:00.000Z',
    attachments: [],
    ...overrides,
  };
}

/** GET …/questions/:code/consolidation for a question of the 2020 survey (1a unless told). */
export function buildConsolidation(
  code = '1a',
  overrides: Partial<Omit<TConsolidation, 'question'>> = {},
): TConsolidation {
  const template = questionnaireQuestions(ESCAP_GCM_REVIEW_2020).find((question) => question.code === code);
  if (!template) throw new Error(`No question ${code}`);
  return {
    question: {
      id: fakeUuid(),
      code: template.code,
      order: template.order,
      clusterNumber: template.sectionNumber,
      prompt: template.prompt,
      answerKind: template.answer.kind,
      targetWords: template.guidance.targetWords,
      guidance: template.guidance.text,
    },
    answer: buildAnswer({ questionCode: code }),
    templateLanguage: 'en',
    difference: null,
    contributions: [],
    readOnlyReason: null,
    ...overrides,
  };
}

/** GET …/questions/:code/consolidation for a question of a built review (a national one, say). */
export function buildQuestionConsolidation(
  question: TReviewQuestion,
  overrides: Partial<Omit<TConsolidation, 'question'>> = {},
): TConsolidation {
  return {
    question: {
      id: question.id,
      code: question.code,
      order: question.order,
      clusterNumber: question.clusterNumber,
      prompt: question.prompt,
      answerKind: question.answerKind,
      targetWords: question.targetWords,
      guidance: question.guidance,
    },
    answer: buildAnswer({ questionCode: question.code, body: '' }),
    templateLanguage: 'en',
    difference: null,
    contributions: [],
    readOnlyReason: null,
    ...overrides,
  };
}

export function buildSubmission(overrides: Partial<TSubmission> = {}): TSubmission {
  return {
    id: fakeUuid(),
    reviewId: fakeUuid(),
    version: 1,
    label: 'Original',
    fileName: 'Voluntary GCM Review - Mongolia 2020.docx',
    sizeBytes: 48_213,
    sha256: 'a3f1c09b7e2d4f6a8b0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708',
    to: ['escap-sdd@un.org'],
    cc: ['UNRNAP-regreviews@iom.int'],
    note: '',
    late: false,
    sender: buildPerson({ name: 'L. Munkhtushig' }),
    createdAt: '2020-11-12T03:00:00.000Z',
    email: {
      status: 'sent',
      messageId: '<report-1@gcm.example>',
      sentAt: '2020-11-12T03:00:05.000Z',
      lastError: null,
    },
    ...overrides,
  };
}

export function buildWorkspace(overrides: Partial<TWorkspace> = {}): TWorkspace {
  return {
    id: WORKSPACE_ID,
    country: 'Mongolia',
    reviews: [
      { id: fakeUuid(), title: 'Voluntary GCM Review — Mongolia 2020', cycle: 2020, status: 'collecting' },
    ],
    organisationCount: 2,
    peopleCount: 1,
    ...overrides,
  };
}

export function buildDirectoryOrganisation(
  overrides: Partial<TDirectoryOrganisation> = {},
): TDirectoryOrganisation {
  return {
    ...buildOrganisation(),
    archivedAt: null,
    reviewCount: 1,
    peopleCount: 0,
    deletable: false,
    ...overrides,
  };
}

export function buildDirectoryPerson(overrides: Partial<TDirectoryPerson> = {}): TDirectoryPerson {
  return {
    personId: fakeUuid(),
    name: 'Bat-Erdene Dorj',
    email: 'bat-erdene@mlsp.gov.mn.example',
    title: null,
    organisation: buildOrganisation(),
    archivedAt: null,
    reviewCount: 1,
    deletable: false,
    ...overrides,
  };
}

export function buildImportRow(overrides: Partial<TDirectoryImportRow> = {}): TDirectoryImportRow {
  return {
    line: 2,
    organisation: 'Ministry of Labour and Social Protection',
    shortName: 'MLSP',
    type: 'ministry_agency',
    contactName: 'Bat-Erdene Dorj',
    contactEmail: 'bat-erdene@mlsp.gov.mn.example',
    contactTitle: null,
    organisationAction: 'new',
    personAction: 'new',
    errors: [],
    ...overrides,
  };
}

export function buildImportResult(overrides: Partial<TDirectoryImportResult> = {}): TDirectoryImportResult {
  return {
    rows: [buildImportRow()],
    fileErrors: [],
    errorCount: 0,
    organisationsNew: 1,
    peopleNew: 1,
    committed: false,
    ...overrides,
  };
}

/** A review's "needs attention" summary with nothing in it, unless a test says otherwise. */
export function buildReviewAttention(overrides: Partial<TReviewAttention> = {}): TReviewAttention {
  return {
    reviewId: fakeUuid(),
    unassigned: { count: 0, withoutAnyAssignment: 0, items: [] },
    overdue: { count: 0, items: [] },
    awaitingCoordinator: { count: 0, items: [] },
    openVotes: { count: 0, items: [] },
    failedEmails: { count: 0, items: [] },
    ...overrides,
  };
}
