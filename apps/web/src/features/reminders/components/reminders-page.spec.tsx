import { DEFAULT_REMINDER_POLICY, type TReminderPolicy, type TReminderPolicyResponse } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import { buildAssignment, buildOutboxMessage, buildReviewDetail } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const REVIEW = `/api/reviews/${REVIEW_ID}`;
const POLICY = `/api/reviews/${REVIEW_ID}/reminder-policy`;
const FAILED = `/api/reviews/${REVIEW_ID}/outbox?status=failed`;
const OUTBOX = `/api/reviews/${REVIEW_ID}/outbox?window=next_7_days&limit=500`;
const OUTBOX_ALL = `/api/reviews/${REVIEW_ID}/outbox?limit=500`;
const ORGANISATIONS = `/api/reviews/${REVIEW_ID}/organisations`;
const LEAD_1A = buildAssignment({ dueDate: '2020-08-10' });

function review() {
  return buildReviewDetail({
    summary: { id: REVIEW_ID },
    assignments: { '1a': [LEAD_1A] },
    viewer: { role: 'coordinator', organisationId: null },
  });
}

function policy(
  version: number,
  changes: Partial<TReminderPolicy> = {},
  warnings: TReminderPolicyResponse['warnings'] = [],
): TReminderPolicyResponse {
  return { policy: { ...DEFAULT_REMINDER_POLICY, daysBefore: [7, 2], ...changes }, version, warnings };
}

