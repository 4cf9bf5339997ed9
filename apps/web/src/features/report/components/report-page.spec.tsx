import type {
  TCompletenessReport,
  TListSubmissionsResponse,
  TReportPreview,
  TReviewStatus,
} from '@gcm/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { never, type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import { buildReviewDetail, buildSubmission } from '../../../testing/fixtures';
import { callCount, renderRoute, sentBody } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const API = `/api/reviews/${REVIEW_ID}`;

const NOT_READY: TCompletenessReport = {
  ready: false,
  items: [
    {
      id: 'question-draft:2b',
      level: 'error',
      message: 'Question 2b is still a draft: mark it final or not applicable.',
      questionCode: '2b',
      link: 'question',
    },
    { id: 'contact:email', level: 'error', message: 'The contact has no e-mail address.', link: 'contact' },
    {
      id: 'question-short:4a',
      level: 'warning',
      message: 'The answer to question 4a is much shorter than the suggested 500 words.',
      questionCode: '4a',
      link: 'question',
    },
  ],
};
const READY: TCompletenessReport = { ready: true, items: [] };

const PREVIEW: TReportPreview = {
  version: 1,
  text: '',
  attachments: [],
  outline: [
    { kind: 'title', text: 'Voluntary GCM Review', subtitle: 'Mongolia' },
    { kind: 'heading', level: 2, text: 'Coordinating office', anchor: 'contact' },
    {
      kind: 'contact',
      rows: [
        ['Country', 'Mongolia'],
        ['Name', 'L. Munkhtushig'],
      ],
    },
    { kind: 'heading', level: 3, text: 'Question 5', anchor: 'question-5' },
    {
      kind: 'principles-table',
      header: ['Guiding principle', 'Principle has been integrated', 'Explanation'],
      rows: [
        { principle: 'People-centred', integrated: 'yes', explanation: 'The law centres on migrants.' },
        { principle: 'Child-sensitive', integrated: 'no', explanation: '' },
      ],
    },
    { kind: 'paragraph', blocks: [{ kind: 'list', ordered: false, items: ['First point', 'Second point'] }] },
    { kind: 'heading', level: 3, text: 'Question N1', anchor: 'question-N1' },
    {
      kind: 'table',
      header: ['Measure', 'Year'],
      rows: [['Labour migration law', '2019']],
    },
  ],
};

function submissions(overrides: Partial<TListSubmissionsResponse> = {}): TListSubmissionsResponse {
  return {
    submissions: [],
    defaults: { to: ['escap-sdd@un.org'], cc: ['UNRNAP-regreviews@iom.int', 'coordinator@mfa.mn.example'] },
    openAmendment: null,
    ...overrides,
  };
}

function openReport(answers: Record<string, StubbedAnswer>, status: TReviewStatus = 'collecting') {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET ${API}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID, status },
        viewer: { role: 'coordinator', organisationId: null },
      }),
    },
    [`GET ${API}/report/preview`]: { status: 200, body: PREVIEW },
    [`GET ${API}/submissions`]: { status: 200, body: submissions() },
    [`GET ${API}/completeness`]: { status: 200, body: READY },
    ...answers,
  });
  renderRoute(`/reviews/${REVIEW_ID}/report`);
  return fetchMock;
}

