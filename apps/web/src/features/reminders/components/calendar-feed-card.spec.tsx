import { fireEvent, screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { callCount, renderRoute } from '../../../testing/render-route';
import { signedIn } from '../../../testing/session';

const FEED = '/api/me/calendar-feed';
const URL_1 = 'https://gcm.example.org/api/calendar/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWo.ics';

function openMyAssignments(answers: Parameters<typeof stubFetch>[0] = {}) {
  const fetchMock = stubFetch({
    ...signedIn(),
    'GET /api/me/assignments': { status: 200, body: { assignments: [] } },
    ...answers,
  });
  renderRoute('/my/assignments');
  return fetchMock;
}

describe('My calendar', () => {
  it('creates a private calendar link, shows it with Copy, and stops it', async () => {
    const fetchMock = openMyAssignments({
      [`POST ${FEED}`]: { status: 201, body: { url: URL_1, createdAt: '2020-07-01T08:00:00.000Z' } },
      [`DELETE ${FEED}`]: { status: 204 },
    });
    const card = await screen.findByTestId('calendar-feed');
    expect(card).toHaveTextContent('Subscribe to your due dates in Outlook/Google/Apple Calendar');
    expect(within(card).queryByTestId('calendar-feed-url')).not.toBeInTheDocument();

    fireEvent.click(within(card).getByRole('button', { name: 'Create my calendar link' }));
    expect(await within(card).findByTestId('calendar-feed-url')).toHaveTextContent(URL_1);
    expect(within(card).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(callCount(fetchMock, `POST ${FEED}`)).toBe(1);

    fireEvent.click(within(card).getByRole('button', { name: 'Stop this link' }));
    expect(await within(card).findByText(/The link is stopped/)).toBeInTheDocument();
    expect(within(card).queryByTestId('calendar-feed-url')).not.toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Create my calendar link' })).toBeInTheDocument();
    expect(callCount(fetchMock, `DELETE ${FEED}`)).toBe(1);
  });

  it('copies the link to the clipboard', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    openMyAssignments({
      [`POST ${FEED}`]: { status: 201, body: { url: URL_1, createdAt: '2020-07-01T08:00:00.000Z' } },
    });
    const card = await screen.findByTestId('calendar-feed');
    fireEvent.click(within(card).getByRole('button', { name: 'Create my calendar link' }));
    fireEvent.click(await within(card).findByRole('button', { name: 'Copy' }));
    expect(await within(card).findByText('Copied')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(URL_1);
  });

  it('keeps the link when it cannot be stopped, and says why', async () => {
    openMyAssignments({
      [`POST ${FEED}`]: { status: 201, body: { url: URL_1, createdAt: '2020-07-01T08:00:00.000Z' } },
      [`DELETE ${FEED}`]: {
        status: 500,
        body: { statusCode: 500, code: 'INTERNAL', message: 'Database unavailable.' },
      },
    });
    const card = await screen.findByTestId('calendar-feed');
    fireEvent.click(within(card).getByRole('button', { name: 'Create my calendar link' }));
    fireEvent.click(await within(card).findByRole('button', { name: 'Stop this link' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('Database unavailable.');
    expect(within(card).getByTestId('calendar-feed-url')).toHaveTextContent(URL_1);
  });
});
