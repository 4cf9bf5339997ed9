import { fireEvent, screen, within } from '@testing-library/react';
import { never, type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import {
  buildAssignment,
  buildOrganisation,
  buildOutboxMessage,
  buildReviewDetail,
  buildTableQuestion,
  buildVoteRound,
} from '../../../testing/fixtures';
import { callCount, renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const VOTES = `/api/reviews/${REVIEW_ID}/votes`;

/** Question 7 asks for the review's votes: none by default. */
function noVotes(): Record<string, StubbedAnswer> {
  return { [`GET ${VOTES}`]: { status: 200, body: { rounds: [] } } };
}

function mongoliaReview() {
  return buildReviewDetail({
    summary: { id: REVIEW_ID },
    assignments: {
      '1a': [
        buildAssignment({
          role: 'contributing',
          organisation: buildOrganisation({ name: 'IOM Mongolia', shortName: 'IOM', type: 'un_entity' }),
          dueDate: '2020-08-10',
          deadlineStatus: 'overdue',
          state: 'not_started',
        }),
        buildAssignment({
          role: 'lead',
          organisation: buildOrganisation({
            name: 'Ministry of Labour and Social Protection',
            shortName: 'MLSP',
          }),
          dueDate: '2020-08-10',
          deadlineStatus: 'overdue',
          state: 'drafting',
        }),
      ],
      '2a': [
        buildAssignment({
          organisation: buildOrganisation({
            name: 'General Department for Border Protection',
            shortName: 'GDBP',
          }),
          dueDate: '2020-08-20',
          deadlineStatus: 'due_soon',
        }),
      ],
      '10': [
        buildAssignment({
          organisation: buildOrganisation({
            name: 'Ministry of Foreign Affairs of Mongolia',
            shortName: 'MFA',
          }),
          deadlineStatus: 'done',
          state: 'accepted',
        }),
      ],
    },
  });
}

describe('ReviewPage', () => {
  it('shows a loading status while the review is on its way', async () => {
    stubFetch({ ...signedIn(), ...noVotes(), [`GET /api/reviews/${REVIEW_ID}`]: never });
    renderRoute(`/reviews/${REVIEW_ID}`);
    expect(await screen.findByText('Loading the review…')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading the review…');
  });

  it("shows the final deadline's local time as the 2020 survey wrote it", async () => {
    const review = mongoliaReview();
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: { ...review, finalDueTime: '17:00' } },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);
    expect(await screen.findByTestId('final-deadline')).toHaveTextContent(
      '31 August 2020, 17:00 (Asia/Ulaanbaatar)',
    );
  });

  it('shows the heading, status, final deadline with its time zone and the coordinating office', async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: mongoliaReview() },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Voluntary GCM Review — Mongolia 2020' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('final-deadline')).toHaveTextContent(
      '31 August 2020, end of day (Asia/Ulaanbaatar)',
    );
    expect(screen.getByTestId('review-status')).toHaveTextContent('Collecting answers');
    const contact = screen.getByTestId('contact');
    expect(within(contact).getByText('L. Munkhtushig')).toBeInTheDocument();
    expect(within(contact).getByRole('link', { name: 'coordinator@mfa.mn.example' })).toHaveAttribute(
      'href',
      'mailto:coordinator@mfa.mn.example',
    );
    expect(within(contact).getByText('Not given')).toBeInTheDocument();
  });

  it('says which previous cycle a carried-forward review started from, with a link to it', async () => {
    const previous = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a00';
    const review = buildReviewDetail({
      summary: { id: REVIEW_ID, title: 'Voluntary GCM Review — Mongolia 2024', cycle: 2024 },
      carriedForwardFrom: { reviewId: previous, cycle: 2020, title: 'Voluntary GCM Review — Mongolia 2020' },
    });
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);
    const line = await screen.findByTestId('carried-forward-from');
    expect(line).toHaveTextContent(/^Started from Voluntary GCM Review — Mongolia 2020 \(2020\)/);
    expect(within(line).getByRole('link')).toHaveAttribute('href', `/reviews/${previous}`);
  });

  it('says nothing of a previous cycle for a review started empty', async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: mongoliaReview() },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByTestId('carried-forward-from')).not.toBeInTheDocument();
  });

  it('groups the questions by cluster, each with the GCM objectives it covers', async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: mongoliaReview() },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);

    const cluster1 = await screen.findByRole('region', {
      name: 'Cluster 1 — Ensuring that migration is voluntary, orderly and regular',
    });
    expect(cluster1).toBe(screen.getByTestId('cluster-1'));
    const objectives = within(cluster1)
      .getAllByTestId(/^objective-/)
      .map((item) => item.getAttribute('data-testid'));
    expect(objectives).toEqual(['objective-2', 'objective-5', 'objective-6', 'objective-12', 'objective-18']);
    expect(within(cluster1).getByTestId('objective-2')).toHaveTextContent(
      'Objective 2 — Minimize the adverse drivers and structural factors that compel people to leave their country of origin',
    );
    const codes = within(cluster1)
      .getAllByTestId(/^question-/)
      .map((item) => item.getAttribute('data-testid'));
    expect(codes).toEqual(['question-1a', 'question-1b', 'question-1c', 'question-1d']);

    const cluster2 = screen.getByTestId('cluster-2');
    expect(within(cluster2).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Cluster 2 — Protecting migrants through rights-based border governance measures',
    );
    expect(within(cluster2).getByTestId('question-2a')).toBeInTheDocument();
    expect(within(cluster2).queryByTestId('objective-2')).not.toBeInTheDocument();
    expect(within(cluster2).getByTestId('objective-21')).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^Cluster \d — / })).toHaveLength(4);

    const general = screen.getByRole('region', { name: 'Questions 5–10' });
    const generalCodes = within(general)
      .getAllByTestId(/^question-/)
      .map((item) => item.getAttribute('data-testid'));
    expect(generalCodes).toEqual([
      'question-5',
      'question-6',
      'question-7',
      'question-8',
      'question-9',
      'question-10',
    ]);
  });

  it('heads the questions outside the clusters after their codes, and marks national questions', async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          extraQuestions: [buildTableQuestion()],
          mapQuestion: (question) => (question.code === '5' ? { ...question, code: '5a' } : question),
        }),
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);
    const general = await screen.findByRole('region', { name: 'Questions 5a–10' });
    const national = within(general).getByTestId('question-N1');
    expect(national).toHaveTextContent('National question');
    expect(within(general).getByTestId('question-10')).not.toHaveTextContent('National question');
    expect(screen.getByRole('navigation', { name: 'On this page' })).toHaveTextContent('Questions 5a–10');
  });

  it('shows the lead organisation first, the contributing ones, due dates and deadline badges in words', async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: mongoliaReview() },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);

    const question1a = await screen.findByTestId('question-1a');
    expect(question1a).toHaveTextContent('Please highlight the migration levels and trends');
    const [lead, contributing] = within(question1a).getAllByTestId('assignment');
    expect(lead).toHaveTextContent('Lead');
    expect(lead).toHaveTextContent('Ministry of Labour and Social Protection (MLSP)');
    expect(lead).toHaveTextContent('Due 10 Aug 2020');
    expect(within(lead as HTMLElement).getByTestId('deadline-status')).toHaveTextContent('Overdue');
    expect(lead).toHaveTextContent('Drafting');
    expect(contributing).toHaveTextContent('Contributing');
    expect(contributing).toHaveTextContent('IOM Mongolia (IOM)');

    expect(within(screen.getByTestId('question-2a')).getByTestId('deadline-status')).toHaveTextContent(
      'Due soon',
    );
    expect(within(screen.getByTestId('question-10')).getByTestId('deadline-status')).toHaveTextContent(
      'Done',
    );
    expect(screen.getByTestId('question-2b')).toHaveTextContent('Not assigned to any organisation yet.');
  });

  it("shows the server's message and a way back when the review does not exist", async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: `Review ${REVIEW_ID} does not exist` },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Review not found');
    expect(alert).toHaveTextContent(`Review ${REVIEW_ID} does not exist`);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'Go to the list of reviews' })).toHaveAttribute(
      'href',
      '/reviews',
    );
  });

  it('loads the review again when Retry is pressed after a failure', async () => {
    let calls = 0;
    const fetchMock = stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: () => {
        calls += 1;
        return calls === 1
          ? {
              status: 503,
              body: { statusCode: 503, code: 'INTERNAL', message: 'The database is not available' },
            }
          : { status: 200, body: mongoliaReview() };
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The database is not available');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByTestId('cluster-1')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(callCount(fetchMock, `GET /api/reviews/${REVIEW_ID}`)).toBe(2);
  });
});

