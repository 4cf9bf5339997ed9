import type { TAssignment, TOrganisationCompliance, TReviewRole, TTimelineEntry } from '@gcm/domain';
import { screen, within } from '@testing-library/react';
import { todayIs } from '../../../testing/clock';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildFullAssignment,
  buildFullOrganisation,
  buildOrganisation,
  buildReviewDetail,
} from '../../../testing/fixtures';
import { callCount, renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const COMPLIANCE = `/api/reviews/${REVIEW_ID}/compliance`;
const TIMELINE = `/api/reviews/${REVIEW_ID}/timeline`;
const ASSIGNMENTS = `/api/reviews/${REVIEW_ID}/assignments`;
const REVIEW_ORGANISATIONS = `/api/reviews/${REVIEW_ID}/organisations`;

const MLSP = buildOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
const IOM = buildOrganisation({ name: 'IOM Mongolia', shortName: 'IOM' });

const ORGANISATIONS: TOrganisationCompliance[] = [
  {
    organisation: MLSP,
    due: 3,
    submitted: 2,
    submittedOnTime: 2,
    overdue: 1,
    remindersSent: 7,
    onTimeRate: 2 / 3,
  },
  {
    organisation: IOM,
    due: 0,
    submitted: 0,
    submittedOnTime: 0,
    overdue: 0,
    remindersSent: 0,
    onTimeRate: null,
  },
];

const ENTRIES: TTimelineEntry[] = [
  {
    date: '2020-08-03',
    kind: 'reminder_sent',
    label: 'Reminder for 1a',
    questionCode: '1a',
    organisationName: 'MLSP',
  },
  {
    date: '2020-08-10',
    kind: 'assignment_due',
    label: '1a due (lead)',
    questionCode: '1a',
    organisationName: 'MLSP',
  },
  {
    date: '2020-08-10',
    kind: 'submitted',
    label: '2a submitted',
    questionCode: '2a',
    organisationName: 'IOM',
  },
  {
    date: '2020-08-31',
    kind: 'final_deadline',
    label: 'Report due at ESCAP',
    questionCode: null,
    organisationName: null,
  },
];

const NSO = buildOrganisation({ name: 'National Statistics Office', shortName: 'NSO' });

function assignment(code: string, overrides: Partial<TAssignment>): TAssignment {
  const base = buildFullAssignment(overrides);
  return { ...base, question: { ...base.question, code } };
}

/** Today is 3 December 2026 (see beforeEach); the final deadline 31 March 2027. */
const ASSIGNED: TAssignment[] = [
  assignment('1a', {
    organisation: MLSP,
    dueDate: '2026-11-20',
    state: 'drafting',
    deadlineStatus: 'overdue',
  }),
  assignment('2a', { organisation: MLSP, dueDate: '2027-01-15', state: 'accepted', deadlineStatus: 'done' }),
  assignment('3b', {
    organisation: IOM,
    dueDate: '2026-12-06',
    state: 'drafting',
    deadlineStatus: 'due_soon',
  }),
];

function open(role: TReviewRole, organisationId: string | null = null, assignments = ASSIGNED) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID, finalDueDate: '2027-03-31', timeZone: 'Asia/Ulaanbaatar' },
        viewer: { role, organisationId },
      }),
    },
    [`GET ${COMPLIANCE}`]: { status: 200, body: { organisations: ORGANISATIONS } },
    [`GET ${TIMELINE}`]: { status: 200, body: { entries: ENTRIES } },
    [`GET ${ASSIGNMENTS}`]: { status: 200, body: { assignments } },
    [`GET ${REVIEW_ORGANISATIONS}`]: {
      status: 200,
      body: { organisations: [MLSP, IOM, NSO].map((organisation) => buildFullOrganisation(organisation)) },
    },
  });
  renderRoute(`/reviews/${REVIEW_ID}/deadlines`);
  return fetchMock;
}

describe('Deadlines tab', () => {
  beforeEach(() => todayIs('2026-12-03'));
  afterEach(() => jest.useRealTimers());

  it('shows the coordinator how each organisation kept its deadlines', async () => {
    open('coordinator');
    const table = await screen.findByTestId('compliance-table');
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(/MLSP/)).toEqual(['3', '2', '2', '67%', '✕ 1', '7']);
    expect(cells(/IOM/)).toEqual(['0', '0', '0', '— (nothing due yet)', '0', '0']);
    expect(
      within(screen.getByRole('navigation', { name: 'Review sections' })).getByRole('link', {
        name: 'Deadlines',
      }),
    ).toHaveAttribute('aria-current', 'page');
  });

  it('groups the timeline by date and highlights the final deadline', async () => {
    open('observer');
    const timeline = await screen.findByTestId('timeline');
    const days = within(timeline).getAllByRole('heading', { level: 3 });
    expect(days.map((day) => day.textContent)).toEqual(['3 August 2020', '10 August 2020', '31 August 2020']);
    const entries = within(timeline).getAllByTestId('timeline-entry');
    expect(entries.map((entry) => entry.textContent)).toEqual([
      '✉Reminder sent: Reminder for 1a — MLSP',
      '◷Due: 1a due (lead) — MLSP',
      '✓Submitted: 2a submitted — IOM',
      '⚑Final deadline: Report due at ESCAP',
    ]);
    expect(entries[3]?.closest('.timeline__day')).toHaveClass('timeline__day--final');
    expect(await screen.findByTestId('compliance-table')).toBeInTheDocument();
  });

  it('shows a contributor the timeline only, without asking for the compliance figures', async () => {
    const fetchMock = open('contributor');
    expect(await screen.findByTestId('timeline')).toBeInTheDocument();
    expect(screen.queryByTestId('compliance-table')).not.toBeInTheDocument();
    expect(callCount(fetchMock, `GET ${COMPLIANCE}`)).toBe(0);
  });
});

