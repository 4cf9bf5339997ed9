import type { TWorkshop } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { todayIs } from '../../../testing/clock';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import {
  buildAssignment,
  buildFullAssignment,
  buildFullOrganisation,
  buildMember,
  buildReviewDetail,
  buildWorkshop,
} from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

/** The review's final deadline, after every date these tests pick for its assignments. */
const FINAL_DEADLINE = '2030-12-31';
const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const WORKSHOP_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const WORKSHOP = `/api/workshops/${WORKSHOP_ID}`;

const MFA = buildFullOrganisation({ name: 'Ministry of Foreign Affairs of Mongolia', shortName: 'MFA' });
const IOM = buildFullOrganisation({ name: 'IOM Mongolia', shortName: 'IOM', type: 'un_entity' });
const MLSP = buildFullOrganisation();
const FOCAL_POINT = buildMember({ name: 'Bat-Erdene Dorj', organisation: MLSP });

const ATTENDED: TWorkshop['attendance'] = {
  byType: [
    { type: 'ministry_agency', organisations: 7, people: 9 },
    { type: 'un_entity', organisations: 9, people: 11 },
    { type: 'ngo', organisations: 1, people: 1 },
  ],
  organisations: 17,
  people: 21,
  text: 'Attended by representatives of 7 governmental institutions, 9 UN entities and 1 NGO.',
};

function workshop(overrides: Partial<TWorkshop> = {}): TWorkshop {
  return buildWorkshop({ id: WORKSHOP_ID, reviewId: REVIEW_ID, organisers: [MFA, IOM], ...overrides });
}

function openWorkshop(
  role: 'coordinator' | 'stakeholder',
  answers: Record<string, StubbedAnswer> = {},
  review = buildReviewDetail({
    summary: { id: REVIEW_ID, finalDueDate: FINAL_DEADLINE },
    viewer: { role, organisationId: null },
  }),
) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: { status: 200, body: review },
    [`GET ${WORKSHOP}`]: { status: 200, body: workshop({ attendance: ATTENDED }) },
    [`GET /api/reviews/${REVIEW_ID}/organisations`]: {
      status: 200,
      body: { organisations: [MFA, IOM, MLSP] },
    },
    [`GET /api/reviews/${REVIEW_ID}/members`]: { status: 200, body: { members: [FOCAL_POINT] } },
    ...answers,
  });
  renderRoute(`/workshops/${WORKSHOP_ID}`);
  return { fetchMock };
}

