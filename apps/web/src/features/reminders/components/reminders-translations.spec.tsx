import {
  DEFAULT_REMINDER_POLICY,
  formatCalendarDate,
  type TAssignment,
  type TLocale,
  type TReminderPolicyResponse,
} from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { todayIs } from '../../../testing/clock';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildAssignment,
  buildCurrentPerson,
  buildFullAssignment,
  buildFullOrganisation,
  buildOrganisation,
  buildOutboxMessage,
  buildReviewDetail,
} from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const REVIEW = `/api/reviews/${REVIEW_ID}`;
const LEAD_1A = buildAssignment({ dueDate: '2020-08-10' });

function policy(): TReminderPolicyResponse {
  return { policy: { ...DEFAULT_REMINDER_POLICY, daysBefore: [7, 2] }, version: 5, warnings: [] };
}

function openReminders(locale: TLocale) {
  const failed = buildOutboxMessage({
    kind: 'reminder.overdue',
    status: 'failed',
    assignmentId: LEAD_1A.id,
    to: ['focal@mlsp.gov.mn.example'],
    subject: 'Question 1a is overdue',
    notBefore: '2020-08-13T01:00:00.000Z',
    attempts: 3,
    lastError: '550 5.1.1 mailbox unavailable',
  });
  stubFetch({
    ...signedIn(buildCurrentPerson({ locale })),
    [`GET ${REVIEW}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID },
        assignments: { '1a': [LEAD_1A] },
        viewer: { role: 'coordinator', organisationId: null },
      }),
    },
    [`GET ${REVIEW}/reminder-policy`]: { status: 200, body: policy() },
    [`GET ${REVIEW}/outbox?status=failed`]: { status: 200, body: { messages: [failed] } },
    [`GET ${REVIEW}/outbox?window=next_7_days&limit=500`]: { status: 200, body: { messages: [] } },
    [`GET ${REVIEW}/organisations`]: { status: 200, body: { organisations: [] } },
  });
  renderRoute(`/reviews/${REVIEW_ID}/reminders`);
}

describe('the reminder screens in the person’s language', () => {
  it('gives the reminder policy in Russian, counting days and attempts with Russian plurals', async () => {
    openReminders('ru');
    const form = await screen.findByTestId('reminder-policy-form');
    expect(screen.getByRole('heading', { level: 1, name: 'Напоминания' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Правила напоминаний' })).toBeInTheDocument();

    const chips = () =>
      within(within(form).getByTestId('days-before'))
        .getAllByRole('listitem')
        .map((chip) => chip.textContent?.replace('✕', '') ?? '');
    expect(chips()).toEqual(['за 7 дней', 'за 2 дня']);
    fireEvent.change(within(form).getByLabelText('Добавить число дней до срока'), {
      target: { value: '1' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Добавить' }));
    expect(chips()).toEqual(['за 7 дней', 'за 2 дня', 'за 1 день']);
    expect(within(form).getByRole('button', { name: 'Удалить «за 2 дня»' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Пятница')).toBeChecked();
    expect(within(form).getByLabelText('Суббота')).not.toBeChecked();

    const item = await screen.findByTestId('failed-email');
    expect(item).toHaveTextContent('Напоминание (просрочено на 3 дня)');
    expect(item).toHaveTextContent('Кому: focal@mlsp.gov.mn.example — «Question 1a is overdue».');
    expect(item).toHaveTextContent('3 попытки.');
    expect(within(item).getByRole('button', { name: /^Повторить/ })).toBeInTheDocument();
  });

  it('sums up in Russian what needs correcting after a failed check, and takes the focus', async () => {
    openReminders('ru');
    const form = await screen.findByTestId('reminder-policy-form');
    fireEvent.change(within(form).getByLabelText('При просрочке — каждые N дней'), {
      target: { value: '0' },
    });
    fireEvent.change(within(form).getByLabelText('Не более N напоминаний после срока'), {
      target: { value: '' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Сохранить правила напоминаний' }));
    const summary = within(form).getByRole('region', { name: 'Исправьте 2 поля' });
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link')).toHaveLength(2);
  });
});

describe('the deadlines in Arabic', () => {
  beforeEach(() => todayIs('2026-12-03'));
  afterEach(() => jest.useRealTimers());

  it('writes the lanes, their dates and the timeline in Arabic, on the review’s calendar', async () => {
    const mlsp = buildOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
    const base = buildFullAssignment({
      organisation: mlsp,
      dueDate: '2026-11-20',
      state: 'drafting',
      deadlineStatus: 'overdue',
    });
    const overdue: TAssignment = { ...base, question: { ...base.question, code: '1a' } };
    stubFetch({
      ...signedIn(buildCurrentPerson({ locale: 'ar' })),
      [`GET ${REVIEW}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID, finalDueDate: '2027-03-31', timeZone: 'Asia/Ulaanbaatar' },
          viewer: { role: 'stakeholder', organisationId: null },
        }),
      },
      [`GET ${REVIEW}/timeline`]: {
        status: 200,
        body: {
          entries: [
            {
              date: '2027-03-31',
              kind: 'final_deadline',
              label: 'Report due',
              questionCode: null,
              organisationName: null,
            },
          ],
        },
      },
      [`GET ${REVIEW}/assignments`]: { status: 200, body: { assignments: [overdue] } },
      [`GET ${REVIEW}/organisations`]: {
        status: 200,
        body: { organisations: [buildFullOrganisation(mlsp)] },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/deadlines`);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'المواعيد النهائية في لمحة' }),
    ).toBeInTheDocument();
    const summary = await screen.findByTestId('lanes-summary');
    expect(summary).toHaveTextContent(
      `اليوم هو ${formatCalendarDate('2026-12-03', 'long', 'ar')}؛ والموعد النهائي الأخير هو ${formatCalendarDate('2027-03-31', 'long', 'ar')}.`,
    );
    expect(summary).not.toHaveTextContent('December');
    expect(screen.getByRole('list', { name: 'دلالة العلامات' })).toHaveTextContent('متأخر');
    expect(screen.getByTestId('final-deadline-flag')).toHaveTextContent('⚑ الموعد النهائي الأخير');
    expect(
      within(screen.getByTestId('lanes')).getByText(
        `السؤال 1a، موعده النهائي ${formatCalendarDate('2026-11-20', 'long', 'ar')}، متأخر`,
      ),
    ).toBeInTheDocument();
    const table = screen.getByTestId('lanes-table');
    expect(within(table).getByRole('columnheader', { name: 'الموعد التالي' })).toBeInTheDocument();

    const timeline = await screen.findByTestId('timeline');
    expect(within(timeline).getByRole('heading', { level: 3 })).toHaveTextContent(
      formatCalendarDate('2027-03-31', 'long', 'ar'),
    );
    expect(timeline).toHaveTextContent('الموعد النهائي الأخير: Report due');
  });
});
