import { GCM_OBJECTIVES } from '@gcm/domain';
import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn, signOut } from './support/browser';
import { startJourney } from './support/journey';
import { openRankedRound } from './support/steps';

const STAKEHOLDER = 'focal.point@unicef.mn.example';
/** The stakeholder's order: the first of Mongolia's 2020 priorities, as listed in question 7. */
const RANKING = [1, 2, 3, 7, 10, 11];

describe('the prioritisation vote, from ballot to question 7', () => {
  const journey = startJourney();

  it('a stakeholder ranks, the coordinator closes, sees the chart, finalises 12 objectives and question 7 shows them', async () => {
    const { server, page } = journey;
    const reviewId = server.demoReviewId;
    await signIn(page, DEMO_COORDINATOR);
    const members = (await (await page.request.get(`/api/reviews/${reviewId}/members`)).json()) as {
      members: { personId: string; email: string; role: string }[];
    };
    const voters = members.members.filter((m) => m.role === 'stakeholder' || m.role === 'contributor');
    const roundId = await openRankedRound(page, server, {
      title: 'Priority GCM objectives for Mongolia',
      voterIds: voters.map((v) => v.personId),
    });
    await signOut(page);

    // The stakeholder casts a ranked ballot with the keyboard-usable buttons.
    await signIn(page, STAKEHOLDER);
    await page.goto(`/votes/${roundId}`);
    for (const objective of RANKING) {
      await page.getByRole('button', { name: `Add objective ${objective} to the ranking` }).click();
    }
    await page.getByRole('button', { name: 'Move objective 2 up' }).click();
    await page
      .getByRole('button', { name: 'Move objective 1 up' })
      .waitFor({ state: 'attached' })
      .catch(() => {});
    await page.getByRole('button', { name: 'Move objective 1 up' }).click();
    const order = await page
      .getByTestId('ranking')
      .locator('[data-testid^="ranked-"]')
      .evaluateAll((items) =>
        items.map((item) => Number(item.getAttribute('data-testid')?.replace('ranked-', ''))),
      );
    expect(order).toEqual(RANKING);
    await page.getByTestId('cast-ballot').click();
    await page.getByTestId('ballot-saved').waitFor();
    await screenshot(page, 'vote-1-ballot');
    await expectAccessible(page);
    await signOut(page);

    // The coordinator closes the round and sees the chart.
    await signIn(page, DEMO_COORDINATOR);
    await page.goto(`/votes/${roundId}/results`);
    await page.getByRole('button', { name: 'Close the round now' }).click();
    await page.getByRole('button', { name: 'Yes, close the round' }).click();
    await page.getByTestId('results-chart').waitFor();
    await page.getByTestId('results-table').getByTestId('result-row-1').waitFor();
    expect(await page.getByTestId('turnout').textContent()).toMatch(/1/);
    await screenshot(page, 'vote-2-results');
    await expectAccessible(page);

    // Finalise 12 objectives, each with its reason.
    await page.getByRole('link', { name: /Finalise the priority list/ }).click();
    const form = page.getByTestId('finalise-form');
    await form.waitFor();
    await expectAccessible(page);
    const items = form.getByTestId('priority-editor').locator('[data-testid^="priority-item-"]');
    expect(await items.count()).toBe(12);
    const objectives = await items.evaluateAll((nodes) =>
      nodes.map((node) => Number(node.getAttribute('data-testid')?.replace('priority-item-', ''))),
    );
    for (const objective of objectives) {
      await form
        .getByLabel(`Reasons for prioritisation — Objective ${objective}`, { exact: true })
        .fill(`Objective ${objective} matters for Mongolia's migrants and the agencies serving them.`);
    }
    await form.getByRole('button', { name: /Save the priority list \(12\)/ }).click();
    const table = page.getByTestId('priority-table');
    await table.waitFor();
    await expectAccessible(page);
    expect(await table.locator('[data-testid^="priority-"]').count()).toBe(12);

    // Question 7 of the review shows the two-column table.
    await page.getByRole('link', { name: 'See question 7' }).click();
    const question7 = page.getByTestId('question-7');
    await question7.getByTestId('priority-answer').waitFor();
    const first = GCM_OBJECTIVES.find((o) => o.number === objectives[0]);
    await question7
      .getByText(first?.title ?? '')
      .first()
      .waitFor();
    await question7.getByText(`Objective ${objectives[0]} matters for Mongolia`).waitFor();
    await screenshot(page, 'vote-3-question-7');
    await expectAccessible(page);
  });
});
