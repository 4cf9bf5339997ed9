import { fireEvent, screen, within } from '@testing-library/react';
import { todayIs } from '../../../testing/clock';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildFullAssignment,
  buildFullOrganisation,
  buildMember,
  buildReviewDetail,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const MLSP = buildFullOrganisation({ name: 'Ministry of Labour and Social Protection', shortName: 'MLSP' });
const IOM = buildFullOrganisation({ name: 'IOM Mongolia', shortName: 'IOM', type: 'un_entity' });
const BAT = buildMember({ name: 'Bat-Erdene Dorj', organisation: MLSP });
const SARA = buildMember({ name: 'Sarangerel Tsogt', email: 'sara@iom.int.example', organisation: IOM });
const LEAD_1A = buildFullAssignment({
  reviewId: REVIEW_ID,
  organisation: MLSP,
  role: 'lead',
  state: 'drafting',
  dueDate: '2099-08-01',
  version: 4,
  focalPoints: [{ id: BAT.personId, name: BAT.name, email: BAT.email }],
});

function stubMatrix(extra: Parameters<typeof stubFetch>[0] = {}) {
  return stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID, finalDueDate: '2099-08-31', timeZone: 'Asia/Ulaanbaatar' },
        viewer: { role: 'coordinator', organisationId: null },
      }),
    },
    [`GET /api/reviews/${REVIEW_ID}/organisations`]: { status: 200, body: { organisations: [MLSP, IOM] } },
    [`GET /api/reviews/${REVIEW_ID}/members`]: { status: 200, body: { members: [BAT, SARA] } },
    [`GET /api/reviews/${REVIEW_ID}/assignments`]: { status: 200, body: { assignments: [LEAD_1A] } },
    ...extra,
  });
}

async function openMatrix() {
  renderRoute(`/reviews/${REVIEW_ID}/assignments`);
  return screen.findByTestId('matrix');
}

