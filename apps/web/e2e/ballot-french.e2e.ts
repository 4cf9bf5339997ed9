import { IntlMessageFormat } from 'intl-messageformat';
import { shellMessages } from '../src/app/shell.messages';
import { signInMessages } from '../src/features/auth/sign-in.messages';
import { votesMessages } from '../src/features/votes/votes.messages';
import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, DEMO_PASSWORD, screenshot, signIn, signOut } from './support/browser';
import { startJourney } from './support/journey';
import { openRankedRound } from './support/steps';

const FR = { ...shellMessages.fr, ...signInMessages.fr, ...votesMessages.fr };
type Id = keyof typeof FR;
/** A French message as the screen shows it (tags such as <hidden> dropped, arguments filled). */
function fr(id: Id, values: Record<string, string | number> = {}): string {
  const parts = new IntlMessageFormat(FR[id], 'fr').format<string>({
    ...values,
    hidden: (chunks) => chunks.join(''),
  });
  return (Array.isArray(parts) ? parts.join('') : String(parts)).replace(/[\u00a0\u202f]/g, ' ');
}

const STAKEHOLDER = 'focal.point@unicef.mn.example';
const RANKING = [7, 10, 1];

describe('the stakeholder’s ballot in French', () => {
  const journey = startJourney();

  it('UNICEF’s focal point ranks three objectives in French, with the keyboard buttons, and casts the ballot', async () => {
    const { server, page } = journey;
    const reviewId = server.demoReviewId;
    await signIn(page, DEMO_COORDINATOR);
    const members = (await (await page.request.get(`/api/reviews/${reviewId}/members`)).json()) as {
      members: { personId: string; email: string }[];
    };
    const voter = members.members.find((m) => m.email === STAKEHOLDER);
    const roundId = await openRankedRound(page, server, {
      title: 'Objectifs prioritaires du PMM pour la Mongolie',
      voterIds: [voter?.personId ?? ''],
    });
    await signOut(page);

    // The stakeholder picks French on the sign-in page and signs in in French.
    await page.getByLabel('Language').selectOption('fr');
    await page.getByLabel(fr('signIn.email')).fill(STAKEHOLDER);
    await page.getByLabel(fr('signIn.password')).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: fr('signIn.submit') }).click();
    await page.getByRole('navigation', { name: fr('shell.nav') }).waitFor();
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
