import { axeViolations } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';
import { mailTo } from './support/server';

/** GDBP's focal point in the demo; GDBP leads 2a and contributes to 2c, and has no other question. */
const BATBAYAR = { name: 'D. Batbayar', email: 'focal.point@gdbp.mn.example' };

describe('the matrix: a whole column at once, with its focal point', () => {
  const journey = startJourney(async (page) => {
    await signIn(page, DEMO_COORDINATOR);
  });

  it('the coordinator ticks GDBP’s column, gives the empty cells to GDBP and makes D. Batbayar focal point of all', async () => {
    const { server, page } = journey;
    await page.goto(`/reviews/${server.demoReviewId}/assignments`);
    await page.getByTestId('matrix').waitFor();
    const column = page.locator('[data-testid^="matrix-cell-"][data-testid$="-GDBP"]');
    const cells = await column.count();
    const assignedBefore = await column.and(page.locator('[data-role]')).count();
    expect(assignedBefore).toBe(2);

    await page.getByRole('button', { name: 'Select several cells' }).click();
    await page.getByRole('checkbox', { name: 'Select every cell of GDBP' }).check();
    const bar = page.getByTestId('bulk-bar');
    await bar
      .getByTestId('bulk-count')
      .getByText(`${cells - 2} empty cells and 2 assignments selected.`)
      .waitFor();
    // The bar stays at the bottom of the window while the matrix scrolls under it.
    await page.getByTestId('matrix-row-1a').scrollIntoViewIfNeeded();
    expect(await bar.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    const people = bar.getByRole('group', { name: 'Focal points for GDBP' });
    await people.getByRole('checkbox', { name: BATBAYAR.name }).check();
    await screenshot(page, 'matrix-bulk-1-column-ticked');
    await bar.getByRole('button', { name: `Assign and add focal points (${cells})` }).click();
    await page
      .getByTestId('matrix-message')
      .getByText(/assignments created/)
      .waitFor();
    const message = (await page.getByTestId('matrix-message').textContent()) ?? '';
    const outcome = new RegExp(
      `^${cells - 2} assignments created(?:; focal points added to (\\d) assignments?)?\\.$`,
    );
    expect(message).toMatch(outcome);
    const added = Number(outcome.exec(message)?.[1] ?? 0);

    // Every cell of the column is an assignment now, and each names D. Batbayar as its focal point.
    await column
      .and(page.locator('[data-role]'))
      .nth(cells - 1)
      .waitFor();
    expect(await column.and(page.locator('[data-role]')).count()).toBe(cells);
    await page.getByTestId('matrix-cell-1a-GDBP').getByRole('button').click();
    const form = page.getByTestId('assign-form');
    expect(await form.getByRole('checkbox', { name: BATBAYAR.name }).isChecked()).toBe(true);
    await screenshot(page, 'matrix-bulk-2-assigned');
    expect(await axeViolations(page)).toEqual([]);

    // He hears of them in one e-mail, listing every question.
    const mail = await mailTo(server, BATBAYAR.email, /^\d+ questions of the .+ are assigned to you/);
    expect(mail.parsed.subject).toMatch(new RegExp(`^${cells - 2 + added} questions`));
    for (const code of ['1a', '2b', '10']) expect(mail.parsed.text).toContain(`Question ${code}\n`);
  });
});
