import type { TAuditEvent } from '@gcm/domain';
import { fireEvent, screen } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildPerson, buildReviewDetail } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const REVIEW = buildReviewDetail({
  summary: { id: REVIEW_ID },
  viewer: { role: 'coordinator', organisationId: null },
});
const Q2A = REVIEW.clusters[1]?.questions[0];

function event(id: string, overrides: Partial<TAuditEvent> = {}): TAuditEvent {
  return {
    id,
    action: 'assignment.updated',
    targetType: 'assignment',
    targetId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    questionCode: '1a',
    actor: buildPerson({ name: 'L. Munkhtushig' }),
    before: { dueDate: '2020-08-10', role: 'lead' },
    after: { dueDate: '2020-08-15', role: 'lead' },
    createdAt: '2020-07-01T08:00:00.000Z',
    ...overrides,
  };
}

describe('Activity', () => {
  it('lists who changed what, loads more with the cursor and filters by question', async () => {
    stubFetch({
      ...signedIn(),
      [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: REVIEW },
      [`GET /api/reviews/${REVIEW_ID}/audit?limit=50`]: {
        status: 200,
        body: { events: [event('42')], nextBefore: '42' },
      },
      [`GET /api/reviews/${REVIEW_ID}/audit?before=42&limit=50`]: {
        status: 200,
        body: { events: [event('41', { action: 'assignment.created', before: null })], nextBefore: null },
      },
      [`GET /api/reviews/${REVIEW_ID}/audit?questionId=${Q2A?.id}&limit=50`]: {
        status: 200,
        body: { events: [], nextBefore: null },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/activity`);

    const [first] = await screen.findAllByTestId('audit-event');
    expect(first).toHaveTextContent('L. Munkhtushig');
    expect(first).toHaveTextContent('Assignment updated');
    expect(first).toHaveTextContent('Assignment 0a1b2c3d');
    expect(first).toHaveTextContent('dueDate: 2020-08-10 → 2020-08-15');
    expect(first).not.toHaveTextContent('role:');

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Assignment created')).toBeInTheDocument();
    expect(screen.getAllByTestId('audit-event')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Question'), { target: { value: Q2A?.id } });
    expect(await screen.findByText('Nothing has happened here yet.')).toBeInTheDocument();
  });
});
