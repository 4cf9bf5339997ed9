import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';

const PREVIOUS = 'Labour migration to the Republic of Korea rose in 2019.';
const REVISED = 'Labour migration to the Republic of Korea and Japan rose in 2023.';

describe('the next cycle starts from the previous one', () => {
  const journey = startJourney(async (page) => {
    await signIn(page, DEMO_COORDINATOR);
  });

  it('the coordinator starts Mongolia 2024 from 2020 and revises a carried answer against its 2020 text', async () => {
    const { page, server } = journey;
    const answer = `/api/reviews/${server.demoReviewId}/questions/1a/answer`;
    // The 2020 review's answer to 1a, agreed (only final answers carry).
    const stored = await page.request.put(answer, {
      headers: { Origin: server.baseUrl },
      data: { baseVersion: 0, body: PREVIOUS, status: 'final' },
    });
    expect(stored.status()).toBe(200);

    await page.goto('/reviews/new');
    const form = page.getByRole('form', { name: 'Create a review' });
    await form.getByLabel('Country').fill('Mongolia');
    await form.getByLabel('Cycle (year)').fill('2024');
    await form.getByLabel('Time zone').fill('Asia/Ulaanbaatar');
    await form.getByLabel('Final deadline', { exact: true }).fill('2024-08-30');
    const carry = form.getByLabel('Start from a previous cycle (optional)');
    await carry
      .getByRole('option', { name: 'Voluntary GCM Review — Mongolia 2020 (2020)' })
      .waitFor({ state: 'attached' });
    await carry.selectOption({ label: 'Voluntary GCM Review — Mongolia 2020 (2020)' });
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Create the review' }).click();

    const started = page.getByTestId('carried-forward-from');
    await started.waitFor();
    expect(await started.textContent()).toMatch(
      /^Started from Voluntary GCM Review — Mongolia 2020 \(2020\)/,
    );
    await expectAccessible(page);
    const newReviewId = new URL(page.url()).pathname.split('/').at(-1);
    expect(newReviewId).not.toBe(server.demoReviewId);

    await page.goto(`/reviews/${newReviewId}/questions/1a`);
    const previous = page.getByRole('region', { name: 'Previous cycle (2020), question 1a' });
    await previous.getByText('No change: the draft is the previous cycle’s text as carried.').waitFor();
    const draft = page.getByLabel('Consolidated answer');
    expect(await draft.inputValue()).toBe(PREVIOUS);

    await draft.fill(REVISED);
    await previous.getByText('1 passage removed, 2 passages added.').waitFor();
    const difference = previous.getByTestId('difference');
    expect(await difference.locator('del').allTextContents()).toEqual(['[removed: 2019]']);
    expect(await difference.locator('ins').allTextContents()).toEqual([
      '[added: and Japan ]',
      '[added: 2023]',
    ]);
    await screenshot(page, 'carry-forward-difference');
    await expectAccessible(page);

    await page.getByTestId('save-answer').click();
    await page
      .getByTestId('save-status')
      .getByText(/^Saved at \d\d:\d\d$/)
      .waitFor();
    await page.reload();
    await page
      .getByRole('region', { name: 'Previous cycle (2020), question 1a' })
      .getByText('1 passage removed, 2 passages added.')
      .waitFor();
    await previous.getByLabel('Previous text').check();
    expect(await previous.getByTestId('previous-text').textContent()).toBe(PREVIOUS);
    await expectAccessible(page);

    // The 2020 review is untouched and one link away.
    await page.goto(`/reviews/${newReviewId}`);
    await page.getByTestId('carried-forward-from').getByRole('link').click();
    await page.waitForURL(`**/reviews/${server.demoReviewId}`);
    const old = await (await page.request.get(answer.replace('/answer', '/consolidation'))).json();
    expect(old.answer).toMatchObject({ body: PREVIOUS, status: 'final', origin: null });
  });
});
