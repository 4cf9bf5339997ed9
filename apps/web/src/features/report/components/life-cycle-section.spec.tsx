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
  answers: Record<string, StubbedAnswer> = {},
  role = 'coordinator',
) {
  const fetchMock = stubFetch({
    ...signedIn(),
    [`GET ${API}`]: {
      status: 200,
      body: buildReviewDetail({
        summary: { id: REVIEW_ID, status },
        viewer: { role: role as 'coordinator', organisationId: null },
      }),
    },
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

describe("The report page's life-cycle step", () => {
  it('offers nothing while the review is worked on', async () => {
    openReport('collecting');
    await screen.findByTestId('submit-form');
    expect(screen.queryByTestId('life-cycle')).not.toBeInTheDocument();
  });

  it('closes a submitted review only after the confirmation', async () => {
    const fetchMock = openReport('submitted', {
      [`POST ${API}/close`]: { status: 200, body: { id: REVIEW_ID, status: 'closed', version: 4 } },
    });
    const section = await screen.findByTestId('life-cycle');
    fireEvent.click(within(section).getByRole('button', { name: 'Close the review' }));
    expect(callCount(fetchMock, `POST ${API}/close`)).toBe(0);
    expect(section).toHaveTextContent('Nothing in it can be changed afterwards');
    fireEvent.click(within(section).getByRole('button', { name: 'Yes, close the review' }));
    await waitFor(() => expect(callCount(fetchMock, `POST ${API}/close`)).toBe(1));
  });

  it("shows the API's reason when closing is refused", async () => {
    openReport('submitted', {
      [`POST ${API}/close`]: {
        status: 409,
        body: {
          statusCode: 409,
          code: 'CONFLICT',
          message: 'An amendment is open (question 1a): submit the amended report before closing the review',
        },
      },
    });
    const section = await screen.findByTestId('life-cycle');
    fireEvent.click(within(section).getByRole('button', { name: 'Close the review' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Yes, close the review' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('The review could not be closed');
    expect(alert).toHaveTextContent('An amendment is open (question 1a)');
  });

  it('offers to archive a closed review, and no amendment', async () => {
    const fetchMock = openReport('closed', {
      [`POST ${API}/archive`]: { status: 200, body: { id: REVIEW_ID, status: 'archived', version: 5 } },
    });
    const section = await screen.findByTestId('life-cycle');
    expect(section).toHaveTextContent('Closed');
    expect(screen.queryByTestId('amendment-form')).not.toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Archive' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Yes, archive' }));
    await waitFor(() => expect(callCount(fetchMock, `POST ${API}/archive`)).toBe(1));
  });

  it('offers no step once archived', async () => {
    openReport('archived');
    await screen.findByText('Exports');
    expect(screen.queryByTestId('life-cycle')).not.toBeInTheDocument();
  });

  it('offers no step to an observer', async () => {
    openReport('submitted', {}, 'observer');
    await screen.findByText('Exports');
    expect(screen.queryByTestId('life-cycle')).not.toBeInTheDocument();
  });
});