describe('Deadlines at a glance', () => {
  beforeEach(() => todayIs('2026-12-03'));
  afterEach(() => jest.useRealTimers());

  const laneOf = async (name: RegExp) => {
    const lanes = within(await screen.findByTestId('lanes')).getAllByTestId('lane');
    const lane = lanes.find((candidate) => name.test(candidate.textContent ?? ''));
    if (!lane) throw new Error(`No lane matching ${name}`);
    return lane;
  };
  const leftOf = (element: Element | null) => (element as HTMLElement | null)?.style.insetInlineStart;

  it('shows a lane per organisation with today and the final deadline in each, an empty lane saying so', async () => {
    open('coordinator');
    const lanes = within(await screen.findByTestId('lanes')).getAllByTestId('lane');
    // Those with assignments first, then the empty ones: short name in bold, then the full name.
    expect(lanes.map((lane) => lane.querySelector('.lane__short')?.textContent)).toEqual([
      'IOM',
      'MLSP',
      'NSO',
    ]);
    expect(lanes.map((lane) => lane.querySelector('.lane__full')?.textContent)).toEqual([
      'IOM Mongolia',
      'Ministry of Labour and Social Protection',
      'National Statistics Office',
    ]);
    // The axis runs from 13 November 2026 (a week before 1a) to 14 April 2027: 152 days.
    const today = `${(20 / 152) * 100}%`;
    const final = `${(138 / 152) * 100}%`;
    for (const lane of lanes) {
      expect(leftOf(lane.querySelector('.lane__line--today'))).toBe(today);
      expect(leftOf(lane.querySelector('.lane__line--final'))).toBe(final);
    }
    expect(screen.getByTestId('today-flag')).toHaveTextContent('Today');
    expect(leftOf(screen.getByTestId('today-flag'))).toBe(today);
    expect(screen.getByTestId('final-deadline-flag')).toHaveTextContent('Final deadline');
    expect(leftOf(screen.getByTestId('final-deadline-flag'))).toBe(final);
    expect(screen.getByTestId('lanes-summary')).toHaveTextContent(
      'Today is 3 December 2026; the final deadline is 31 March 2027.',
    );
    expect(within(await laneOf(/NSO/)).getByText('Nothing assigned')).toBeInTheDocument();
    expect(within(await laneOf(/NSO/)).queryAllByTestId('lane-marker')).toHaveLength(0);
  });

  it('marks an overdue assignment as overdue in words, shape and colour, linking to its page', async () => {
    open('coordinator');
    const mlsp = await laneOf(/MLSP/);
    const overdue = within(mlsp).getByRole('link', { name: 'Question 1a, due 20 November 2026, overdue' });
    expect(overdue).toHaveAttribute('href', `/assignments/${ASSIGNED[0]?.id}`);
    expect(overdue).toHaveClass('lane__marker--overdue');
    expect(overdue).toHaveTextContent('✕1a');
    expect(overdue.style.insetInlineStart).toBe(`${(7 / 152) * 100}%`);
    const done = within(mlsp).getByRole('link', { name: 'Question 2a, due 15 January 2027, accepted' });
    expect(done).toHaveClass('lane__marker--done');
    expect(done).toHaveTextContent('✓2a');
  });

  it('gives the same facts in a table: what is due next and what is overdue', async () => {
    open('coordinator');
    const table = await screen.findByTestId('lanes-table');
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((cell) => cell.textContent);
    expect(cells(/MLSP/)).toEqual(['2', '1', '—', '1: 1a']);
    expect(cells(/IOM/)).toEqual(['1', '0', '3b, 6 Dec 2026 (due soon)', '0']);
    expect(cells(/NSO/)).toEqual(['Nothing assigned', '0', '—', '0']);
  });

  it('shows a stakeholder the markers without links (they may not open the contributions)', async () => {
    open('stakeholder');
    const mlsp = await laneOf(/MLSP/);
    expect(within(mlsp).queryAllByRole('link')).toHaveLength(0);
    expect(within(mlsp).getByText('Question 1a, due 20 November 2026, overdue')).toBeInTheDocument();
  });

  it("shows a contributor their organisation's lane only, as they may list only its assignments", async () => {
    open(
      'contributor',
      IOM.id,
      ASSIGNED.filter((item) => item.organisation.id === IOM.id),
    );
    const lanes = within(await screen.findByTestId('lanes')).getAllByTestId('lane');
    expect(lanes).toHaveLength(1);
    expect(lanes[0]).toHaveTextContent('IOM Mongolia');
    expect(
      within(lanes[0] as HTMLElement).getByRole('link', {
        name: 'Question 3b, due 6 December 2026, due soon',
      }),
    ).toBeInTheDocument();
  });
});
