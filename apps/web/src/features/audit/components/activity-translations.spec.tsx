import type { TAuditEvent } from '@gcm/domain';
import { screen } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson, buildPerson, buildReviewDetail } from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

function event(id: string, overrides: Partial<TAuditEvent>): TAuditEvent {
  return {
    id,
    action: 'assignment.due_date_shifted',
    targetType: 'assignment',
    targetId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    questionCode: '1a',
    actor: buildPerson({ name: 'L. Munkhtushig' }),
    before: { dueDate: '2020-08-10' },
    after: { dueDate: '2020-08-15' },
    createdAt: '2020-07-01T08:00:00.000Z',
    ...overrides,
  };
}

describe('the review’s activity in the person’s language', () => {
  it('names the actions and the kinds of record in French, and an unknown code in words', async () => {
    stubFetch({
      ...signedIn(buildCurrentPerson({ locale: 'fr' })),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          viewer: { role: 'coordinator', organisationId: null },
        }),
      },
      [`GET /api/reviews/${REVIEW_ID}/audit?limit=50`]: {
        status: 200,
        body: {
          events: [
            event('43', { action: 'contribution.submitted', before: null, after: null }),
            event('42', {}),
            event('41', {
              action: 'vote_round.priorities_finalised',
              targetType: 'vote_round',
              questionCode: null,
              before: null,
              after: null,
            }),
            event('40', { action: 'legacy.thing_done', targetType: 'old_record', before: null, after: null }),
          ],
          nextBefore: null,
        },
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/activity`);

    const rows = await screen.findAllByTestId('audit-event');
    expect(screen.getByRole('heading', { level: 1, name: 'Activité' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Opération' })).toBeInTheDocument();
    expect(rows[0]).toHaveTextContent('Contribution soumise');
    expect(rows[0]).toHaveTextContent('Tâche 0a1b2c3d');
    expect(rows[1]).toHaveTextContent('Échéance décalée');
    expect(rows[1]).toHaveTextContent('dueDate : 2020-08-10 → 2020-08-15');
    expect(rows[2]).toHaveTextContent('Priorités arrêtées');
    expect(rows[2]).toHaveTextContent('Tour de priorisation');
    // A code the app has no message for (an older row) is still readable.
    expect(rows[3]).toHaveTextContent('legacy thing done');
    expect(rows[3]).toHaveTextContent('old record');
    expect(screen.queryByText(/assignment\.|contribution\./)).not.toBeInTheDocument();
  });
});
