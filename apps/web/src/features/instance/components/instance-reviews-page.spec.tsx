import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { buildCurrentPerson } from '../../../testing/fixtures';
import {
  buildAdministrator,
  buildInstanceReview,
  NO_PROGRESS,
  questionnairesListed,
} from '../../../testing/instance-fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const KAZAKHSTAN = buildInstanceReview({
  title: 'Voluntary GCM Review — Kazakhstan 2024',
  country: 'Kazakhstan',
  cycle: 2024,
  status: 'setup',
  finalDueDate: '2024-08-31',
  finalDueTime: '17:00',
  timeZone: 'Asia/Almaty',
  coordinators: [{ name: 'A. Nurlanovna', email: 'coordinator@mfa.kz.example', accepted: false }],
  progress: NO_PROGRESS,
});

function fillIn(fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  }
  fireEvent.click(screen.getByRole('button', { name: 'Start the review and invite the coordinator' }));
}

describe('InstanceReviewsPage', () => {
  it('lists every review with its status, deadline, coordinators, progress and submission', async () => {
    const mongolia = buildInstanceReview({ status: 'submitted', submittedAt: '2020-08-30T03:00:00.000Z' });
    stubFetch({
      ...signedIn(buildAdministrator()),
      ...questionnairesListed(),
      'GET /api/instance/reviews': { status: 200, body: { reviews: [KAZAKHSTAN, mongolia] } },
    });
    renderRoute('/instance');

    const rows = await screen.findAllByTestId('instance-review');
    const [kz, mn] = rows as [HTMLElement, HTMLElement];
    expect(within(kz).getByRole('rowheader')).toHaveTextContent('Kazakhstan');
    expect(kz).toHaveTextContent('2024');
    expect(kz).toHaveTextContent('Voluntary GCM Review — Kazakhstan 2024');
    expect(kz).toHaveTextContent('Setting up');
    expect(kz).toHaveTextContent('31 August 2024, 17:00 (Asia/Almaty)');
    expect(mn).toHaveTextContent('31 August 2020 (Asia/Ulaanbaatar)');
    expect(within(kz).getByRole('listitem')).toHaveTextContent(
      /A\. Nurlanovna coordinator@mfa\.kz\.example.*Invited/,
    );
    expect(kz).toHaveTextContent('No assignments yet');
    expect(kz).toHaveTextContent('Not yet');
    expect(within(mn).getByRole('listitem')).toHaveTextContent(
      /L\. Munkhtushig coordinator@mfa\.mn\.example.*Active/,
    );
    expect(mn).toHaveTextContent('3 of 35 accepted, 2 overdue');
    expect(mn).toHaveTextContent('Submitted');
    expect(mn).toHaveTextContent('30 August 2020');
    expect(screen.getByRole('navigation', { name: 'Installation sections' })).toBeInTheDocument();
  });

  it('starts a review for a country, naming its coordinator', async () => {
    const fetchMock = stubFetch({
      ...signedIn(buildAdministrator()),
      ...questionnairesListed(),
      'GET /api/instance/reviews': { status: 200, body: { reviews: [] } },
      'POST /api/instance/reviews': { status: 201, body: KAZAKHSTAN },
    });
    renderRoute('/instance');
    expect(await screen.findByText('No review has been started yet.')).toBeInTheDocument();
    fillIn({
      Country: 'Kazakhstan',
      'Cycle (year)': '2024',
      'Time zone': 'Asia/Almaty',
      'Final deadline': '2024-08-31',
      'Time of the final deadline (optional)': '17:00',
      "Coordinator's name": 'A. Nurlanovna',
      "Coordinator's e-mail": 'Coordinator@MFA.kz.example',
    });

    expect(await screen.findByTestId('review-started')).toHaveTextContent(
      'An invitation to coordinate it is on its way to A. Nurlanovna (coordinator@mfa.kz.example).',
    );
    expect(sentBody(fetchMock, 'POST /api/instance/reviews')).toEqual({
      templateKey: 'escap-gcm-review-2020',
      templateVersion: 1,
      country: 'Kazakhstan',
      cycle: 2024,
      timeZone: 'Asia/Almaty',
      finalDueDate: '2024-08-31',
      finalDueTime: '17:00',
      coordinator: { name: 'A. Nurlanovna', email: 'coordinator@mfa.kz.example' },
    });
    // The overview is loaded again, so the new review appears in it.
    expect(callCount(fetchMock, 'GET /api/instance/reviews')).toBe(2);
  });

  it('starts a review on a chosen questionnaire: an imported one by its key and version', async () => {
    const fetchMock = stubFetch({
      ...signedIn(buildAdministrator()),
      ...questionnairesListed(),
      'GET /api/instance/reviews': { status: 200, body: { reviews: [] } },
      'POST /api/instance/reviews': { status: 201, body: KAZAKHSTAN },
    });
    renderRoute('/instance');
    const select = await screen.findByLabelText('Questionnaire');
    expect(select).toHaveValue('escap-gcm-review-2020@1');
    await within(select).findByRole('option', { name: 'Pacific Voluntary GCM Review 2024 (version 1)' });
    fireEvent.change(select, { target: { value: 'pacific-gcm-review-2024@1' } });
    fillIn({
      Country: 'Fiji',
      'Time zone': 'Pacific/Fiji',
      'Final deadline': '2024-08-31',
      "Coordinator's name": 'S. Naidu',
      "Coordinator's e-mail": 'coordinator@mfa.fj.example',
    });
    await screen.findByTestId('review-started');
    expect(sentBody(fetchMock, 'POST /api/instance/reviews')).toMatchObject({
      templateKey: 'pacific-gcm-review-2024',
      templateVersion: 1,
      country: 'Fiji',
    });
  });

  it('starts a review from the country’s previous cycle, offering only its earlier reviews', async () => {
    const mongolia2020 = buildInstanceReview({ status: 'closed' });
    const mongolia2026 = buildInstanceReview({
      title: 'Voluntary GCM Review — Mongolia 2026',
      cycle: 2026,
      status: 'setup',
    });
    const fetchMock = stubFetch({
      ...signedIn(buildAdministrator()),
      ...questionnairesListed(),
      'GET /api/instance/reviews': {
        status: 200,
        body: { reviews: [KAZAKHSTAN, mongolia2020, mongolia2026] },
      },
      'POST /api/instance/reviews': { status: 201, body: mongolia2026 },
    });
    renderRoute('/instance');
    await screen.findAllByTestId('instance-review');
    const select = screen.getByLabelText('Start from a previous cycle (optional)');
    fireEvent.change(screen.getByLabelText('Country'), { target: { value: 'Mongolia' } });
    fireEvent.change(screen.getByLabelText('Cycle (year)'), { target: { value: '2024' } });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['No, start empty', 'Voluntary GCM Review — Mongolia 2020 (2020)']);
    fireEvent.change(select, { target: { value: mongolia2020.id } });
    fillIn({
      'Time zone': 'Asia/Ulaanbaatar',
      'Final deadline': '2024-08-31',
      "Coordinator's name": 'L. Munkhtushig',
      "Coordinator's e-mail": 'coordinator@mfa.mn.example',
    });
    await screen.findByTestId('review-started');
    expect(sentBody(fetchMock, 'POST /api/instance/reviews')).toMatchObject({
      country: 'Mongolia',
      cycle: 2024,
      carryForwardFrom: mongolia2020.id,
    });
    expect(screen.getByLabelText('Start from a previous cycle (optional)')).toHaveValue('');
  });

  it('checks the coordinator before sending, and shows field errors from a 400', async () => {
    const fetchMock = stubFetch({
      ...signedIn(buildAdministrator()),
      ...questionnairesListed(),
      'GET /api/instance/reviews': { status: 200, body: { reviews: [] } },
      'POST /api/instance/reviews': {
        status: 400,
        body: {
          statusCode: 400,
          code: 'VALIDATION',
          message: 'The request is not valid.',
          fieldErrors: [{ path: 'timeZone', message: 'must be a time zone such as Asia/Almaty' }],
        },
      },
    });
    renderRoute('/instance');
    await screen.findByText('No review has been started yet.');
    fillIn({ Country: 'Kazakhstan', 'Final deadline': '2024-08-31' });
    expect(screen.getByLabelText("Coordinator's e-mail")).toHaveAccessibleDescription(/e-mail address/);
    expect(callCount(fetchMock, 'POST /api/instance/reviews')).toBe(0);

    fillIn({ "Coordinator's name": 'A. Nurlanovna', "Coordinator's e-mail": 'coordinator@mfa.kz.example' });
    expect(await screen.findByText('The review could not be started')).toBeInTheDocument();
    expect(screen.getByLabelText('Time zone')).toHaveAccessibleDescription(
      /must be a time zone such as Asia\/Almaty/,
    );
  });

  it('refuses a final deadline outside 2000–2100 at the field, before sending', async () => {
    const fetchMock = stubFetch({
      ...signedIn(buildAdministrator()),
      ...questionnairesListed(),
      'GET /api/instance/reviews': { status: 200, body: { reviews: [] } },
    });
    renderRoute('/instance');
    await screen.findByText('No review has been started yet.');
    const deadline = screen.getByLabelText('Final deadline');
    expect(deadline).toHaveAttribute('min', '2000-01-01');
    expect(deadline).toHaveAttribute('max', '2100-12-31');
    fillIn({
      Country: 'Kazakhstan',
      'Time zone': 'Asia/Almaty',
      'Final deadline': '1900-01-01',
      "Coordinator's name": 'A. Nurlanovna',
      "Coordinator's e-mail": 'coordinator@mfa.kz.example',
    });
    expect(await screen.findByLabelText('Final deadline')).toHaveAccessibleDescription(
      /must be between 2000-01-01 and 2100-12-31/,
    );
    expect(callCount(fetchMock, 'POST /api/instance/reviews')).toBe(0);
  });

  it('shows nothing of the installation to someone who is not its administrator', async () => {
    const fetchMock = stubFetch(signedIn(buildCurrentPerson()));
    renderRoute('/instance');
    expect(
      await screen.findByText('Only the administrator of this installation sees this page.'),
    ).toBeInTheDocument();
    expect(callCount(fetchMock, 'GET /api/instance/reviews')).toBe(0);
  });
});
