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
 * A vote open for a week from a minute ago, set up through the API by the signed-in coordinator on
 * `page` with the given rules; returns its id.
 */
export async function openRound(
  page: Page,
  server: RunningServer,
  round: { title: string; voterIds: string[]; rules: Record<string, unknown> },
): Promise<string> {
  const created = await page.request.post(`/api/reviews/${server.demoReviewId}/votes`, {
    // Not a browser fetch: a cookie-authenticated write must say its Origin itself.
    headers: { Origin: server.baseUrl },
    data: {
      title: round.title,
      rules: round.rules,
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

/** A ranked vote without a limit on the ranks (see openRound). */
export function openRankedRound(
  page: Page,
  server: RunningServer,
  round: { title: string; voterIds: string[] },
): Promise<string> {
  return openRound(page, server, { ...round, rules: { method: 'ranked', maxRanks: null } });
}

/**
 * Presses Tab (or Shift+Tab) `presses` times from where the focus is, and after each press checks that the focused
 * element is not hidden by a sticky bar (WCAG 2.2, 2.4.11 Focus Not Obscured): the point at its
 * centre must belong to it. Returns how many distinct elements took the focus.
 */
export async function tabWithFocusInView(
  page: Page,
  presses: number,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<number> {
  const seen = new Set<string>();
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press(key);
    const check = (await page.evaluate(`(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return { name: 'body', covered: null };
      const box = focused.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const top = document.elementFromPoint(x, y);
      const name = (focused.id || focused.tagName) + ':' + (focused.getAttribute('aria-label') || focused.textContent || '').trim().slice(0, 40);
      const visible = top !== null && (top === focused || focused.contains(top) || (focused.labels && [...focused.labels].includes(top)));
      return { name, covered: visible ? null : (top ? (top.className || top.tagName) : 'outside the window') };
    })()`)) as { name: string; covered: string | null };
    seen.add(check.name);
    expect({ focused: check.name, coveredBy: check.covered }).toEqual({
      focused: check.name,
      coveredBy: null,
    });
  }
  return seen.size;
}