describe('Assignment matrix', () => {
  // The review runs in 2099: due dates up to five years ahead of today are accepted.
  beforeEach(() => todayIs('2099-07-01'));
  afterEach(() => jest.useRealTimers());

  it('shows the 22 questions by cluster against the organisations, with lead/contributing and state', async () => {
    stubMatrix();
    const matrix = await openMatrix();

    expect(within(matrix).getAllByTestId(/^matrix-row-/)).toHaveLength(22);
    expect(within(matrix).getByRole('columnheader', { name: 'MLSP' })).toBeInTheDocument();
    const lead = screen.getByTestId('matrix-cell-1a-MLSP');
    expect(lead).toHaveTextContent('L');
    expect(lead).toHaveAttribute('data-state', 'drafting');
    expect(within(lead).getByRole('button')).toHaveAccessibleName(/1a, MLSP: lead, drafting, due 1 Aug 2099/);
    expect(screen.getByTestId('matrix-cell-1a-IOM')).not.toHaveTextContent(/[LC]/);
    expect(screen.getByTestId('matrix-cell-10-IOM')).toBeInTheDocument();
    expect(within(matrix).getByRole('columnheader', { name: 'Questions 5–10' })).toBeInTheDocument();
  });

  it('shows each cell’s due date, flags overdue cells and the questions no organisation leads', async () => {
    const late = buildFullAssignment({
      reviewId: REVIEW_ID,
      question: { ...LEAD_1A.question, id: '00000000-0000-4000-8000-0000000b1b1b', code: '1b' },
      organisation: IOM,
      role: 'contributing',
      state: 'not_started',
      dueDate: '2099-06-20',
      deadlineStatus: 'overdue',
    });
    stubMatrix({
      [`GET /api/reviews/${REVIEW_ID}/assignments`]: { status: 200, body: { assignments: [LEAD_1A, late] } },
    });
    await openMatrix();

    const onTime = screen.getByTestId('matrix-cell-1a-MLSP');
    expect(onTime).toHaveTextContent('L 1 Aug');
    expect(onTime).not.toHaveTextContent('overdue');
    const overdue = screen.getByTestId('matrix-cell-1b-IOM');
    expect(overdue).toHaveTextContent('C 20 Jun overdue');
    expect(within(overdue).getByRole('button')).toHaveAccessibleName(
      'C 20 Jun overdue: 1b, IOM: contributing, not started, due 20 Jun 2099',
    );
    // 1a has its lead; 1b has only a contributor, 1c nobody: both are flagged.
    expect(screen.queryByTestId('no-lead-1a')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('matrix-row-1b')).getByRole('rowheader')).toHaveTextContent('1bno lead');
    expect(screen.getByTestId('no-lead-1c')).toHaveTextContent('no lead');
  });

  it('puts the bulk form in a bar after the matrix that stays at the bottom of the window', async () => {
    stubMatrix();
    const matrix = await openMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Select several cells' }));
    const bar = screen.getByTestId('bulk-bar');
    expect(bar).toHaveClass('bulk-bar');
    expect(within(bar).getByTestId('bulk-form')).toBeInTheDocument();
    // Sticky at the bottom only works below the content it stays over.
    expect(matrix.compareDocumentPosition(bar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('assigns a question from an empty cell with the suggested due date and the chosen focal point', async () => {
    const fetchMock = stubMatrix({
      [`POST /api/reviews/${REVIEW_ID}/assignments`]: {
        status: 201,
        body: buildFullAssignment({ reviewId: REVIEW_ID, organisation: IOM }),
      },
    });
    await openMatrix();
    fireEvent.click(within(screen.getByTestId('matrix-cell-1b-IOM')).getByRole('button'));

    const form = screen.getByTestId('assign-form');
    expect(within(form).getByRole('heading', { name: 'Assign question 1b' })).toHaveFocus();
    expect(within(form).getByLabelText('Organisation')).toHaveValue(IOM.id);
    expect(within(form).getByLabelText('Role')).toHaveValue('lead');
    // Three weeks before the final deadline of 31 August 2099.
    expect(within(form).getByLabelText('Due date')).toHaveValue('2099-08-10');
    // Only the people of the chosen organisation can be its focal points.
    expect(within(form).queryByLabelText('Bat-Erdene Dorj')).not.toBeInTheDocument();
    fireEvent.click(within(form).getByLabelText('Sarangerel Tsogt'));
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));

    expect(await screen.findByText('Question 1b assigned to IOM.')).toBeInTheDocument();
    expect(sentBody(fetchMock, `POST /api/reviews/${REVIEW_ID}/assignments`)).toEqual({
      questionCode: '1b',
      organisationId: IOM.id,
      role: 'lead',
      dueDate: '2099-08-10',
      focalPointIds: [SARA.personId],
    });
    expect(screen.queryByTestId('assign-form')).not.toBeInTheDocument();
    // The matrix is loaded again to show the new cell.
    expect(callCount(fetchMock, `GET /api/reviews/${REVIEW_ID}/assignments`)).toBe(2);
  });

  it('defaults to a contributing role when the question already has a lead', async () => {
    stubMatrix();
    await openMatrix();
    fireEvent.click(within(screen.getByTestId('matrix-cell-1a-IOM')).getByRole('button'));
    expect(within(screen.getByTestId('assign-form')).getByLabelText('Role')).toHaveValue('contributing');
  });

  it('validates the form before sending: an organisation and a due date are needed', async () => {
    const fetchMock = stubMatrix();
    await openMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Question 2a' }));

    const form = screen.getByTestId('assign-form');
    expect(within(form).getByLabelText('Organisation')).toHaveValue('');
    fireEvent.change(within(form).getByLabelText('Due date'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));

    expect(within(form).getByLabelText('Organisation')).toHaveAccessibleDescription(/Choose an organisation/);
    expect(within(form).getByLabelText('Due date')).toHaveAccessibleDescription(/Choose a due date/);
    // The summary at the top of the form names both fields and takes the focus (WCAG 3.3.1).
    const summary = within(form).getByRole('heading', { name: '2 fields need attention' }).closest('section');
    expect(summary).toHaveFocus();
    expect(
      within(summary as HTMLElement).getByRole('link', { name: 'Organisation: Choose an organisation' }),
    ).toBeInTheDocument();
    expect(callCount(fetchMock, `POST /api/reviews/${REVIEW_ID}/assignments`)).toBe(0);
  });

  it("shows the server's field errors next to the fields", async () => {
    stubMatrix({
      [`POST /api/reviews/${REVIEW_ID}/assignments`]: {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'The assignment is not valid',
          // The final deadline moved meanwhile: the form knew the old one.
          fieldErrors: [
            { path: 'dueDate', message: 'must be on or before the final deadline, 15 August 2099' },
          ],
        },
      },
    });
    await openMatrix();
    fireEvent.click(within(screen.getByTestId('matrix-cell-3c-MLSP')).getByRole('button'));
    const form = screen.getByTestId('assign-form');
    fireEvent.change(within(form).getByLabelText('Due date'), { target: { value: '2099-08-20' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent('The assignment is not valid');
    expect(within(form).getByLabelText('Due date')).toHaveAccessibleDescription(
      /must be on or before the final deadline, 15 August 2099/,
    );
  });

  it('assigns ticked cells in one request with one due date', async () => {
    const fetchMock = stubMatrix({
      [`POST /api/reviews/${REVIEW_ID}/assignments/bulk`]: { status: 201, body: { assignments: [] } },
    });
    await openMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Select several cells' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select 2a, MLSP' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select 2b, IOM' }));
    // An assignment is ticked for its focal points, not opened, while selecting.
    expect(within(screen.getByTestId('matrix-cell-1a-MLSP')).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByTestId('bulk-count')).toHaveTextContent('2 empty cells and 0 assignments selected.');

    const bulk = screen.getByTestId('bulk-form');
    fireEvent.change(within(bulk).getByLabelText('Due date'), { target: { value: '2099-07-31' } });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Assign selected (2)' }));

    expect(await screen.findByText('2 assignments created.')).toBeInTheDocument();
    expect(sentBody(fetchMock, `POST /api/reviews/${REVIEW_ID}/assignments/bulk`)).toEqual({
      items: [
        {
          questionCode: '2a',
          organisationId: MLSP.id,
          role: 'contributing',
          dueDate: '2099-07-31',
          focalPointIds: [],
        },
        {
          questionCode: '2b',
          organisationId: IOM.id,
          role: 'contributing',
          dueDate: '2099-07-31',
          focalPointIds: [],
        },
      ],
      focalPoints: [],
    });
  });

  it('ticks a whole column or row with the box by its name, and unticks it again', async () => {
    stubMatrix();
    await openMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Select several cells' }));

    const column = screen.getByRole('checkbox', { name: 'Select every cell of IOM' });
    fireEvent.click(column);
    // 22 questions, none assigned to IOM yet.
    expect(screen.getByTestId('bulk-count')).toHaveTextContent('22 empty cells and 0 assignments selected.');
    expect(column).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select 5, IOM' })).toBeChecked();

    // Row 1a: its MLSP assignment joins; IOM's 1a was ticked already.
    const row = screen.getByRole('checkbox', { name: 'Select every cell of question 1a' });
    expect(row).not.toBeChecked();
    expect((row as HTMLInputElement).indeterminate).toBe(true);
    fireEvent.click(row);
    expect(screen.getByTestId('bulk-count')).toHaveTextContent('22 empty cells and 1 assignment selected.');
    expect(screen.getByRole('checkbox', { name: /^Select L 1 Aug: 1a, MLSP: lead, drafting/ })).toBeChecked();

    fireEvent.click(column);
    expect(screen.getByTestId('bulk-count')).toHaveTextContent('0 empty cells and 1 assignment selected.');
    // Part of the row is ticked: its box ticks the rest first, then unticks the whole row.
    fireEvent.click(row);
    expect(screen.getByTestId('bulk-count')).toHaveTextContent('1 empty cell and 1 assignment selected.');
    fireEvent.click(row);
    expect(screen.getByTestId('bulk-count')).toHaveTextContent('0 empty cells and 0 assignments selected.');
  });

  it('adds focal points to ticked assignments and gives them to new ones, in the same request', async () => {
    const contributing2a = buildFullAssignment({
      reviewId: REVIEW_ID,
      question: { ...LEAD_1A.question, id: '00000000-0000-4000-8000-0000000b2a2a', code: '2a' },
      organisation: IOM,
      role: 'contributing',
      state: 'not_started',
      version: 2,
      focalPoints: [],
    });
    const ANNA = buildMember({ name: 'Anna Bold', email: 'anna@mlsp.mn.example', organisation: MLSP });
    const fetchMock = stubMatrix({
      [`GET /api/reviews/${REVIEW_ID}/assignments`]: {
        status: 200,
        body: { assignments: [LEAD_1A, contributing2a] },
      },
      [`GET /api/reviews/${REVIEW_ID}/members`]: { status: 200, body: { members: [BAT, SARA, ANNA] } },
      [`POST /api/reviews/${REVIEW_ID}/assignments/bulk`]: { status: 201, body: { assignments: [] } },
    });
    await openMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Select several cells' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Select L 1 Aug: 1a, MLSP/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Select C .*: 2a, IOM/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select 3a, IOM' }));

    const bulk = screen.getByTestId('bulk-form');
    // Only the organisations of the ticked cells, each with its own people.
    const mlsp = within(bulk).getByRole('group', { name: 'Focal points for MLSP' });
    const iom = within(bulk).getByRole('group', { name: 'Focal points for IOM' });
    expect(
      within(mlsp)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent?.trim()),
    ).toEqual([BAT.name, ANNA.name]);
    fireEvent.click(within(mlsp).getByRole('checkbox', { name: ANNA.name }));
    fireEvent.click(within(iom).getByRole('checkbox', { name: SARA.name }));
    fireEvent.click(within(bulk).getByRole('button', { name: 'Assign and add focal points (3)' }));

    expect(
      await screen.findByText('1 assignment created; focal points added to 2 assignments.'),
    ).toBeInTheDocument();
    expect(sentBody(fetchMock, `POST /api/reviews/${REVIEW_ID}/assignments/bulk`)).toEqual({
      items: [
        {
          questionCode: '3a',
          organisationId: IOM.id,
          role: 'contributing',
          dueDate: expect.any(String),
          focalPointIds: [SARA.personId],
        },
      ],
      // Added to the focal points each assignment has, at the version the matrix loaded.
      focalPoints: [
        { assignmentId: LEAD_1A.id, version: 4, focalPointIds: [BAT.personId, ANNA.personId] },
        { assignmentId: contributing2a.id, version: 2, focalPointIds: [SARA.personId] },
      ],
    });
  });

  it('says what to do when ticked assignments get no new focal point', async () => {
    const fetchMock = stubMatrix();
    await openMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Select several cells' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /^Select L 1 Aug: 1a, MLSP/ }));
    const bulk = screen.getByTestId('bulk-form');
    // Bat is the focal point already: ticking him adds nothing.
    fireEvent.click(within(bulk).getByRole('checkbox', { name: BAT.name }));
    fireEvent.click(within(bulk).getByRole('button', { name: 'Add focal points (1)' }));
    expect(await within(bulk).findByRole('alert')).toHaveTextContent(
      'Tick the focal points to add to the selected assignments',
    );
    expect(callCount(fetchMock, `POST /api/reviews/${REVIEW_ID}/assignments/bulk`)).toBe(0);
  });

  it('changes an assignment with the version it was loaded at, and explains a 409', async () => {
    const fetchMock = stubMatrix({
      [`PATCH /api/assignments/${LEAD_1A.id}`]: {
        status: 409,
        body: { statusCode: 409, code: 'CONFLICT', message: 'The assignment was changed by L. Munkhtushig.' },
      },
    });
    await openMatrix();
    fireEvent.click(within(screen.getByTestId('matrix-cell-1a-MLSP')).getByRole('button'));

    const form = screen.getByTestId('assign-form');
    expect(within(form).getByLabelText('Due date')).toHaveValue('2099-08-01');
    expect(within(form).getByLabelText('Bat-Erdene Dorj')).toBeChecked();
    fireEvent.change(within(form).getByLabelText('Due date'), { target: { value: '2099-08-15' } });
    fireEvent.change(within(form).getByLabelText('Organisation'), { target: { value: IOM.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this assignment');
    expect(alert).toHaveTextContent('The assignment was changed by L. Munkhtushig.');
    // Reassigning drops the focal points of the other organisation.
    expect(sentBody(fetchMock, `PATCH /api/assignments/${LEAD_1A.id}`)).toEqual({
      version: 4,
      dueDate: '2099-08-15',
      organisationId: IOM.id,
      focalPointIds: [],
    });
  });

  it('refuses a due date the API would refuse, says why at the field, and sends nothing', async () => {
    const fetchMock = stubMatrix();
    await openMatrix();
    fireEvent.click(within(screen.getByTestId('matrix-cell-2a-IOM')).getByRole('button'));

    const form = screen.getByTestId('assign-form');
    const dueDate = within(form).getByLabelText('Due date');
    expect(dueDate).toHaveAttribute('min', '2000-01-01');
    // The final deadline (31 August 2099) comes before five years ahead: no later day is offered.
    expect(dueDate).toHaveAttribute('max', '2099-08-31');
    expect(dueDate).not.toHaveAttribute('aria-invalid');
    fireEvent.change(dueDate, { target: { value: '2099-09-01' } });
    expect(dueDate).toHaveAccessibleDescription(/must be on or before the final deadline, 31 August 2099$/);
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(callCount(fetchMock, `POST /api/reviews/${REVIEW_ID}/assignments`)).toBe(0);
    fireEvent.change(dueDate, { target: { value: '2104-07-02' } });
    expect(dueDate).toHaveAttribute('aria-invalid', 'true');
    expect(dueDate).toHaveAccessibleDescription(/must be between 2000-01-01 and 2104-07-01/);
    fireEvent.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(callCount(fetchMock, `POST /api/reviews/${REVIEW_ID}/assignments`)).toBe(0);

    fireEvent.click(within(screen.getByTestId('matrix-cell-1a-MLSP')).getByRole('button'));
    const edit = screen.getByTestId('assign-form');
    fireEvent.change(within(edit).getByLabelText('Due date'), { target: { value: '1999-12-31' } });
    fireEvent.click(within(edit).getByRole('button', { name: 'Save changes' }));
    expect(within(edit).getByLabelText('Due date')).toHaveAccessibleDescription(
      /must be between 2000-01-01 and 2104-07-01/,
    );
    expect(callCount(fetchMock, `PATCH /api/assignments/${LEAD_1A.id}`)).toBe(0);
  });

  it('refuses a bulk due date out of range before sending', async () => {
    const fetchMock = stubMatrix();
    await openMatrix();
    fireEvent.click(screen.getByRole('button', { name: 'Select several cells' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select 2a, MLSP' }));

    const bulk = screen.getByTestId('bulk-form');
    const dueDate = within(bulk).getByLabelText('Due date');
    expect(dueDate).toHaveAttribute('max', '2099-08-31');
    fireEvent.change(dueDate, { target: { value: '2110-01-01' } });
    fireEvent.click(within(bulk).getByRole('button', { name: 'Assign selected (1)' }));
    expect(dueDate).toHaveAttribute('aria-invalid', 'true');
    expect(dueDate).toHaveAccessibleDescription(/must be between 2000-01-01 and 2104-07-01/);
    expect(callCount(fetchMock, `POST /api/reviews/${REVIEW_ID}/assignments/bulk`)).toBe(0);
  });

  it('tells someone who is not the coordinator that the page is not for them', async () => {
    stubFetch({
      ...signedIn(),
      [`GET /api/reviews/${REVIEW_ID}`]: {
        status: 200,
        body: buildReviewDetail({
          summary: { id: REVIEW_ID },
          viewer: { role: 'contributor', organisationId: MLSP.id },
        }),
      },
    });
    renderRoute(`/reviews/${REVIEW_ID}/assignments`);
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the coordinator can use this page');
    expect(screen.queryByTestId('matrix')).not.toBeInTheDocument();
  });
});
