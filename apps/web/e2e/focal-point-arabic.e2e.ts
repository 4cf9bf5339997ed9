import { waitUntil } from '@gcm/domain/testing';
import { shellMessages } from '../src/app/shell.messages';
import { myAssignmentsMessages } from '../src/features/assignments/my-assignments.messages';
import { signInMessages } from '../src/features/auth/sign-in.messages';
import { contributionsMessages } from '../src/features/contributions/contributions.messages';
import { expectAccessible } from './support/axe';
import { DEMO_PASSWORD, screenshot } from './support/browser';
import { startJourney } from './support/journey';

/** What the screens say in Arabic, from their own catalogues (so a better translation keeps this test). */
const AR = {
  ...shellMessages.ar,
  ...signInMessages.ar,
  ...myAssignmentsMessages.ar,
  ...contributionsMessages.ar,
};
const FOCAL_POINT = 'focal.point@mlsp.mn.example';
const ANSWER = 'اعتمدت منغوليا في عام 2019 برنامجًا وطنيًا لحماية العمال المهاجرين.';

describe('the focal point’s path in Arabic', () => {
  const journey = startJourney();

  it('MLSP’s focal point signs in, finds question 1b, drafts and submits it, right to left throughout', async () => {
    const { page } = journey;
    await page.goto('/sign-in');
    await page.getByLabel('Language').selectOption('ar');
    await page.getByRole('heading', { level: 1, name: AR['signIn.title'] }).waitFor();
    await page.getByLabel(AR['signIn.email']).fill(FOCAL_POINT);
    await page.getByLabel(AR['signIn.password']).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: AR['signIn.submit'] }).click();

    // My assignments, mirrored: the navigation starts at the right.
    await page
      .getByRole('navigation', { name: AR['shell.nav'] })
      .getByRole('link', { name: AR['shell.nav.myAssignments'] })
      .click();
    await page.getByRole('heading', { level: 1, name: AR['myAssignments.title'] }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const brand = await page.getByRole('link', { name: AR['shell.brand'] }).boundingBox();
    expect(brand && brand.x + brand.width).toBeGreaterThan(1000);
    await screenshot(page, 'arabic-1-my-assignments');
    await expectAccessible(page);

    // Question 1b: the editor's labels and buttons in Arabic.
    await page
      .getByRole('link', {
        name: AR['myAssignments.open'].replace(/<\/?hidden>/g, '').replace('{code}', '1b'),
      })
      .first()
      .click();
    const answer = page.getByLabel(AR['contribution.editor.label']);
    await answer.waitFor();
    await answer.fill(ANSWER);
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PUT' && response.url().endsWith('/contribution'),
    );
    await page.getByRole('button', { name: AR['contribution.answer.saveDraft'] }).click();
    expect((await saved).status()).toBe(200);
    await screenshot(page, 'arabic-2-contribution');
    await expectAccessible(page);

    await page.getByRole('button', { name: AR['contribution.action.submit'] }).click();
    const assignmentId = new URL(page.url()).pathname.split('/').at(-1);
    await waitUntil(
      async () => {
        const contribution = (await (
          await page.request.get(`/api/assignments/${assignmentId}/contribution`)
        ).json()) as {
          assignment: { state: string };
          body: string;
        };
        return contribution.assignment.state === 'submitted' && contribution.body === ANSWER;
      },
      { what: 'the Arabic draft to be submitted' },
    );
    await page.getByRole('button', { name: AR['contribution.action.submit'] }).waitFor({ state: 'detached' });
    await screenshot(page, 'arabic-3-submitted');
    await expectAccessible(page);
  });
});
