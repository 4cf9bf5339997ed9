import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { DEMO_PASSWORD, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';

// The demo's focal point of the Ministry of Labour and Social Protection leads questions 1a–1d.
const FOCAL_POINT = 'focal.point@mlsp.mn.example';
const FIRST_TEXT = 'Mongolia adopted the Law on Labour Migration in 2016; the first draft of this answer.';
const SECOND_TEXT = 'Remittances from the Republic of Korea grew in 2019, as the central bank reports.';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const answerBox = (page: Page) => page.getByLabel('Your answer');
const saveStatus = (page: Page) => page.getByTestId('save-status');

/** From "My assignments", the editor of `code`; returns its address. */
async function openQuestion(page: Page, code: string): Promise<string> {
  await nav(page).getByRole('link', { name: 'My assignments' }).click();
  await page.waitForURL('**/my/assignments');
  await page.getByRole('link', { name: `Open question ${code}` }).click();
  await page.getByRole('heading', { level: 1, name: `Question ${code}` }).waitFor();
  await answerBox(page).waitFor();
  return new URL(page.url()).pathname;
}

describe('leaving the editor with unsaved text', () => {
  const journey = startJourney(async (page) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, FOCAL_POINT, DEMO_PASSWORD);
  });

  it('asks before leaving; Stay keeps the text; after "Leave without saving" the text is offered back', async () => {
    const { page } = journey;
    const editor = await openQuestion(page, '1a');
    expect(await axeViolations(page)).toEqual([]);

    // The server does not take saves for now (as when the connection drops): whether autosave tries
    // or not, the text must survive.
    const refuse = '**/api/assignments/*/contribution';
    await page.route(refuse, (route) =>
      route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
    );
    await answerBox(page).fill(FIRST_TEXT);
    await saveStatus(page)
      .getByText(/Unsaved changes|Not saved/)
      .waitFor();
    await nav(page).getByRole('link', { name: 'My assignments' }).click();

    const dialog = page.getByRole('dialog', { name: 'You have unsaved changes' });
    await dialog.waitFor();
    // Focus is in the dialog, on "Stay".
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Stay');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'unsaved-text-1-dialog');

    await dialog.getByRole('button', { name: 'Stay' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(new URL(page.url()).pathname).toBe(editor);
    expect(await answerBox(page).inputValue()).toBe(FIRST_TEXT);

    // Escape is "Stay" too.
    await nav(page).getByRole('link', { name: 'My assignments' }).click();
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await answerBox(page).inputValue()).toBe(FIRST_TEXT);

    await nav(page).getByRole('link', { name: 'My assignments' }).click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL('**/my/assignments');
    await page.getByRole('link', { name: 'Open question 1a' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The server takes saves again. Back on the editor, the text kept in this browser is offered.
    await page.unroute(refuse);
    await page.getByRole('link', { name: 'Open question 1a' }).click();
    await page.getByRole('heading', { level: 1, name: 'Question 1a' }).waitFor();
    const restore = page.getByRole('button', { name: 'Restore your unsaved text' });
    await restore.waitFor();
    expect(await answerBox(page).inputValue()).not.toBe(FIRST_TEXT);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'unsaved-text-2-restore');
    await restore.click();
    expect(await answerBox(page).inputValue()).toBe(FIRST_TEXT);

    // Autosave then stores it: leaving no longer asks, and the text is the server's on return.
    await saveStatus(page)
      .getByText(/^Saved at \d\d:\d\d$/)
      .waitFor();
    await nav(page).getByRole('link', { name: 'My assignments' }).click();
    await page.waitForURL('**/my/assignments');
    await page.getByRole('link', { name: 'Open question 1a' }).click();
    await answerBox(page).waitFor();
    expect(await answerBox(page).inputValue()).toBe(FIRST_TEXT);
    expect(await restore.count()).toBe(0);
  });

  it('leaves without asking once autosave has saved the text', async () => {
    const { page } = journey;
    await openQuestion(page, '1b');
    await answerBox(page).fill(SECOND_TEXT);
    await saveStatus(page).getByText('Unsaved changes').waitFor();
    await saveStatus(page)
      .getByText(/^Saved at \d\d:\d\d$/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await nav(page).getByRole('link', { name: 'My assignments' }).click();
    await page.waitForURL('**/my/assignments');
    expect(await page.getByRole('dialog').count()).toBe(0);

    await page.getByRole('link', { name: 'Open question 1b' }).click();
    await answerBox(page).waitFor();
    expect(await answerBox(page).inputValue()).toBe(SECOND_TEXT);
    expect(await page.getByRole('button', { name: 'Restore your unsaved text' }).count()).toBe(0);
    await saveStatus(page).getByText('Saved').waitFor();
  });
});
