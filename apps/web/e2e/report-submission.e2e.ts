import { ESCAP_GCM_REVIEW_2020, GUIDING_PRINCIPLES, questionnaireQuestions } from '@gcm/domain';
import { waitUntil } from '@gcm/domain/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';

/** Every answer as the coordinator would have consolidated it, question 10 still a draft. */
async function consolidateAllButTen(page: Page, reviewId: string): Promise<void> {
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
              explanation: `${p.title}: integrated through Vision 2050 and the State Policy on Population Development.`,
            })),
          }
        : question.code === '7'
          ? {
              priorities: [1, 2, 3, 7, 10, 11, 14, 15, 18, 19, 20, 22].map((objective) => ({
                objective,
                reason: `Objective ${objective} was prioritised at the workshop of 19 October 2020.`,
              })),
            }
          : undefined;
    const response = await page.request.put(`${url}/answer`, {
      // Not a browser fetch: a cookie-authenticated write must say its Origin itself.
      headers: { Origin: new URL(page.url()).origin },
      data: {
        baseVersion: current.answer.version,
        body: `Mongolia's answer to question ${question.code}: the Government has taken measures with its partners.`,
        status: question.code === '10' ? 'draft' : 'final',
        ...(data ? { data } : {}),
      },
    });
    if (response.status() !== 200)
      throw new Error(`${question.code}: ${response.status()} ${await response.text()}`);
  }
}

describe('compiling and submitting the report', () => {
  const journey = startJourney();

  it('the coordinator checks, fixes what is flagged, previews, submits and sees the record', async () => {
    const { server, page } = journey;
    const reviewId = server.demoReviewId;
    await signIn(page, DEMO_COORDINATOR);
    await consolidateAllButTen(page, reviewId);

    // The completeness check flags question 10; the coordinator follows the link and finalises it.
    await page.goto(`/reviews/${reviewId}/report`);
    const check = page.getByTestId('completeness');
    await check
      .getByTestId('completeness-errors')
      .getByText(/Question 10 is still a draft/)
      .waitFor();
    await screenshot(page, 'report-1-completeness');
    await expectAccessible(page);
    await check.getByTestId('completeness-errors').getByRole('link', { name: 'Question 10' }).click();
    await page.getByRole('heading', { name: 'Question 10' }).waitFor();
    await page.getByLabel('Status').selectOption('final');
    await page.getByTestId('save-answer').click();
    await page.getByTestId('save-status').getByText(/Saved/i).waitFor();
    await expectAccessible(page);

    // Back on the report page the check passes and the preview shows the survey's structure.
    await page.goto(`/reviews/${reviewId}/report`);
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByTestId('completeness-verdict').getByText(/ready/i).waitFor();
    const preview = page.getByTestId('report-preview');
    await preview.getByTestId('preview-principles').waitFor();
    await preview.getByTestId('preview-priorities').getByText('Reasons for prioritisation').waitFor();
    await preview.getByText("Mongolia's answer to question 2b").waitFor();
    await expectAccessible(page);
    const download = await page.request.get(`/api/reviews/${reviewId}/report.docx`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-type']).toMatch(/wordprocessingml/);

    // Sending, with the recipients prefilled from the survey: ESCAP, with IOM in copy.
    const form = page.getByTestId('submit-form');
    expect(await form.getByLabel('To', { exact: true }).inputValue()).toContain('escap-sdd@un.org');
    expect(await form.getByLabel('Cc', { exact: true }).inputValue()).toContain('UNRNAP-regreviews@iom.int');
    await form.getByTestId('submit-confirm').check();
    await form.getByTestId('submit-report').click();
    // The form gives way to the submission record.
    await page.getByTestId('submissions').getByTestId('submission-row').first().waitFor();

    // The e-mail reaches the SMTP server once, and the record shows its Message-ID.
    await waitUntil(() => server.mail.received.some((m) => m.envelopeTo.includes('escap-sdd@un.org')), {
      what: 'the report to reach ESCAP',
    });
    const sent = server.mail.received.filter((m) => m.envelopeTo.includes('escap-sdd@un.org'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.envelopeTo.map((address) => address.toLowerCase())).toContain(
      'unrnap-regreviews@iom.int',
    );
    await page.reload();
    const row = page.getByTestId('submissions').getByTestId('submission-row').first();
    await row.getByTestId('submission-version').getByText('Original').waitFor();
    await row.getByTestId('submission-email').getByText(/sent/i).waitFor();
    await page.getByTestId('amendment-form').waitFor();
    await screenshot(page, 'report-2-submitted');
    await expectAccessible(page);
  });
});
