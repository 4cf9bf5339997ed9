import type { TOrganisationCompliance, TReviewRole, TTimelineEntry } from '@gcm/domain';
import { screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildOrganisation, buildReviewDetail } from '../../../testing/fixtures';
import { callCount, renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const COMPLIANCE = `/api/reviews/${REVIEW_ID}/compliance`;
const TIMELINE = `/api/reviews/${REVIEW_ID}/timeline`;

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

function open(role: TReviewRole) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({ summary: { id: REVIEW_ID }, viewer: { role, organisationId: null } }),
    },
    [`GET ${COMPLIANCE}`]: { status: 200, body: { organisations: ORGANISATIONS } },
    [`GET ${TIMELINE}`]: { status: 200, body: { entries: ENTRIES } },
  });
  renderRoute(`/reviews/${REVIEW_ID}/deadlines`);
  return fetchMock;
}

describe('Deadlines tab', () => {
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