describe('Workshop page', () => {
  it('shows the attendance summary, details and participants to every member, read-only', async () => {
    openWorkshop('stakeholder', {
      [`GET ${WORKSHOP}`]: {
        status: 200,
        body: workshop({
          attendance: ATTENDED,
          outcomes: 'A preliminary list of 12 priority GCM objectives.',
          participants: [
            {
              id: '11111111-2222-4333-8444-555555555555',
              organisation: MLSP,
              person: { id: FOCAL_POINT.personId, name: FOCAL_POINT.name, email: FOCAL_POINT.email },
              name: null,
              invited: true,
              attended: true,
            },
          ],
        }),
      },
    });
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Workshop on the Review of the Implementation of the GCM',
      }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('attendance-summary')).toHaveTextContent(
      'Attended by representatives of 7 governmental institutions, 9 UN entities and 1 NGO.',
    );
    expect(screen.getAllByText('19 Oct 2020, 09:00')[0]).toHaveAttribute(
      'dateTime',
      '2020-10-19T01:00:00.000Z',
    );
    expect(screen.getByText('A preliminary list of 12 priority GCM objectives.')).toBeInTheDocument();
    expect(screen.getByText('MFA, IOM')).toBeInTheDocument();
    const row = screen.getByTestId('participant-row');
    expect(row).toHaveTextContent('Bat-Erdene Dorj');
    expect(screen.queryByRole('form', { name: 'Workshop details' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('division-of-labour')).not.toBeInTheDocument();
  });

  it('saves the participants with the version and shows the new attendance summary', async () => {
    const saved = workshop({
      version: 2,
      attendance: {
        ...ATTENDED,
        text: 'Attended by representatives of 1 governmental institution and 1 UN entity.',
      },
    });
    const { fetchMock } = openWorkshop('coordinator', {
      [`GET ${WORKSHOP}`]: { status: 200, body: workshop() },
      [`PUT ${WORKSHOP}/participants`]: { status: 200, body: saved },
    });
    expect(await screen.findByTestId('attendance-summary')).toHaveTextContent(
      'Nobody is recorded as attending yet.',
    );
    const form = await screen.findByRole('form', { name: 'Participants' });

    fireEvent.click(within(form).getByRole('button', { name: 'Add participant' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add participant' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save the participants' }));
    expect(within(form).getByLabelText('Organisation of participant 1')).toHaveAccessibleDescription(
      'Choose an organisation',
    );
    expect(callCount(fetchMock, `PUT ${WORKSHOP}/participants`)).toBe(0);

    fireEvent.change(within(form).getByLabelText('Organisation of participant 1'), {
      target: { value: MLSP.id },
    });
    fireEvent.change(within(form).getByLabelText('Person of participant 1'), {
      target: { value: FOCAL_POINT.personId },
    });
    fireEvent.click(within(form).getByLabelText('Attended: participant 1'));
    fireEvent.change(within(form).getByLabelText('Organisation of participant 2'), {
      target: { value: IOM.id },
    });
    fireEvent.change(within(form).getByLabelText('Delegate name of participant 2'), {
      target: { value: ' T. Delger ' },
    });
    fireEvent.click(within(form).getByLabelText('Invited: participant 2'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save the participants' }));

    expect(await screen.findByText('Participants saved.')).toBeInTheDocument();
    expect(sentBody(fetchMock, `PUT ${WORKSHOP}/participants`)).toEqual({
      version: 1,
      participants: [
        {
          organisationId: MLSP.id,
          personId: FOCAL_POINT.personId,
          name: null,
          invited: true,
          attended: true,
        },
        { organisationId: IOM.id, personId: null, name: 'T. Delger', invited: false, attended: false },
      ],
    });
    expect(screen.getByTestId('attendance-summary')).toHaveTextContent(
      'Attended by representatives of 1 governmental institution and 1 UN entity.',
    );
  });

  it('saves only the changed details with the version, the agenda as a list', async () => {
    const { fetchMock } = openWorkshop('coordinator', {
      [`PATCH ${WORKSHOP}`]: { status: 200, body: workshop({ version: 2, minutes: 'Opened by the MFA.' }) },
    });
    const form = await screen.findByRole('form', { name: 'Workshop details' });
    expect(within(form).getByLabelText('Starts (Asia/Ulaanbaatar)')).toHaveValue('2020-10-19T09:00');
    fireEvent.click(within(form).getByRole('button', { name: 'Add an agenda item' }));
    fireEvent.change(within(form).getByLabelText('Agenda item 2'), {
      target: { value: 'To conduct a prioritization exercise' },
    });
    fireEvent.change(within(form).getByLabelText('Minutes'), { target: { value: 'Opened by the MFA.' } });
    fireEvent.change(within(form).getByLabelText('Starts (Asia/Ulaanbaatar)'), {
      target: { value: '2020-10-19T10:00' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the workshop' }));

    expect(await within(form).findByText('Workshop saved.')).toBeInTheDocument();
    expect(sentBody(fetchMock, `PATCH ${WORKSHOP}`)).toEqual({
      version: 1,
      startsAt: '2020-10-19T10:00:00+08:00',
      agenda: [
        'To review the GCM objectives and discuss its implementation in Mongolia',
        'To conduct a prioritization exercise',
      ],
      minutes: 'Opened by the MFA.',
    });
  });

  it('adds an action item and changes its state', async () => {
    const item = {
      id: '22222222-3333-4444-8555-666666666666',
      text: 'Draft ToRs for the UN Network on Migration in Mongolia',
      ownerOrganisation: IOM,
      dueDate: '2020-11-15',
      state: 'open' as const,
      version: 1,
    };
    let items: TWorkshop['actionItems'] = [];
    const { fetchMock } = openWorkshop('coordinator', {
      [`GET ${WORKSHOP}`]: () => ({ status: 200, body: workshop({ actionItems: items }) }),
      [`POST ${WORKSHOP}/action-items`]: () => {
        items = [item];
        return { status: 201, body: item };
      },
      [`PATCH /api/action-items/${item.id}`]: () => {
        items = [{ ...item, state: 'done', version: 2 }];
        return { status: 200, body: items[0] };
      },
    });
    const form = await screen.findByRole('form', { name: 'New action item' });
    fireEvent.change(within(form).getByLabelText('Action item'), { target: { value: item.text } });
    fireEvent.change(within(form).getByLabelText('Owner'), { target: { value: IOM.id } });
    fireEvent.change(within(form).getByLabelText(/^Due date/), { target: { value: '2020-11-15' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add the action item' }));

    const row = await screen.findByTestId('action-item');
    expect(sentBody(fetchMock, `POST ${WORKSHOP}/action-items`)).toEqual({
      text: item.text,
      ownerOrganisationId: IOM.id,
      dueDate: '2020-11-15',
    });
    fireEvent.change(within(row).getByLabelText('State of action item 1'), { target: { value: 'done' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Save action item 1' }));
    expect(await within(row).findByText('Saved.')).toBeInTheDocument();
    expect(sentBody(fetchMock, `PATCH /api/action-items/${item.id}`)).toEqual({ version: 1, state: 'done' });
  });

  describe('due dates the API would refuse', () => {
    beforeEach(() => todayIs('2026-11-28'));
    afterEach(() => jest.useRealTimers());

    it('are refused for a new action item and for a listed one, at the field', async () => {
      const item = {
        id: '22222222-3333-4444-8555-666666666666',
        text: 'Draft ToRs for the UN Network on Migration in Mongolia',
        ownerOrganisation: IOM,
        dueDate: '2020-11-15',
        state: 'open' as const,
        version: 1,
      };
      const { fetchMock } = openWorkshop('coordinator', {
        [`GET ${WORKSHOP}`]: { status: 200, body: workshop({ actionItems: [item] }) },
      });
      const form = await screen.findByRole('form', { name: 'New action item' });
      fireEvent.change(within(form).getByLabelText('Action item'), { target: { value: item.text } });
      const dueDate = within(form).getByLabelText(/^Due date/);
      expect(dueDate).toHaveAttribute('max', '2031-11-28');
      fireEvent.change(dueDate, { target: { value: '2031-11-29' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Add the action item' }));
      expect(dueDate).toHaveAttribute('aria-invalid', 'true');
      expect(dueDate).toHaveAccessibleDescription(/must be between 2000-01-01 and 2031-11-28/);
      expect(callCount(fetchMock, `POST ${WORKSHOP}/action-items`)).toBe(0);

      const row = screen.getByTestId('action-item');
      const rowDate = within(row).getByLabelText('Due date of action item 1');
      expect(rowDate).toHaveAttribute('min', '2000-01-01');
      fireEvent.change(rowDate, { target: { value: '1999-01-01' } });
      fireEvent.click(within(row).getByRole('button', { name: 'Save action item 1' }));
      expect(rowDate).toHaveAttribute('aria-invalid', 'true');
      expect(rowDate).toHaveAccessibleDescription(/must be between 2000-01-01 and 2031-11-28/);
      expect(callCount(fetchMock, `PATCH /api/action-items/${item.id}`)).toBe(0);
    });

    it('are refused for the division of labour before anything is created', async () => {
      const { fetchMock } = openWorkshop('coordinator');
      const section = await screen.findByTestId('division-of-labour');
      fireEvent.change(within(section).getByLabelText('Question 7, IOM'), { target: { value: 'lead' } });
      const dueDate = within(section).getByLabelText('Due date of these assignments');
      // No assignment is due after the review's final deadline.
      expect(dueDate).toHaveAttribute('max', FINAL_DEADLINE);
      fireEvent.change(dueDate, { target: { value: '2040-01-01' } });
      fireEvent.click(within(section).getByRole('button', { name: 'Create the assignments (1)' }));
      expect(dueDate).toHaveAttribute('aria-invalid', 'true');
      expect(dueDate).toHaveAccessibleDescription(/must be between 2000-01-01 and 2031-11-28/);
      expect(callCount(fetchMock, `POST ${WORKSHOP}/division-of-labour`)).toBe(0);
    });
  });

  it('turns the division of labour into assignments and says how many were created', async () => {
    const review = buildReviewDetail({
      summary: { id: REVIEW_ID, finalDueDate: FINAL_DEADLINE },
      viewer: { role: 'coordinator', organisationId: null },
      assignments: { '1a': [buildAssignment({ organisation: MLSP, role: 'lead' })] },
    });
    const { fetchMock } = openWorkshop(
      'coordinator',
      {
        [`POST ${WORKSHOP}/division-of-labour`]: {
          status: 201,
          body: { assignments: [buildFullAssignment(), buildFullAssignment()] },
        },
      },
      review,
    );
    const section = await screen.findByTestId('division-of-labour');
    // The organisers are the columns (nobody else is recorded as taking part).
    expect(within(section).queryByLabelText('Question 1b, MLSP')).not.toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: /^Create the assignments/ }));
    expect(within(section).getByTestId('division-problems')).toHaveTextContent(
      'Choose lead or contributing in at least one cell of the matrix.',
    );

    fireEvent.change(within(section).getByLabelText('Question 1a, MFA'), {
      target: { value: 'contributing' },
    });
    fireEvent.change(within(section).getByLabelText('Question 7, IOM'), { target: { value: 'lead' } });
    fireEvent.change(within(section).getByLabelText('Due date of these assignments'), {
      target: { value: '2020-11-10' },
    });
    fireEvent.click(within(section).getByRole('button', { name: 'Create the assignments (2)' }));
    expect(await within(section).findByTestId('division-created')).toHaveTextContent(
      '2 assignments created.',
    );
    expect(sentBody(fetchMock, `POST ${WORKSHOP}/division-of-labour`)).toEqual({
      items: [
        { questionCode: '1a', organisationId: MFA.id, role: 'contributing' },
        { questionCode: '7', organisationId: IOM.id, role: 'lead' },
      ],
      dueDate: '2020-11-10',
    });
  });

  it('names the refused cells the server reports', async () => {
    openWorkshop('coordinator', {
      [`POST ${WORKSHOP}/division-of-labour`]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'Some questions are assigned already.',
          fieldErrors: [{ path: 'items.0', message: 'is assigned to this organisation already' }],
        },
      },
    });
    const section = await screen.findByTestId('division-of-labour');
    fireEvent.change(within(section).getByLabelText('Question 2b, IOM'), { target: { value: 'lead' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Create the assignments (1)' }));
    const problems = await within(section).findByTestId('division-problems');
    expect(problems).toHaveTextContent('Some questions are assigned already.');
    expect(problems).toHaveTextContent('Question 2b, IOM: is assigned to this organisation already');
  });
});
