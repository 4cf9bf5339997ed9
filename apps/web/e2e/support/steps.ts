// Steps several journeys take the same way: a contribution drafted and submitted, changes asked for, a vote set up.
import type { Page } from 'playwright-core';
import { expectAccessible } from './axe';
import type { RunningServer } from './server';

/** On a contribution page: types `text` (when given), saves the draft and submits it for review. */
export async function saveDraftAndSubmit(page: Page, text?: string): Promise<void> {
  if (text !== undefined) await page.getByLabel('Your answer').fill(text);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.getByTestId('save-status').getByText(/Saved/).waitFor();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page
    .getByTestId('contribution-state')
    .getByText(/submitted/i)
    .first()
    .waitFor();
}

/** On a submitted contribution, as the coordinator: asks for changes (the open form passes axe). */
export async function requestChanges(page: Page, comment: string): Promise<void> {
  await page.getByRole('button', { name: 'Request changes' }).click();
  await page.getByLabel('What should change?').fill(comment);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Send the request for changes' }).click();
  await page
    .getByTestId('contribution-state')
    .getByText(/changes/i)
    .waitFor();
}

/**
 * A ranked vote open for a week from a minute ago, set up through the API by the signed-in
 * coordinator on `page`; returns its id.
 */
export async function openRankedRound(
  page: Page,
  server: RunningServer,
  round: { title: string; voterIds: string[] },
): Promise<string> {
  const created = await page.request.post(`/api/reviews/${server.demoReviewId}/votes`, {
    // Not a browser fetch: a cookie-authenticated write must say its Origin itself.
    headers: { Origin: server.baseUrl },
    data: {
      title: round.title,
      rules: { method: 'ranked', maxRanks: null },
      voterIds: round.voterIds,
      secret: false,
      resultsHidden: false,
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    },
  });
  if (created.status() !== 201) throw new Error(`The vote could not be set up: ${await created.text()}`);
  return ((await created.json()) as { id: string }).id;
}