describe('ReviewPage for the coordinator and for a contributor', () => {
  const MLSP = buildOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
  const lead1a = buildAssignment({ organisation: MLSP, deadlineStatus: 'overdue', state: 'drafting' });

  it("gives the coordinator the review's sections, progress by organisation and Assign links", async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          assignments: { '1a': [lead1a] },
          viewer: { role: 'coordinator', organisationId: null },
        }),
      },
      [`GET /api/reviews/${REVIEW_ID}/attention`]: never,
      [`GET /api/reviews/${REVIEW_ID}/progress`]: {
        status: 200,
        body: {
          organisations: [
            {
              organisation: MLSP,
              total: 4,
              accepted: 1,
              submitted: 1,
              inProgress: 1,
              notStarted: 1,
              overdue: 1,
            },
          ],
        },
      },
      [`GET /api/reviews/${REVIEW_ID}/outbox?limit=500`]: {
        status: 200,
        body: {
          messages: [
            buildOutboxMessage({ status: 'pending' }),
            buildOutboxMessage({ status: 'sending' }),
            buildOutboxMessage({ status: 'sent' }),
            buildOutboxMessage({ status: 'failed' }),
            buildOutboxMessage({ status: 'cancelled' }),
          ],
        },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);

    const sections = await screen.findByRole('navigation', { name: 'Review sections' });
    expect(within(sections).getByRole('link', { name: 'Assignments matrix' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/assignments`,
    );
    for (const name of ['People & organisations', 'Deadlines', 'Reminders', 'Settings', 'Activity']) {
      expect(within(sections).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(await screen.findByTestId('email-summary')).toHaveTextContent(
      'E-mails: 2 planned, 1 sent, ✕ 1 failed',
    );
    expect(screen.getByRole('link', { name: 'Reminder policy and e-mails' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/reminders`,
    );
    const progress = await screen.findByTestId('organisation-progress');
    const row = within(progress).getByRole('listitem');
    // The bar is drawn for the eye; its words say the same, overdue as text, not colour alone.
    expect(row).toHaveTextContent(
      'Ministry of Labour and Social Protection (MLSP)4 assignments: 1 accepted, 1 submitted, 1 in progress, 1 not started 1 overdue',
    );
    const question1a = screen.getByTestId('question-1a');
    expect(within(question1a).getByRole('link', { name: 'Assign question 1a' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/assignments?question=1a`,
    );
    expect(within(question1a).getByRole('link', { name: /^Open/ })).toHaveAttribute(
      'href',
      `/assignments/${lead1a.id}`,
    );
  });

  it("highlights a contributor's own assignments with a link to the editor, and only those", async () => {
    const other = buildAssignment({
      organisation: buildOrganisation({ name: 'IOM Mongolia', shortName: 'IOM' }),
    });
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          assignments: { '1a': [lead1a], '2a': [other] },
          viewer: { role: 'contributor', organisationId: MLSP.id },
        }),
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);

    const question1a = await screen.findByTestId('question-1a');
    const mine = within(question1a).getByTestId('assignment');
    expect(mine).toHaveClass('assignment--mine');
    expect(mine).toHaveTextContent('Your organisation');
    expect(within(mine).getByRole('link', { name: /^Open/ })).toHaveAttribute(
      'href',
      `/assignments/${lead1a.id}`,
    );
    expect(
      within(screen.getByTestId('question-2a')).queryByRole('link', { name: /^Open/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByTestId('organisation-progress')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Settings' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Reminders' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Deadlines' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/deadlines`,
    );
    expect(screen.queryByTestId('email-summary')).not.toBeInTheDocument();
    expect(screen.getByTestId('viewer-notice')).toHaveTextContent('Your organisation has 1 assignment');
  });
});

