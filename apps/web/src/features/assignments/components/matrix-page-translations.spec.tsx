import { fireEvent, screen, within } from '@testing-library/react';
import { todayIs } from '../../../testing/clock';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildCurrentPerson,
  buildFullAssignment,
  buildFullOrganisation,
  buildMember,
  buildReviewDetail,
} from '../../../testing/fixtures';
import { renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const MLSP = buildFullOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
const IOM = buildFullOrganisation({ name: 'IOM Mongolia', shortName: 'IOM', type: 'un_entity' });
const BAT = buildMember({ name: 'Bat-Erdene Dorj', organisation: MLSP });
const LEAD_1A = buildFullAssignment({
  reviewId: REVIEW_ID,
  organisation: MLSP,
  role: 'lead',
  state: 'drafting',
  dueDate: '2099-08-01',
  focalPoints: [{ id: BAT.personId, name: BAT.name, email: BAT.email }],
});

function stubMatrix() {
  return stubFetch({
    ...signedIn(buildCurrentPerson({ locale: 'fr' })),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID, finalDueDate: '2099-08-31', timeZone: 'Asia/Ulaanbaatar' },
        viewer: { role: 'coordinator', organisationId: null },
      }),
    },
    [`GET /api/reviews/${REVIEW_ID}/organisations`]: { status: 200, body: { organisations: [MLSP, IOM] } },
    [`GET /api/reviews/${REVIEW_ID}/members`]: { status: 200, body: { members: [BAT] } },
    [`GET /api/reviews/${REVIEW_ID}/assignments`]: { status: 200, body: { assignments: [LEAD_1A] } },
  });
}

describe('Assignment matrix in French', () => {
  beforeEach(() => todayIs('2099-07-01'));
  afterEach(() => jest.useRealTimers());

  it('names the page, the cells and the legend in French; the names of organisations stay as they are', async () => {
    stubMatrix();
    renderRoute(`/reviews/${REVIEW_ID}/assignments`);
    const matrix = await screen.findByTestId('matrix');

    expect(screen.getByRole('heading', { level: 1, name: 'Tâches' })).toBeInTheDocument();
    expect(within(matrix).getByRole('columnheader', { name: 'Question' })).toBeInTheDocument();
    expect(within(matrix).getByRole('columnheader', { name: 'MLSP' })).toBeInTheDocument();
    expect(within(matrix).getByRole('columnheader', { name: 'Questions 5 à 10' })).toBeInTheDocument();
    const lead = screen.getByTestId('matrix-cell-1a-MLSP');
    expect(lead).toHaveTextContent('CF 1 août');
    // The name starts with what the cell shows, then says it in full, in French.
    expect(within(lead).getByRole('button')).toHaveAccessibleName(
      'CF 1 août : 1a, MLSP : chef de file, en rédaction, échéance le 1 août 2099',
    );
    expect(within(screen.getByTestId('matrix-cell-1a-IOM')).getByRole('button')).toHaveAccessibleName(
      '1a, IOM : vide',
    );
    expect(screen.getByTestId('no-lead-1b')).toHaveTextContent('sans chef de file');
    const legend = screen.getByRole('list', { name: 'Légende' });
    expect(legend).toHaveTextContent('CF chef de file');
    expect(legend).toHaveTextContent('En rédaction');
    expect(screen.getByRole('button', { name: 'Sélectionner plusieurs cases' })).toBeInTheDocument();
  });

  it('writes the assign form and its error summary in French', async () => {
    stubMatrix();
    renderRoute(`/reviews/${REVIEW_ID}/assignments`);
    await screen.findByTestId('matrix');
    fireEvent.click(screen.getByRole('button', { name: 'Question 2a' }));

    const form = screen.getByTestId('assign-form');
    expect(within(form).getByRole('heading', { name: 'Confier la question 2a' })).toHaveFocus();
    expect(within(form).getByLabelText('Échéance')).toHaveAccessibleDescription(
      /Suggestion : 10 août 2099, 21 jours avant l’échéance finale \(31 août 2099\)\./,
    );
    fireEvent.change(within(form).getByLabelText('Échéance'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Confier' }));

    const summary = within(form)
      .getByRole('heading', { name: '2 champs sont à corriger' })
      .closest('section');
    expect(summary).toHaveFocus();
    expect(
      within(summary as HTMLElement).getByRole('link', {
        name: 'Organisation : Choisissez une organisation',
      }),
    ).toBeInTheDocument();
    expect(within(form).getByLabelText('Échéance')).toHaveAccessibleDescription(/Choisissez une échéance/);
  });

  it('counts the ticked cells of the bulk bar in French', async () => {
    stubMatrix();
    renderRoute(`/reviews/${REVIEW_ID}/assignments`);
    await screen.findByTestId('matrix');
    fireEvent.click(screen.getByRole('button', { name: 'Sélectionner plusieurs cases' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner 1b, MLSP' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sélectionner 1c, MLSP' }));

    expect(screen.getByTestId('bulk-count')).toHaveTextContent('2 cases vides et 0 tâche sélectionnée.');
    expect(screen.getByRole('button', { name: 'Confier la sélection (2)' })).toBeInTheDocument();
  });
});
