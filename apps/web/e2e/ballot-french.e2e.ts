import { votesMessages } from '../src/features/votes/votes.messages';
import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn, signOut } from './support/browser';
import { memberId, messagesIn, signInIn } from './support/in-language';
import { startJourney } from './support/journey';
import { openRankedRound } from './support/steps';

const fr = messagesIn('fr', votesMessages.fr);

const STAKEHOLDER = 'focal.point@unicef.mn.example';
const RANKING = [7, 10, 1];

describe('the stakeholder’s ballot in French', () => {
  const journey = startJourney();

  it('UNICEF’s focal point ranks three objectives in French, with the keyboard buttons, and casts the ballot', async () => {
    const { server, page } = journey;
    const reviewId = server.demoReviewId;
    await signIn(page, DEMO_COORDINATOR);
    const roundId = await openRankedRound(page, server, {
      title: 'Objectifs prioritaires du PMM pour la Mongolie',
      voterIds: [await memberId(page, reviewId, STAKEHOLDER)],
    });
    await signOut(page);

    // The stakeholder picks French on the sign-in page and signs in in French.
    await signInIn(page, 'fr', STAKEHOLDER);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    await page.goto(`/votes/${roundId}`);
    for (const objective of RANKING) {
      await page.getByRole('button', { name: fr('votes.ranked.add', { objective }), exact: true }).click();
    }
    // 1 goes above 10: the order is 7, 1, 10.
    await page
      .getByRole('button', { name: fr('votes.ranked.upName', { objective: 1 }), exact: true })
      .click();
    const order = await page
      .getByTestId('ranking')
      .locator('[data-testid^="ranked-"]')
      .evaluateAll((items) =>
        items.map((item) => Number(item.getAttribute('data-testid')?.replace('ranked-', ''))),
      );
    expect(order).toEqual([7, 1, 10]);
    await expectAccessible(page);
    await page.getByRole('button', { name: fr('votes.ballot.cast') }).click();
    await page.getByTestId('ballot-saved').waitFor();
    expect(await page.getByTestId('ballot-saved').textContent()).toMatch(/^Votre bulletin est enregistré\./);
    await screenshot(page, 'ballot-french');
    await expectAccessible(page);

    const ballot = (await (await page.request.get(`/api/votes/${roundId}/ballot`)).json()) as {
      content: { ranking: number[] } | null;
    };
    expect(ballot.content?.ranking).toEqual([7, 1, 10]);
  });
});
