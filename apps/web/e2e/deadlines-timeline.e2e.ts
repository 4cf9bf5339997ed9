import path from 'node:path';
import type { Locator } from 'playwright-core';
import { axeViolations } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';

/** A computed style of the element (the e2e code is type-checked without the DOM library). */
function styleOf(locator: Locator, property: 'borderLeftStyle' | 'borderTopStyle'): Promise<string> {
  return locator.evaluate((element, name) => {
    const view = globalThis as unknown as { getComputedStyle(target: unknown): Record<string, string> };
    return view.getComputedStyle(element)[name] ?? '';
  }, property);
}

/**
 * The demo review, seeded relative to today: question 1a was due two days ago (MLSP leads, NDA and
 * IOM contribute), so it is overdue in three lanes; the final deadline is four weeks away.
 */
describe('the deadlines page shows the review as lanes per organisation', () => {
  const journey = startJourney(async (page) => {
    await signIn(page, DEMO_COORDINATOR);
  });

  it('the coordinator sees every lane with today and the final deadline, and follows an overdue marker', async () => {
    const { server, page } = journey;
    const reviewId = server.demoReviewId;
    const organisations = (
      (await (await page.request.get(`/api/reviews/${reviewId}/organisations`)).json()) as {
        organisations: { name: string }[];
      }
    ).organisations;
    expect(organisations.length).toBeGreaterThan(2);

    await page.goto(`/reviews/${reviewId}/deadlines`);
    const lanes = page.getByTestId('lanes');
    await lanes.waitFor();

    // One lane per organisation of the review, each crossed by the today and final-deadline lines.
    const lane = lanes.getByTestId('lane');
    expect(await lane.count()).toBe(organisations.length);
    expect(await lanes.locator('.lane__line--today').count()).toBe(organisations.length);
    expect(await lanes.locator('.lane__line--final').count()).toBe(organisations.length);
    expect(await page.getByTestId('today-flag').textContent()).toBe('Today');
    expect(await page.getByTestId('final-deadline-flag').textContent()).toContain('Final deadline');
    expect(await page.getByTestId('today-flag').isVisible()).toBe(true);
    expect(await page.getByTestId('final-deadline-flag').isVisible()).toBe(true);
    // Today lies left of the final deadline, four weeks before it.
    const todayBox = await page.getByTestId('today-flag').boundingBox();
    const finalBox = await page.getByTestId('final-deadline-flag').boundingBox();
    expect(todayBox && finalBox && todayBox.x < finalBox.x).toBe(true);

    // An organisation with nothing to answer says so (UNICEF has no assignment in the demo).
    const unicef = lane.filter({ hasText: 'UNICEF' });
    expect(await unicef.getByText('Nothing assigned').isVisible()).toBe(true);

    // MLSP's lane: 1a overdue, marked so in words, shape and colour.
    const mlsp = lane.filter({ hasText: 'Ministry of Labour and Social Protection' });
    const overdue = mlsp.getByRole('link', { name: /^Question 1a, due \d+ \w+ \d{4}, overdue$/ });
    expect(await overdue.count()).toBe(1);
    expect(await overdue.getAttribute('class')).toContain('lane__marker--overdue');
    expect(await overdue.textContent()).toMatch(/^✕1a/);
    expect(await lanes.locator('.lane__marker--overdue').count()).toBe(3);

    // The same facts in words.
    const mlspRow = page.getByTestId('lanes-table').getByRole('row', { name: /MLSP/ });
    expect(await mlspRow.getByRole('cell').last().textContent()).toBe('1: 1a');

    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'deadlines-timeline');

    // On a phone the lanes scroll sideways inside their card; the page itself does not.
    await page.setViewportSize({ width: 320, height: 800 });
    const widths = await page.evaluate(
      '({ page: document.documentElement.scrollWidth, window: window.innerWidth })',
    );
    expect(widths).toEqual({ page: 320, window: 320 });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'deadlines-timeline-320');
    // The lanes alone, to look at (the whole page is too long to read at this width).
    await page.getByRole('region', { name: 'Timeline by organisation' }).screenshot({
      path: path.resolve(__dirname, '..', 'test-results', 'deadlines-timeline-320-lanes.png'),
    });
    await page.setViewportSize({ width: 1280, height: 800 });

    // In forced colours (Windows high contrast) the lines and the markers' borders remain.
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    expect(await styleOf(lanes.locator('.lane__line--today').first(), 'borderLeftStyle')).toBe('solid');
    expect(await styleOf(lanes.locator('.lane__line--final').first(), 'borderLeftStyle')).toBe('double');
    expect(await styleOf(overdue, 'borderTopStyle')).toBe('double');
    await page.getByRole('region', { name: 'Deadlines at a glance' }).screenshot({
      path: path.resolve(__dirname, '..', 'test-results', 'deadlines-timeline-forced-colours.png'),
    });
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });

    // The overdue marker opens the assignment.
    const href = await overdue.getAttribute('href');
    expect(href).toMatch(/^\/assignments\/[0-9a-f-]{36}$/);
    await overdue.click();
    await page.waitForURL(`**${href}`);
    await page.getByRole('heading', { level: 1, name: 'Question 1a' }).waitFor();
    expect(await page.getByText('Ministry of Labour and Social Protection').first().isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'deadlines-timeline-assignment');
  });
});
