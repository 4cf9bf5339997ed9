import { axeViolations } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';

/**
 * The demo review is seeded relative to today: question 1a was due two days ago for MLSP (lead),
 * NDA and IOM, and 2b has nobody assigned. The coordinator sees that first on the overview.
 */
describe('the coordinator sees what needs attention and goes to it', () => {
  const journey = startJourney(async (page) => {
    await signIn(page, DEMO_COORDINATOR);
  });

  it('opens the overview with the summary: three overdue assignments, 2b without a lead', async () => {
    const { server, page } = journey;
    await page.goto(`/reviews/${server.demoReviewId}`);
    const summary = page.getByRole('region', { name: 'Needs attention' });
    const overdue = summary.getByTestId('attention-overdue');
    await overdue.getByRole('heading', { name: '3 overdue assignments' }).waitFor();
    expect(await overdue.textContent()).toContain('2 days overdue');
    await summary.getByTestId('attention-unassigned').getByRole('link', { name: 'Question 2b' }).waitFor();
    await page.getByTestId('organisation-progress').getByText('MLSP').first().waitFor();
    await screenshot(page, 'needs-attention-overview');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the matrix shows due dates, the overdue cells and 2b’s missing lead, and keeps the bulk bar in view', async () => {
    const { server, page } = journey;
    await page.goto(`/reviews/${server.demoReviewId}/assignments`);
    const lead1a = page.getByTestId('matrix-cell-1a-MLSP');
    await lead1a.getByText('overdue').waitFor();
    expect(await lead1a.getAttribute('data-overdue')).toBe('true');
    await page.getByTestId('no-lead-2b').waitFor();
    expect(await page.getByTestId('no-lead-1a').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Select several cells' }).click();
    const bar = page.getByTestId('bulk-bar');
    await bar.waitFor();
    // Scrolled to the top, with the matrix far taller than the window, the bar is still on screen.
    await page.evaluate('window.scrollTo(0, 0)');
    const viewport = page.viewportSize();
    const box = await bar.boundingBox();
    expect(viewport).not.toBeNull();
    expect(box).not.toBeNull();
    if (box && viewport) {
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
      expect(box.y).toBeGreaterThanOrEqual(0);
    }
    await screenshot(page, 'needs-attention-matrix-bulk');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('follows the summary’s link to MLSP’s overdue assignment of 1a and lands on it', async () => {
    const { server, page } = journey;
    await page.goto(`/reviews/${server.demoReviewId}`);
    const link = page
      .getByRole('region', { name: 'Needs attention' })
      .getByTestId('attention-overdue')
      .getByRole('link', { name: '1a — MLSP' });
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/assignments\/[0-9a-f-]{36}$/);
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '1a' }).waitFor();
    await page.getByText('Ministry of Labour and Social Protection').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
