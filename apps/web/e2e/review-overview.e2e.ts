import { axeViolations } from './support/axe';
import { DEMO_COORDINATOR, newPage, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';

describe('a newcomer opens the demo review', () => {
  const journey = startJourney(async (page) => {
    await signIn(page, DEMO_COORDINATOR);
  });

  it('finds the review in the list and sees its questions grouped by cluster', async () => {
    const { server, page } = journey;
    await page.goto('/');
    const row = page.getByTestId('review-row').filter({ hasText: 'Mongolia' });
    await row.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await row.getByRole('link', { name: /Voluntary GCM Review — Mongolia 2020/ }).click();
    await page.waitForURL(`**/reviews/${server.demoReviewId}`);

    const cluster1 = page.getByTestId('cluster-1');
    await cluster1
      .getByRole('heading', { name: /Ensuring that migration is voluntary, orderly and regular/ })
      .waitFor();
    for (const code of ['1a', '1b', '1c', '1d']) {
      await cluster1.getByTestId(`question-${code}`).waitFor();
    }
    await cluster1.getByTestId('objective-18').waitFor();
    expect(await cluster1.getByTestId('objective-4').count()).toBe(0);

    const cluster2 = page.getByTestId('cluster-2');
    for (const objective of [4, 8, 9, 10, 11, 13, 21]) {
      await cluster2.getByTestId(`objective-${objective}`).waitFor();
    }
    await cluster2.getByTestId('question-2a').getByText('General Department for Border Protection').waitFor();
    expect(await page.getByTestId('question-1a').textContent()).toMatch(/overdue/i);
    await page.getByTestId('question-7').waitFor();
    await screenshot(page, 'review-overview');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens a review page directly by its address', async () => {
    const { server, browser } = journey;
    const fresh = await newPage(browser, server.baseUrl);
    await signIn(fresh, DEMO_COORDINATOR);
    await fresh.goto(`/reviews/${server.demoReviewId}`);
    await fresh.getByTestId('cluster-4').getByTestId('question-4d').waitFor();
    await fresh.context().close();
  });

  it('tells the person when a review does not exist', async () => {
    const { server, browser } = journey;
    const fresh = await newPage(browser, server.baseUrl);
    await signIn(fresh, DEMO_COORDINATOR);
    await fresh.goto('/reviews/00000000-0000-4000-8000-000000000000');
    await fresh
      .getByRole('alert')
      .getByText(/no review with this id/i)
      .waitFor();
    expect(await axeViolations(fresh)).toEqual([]);
    await fresh.context().close();
  });
});