async function openReminders(answers: Record<string, StubbedAnswer> = {}) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET ${REVIEW}`]: { status: 200, body: review() },
    [`GET ${POLICY}`]: { status: 200, body: policy(5) },
    [`GET ${FAILED}`]: { status: 200, body: { messages: [] } },
    [`GET ${OUTBOX}`]: { status: 200, body: { messages: [] } },
    [`GET ${OUTBOX_ALL}`]: { status: 200, body: { messages: [] } },
    [`GET ${ORGANISATIONS}`]: { status: 200, body: { organisations: [] } },
    ...answers,
  });
  renderRoute(`/reviews/${REVIEW_ID}/reminders`);
  const form = await screen.findByTestId('reminder-policy-form');
  return { fetchMock, form };
}

/** The chips of "Remind N days before", as read out (without their remove buttons). */
function chips(form: HTMLElement): string[] {
  return within(within(form).getByTestId('days-before'))
    .getAllByRole('listitem')
    .map((chip) => chip.textContent?.replace('✕', '') ?? '');
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save the reminder policy' }));

describe('Reminders tab: the reminder policy', () => {
  it('shows the policy as loaded, with the review time zone next to the send time', async () => {
    const { form } = await openReminders();
    expect(chips(form)).toEqual(['7 days before', '2 days before']);
    expect(within(form).getByLabelText('Remind on the due date')).toBeChecked();
    expect(within(form).getByLabelText('While overdue, every N days')).toHaveValue(3);
    expect(within(form).getByLabelText('At most N overdue reminders')).toHaveValue(5);
    expect(within(form).getByLabelText('Escalate after N days overdue')).toHaveAccessibleDescription(
      "to the organisation's head contact, then to the coordinator after twice as long",
    );
    expect(within(form).getByLabelText('Send at (HH:MM, review time zone Asia/Ulaanbaatar)')).toHaveValue(
      '09:00',
    );
    expect(within(form).getByLabelText('Skip days off')).not.toBeChecked();
    expect(within(form).getByLabelText('Friday')).toBeChecked();
    expect(within(form).getByLabelText('Saturday')).not.toBeChecked();
    expect(within(form).getByLabelText(/^Public holidays/)).toHaveValue('');
    expect(within(form).getByLabelText('Pause all reminders')).not.toBeChecked();
  });

  it('checks the numbers before sending anything', async () => {
    const { fetchMock, form } = await openReminders();

    fireEvent.change(within(form).getByLabelText('Days before the due date to add'), {
      target: { value: '7' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(within(form).getByLabelText('Days before the due date to add')).toHaveAccessibleDescription(
      /must not repeat a number of days/,
    );
    fireEvent.change(within(form).getByLabelText('Days before the due date to add'), {
      target: { value: '61' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(within(form).getByLabelText('Days before the due date to add')).toHaveAccessibleDescription(
      /must be at most 60/,
    );

    fireEvent.change(within(form).getByLabelText('While overdue, every N days'), { target: { value: '0' } });
    fireEvent.change(within(form).getByLabelText('At most N overdue reminders'), { target: { value: '' } });
    save();
    // The summary lists what the form shows: the refused day to add is still marked too.
    const summary = within(form).getByRole('region', { name: '3 fields need attention' });
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      expect.stringMatching(/^Days before the due date to add: must be at most 60/),
      expect.stringMatching(/^While overdue, every N days: must be at least 1/),
      expect.stringMatching(/^At most N overdue reminders: must be a number of reminders/),
    ]);
    expect(within(form).getByLabelText('While overdue, every N days')).toHaveAccessibleDescription(
      /must be at least 1/,
    );
    expect(within(form).getByLabelText('At most N overdue reminders')).toHaveAccessibleDescription(
      /must be a number of reminders/,
    );
    expect(callCount(fetchMock, `PUT ${POLICY}`)).toBe(0);
  });

  it('refuses a holiday that is not a date and a week without working days, at the fields', async () => {
    const { fetchMock, form } = await openReminders();
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) {
      fireEvent.click(within(form).getByLabelText(day));
    }
    fireEvent.change(within(form).getByLabelText(/^Public holidays/), {
      target: { value: '2027-07-11\n11 July' },
    });
    save();
    expect(within(form).getByLabelText(/^Public holidays/)).toHaveAccessibleDescription(
      /must be a date in the form YYYY-MM-DD/,
    );
    expect(
      within(within(form).getByTestId('working-days').closest('fieldset') as HTMLElement).getByText(
        /needs at least one working day/,
      ),
    ).toBeInTheDocument();
    expect(callCount(fetchMock, `PUT ${POLICY}`)).toBe(0);
  });

  it('allows at most five days before the due date', async () => {
    const { form } = await openReminders();
    const input = within(form).getByLabelText('Days before the due date to add');
    for (const day of ['14', '21', '1']) {
      fireEvent.change(input, { target: { value: day } });
      fireEvent.keyDown(input, { key: 'Enter' });
    }
    expect(within(within(form).getByTestId('days-before')).getAllByRole('listitem')).toHaveLength(5);
    expect(input).toBeDisabled();
    expect(within(form).getByRole('button', { name: 'Add' })).toBeDisabled();
    fireEvent.click(within(form).getByRole('button', { name: 'Remove 21 days before' }));
    expect(input).toBeEnabled();
  });

  it('sends only what changed with the version, then refreshes the review that shares it', async () => {
    const { fetchMock, form } = await openReminders({
      [`PUT ${POLICY}`]: {
        status: 200,
        body: policy(6, {
          daysBefore: [14, 7],
          sendTime: '17:30',
          skipWeekends: true,
          workingDays: [1, 2, 3, 4, 7],
          holidays: ['2027-07-11', '2027-07-12'],
        }),
      },
    });

    fireEvent.click(within(form).getByRole('button', { name: 'Remove 2 days before' }));
    fireEvent.change(within(form).getByLabelText('Days before the due date to add'), {
      target: { value: '14' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    fireEvent.change(within(form).getByLabelText(/^Send at/), { target: { value: '17:30' } });
    fireEvent.click(within(form).getByLabelText('Skip days off'));
    // A Sunday-to-Thursday week, and Naadam's first two days off.
    fireEvent.click(within(form).getByLabelText('Friday'));
    fireEvent.click(within(form).getByLabelText('Sunday'));
    fireEvent.change(within(form).getByLabelText(/^Public holidays/), {
      target: { value: '2027-07-11\n\n 2027-07-12 ' },
    });
    save();

    expect(await within(form).findByText(/Reminder policy saved/)).toBeInTheDocument();
    expect(sentBody(fetchMock, `PUT ${POLICY}`)).toEqual({
      version: 5,
      daysBefore: [14, 7],
      sendTime: '17:30',
      skipWeekends: true,
      workingDays: [1, 2, 3, 4, 7],
      holidays: ['2027-07-11', '2027-07-12'],
    });
    expect(callCount(fetchMock, `GET ${REVIEW}`)).toBe(2);
    expect(within(form).getByLabelText(/^Public holidays/)).toHaveValue('2027-07-11\n2027-07-12');
    expect(chips(form)).toEqual(['14 days before', '7 days before']);
  });

  it('lists the reminders that will reach nobody, organisation by organisation', async () => {
    const nso = {
      id: '6f9c1a52-3c1e-4f6e-9a57-2b1f0c7d8e91',
      name: 'National Statistics Office',
      shortName: 'NSO',
      type: 'ministry_agency' as const,
    };
    const { form } = await openReminders({
      [`GET ${POLICY}`]: {
        status: 200,
        body: policy(5, {}, [
          {
            organisation: nso,
            problem: 'no_recipient',
            assignments: 2,
            message: 'National Statistics Office: 2 open assignments have no focal point.',
          },
          {
            organisation: nso,
            problem: 'no_head_contact',
            assignments: 2,
            message: 'National Statistics Office has no head contact.',
          },
        ]),
      },
    });
    const warnings = within(form).getByRole('region', { name: 'Reminders that will not reach anyone' });
    expect(
      within(warnings)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'National Statistics Office: 2 open assignments have no focal point.',
      'National Statistics Office has no head contact.',
    ]);
  });

  it('shows no warning when every reminder reaches someone', async () => {
    const { form } = await openReminders();
    expect(within(form).queryByTestId('reminder-warnings')).toBeNull();
  });

  it('says so when nothing changed, without a request', async () => {
    const { fetchMock, form } = await openReminders();
    save();
    expect(within(form).getByText('Nothing to save: no setting changed.')).toBeInTheDocument();
    expect(callCount(fetchMock, `PUT ${POLICY}`)).toBe(0);
  });

  it('shows the conflict message of a stale version and reloads the policy', async () => {
    let loads = 0;
    await openReminders({
      [`GET ${POLICY}`]: () => {
        loads += 1;
        return { status: 200, body: loads === 1 ? policy(5) : policy(7, { paused: true }) };
      },
      [`PUT ${POLICY}`]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'Someone else changed the review settings meanwhile. Reload to see their changes.',
        },
      },
    });
    fireEvent.click(screen.getByLabelText('Remind on the due date'));
    save();

    const alert = await screen.findByTestId('policy-conflict');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent('Someone else changed the review settings meanwhile.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the policy' }));

    expect(await screen.findByTestId('reminders-paused')).toBeInTheDocument();
    expect(screen.getByLabelText('Pause all reminders')).toBeChecked();
    expect(screen.getByLabelText('Remind on the due date')).toBeChecked();
    expect(screen.queryByTestId('policy-conflict')).not.toBeInTheDocument();
  });

  it('shows the field errors the server sends', async () => {
    await openReminders({
      [`PUT ${POLICY}`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'The request is not valid.',
          fieldErrors: [{ path: 'sendTime', message: 'must be a time such as 09:00' }],
        },
      },
    });
    fireEvent.change(screen.getByLabelText(/^Send at/), { target: { value: '07:00' } });
    save();
    expect(await screen.findByText('The reminder policy could not be saved')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Send at/)).toHaveAccessibleDescription(/must be a time such as 09:00/);
  });

  it('shows an alert with Retry when the policy cannot be loaded', async () => {
    let loads = 0;
    stubFetch({
      ...signedIn(),
      [`GET ${REVIEW}`]: { status: 200, body: review() },
      [`GET ${POLICY}`]: () => {
        loads += 1;
        return loads === 1
          ? { status: 500, body: { statusCode: 500, code: 'INTERNAL', message: 'Database unavailable.' } }
          : { status: 200, body: policy(5) };
      },
      [`GET ${FAILED}`]: { status: 200, body: { messages: [] } },
      [`GET ${OUTBOX}`]: { status: 200, body: { messages: [] } },
      [`GET ${OUTBOX_ALL}`]: { status: 200, body: { messages: [] } },
      [`GET ${ORGANISATIONS}`]: { status: 200, body: { organisations: [] } },
    });
    renderRoute(`/reviews/${REVIEW_ID}/reminders`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The reminder policy could not be loaded');
    expect(alert).toHaveTextContent('Database unavailable.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('reminder-policy-form')).toBeInTheDocument();
  });
});

describe('Reminders tab: e-mails', () => {
  it('retries a failed e-mail and refreshes the list', async () => {
    const failed = buildOutboxMessage({
      kind: 'reminder.overdue',
      status: 'failed',
      assignmentId: LEAD_1A.id,
      to: ['focal@mlsp.gov.mn.example'],
      subject: 'Question 1a is overdue',
      notBefore: '2020-08-13T01:00:00.000Z',
      attempts: 5,
      lastError: '550 5.1.1 mailbox unavailable',
    });
    let failedLoads = 0;
    const { fetchMock } = await openReminders({
      [`GET ${FAILED}`]: () => {
        failedLoads += 1;
        return { status: 200, body: { messages: failedLoads === 1 ? [failed] : [] } };
      },
      [`POST /api/outbox/${failed.id}/retry`]: {
        status: 202,
        body: { ...failed, status: 'pending', lastError: null },
      },
    });

    const list = await screen.findByTestId('failed-emails');
    const item = await within(list).findByTestId('failed-email');
    expect(item).toHaveTextContent('Reminder (3 days overdue)');
    expect(item).toHaveTextContent('550 5.1.1 mailbox unavailable');
    fireEvent.click(within(item).getByRole('button', { name: /^Retry/ }));

    expect(await within(list).findByText('No e-mail failed.')).toBeInTheDocument();
    expect(within(list).getByRole('status')).toHaveTextContent(
      'The e-mail to focal@mlsp.gov.mn.example is queued again.',
    );
    expect(callCount(fetchMock, `POST /api/outbox/${failed.id}/retry`)).toBe(1);
    expect(callCount(fetchMock, `GET ${OUTBOX}`)).toBe(2);
  });

  it('lists planned and sent e-mails newest first, with the kind in words, hiding cancelled ones', async () => {
    await openReminders({
      [`GET ${OUTBOX_ALL}`]: {
        status: 200,
        body: {
          messages: [
            buildOutboxMessage({ assignmentId: LEAD_1A.id, notBefore: '2020-08-08T01:00:00.000Z' }),
            buildOutboxMessage({
              kind: 'assignment.created',
              status: 'sent',
              assignmentId: LEAD_1A.id,
              to: ['focal@mlsp.gov.mn.example'],
              subject: 'Question 1a is assigned to MLSP',
              notBefore: '2020-07-01T01:00:00.000Z',
              sentAt: '2020-07-01T01:00:05.000Z',
            }),
            buildOutboxMessage({ assignmentId: LEAD_1A.id, notBefore: '2020-08-03T01:00:00.000Z' }),
            buildOutboxMessage({ status: 'cancelled', cancelledReason: 'the due date changed' }),
          ],
        },
      },
    });

    expect(await screen.findByText('Nothing goes out in the next 7 days.')).toBeInTheDocument();
    fireEvent.click(screen.getByLabelText('All e-mails'));
    const rows = await screen.findAllByTestId('outbox-row');
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Reminder (2 days before)Question 1a · Ministry of Labour and Social Protection',
      'Reminder (7 days before)Question 1a · Ministry of Labour and Social Protection',
      'New assignmentQuestion 1a · Ministry of Labour and Social Protection',
    ]);
    expect(rows[0]).toHaveTextContent('8 Aug 2020, 09:00');
    expect(rows[0]).toHaveTextContent('Planned');
    expect(rows[2]).toHaveTextContent('Sent');
    expect(rows[2]).toHaveTextContent('Question 1a is assigned to MLSP');

    fireEvent.click(screen.getByLabelText('Show cancelled e-mails (1)'));
    expect(screen.getAllByTestId('outbox-row')).toHaveLength(4);
    expect(screen.getByText('because the due date changed')).toBeInTheDocument();
  });

  it('shows the next 7 days with each escalation’s level and whom it would reach, and previews an e-mail', async () => {
    const escalation = buildOutboxMessage({
      kind: 'reminder.escalation',
      level: 1,
      assignmentId: LEAD_1A.id,
      wouldReach: ['head@mlsp.gov.mn.example'],
      notBefore: '2020-08-13T01:00:00.000Z',
    });
    await openReminders({
      [`GET ${OUTBOX}`]: { status: 200, body: { messages: [escalation] } },
      [`GET /api/outbox/${escalation.id}/preview`]: {
        status: 200,
        body: {
          to: ['head@mlsp.gov.mn.example'],
          cc: ['focal@mlsp.gov.mn.example'],
          subject: 'Escalation: question 1a (Ministry of Labour and Social Protection) is overdue by 3 days',
          text: 'You receive this as the head of Ministry of Labour and Social Protection.',
          wouldNotSend: null,
        },
      },
    });
    const [row] = await screen.findAllByTestId('outbox-row');
    expect(row).toHaveTextContent('to the head of the organisation');
    expect(row).toHaveTextContent('head@mlsp.gov.mn.example');
    expect(row).toHaveTextContent('if it went out now');
    const button = within(row as HTMLElement).getByRole('button', { name: /^Preview/ });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const preview = await screen.findByTestId('outbox-preview');
    expect(preview).toHaveTextContent('Cc: focal@mlsp.gov.mn.example');
    expect(preview).toHaveTextContent('Subject: Escalation: question 1a');
    expect(preview).toHaveTextContent(
      'You receive this as the head of Ministry of Labour and Social Protection.',
    );
  });
});
