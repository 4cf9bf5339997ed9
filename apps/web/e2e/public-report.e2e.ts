import { createHash } from 'node:crypto';
import {
  ESCAP_GCM_REVIEW_2020,
  GUIDING_PRINCIPLES,
  objectiveByNumber,
  questionnaireQuestions,
} from '@gcm/domain';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, newPage, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';

const PRIORITIES = [1, 10, 22];
const answerText = (code: string) => `Mongolia's final answer to question ${code}, as sent to ESCAP.`;

/** Every answer final (question 5's ticks and question 7's priorities too), through the API. */
async function finaliseEverything(page: Page, reviewId: string): Promise<void> {
  const origin = new URL(page.url()).origin;
  for (const question of questionnaireQuestions(ESCAP_GCM_REVIEW_2020)) {
    const url = `/api/reviews/${reviewId}/questions/${question.code}`;
    const current = (await (await page.request.get(`${url}/consolidation`)).json()) as {
      answer: { version: number };
    };
    const data =
      question.code === '5'
        ? {
            principles: GUIDING_PRINCIPLES.map((p) => ({
              key: p.key,
              integrated: true,
              explanation: `${p.title}: integrated through Vision 2050.`,
            })),
          }
        : question.code === '7'
          ? {
              priorities: PRIORITIES.map((objective) => ({
                objective,
                reason: `Objective ${objective} was prioritised at the workshop of 19 October 2020.`,
              })),
            }
          : undefined;
    const response = await page.request.put(`${url}/answer`, {
      // Not a browser fetch: a cookie-authenticated write must say its Origin itself.
      headers: { Origin: origin },
      data: {
        baseVersion: current.answer.version,
        body: answerText(question.code),
        status: 'final',
        ...(data ? { data } : {}),
      },
    });
    if (response.status() !== 200)
      throw new Error(`${question.code}: ${response.status()} ${await response.text()}`);
  }
}

describe('the public page of a report sent with consent to publish', () => {
  const journey = startJourney();

  it('anyone reads the sent report without signing in: country, cycle, answers, priorities, the document', async () => {
    const { server, page, browser } = journey;
    const reviewId = server.demoReviewId;
    // A visitor with no session at all, in a browser context of their own.
    const visitor = await newPage(browser, server.baseUrl);

    // Not sent yet: nothing is public, although the demo's State consents to publication.
    await visitor.goto(`/published/${reviewId}`);
    await visitor.getByRole('heading', { level: 1, name: 'There is no published report here' }).waitFor();
    await expectAccessible(visitor);

    await signIn(page, DEMO_COORDINATOR);
    await finaliseEverything(page, reviewId);
    const sent = await page.request.post(`/api/reviews/${reviewId}/submissions`, {
      headers: { Origin: new URL(page.url()).origin },
      data: { to: ['escap-sdd@un.org'], cc: ['UNRNAP-regreviews@iom.int'], confirm: true },
    });
    expect(sent.status()).toBe(201);
    // The coordinator's report page says it is public now.
    await page.goto(`/reviews/${reviewId}/report`);
    await page.getByTestId('publication-state').getByText('The report is public').waitFor();
    await expectAccessible(page);

    // From the sign-in page to the index, then to the report.
    await visitor.goto('/sign-in');
    await visitor.getByRole('link', { name: 'Read the published reports' }).click();
    await visitor.getByRole('heading', { level: 1, name: 'Published reports' }).waitFor();
    const index = visitor.getByTestId('published-reports');
    await index.getByRole('cell', { name: 'Mongolia', exact: true }).waitFor();
    await expectAccessible(visitor);
    await index.getByRole('link').first().click();
    await visitor.waitForURL(`**/published/${reviewId}`);

    const facts = visitor.getByTestId('public-report-facts');
    await facts.getByText('Mongolia', { exact: true }).waitFor();
    const cycle = (await (await page.request.get(`/api/reviews/${reviewId}`)).json()) as { cycle: number };
    await facts.getByText(String(cycle.cycle), { exact: true }).waitFor();
    await visitor.getByTestId('public-question-2b').getByText(answerText('2b')).waitFor();
    const priorities = visitor.getByTestId('public-priorities');
    await priorities.getByText(`Objective 10: ${objectiveByNumber(10)?.title}`).waitFor();
    expect(await visitor.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await visitor.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(visitor, 'public-report');
    await expectAccessible(visitor);

    // The download link hands out the document exactly as it was sent.
    const link = visitor.getByTestId('public-report-download');
    const href = await link.getAttribute('href');
    expect(href).toBe(`/api/public/reports/${reviewId}/document`);
    const document = await visitor.request.get(href ?? '');
    expect(document.status()).toBe(200);
    expect(document.headers()['content-type']).toMatch(/wordprocessingml/);
    const submissions = (await (await page.request.get(`/api/reviews/${reviewId}/submissions`)).json()) as {
      submissions: { sha256: string }[];
    };
    expect(
      createHash('sha256')
        .update(await document.body())
        .digest('hex'),
    ).toBe(submissions.submissions[0]?.sha256);
    await visitor.context().close();
  });
});
