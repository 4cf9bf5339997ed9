import { votesMessages } from '../src/features/votes/votes.messages';
import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn, signOut } from './support/browser';
import { memberId, messagesIn, plainSpaces, signInIn } from './support/in-language';
import { startJourney } from './support/journey';
import { openRound, tabWithFocusInView } from './support/steps';

const ar = messagesIn('ar', votesMessages.ar);

const STAKEHOLDER = 'focal.point@unicef.mn.example';
/** Objective → points: ten points spread over three objectives. */
const POINTS: Record<number, number> = { 7: 5, 10: 3, 1: 2 };

/**
 * Issue 14, parts 3 and 4 in the right-to-left direction: a dot ballot in Arabic, every point field
 * reached with the keyboard both ways without the sticky points counter covering the field in focus,
 * axe at 0 on the page before and after the ballot is cast.
 */
describe('the stakeholder’s dot ballot in Arabic', () => {
  const journey = startJourney();

  it('UNICEF’s focal point spreads ten points in Arabic with the keyboard, the counter never hiding the field', async () => {
    const { server, page } = journey;
    const reviewId = server.demoReviewId;
    await signIn(page, DEMO_COORDINATOR);
    const roundId = await openRound(page, server, {
      title: 'أولويات الاتفاق العالمي لمنغوليا',
      voterIds: [await memberId(page, reviewId, STAKEHOLDER)],
      rules: { method: 'dot', budget: 10, maxPerOption: 5 },
    });
    await signOut(page);

    await signInIn(page, 'ar', STAKEHOLDER);
    expect(await page.locator('html').evaluate((html) => [html.lang, html.dir])).toEqual(['ar', 'rtl']);

    await page.goto(`/votes/${roundId}`);
    const counter = page.getByTestId('points-left');
    expect(plainSpaces((await counter.textContent()) ?? '')).toBe(
      ar('votes.dot.left', { left: 10, budget: 10 }),
    );
    await expectAccessible(page);

    // Every one of the 23 point fields, forwards and then backwards: the counter stays at the top of
    // the window as the list scrolls under it, and must never sit over the field in focus.
    const fields = page.getByRole('spinbutton');
    expect(await fields.count()).toBe(23);
    await fields.first().focus();
    await tabWithFocusInView(page, 22);
    expect(await fields.last().evaluate((field) => field === field.ownerDocument.activeElement)).toBe(true);
    await tabWithFocusInView(page, 22, 'Shift+Tab');
    expect(await fields.first().evaluate((field) => field === field.ownerDocument.activeElement)).toBe(true);

    for (const [objective, points] of Object.entries(POINTS)) {
      const label = ar('votes.objective.label', {
        number: objective,
        title: votesMessages.ar[`votes.objective.${objective}` as keyof typeof votesMessages.ar],
      });
      await page.getByLabel(label, { exact: true }).fill(String(points));
    }
    expect(plainSpaces((await counter.textContent()) ?? '')).toBe(
      ar('votes.dot.left', { left: 0, budget: 10 }),
    );
    // The page is mirrored: the first field of a row sits at its right edge.
    const [field, labelBox] = await Promise.all([
      fields.first().boundingBox(),
      page.locator('.dot-list__item label').first().boundingBox(),
    ]);
    expect((field?.x ?? 0) > (labelBox?.x ?? 0)).toBe(true);
    await screenshot(page, 'dot-ballot-arabic');

    await page.getByRole('button', { name: ar('votes.ballot.cast') }).click();
    await page.getByTestId('ballot-saved').waitFor();
    await expectAccessible(page);

    const ballot = (await (await page.request.get(`/api/votes/${roundId}/ballot`)).json()) as {
      content: { points: { objective: number; points: number }[] } | null;
    };
    const given = [...(ballot.content?.points ?? [])].sort((a, b) => a.objective - b.objective);
    expect(given).toEqual([
      { objective: 1, points: 2 },
      { objective: 7, points: 5 },
      { objective: 10, points: 3 },
    ]);
  });
});