describe('ReviewPage: question 7 from the finalised vote', () => {
  it('shows the priority list of the finalised round as the answer to question 7', async () => {
    const finalised = buildVoteRound({
      reviewId: REVIEW_ID,
      state: 'finalised',
      title: 'Priority GCM objectives',
    });
    const earlier = buildVoteRound({ reviewId: REVIEW_ID, state: 'closed' });
    stubFetch({
      ...signedIn(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: mongoliaReview() },
      [`GET ${VOTES}`]: { status: 200, body: { rounds: [earlier, finalised] } },
      [`GET /api/votes/${finalised.id}/priorities`]: {
        status: 200,
        body: {
          roundId: finalised.id,
          priorities: [
            {
              position: 2,
              objective: 7,
              title: 'Address and reduce vulnerabilities in migration',
              reason: 'Internal migration from rural areas to the capital.',
            },
            {
              position: 1,
              objective: 1,
              title:
                'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
              reason: 'Data on internal migration is incomplete.',
            },
          ],
        },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}#question-7`);

    const question7 = await screen.findByTestId('question-7');
    const answer = await within(question7).findByTestId('priority-answer');
    expect(
      within(answer).getByRole('heading', { name: 'Answer from the finalised vote' }),
    ).toBeInTheDocument();
    const table = await within(answer).findByTestId('priority-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual([
      '1. Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
      '7. Address and reduce vulnerabilities in migration',
    ]);
    expect(rows[1]).toHaveTextContent('Internal migration from rural areas to the capital.');
    expect(within(answer).getByRole('link', { name: /^See the priority list/ })).toHaveAttribute(
      'href',
      `/votes/${finalised.id}/finalise`,
    );
    expect(within(screen.getByTestId('question-8')).queryByTestId('priority-answer')).not.toBeInTheDocument();
  });

  it('says when no vote is finalised yet', async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: mongoliaReview() },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);
    expect(await screen.findByTestId('priority-answer-none')).toHaveTextContent('No vote is finalised yet.');
  });
});

