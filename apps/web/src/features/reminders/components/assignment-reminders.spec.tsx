import type { TContribution, TReviewRole } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import {
  buildContribution,
  buildCurrentPerson,
  buildOrganisation,
  buildOutboxMessage,
} from '../../../testing/fixtures';
import { callCount, renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const ASSIGNMENT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const MLSP = buildOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
const REMINDERS = `/api/assignments/${ASSIGNMENT_ID}/reminders`;
const REMIND = `/api/assignments/${ASSIGNMENT_ID}/remind`;

function contribution(
  role: TReviewRole,
  state: TContribution['assignment']['state'] = 'drafting',
): TContribution {
  return buildContribution({
    role,
    state,
    assignment: { id: ASSIGNMENT_ID, reviewId: REVIEW_ID, organisation: MLSP, dueDate: '2020-08-10' },
  });
}

function person(role: TReviewRole, organisation = role === 'contributor' ? MLSP : null) {
  return buildCurrentPerson({
    memberships: [
      { reviewId: REVIEW_ID, reviewTitle: 'Voluntary GCM Review — Mongolia 2020', role, organisation },
    ],
  });
}

const SENT = buildOutboxMessage({
  assignmentId: ASSIGNMENT_ID,
  status: 'sent',
  notBefore: '2020-08-03T01:00:00.000Z',
  sentAt: '2020-08-03T01:00:04.000Z',
});
const PLANNED = buildOutboxMessage({
  kind: 'reminder.due',
  assignmentId: ASSIGNMENT_ID,
  notBefore: '2020-08-10T01:00:00.000Z',
});

async function openEditor(role: TReviewRole, answers: Record<string, StubbedAnswer>, who = person(role)) {
  const fetchMock = stubFetch({
    ...signedIn(who),
    [`GET /api/assignments/${ASSIGNMENT_ID}/contribution`]: { status: 200, body: contribution(role) },
    ...answers,
  });
  renderRoute(`/assignments/${ASSIGNMENT_ID}`);
  await screen.findByRole('heading', { level: 1, name: 'Question 1a' });
  return fetchMock;
}

describe('Reminders card of the contribution editor', () => {
  it('shows the assigned contributors the reminders sent and planned, without "Remind now"', async () => {
    await openEditor('contributor', {
      [`GET ${REMINDERS}`]: { status: 200, body: { messages: [SENT, PLANNED] } },
    });
    const card = await screen.findByTestId('assignment-reminders');
    const rows = await within(card).findAllByTestId('assignment-reminder');
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['3 Aug 2020, 09:00', 'Reminder (7 days before)', '✓Sent'],
      ['10 Aug 2020, 09:00', 'Reminder (on the due date)', '◷Planned'],
    ]);
    expect(within(card).queryByTestId('remind-now')).not.toBeInTheDocument();
  });

  it('is hidden when the server refuses (403), and not even asked for someone of another organisation', async () => {
    const fetchMock = await openEditor('contributor', {
      [`GET ${REMINDERS}`]: {
        status: 403,
        body: { statusCode: 403, code: 'FORBIDDEN', message: 'Only the coordinator can see its reminders' },
      },
    });
    await screen.findByTestId('contribution-actions');
    expect(callCount(fetchMock, `GET ${REMINDERS}`)).toBe(1);
    expect(screen.queryByTestId('assignment-reminders')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('is not asked for by a contributor of another organisation or an observer', async () => {
    const other = person('contributor', buildOrganisation({ name: 'IOM Mongolia', shortName: 'IOM' }));
    const fetchMock = await openEditor('contributor', {}, other);
    expect(screen.queryByTestId('assignment-reminders')).not.toBeInTheDocument();
    expect(callCount(fetchMock, `GET ${REMINDERS}`)).toBe(0);
  });

  it("gives the coordinator 'Remind now' and shows the server's message when one went out recently", async () => {
    const fetchMock = await openEditor('coordinator', {
      [`GET ${REMINDERS}`]: { status: 200, body: { messages: [SENT] } },
      [`POST ${REMIND}`]: {
        status: 429,
        body: {
          statusCode: 429,
          code: 'RATE_LIMITED',
          message: 'A reminder for this assignment went out 12 minute(s) ago. Try again in an hour.',
          details: { retryAfterSeconds: 2880 },
        },
      },
    });
    const card = await screen.findByTestId('assignment-reminders');
    fireEvent.click(within(card).getByTestId('remind-now'));

    const refused = await within(card).findByRole('alert');
    expect(refused).toHaveTextContent(
      'No reminder sent. A reminder for this assignment went out 12 minute(s) ago. Try again in an hour.',
    );
    expect(within(card).queryByText(/Reminder queued/)).not.toBeInTheDocument();
    expect(callCount(fetchMock, `POST ${REMIND}`)).toBe(1);
  });

  it("queues a reminder at the coordinator's request and lists it", async () => {
    const manual = buildOutboxMessage({
      kind: 'reminder.manual',
      assignmentId: ASSIGNMENT_ID,
      notBefore: '2020-08-05T02:00:00.000Z',
    });
    let loads = 0;
    const fetchMock = await openEditor('coordinator', {
      [`GET ${REMINDERS}`]: () => {
        loads += 1;
        return { status: 200, body: { messages: loads === 1 ? [SENT] : [SENT, manual] } };
      },
      [`POST ${REMIND}`]: { status: 202, body: manual },
    });
    const card = await screen.findByTestId('assignment-reminders');
    await within(card).findByTestId('assignment-reminder');
    fireEvent.click(within(card).getByRole('button', { name: 'Remind now' }));

    expect(await within(card).findByText(/Reminder queued/)).toBeInTheDocument();
    expect(await within(card).findByText('Reminder (sent by the coordinator)')).toBeInTheDocument();
    expect(callCount(fetchMock, `POST ${REMIND}`)).toBe(1);
  });

  it('offers no "Remind now" once the answer is submitted', async () => {
    stubFetch({
      ...signedIn(person('coordinator')),
      [`GET /api/assignments/${ASSIGNMENT_ID}/contribution`]: {
        status: 200,
        body: contribution('coordinator', 'submitted'),
      },
      [`GET ${REMINDERS}`]: { status: 200, body: { messages: [] } },
    });
    renderRoute(`/assignments/${ASSIGNMENT_ID}`);
    const card = await screen.findByTestId('assignment-reminders');
    expect(
      await within(card).findByText('No reminder is planned or sent for this assignment.'),
    ).toBeInTheDocument();
    expect(within(card).queryByTestId('remind-now')).not.toBeInTheDocument();
  });
});
