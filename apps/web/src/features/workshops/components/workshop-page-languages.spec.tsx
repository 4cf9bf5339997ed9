import type { TWorkshop } from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import {
  buildCurrentPerson,
  buildFullOrganisation,
  buildMember,
  buildReviewDetail,
  buildWorkshop,
} from '../../../testing/fixtures';
import { callCount, renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const WORKSHOP_ID = '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f';
const WORKSHOP = `/api/workshops/${WORKSHOP_ID}`;

const MFA = buildFullOrganisation({ name: 'Ministry of Foreign Affairs of Mongolia', shortName: 'MFA' });
const IOM = buildFullOrganisation({ name: 'IOM Mongolia', shortName: 'IOM', type: 'un_entity' });
const MLSP = buildFullOrganisation();
const FOCAL_POINT = buildMember({ name: 'Bat-Erdene Dorj', organisation: MLSP });

function workshop(overrides: Partial<TWorkshop> = {}): TWorkshop {
  return buildWorkshop({
    id: WORKSHOP_ID,
    reviewId: REVIEW_ID,
    organisers: [MFA, IOM],
    attendance: {
      byType: [{ type: 'un_entity', organisations: 1, people: 2 }],
      organisations: 1,
      people: 2,
      text: '1 UN entity',
    },
    participants: [
      {
        id: '11111111-2222-4333-8444-555555555555',
        organisation: IOM,
        person: null,
        name: 'T. Delger',
        invited: true,
        attended: true,
      },
    ],
    actionItems: [
      {
        id: '22222222-3333-4444-8555-666666666666',
        text: 'Draft ToRs for the UN Network on Migration in Mongolia',
        ownerOrganisation: IOM,
        dueDate: '2020-11-15',
        state: 'open',
        version: 1,
      },
    ],
    ...overrides,
  });
}

function openWorkshop(role: 'coordinator' | 'stakeholder', locale: 'es' | 'zh') {
  const fetchMock = stubFetch({
    ...signedIn(buildCurrentPerson({ locale })),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({ summary: { id: REVIEW_ID }, viewer: { role, organisationId: null } }),
    },
    [`GET ${WORKSHOP}`]: { status: 200, body: workshop() },
    [`GET /api/reviews/${REVIEW_ID}/organisations`]: {
      status: 200,
      body: { organisations: [MFA, IOM, MLSP] },
    },
    [`GET /api/reviews/${REVIEW_ID}/members`]: { status: 200, body: { members: [FOCAL_POINT] } },
  });
  renderRoute(`/workshops/${WORKSHOP_ID}`);
  return { fetchMock };
}

describe('Workshop page in the person’s language', () => {
  it('shows the coordinator’s forms in Spanish, dates on the review’s clock, and the error summary', async () => {
    const { fetchMock } = openWorkshop('coordinator', 'es');
    const details = await screen.findByRole('form', { name: 'Datos del taller' });
    expect(screen.getByRole('link', { name: '← Todos los talleres' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/workshops`,
    );
    // 01:00 UTC is 09:00 in Ulaanbaatar, written as Spanish writes dates.
    const lead = screen.getByText('19 oct 2020, 09:00');
    expect(lead).toHaveAttribute('dateTime', '2020-10-19T01:00:00.000Z');
    expect(lead.parentElement).toHaveTextContent('(Asia/Ulaanbaatar) · Presencial · Ulaanbaatar');
    expect(screen.getByRole('heading', { level: 2, name: 'Asistencia' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Entidad de las Naciones Unidas' })).toBeInTheDocument();
    expect(within(details).getByLabelText('Inicio (Asia/Ulaanbaatar)')).toHaveValue('2020-10-19T09:00');
    expect(within(details).getByRole('button', { name: 'Guardar el taller' })).toBeInTheDocument();

    const item = screen.getByTestId('action-item');
    expect(within(item).getByLabelText('Estado de la medida de seguimiento 1')).toHaveDisplayValue(
      'Pendiente',
    );
    expect(screen.getByRole('form', { name: 'Nueva medida de seguimiento' })).toBeInTheDocument();

    const division = screen.getByTestId('division-of-labour');
    expect(
      within(division).getByRole('heading', { name: 'Convertir la división del trabajo en tareas' }),
    ).toBeInTheDocument();
    fireEvent.change(within(division).getByLabelText('Pregunta 7, IOM'), { target: { value: 'lead' } });
    expect(within(division).getByLabelText('Pregunta 7, IOM')).toHaveDisplayValue('Responsable principal');
    expect(within(division).getByRole('button', { name: 'Crear las tareas (1)' })).toBeInTheDocument();

    // A participant without an organisation: the summary says so in Spanish and takes the focus.
    const participants = screen.getByRole('form', { name: 'Participantes' });
    fireEvent.click(within(participants).getByRole('button', { name: 'Añadir un participante' }));
    fireEvent.click(within(participants).getByRole('button', { name: 'Guardar los participantes' }));
    const summary = within(participants).getByRole('region', { name: 'Hay que corregir un campo' });
    expect(summary).toHaveFocus();
    fireEvent.click(
      within(summary).getByRole('link', { name: 'Organización del participante 2: Elija una organización' }),
    );
    expect(within(participants).getByLabelText('Organización del participante 2')).toHaveFocus();
    expect(callCount(fetchMock, `PUT ${WORKSHOP}/participants`)).toBe(0);
  });

  it('shows the workshop read-only in Chinese, with Chinese dates and lists', async () => {
    openWorkshop('stakeholder', 'zh');
    expect(await screen.findByRole('heading', { level: 2, name: '详细信息' })).toBeInTheDocument();
    expect(screen.getByText('时间（Asia/Ulaanbaatar）')).toBeInTheDocument();
    expect(screen.getAllByText('2020年10月19日 09:00')[0]).toHaveAttribute(
      'dateTime',
      '2020-10-19T01:00:00.000Z',
    );
    expect(screen.getByText('MFA、IOM')).toBeInTheDocument();
    expect(screen.getByText('尚无会议纪要。')).toBeInTheDocument();
    const participant = screen.getByTestId('participant-row');
    expect(participant).toHaveTextContent('T. Delger');
    expect(within(participant).getAllByText('是')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2, name: '后续行动' })).toBeInTheDocument();
    const item = screen.getByTestId('action-item');
    expect(item).toHaveTextContent('2020年11月15日');
    expect(item).toHaveTextContent('进行中');
  });
});