describe('ReviewPage and the report', () => {
  it('links each question to its consolidation page and shows "Report" in the coordinator\'s navigation', async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          viewer: { role: 'coordinator', organisationId: null },
        }),
      },
      [`GET /api/reviews/${REVIEW_ID}/progress`]: never,
      [`GET /api/reviews/${REVIEW_ID}/attention`]: never,
      [`GET /api/reviews/${REVIEW_ID}/outbox?limit=500`]: never,
    });
    renderRoute(`/reviews/${REVIEW_ID}`);
    const question = await screen.findByTestId('question-2b');
    expect(within(question).getByRole('link', { name: 'Consolidate question 2b' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/questions/2b`,
    );
    const nav = screen.getByRole('navigation', { name: 'Review sections' });
    expect(within(nav).getByRole('link', { name: 'Report' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/report`,
    );
    expect(screen.queryByTestId('review-read-only')).not.toBeInTheDocument();
  });

  it('says the review is read-only once the report is submitted; others get "Answer" links', async () => {
    stubFetch({
      ...signedIn(),
      ...noVotes(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({ summary: { id: REVIEW_ID, status: 'submitted' } }),
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}`);
    expect(await screen.findByTestId('review-read-only')).toHaveTextContent('read-only');
    expect(
      within(screen.getByTestId('question-1a')).getByRole('link', { name: 'Answer question 1a' }),
    ).toBeInTheDocument();
  });
});