describe('Report page', () => {
  it('shows a loading status while the completeness check runs', async () => {
    openReport({ [`GET ${API}/completeness`]: never });
    expect(await screen.findByText('Checking the report…')).toBeInTheDocument();
  });

  it('lists the errors and warnings with links to where they are fixed; "Check again" asks again', async () => {
    let checks = 0;
    const fetchMock = openReport({
      [`GET ${API}/completeness`]: () => {
        checks += 1;
        return { status: 200, body: checks === 1 ? NOT_READY : READY };
      },
    });
    const checklist = await screen.findByTestId('completeness');
    const errors = await within(checklist).findByTestId('completeness-errors');
    expect(within(errors).getAllByTestId('completeness-item')).toHaveLength(2);
    expect(errors).toHaveTextContent('Question 2b is still a draft');
    expect(within(errors).getByRole('link', { name: 'Question 2b' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/questions/2b`,
    );
    expect(within(errors).getByRole('link', { name: 'Contact in settings' })).toHaveAttribute(
      'href',
      `/reviews/${REVIEW_ID}/settings#settings-contact`,
    );
    expect(within(checklist).getByTestId('completeness-warnings')).toHaveTextContent('question 4a');
    expect(screen.getByTestId('submit-blocked')).toBeInTheDocument();
    expect(screen.queryByTestId('submit-form')).not.toBeInTheDocument();

    fireEvent.click(within(checklist).getByRole('button', { name: 'Check again' }));
    expect(await within(checklist).findByText('The report is ready to send.')).toBeInTheDocument();
    expect(callCount(fetchMock, `GET ${API}/completeness`)).toBe(2);
    expect(await screen.findByTestId('submit-form')).toBeInTheDocument();
  });

  it('renders the preview: headings with ids, the contact table, ✓/✗ for question 5, lists, the Word link', async () => {
    openReport({});
    const preview = await screen.findByTestId('report-preview');
    const heading = await within(preview).findByRole('heading', { name: 'Question 5' });
    expect(heading).toHaveAttribute('id', 'report-question-5');
    expect(within(preview).getByTestId('preview-contact')).toHaveTextContent('L. Munkhtushig');
    const principles = within(preview).getByTestId('preview-principles');
    expect(within(principles).getByRole('row', { name: /People-centred/ })).toHaveTextContent('✓');
    expect(within(principles).getByRole('row', { name: /Child-sensitive/ })).toHaveTextContent('✗');
    expect(
      within(preview)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['First point', 'Second point']);
    expect(within(preview).getByText('Second point')).toBeInTheDocument();
    const table = within(preview).getByTestId('preview-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Measure', 'Year']);
    expect(within(table).getByRole('row', { name: /Labour migration law/ })).toHaveTextContent('2019');
    expect(within(preview).getByRole('link', { name: 'Download the Word document' })).toHaveAttribute(
      'href',
      `${API}/report.docx`,
    );
  });

  it('sends the report to the edited recipients with confirm: true', async () => {
    const fetchMock = openReport({
      [`POST ${API}/submissions`]: { status: 201, body: buildSubmission({ reviewId: REVIEW_ID }) },
    });
    const form = await screen.findByTestId('submit-form');
    expect(within(form).getByLabelText('To')).toHaveValue('escap-sdd@un.org');
    expect(within(form).getByLabelText('Cc')).toHaveValue(
      'UNRNAP-regreviews@iom.int, coordinator@mfa.mn.example',
    );
    const send = within(form).getByTestId('submit-report');
    expect(send).toHaveTextContent('Send the report to ESCAP');
    expect(send).toBeDisabled();

    fireEvent.change(within(form).getByLabelText('To'), {
      target: { value: 'escap-sdd@un.org,\n sdd@un.org' },
    });
    fireEvent.change(within(form).getByLabelText('Note'), { target: { value: 'With our thanks.' } });
    fireEvent.click(
      within(form).getByLabelText('I confirm the recipients and that the report is ready to send'),
    );
    fireEvent.click(send);

    expect(await screen.findByTestId('submit-done')).toHaveTextContent('The report was sent (Original)');
    expect(sentBody(fetchMock, `POST ${API}/submissions`)).toEqual({
      to: ['escap-sdd@un.org', 'sdd@un.org'],
      cc: ['UNRNAP-regreviews@iom.int', 'coordinator@mfa.mn.example'],
      note: 'With our thanks.',
      confirm: true,
    });
  });

  it('shows the items of a 409 refusal', async () => {
    openReport({
      [`POST ${API}/submissions`]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'The report is not ready to be sent.',
          details: { completeness: NOT_READY },
        },
      },
    });
    const form = await screen.findByTestId('submit-form');
    fireEvent.click(
      within(form).getByLabelText('I confirm the recipients and that the report is ready to send'),
    );
    fireEvent.click(within(form).getByTestId('submit-report'));
    const refused = await screen.findByTestId('submit-refused');
    expect(refused).toHaveAttribute('role', 'alert');
    expect(refused).toHaveTextContent('The report is not ready to be sent.');
    expect(refused).toHaveTextContent('Question 2b is still a draft');
    expect(within(refused).getByRole('link', { name: 'Question 2b' })).toBeInTheDocument();
  });

  it('lists the submissions, the latest first as "Amended version 2", and offers an amendment', async () => {
    openReport(
      {
        [`GET ${API}/submissions`]: {
          status: 200,
          body: submissions({
            submissions: [
              buildSubmission({ reviewId: REVIEW_ID, version: 1 }),
              buildSubmission({
                reviewId: REVIEW_ID,
                version: 2,
                label: 'Amended version 2',
                late: true,
                createdAt: '2020-11-20T03:00:00.000Z',
                email: { status: 'pending', messageId: null, sentAt: null, lastError: null },
              }),
            ],
          }),
        },
      },
      'submitted',
    );
    const list = await screen.findByTestId('submissions');
    const rows = within(list).getAllByTestId('submission-row');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Amended version 2');
    expect(rows[0]).toHaveTextContent('E-mail pending');
    // Sent after the final deadline: said on the row, as the recipients will see it.
    expect(rows[0]).toHaveTextContent('After the final deadline');
    expect(rows[1]).not.toHaveTextContent('After the final deadline');
    expect(rows[1]).toHaveTextContent('Original');
    expect(rows[1]).toHaveTextContent('E-mail sent');
    expect(rows[1]).toHaveTextContent('Message-ID: <report-1@gcm.example>');
    expect(rows[1]).toHaveTextContent('To: escap-sdd@un.org');
    const sha = within(rows[1] as HTMLElement).getByTestId('submission-sha256');
    expect(sha).toHaveTextContent('a3f1c09b7e2d…');
    expect(sha).toHaveAttribute('title', 'a3f1c09b7e2d4f6a8b0c1d2e3f405162738495a6b7c8d9e0f1a2b3c4d5e6f708');
    expect(screen.queryByTestId('submit-form')).not.toBeInTheDocument();
    expect(screen.getByTestId('amendment-form')).toBeInTheDocument();
    // Once sent, the checklist no longer calls the report "ready to send".
    expect(await screen.findByTestId('completeness-verdict')).toHaveTextContent(
      /^The report was sent on 20 November 2020 \(version 2\)\. To send a changed version, open an amendment below\.$/,
    );
  });
});
