import type { TReviewStatus } from '@gcm/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type StubbedAnswer, stubFetch } from '../../../testing/fetch-stub';
import { buildReviewDetail, buildSubmission } from '../../../testing/fixtures';
import { callCount, renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
const API = `/api/reviews/${REVIEW_ID}`;

function openReport(
  status: TReviewStatus,
  consentToPublish: boolean | null,
  answers: Record<string, StubbedAnswer> = {},
) {
  const review = buildReviewDetail({
    summary: { id: REVIEW_ID, status },
    viewer: { role: 'coordinator', organisationId: null },
  });
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET ${API}`]: { status: 200, body: { ...review, consentToPublish, version: 7 } },
    [`GET ${API}/report/preview`]: {
      status: 200,
      body: { version: 1, text: '', attachments: [], outline: [] },
    },
    [`GET ${API}/submissions`]: {
      status: 200,
      body: {
        submissions: status === 'collecting' ? [] : [buildSubmission({ reviewId: REVIEW_ID })],
        defaults: { to: ['escap-sdd@un.org'], cc: [] },
        openAmendment: null,
      },
    },
    [`GET ${API}/completeness`]: { status: 200, body: { ready: true, items: [] } },
    ...answers,
  });
  renderRoute(`/reviews/${REVIEW_ID}/report`);
  return fetchMock;
}

describe("The report page's publication section", () => {
  it('says a sent report with consent is public, links to its page, and withdraws the consent once confirmed', async () => {
    const fetchMock = openReport('submitted', true, {
      [`PUT ${API}/publication`]: {
        status: 200,
        body: { consentToPublish: false, published: false, version: 8 },
      },
    });
    const section = await screen.findByTestId('publication');
    expect(within(section).getByTestId('publication-state')).toHaveTextContent('The report is public');
    expect(within(section).getByRole('link', { name: 'The public page of the report' })).toHaveAttribute(
      'href',
      `/published/${REVIEW_ID}`,
    );
    fireEvent.click(within(section).getByRole('button', { name: 'Withdraw consent to publish' }));
    expect(callCount(fetchMock, `PUT ${API}/publication`)).toBe(0);
    fireEvent.click(within(section).getByRole('button', { name: 'Yes, withdraw the consent' }));
    await waitFor(() => expect(callCount(fetchMock, `PUT ${API}/publication`)).toBe(1));
    const call = fetchMock.mock.calls.find(
      ([url, init]) => String(url).endsWith('/publication') && init?.method === 'PUT',
    );
    expect(JSON.parse(String(call?.[1]?.body))).toEqual({ consentToPublish: false, version: 7 });
  });

  it('says nothing is public without consent, and offers to give it', async () => {
    openReport('submitted', false);
    const section = await screen.findByTestId('publication');
    expect(within(section).getByTestId('publication-state')).toHaveTextContent(
      'nothing of the report is public',
    );
    expect(within(section).queryByRole('link')).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Give consent to publish' })).toBeInTheDocument();
  });

  it('says a report not sent yet is not public, even with consent', async () => {
    openReport('collecting', true);
    const section = await screen.findByTestId('publication');
    expect(within(section).getByTestId('publication-state')).toHaveTextContent(
      'becomes public once it is sent',
    );
  });

  it('offers to reload when someone else changed the review meanwhile (409)', async () => {
    openReport('submitted', true, {
      [`PUT ${API}/publication`]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'Someone else changed the review meanwhile. Reload to see their changes.',
          details: { currentVersion: 8 },
        },
      },
    });
    const section = await screen.findByTestId('publication');
    fireEvent.click(within(section).getByRole('button', { name: 'Withdraw consent to publish' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Yes, withdraw the consent' }));
    const conflict = await within(section).findByTestId('publication-conflict');
    expect(conflict).toHaveTextContent('Someone else changed the review');
    expect(within(conflict).getByRole('button', { name: 'Reload the review' })).toBeInTheDocument();
  });
});
