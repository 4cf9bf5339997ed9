import { fireEvent, screen, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import { buildFullOrganisation, buildReviewDetail, buildWorkshop } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const WORKSHOPS = `/api/reviews/${REVIEW_ID}/workshops`;
const MFA = buildFullOrganisation({ name: 'Ministry of Foreign Affairs of Mongolia', shortName: 'MFA' });
const IOM = buildFullOrganisation({ name: 'IOM Mongolia', shortName: 'IOM', type: 'un_entity' });

function summary(workshop: ReturnType<typeof buildWorkshop>) {
  const { id, title, startsAt, mode, place, attendance } = workshop;
  return { id, title, startsAt, mode, place, attendance };
}

function openWorkshops(
  role: 'coordinator' | 'observer',
  answers: Record<string, StubbedAnswer> = {},
  mapQuestion?: NonNullable<Parameters<typeof buildReviewDetail>[0]>['mapQuestion'],
) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET /api/reviews/${REVIEW_ID}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID },
        viewer: { role, organisationId: null },
        ...(mapQuestion ? { mapQuestion } : {}),
      }),
    },
    [`GET ${WORKSHOPS}`]: { status: 200, body: { workshops: [] } },
    [`GET /api/reviews/${REVIEW_ID}/organisations`]: { status: 200, body: { organisations: [MFA, IOM] } },
    ...answers,
  });
  const rendered = renderRoute(`/reviews/${REVIEW_ID}/workshops`);
  return { fetchMock, ...rendered };
}

describe('Workshops tab', () => {
  it('lists the workshops by date with mode, place and attendance, for every member', async () => {
    const october = buildWorkshop({
      attendance: {
        byType: [],
        organisations: 17,
        people: 21,
        text: '7 governmental institutions, 9 UN entities and 1 NGO',
      },
    });
    const online = buildWorkshop({
      title: 'Validation meeting',
      startsAt: '2020-11-20T02:00:00.000Z',
      mode: 'online',
      place: '',
    });
    openWorkshops('observer', {
      [`GET ${WORKSHOPS}`]: { status: 200, body: { workshops: [summary(online), summary(october)] } },
    });
    const rows = await screen.findAllByTestId('workshop-row');
    const [first, second] = rows as [HTMLElement, HTMLElement];
    expect(first).toHaveTextContent('19 Oct 2020, 09:00');
    expect(within(first).getByRole('link', { name: october.title })).toHaveAttribute(
      'href',
      `/workshops/${october.id}`,
    );
    expect(first).toHaveTextContent('In person · Ulaanbaatar');
    expect(first).toHaveTextContent('7 governmental institutions, 9 UN entities and 1 NGO');
    expect(second).toHaveTextContent('20 Nov 2020, 10:00');
    expect(second).toHaveTextContent('Online');
    expect(second).toHaveTextContent('No attendance recorded');
    expect(screen.queryByRole('form', { name: 'New workshop' })).not.toBeInTheDocument();
    const sections = screen.getByRole('navigation', { name: 'Review sections' });
    expect(within(sections).getByRole('link', { name: 'Workshops' })).toHaveAttribute('aria-current', 'page');
    expect(within(sections).getByRole('link', { name: 'Votes' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/votes`,
    );
  });

  it('lets the coordinator record a workshop in the review time zone, then opens it', async () => {
    const created = buildWorkshop({ reviewId: REVIEW_ID, organisers: [MFA, IOM] });
    const { fetchMock, router } = openWorkshops('coordinator', {
      [`POST ${WORKSHOPS}`]: { status: 201, body: created },
      [`GET /api/workshops/${created.id}`]: { status: 200, body: created },
      [`GET /api/reviews/${REVIEW_ID}/members`]: { status: 200, body: { members: [] } },
    });
    const form = await screen.findByRole('form', { name: 'New workshop' });
    await within(form).findByLabelText(/^IOM Mongolia/);
    fireEvent.click(within(form).getByRole('button', { name: 'Create the workshop' }));
    expect(within(form).getByLabelText('Title')).toHaveAccessibleDescription(/is required/);
    expect(within(form).getByLabelText('Starts (Asia/Ulaanbaatar)')).toHaveAccessibleDescription(
      /must be a date and time/,
    );
    expect(callCount(fetchMock, `POST ${WORKSHOPS}`)).toBe(0);
    // The summary at the top of the form names both fields and takes the focus (WCAG 3.3.1).
    const summary = within(form).getByRole('region', { name: '2 fields need attention' });
    expect(summary).toHaveFocus();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([expect.stringMatching(/^Title: /), expect.stringMatching(/^Starts \(Asia\/Ulaanbaatar\): /)]);
    fireEvent.click(within(summary).getByRole('link', { name: /^Title: / }));
    expect(within(form).getByLabelText('Title')).toHaveFocus();

    fireEvent.change(within(form).getByLabelText('Title'), { target: { value: created.title } });
    fireEvent.change(within(form).getByLabelText('Starts (Asia/Ulaanbaatar)'), {
      target: { value: '2020-10-19T09:00' },
    });
    fireEvent.change(within(form).getByLabelText('Place'), { target: { value: 'Ulaanbaatar' } });
    fireEvent.click(within(form).getByLabelText(/^Ministry of Foreign Affairs of Mongolia/));
    fireEvent.click(within(form).getByLabelText(/^IOM Mongolia/));
    fireEvent.click(within(form).getByRole('button', { name: 'Create the workshop' }));

    expect(await screen.findByRole('heading', { level: 1, name: created.title })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/workshops/${created.id}`);
    expect(sentBody(fetchMock, `POST ${WORKSHOPS}`)).toEqual({
      title: created.title,
      startsAt: '2020-10-19T09:00:00+08:00',
      mode: 'in_person',
      place: 'Ulaanbaatar',
      agenda: [],
      minutes: '',
      outcomes: '',
      organiserIds: [MFA.id, IOM.id],
    });
  });

  it("drafts the review's methodology question (question 9 of the 2020 survey) from the workshops", async () => {
    const workshop = buildWorkshop({ reviewId: REVIEW_ID });
    openWorkshops('coordinator', {
      [`GET ${WORKSHOPS}`]: { status: 200, body: { workshops: [summary(workshop)] } },
      [`GET /api/reviews/${REVIEW_ID}/methodology-draft`]: {
        status: 200,
        body: { body: 'The review was prepared by the Ministry of Foreign Affairs.' },
      },
    });
    expect(await screen.findByRole('heading', { name: 'Question 9: methodology' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Draft question 9 from the workshops' }));
    expect(await screen.findByTestId('methodology-draft')).toHaveTextContent(
      'The review was prepared by the Ministry of Foreign Affairs.',
    );
  });

  it('names the methodology question by its code in the review, and shows no card when there is none', async () => {
    const workshop = buildWorkshop({ reviewId: REVIEW_ID });
    const workshops = { [`GET ${WORKSHOPS}`]: { status: 200, body: { workshops: [summary(workshop)] } } };
    const first = openWorkshops('coordinator', workshops, (question) =>
      question.code === '9' ? { ...question, code: 'M1' } : question,
    );
    expect(await screen.findByRole('heading', { name: 'Question M1: methodology' })).toBeInTheDocument();
    first.unmount();

    openWorkshops('coordinator', workshops, (question) => ({ ...question, draftFrom: null }));
    expect(await screen.findByTestId('workshop-row')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'New workshop' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /methodology/ })).not.toBeInTheDocument();
  });
});
