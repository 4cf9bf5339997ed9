import { buildPublicReportBody, ESCAP_GCM_REVIEW_2020, type TPublicReport } from '@gcm/domain';
import { MONGOLIA_ANSWERS, mongoliaQuestions } from '@gcm/domain/testing';
import { screen, within } from '@testing-library/react';
import { stubFetch } from '../../../testing/fetch-stub';
import { callCount, renderRoute } from '../../../testing/render-route';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

function publicReport(): TPublicReport {
  return {
    id: REVIEW_ID,
    country: 'Mongolia',
    cycle: 2020,
    title: 'Voluntary GCM Review — Mongolia 2020',
    submittedAt: '2020-11-12T03:00:00.000Z',
    version: 1,
    questionnaireTitle: 'Voluntary GCM Review',
    document: { fileName: 'mongolia-2020.docx', sizeBytes: 40_960, sha256: 'a'.repeat(64) },
    ...buildPublicReportBody(ESCAP_GCM_REVIEW_2020, mongoliaQuestions()),
  };
}

describe('the published reports, without signing in', () => {
  it('lists the published reports with a link to each', async () => {
    const fetchMock = stubFetch({
      'GET /api/public/reports': {
        status: 200,
        body: {
          reports: [
            {
              id: REVIEW_ID,
              country: 'Mongolia',
              cycle: 2020,
              title: 'Voluntary GCM Review — Mongolia 2020',
              submittedAt: '2020-11-12T03:00:00.000Z',
              version: 2,
            },
          ],
        },
      },
    });
    renderRoute('/published');
    expect(await screen.findByRole('heading', { level: 1, name: 'Published reports' })).toBeInTheDocument();
    const table = await screen.findByTestId('published-reports');
    expect(within(table).getByRole('link', { name: 'Voluntary GCM Review — Mongolia 2020' })).toHaveAttribute(
      'href',
      `/published/${REVIEW_ID}`,
    );
    expect(table).toHaveTextContent('amended version 2');
    // No session is asked for: the page is public.
    expect(callCount(fetchMock, 'GET /api/auth/me')).toBe(0);
  });

  it('says so when nothing is published yet', async () => {
    stubFetch({ 'GET /api/public/reports': { status: 200, body: { reports: [] } } });
    renderRoute('/published');
    expect(await screen.findByText('No report has been published yet.')).toBeInTheDocument();
  });

  it('shows a report in the questionnaire’s structure, its priorities and the download, headings in order', async () => {
    stubFetch({ [`GET /api/public/reports/${REVIEW_ID}`]: { status: 200, body: publicReport() } });
    renderRoute(`/published/${REVIEW_ID}`);
    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'Voluntary GCM Review — Mongolia 2020',
    });
    expect(title).toBeInTheDocument();
    expect(screen.getByTestId('public-report-facts')).toHaveTextContent('Mongolia');
    expect(screen.getByTestId('public-report-download')).toHaveAttribute(
      'href',
      `/api/public/reports/${REVIEW_ID}/document`,
    );
    const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(sections[0]).toBe('Priority GCM objectives');
    expect(sections.slice(1, 5).map((text) => text?.slice(0, 3))).toEqual(['1. ', '2. ', '3. ', '4. ']);
    const q1a = screen.getByTestId('public-question-1a');
    expect(within(q1a).getByRole('heading', { level: 3 })).toHaveTextContent(/^1a\. /);
    expect(q1a).toHaveTextContent((MONGOLIA_ANSWERS['1a'] ?? '').slice(0, 80));
    expect(screen.getByTestId('public-priorities')).toHaveTextContent('Objective 1: Collect and utilize');
  });

  it('answers a report that is not published with a page saying so', async () => {
    stubFetch({
      [`GET /api/public/reports/${REVIEW_ID}`]: {
        status: 404,
        body: { statusCode: 404, code: 'NOT_FOUND', message: 'There is no published report with this id' },
      },
    });
    renderRoute(`/published/${REVIEW_ID}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'There is no published report here' }),
    ).toBeInTheDocument();
  });
});
