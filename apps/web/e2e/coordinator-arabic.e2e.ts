import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, screenshot } from './support/browser';
import { signInIn } from './support/in-language';
import { startJourney } from './support/journey';

/** Arabic letters: a heading the screens write (not data such as the review's title) has them. */
const ARABIC = /[\u0600-\u06ff]/;

/** Every page of the review a coordinator works in, and whether its h1 is the tool's words (not data). */
const PAGES: { path: string; toolHeading: boolean }[] = [
  { path: '', toolHeading: false },
  { path: '/assignments', toolHeading: true },
  { path: '/people', toolHeading: true },
  { path: '/questionnaire', toolHeading: true },
  { path: '/questions/1a', toolHeading: true },
  { path: '/deadlines', toolHeading: true },
  { path: '/reminders', toolHeading: true },
  { path: '/workshops', toolHeading: true },
  { path: '/votes', toolHeading: true },
  { path: '/report', toolHeading: true },
  { path: '/settings', toolHeading: true },
  { path: '/activity', toolHeading: true },
];

/**
 * Issue 14, part 4, right to left: the coordinator's every review page in Arabic, mirrored, with
 * axe at 0 on each (WCAG 2.2 AA, target sizes included) and a screenshot of each to look at.
 */
describe('the coordinator’s pages in Arabic', () => {
  const journey = startJourney();

  it('the Mongolian coordinator works through every page of the review in Arabic, axe at 0 on each', async () => {
    const { server, page } = journey;
    await signInIn(page, 'ar', DEMO_COORDINATOR);

    await page.goto('/reviews');
    await page.locator('h1').waitFor();
    expect(await page.locator('h1').textContent()).toMatch(ARABIC);
    await expectAccessible(page);

    for (const { path, toolHeading } of PAGES) {
      await page.goto(`/reviews/${server.demoReviewId}${path}`);
      const heading = page.locator('h1');
      await heading.waitFor();
      // The page has loaded its data when no "loading" status is left.
      await page
        .locator('.spinner')
        .first()
        .waitFor({ state: 'detached' })
        .catch(() => undefined);
      expect(await page.locator('html').evaluate((html) => [html.lang, html.dir])).toEqual(['ar', 'rtl']);
      if (toolHeading)
        expect({ path, h1: await heading.textContent() }).toEqual({
          path,
          h1: expect.stringMatching(ARABIC),
        });
      await screenshot(page, `coordinator-arabic${path.replace(/\//g, '-') || '-overview'}`);
      await expectAccessible(page);
    }
  });
});
