import type { Page } from 'playwright-core';
import { axeViolations } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn, signOut } from './support/browser';
import { startJourney } from './support/journey';
import { mailTo } from './support/server';
import { requestChanges, saveDraftAndSubmit } from './support/steps';

// The demo's focal point of the Ministry of Labour and Social Protection leads questions 1a–1d.
const FOCAL_POINT = 'focal.point@mlsp.mn.example';
const DRAFT = 'In 2019, 6,767,687 border crossings were registered at 26 checkpoints.';
const REQUEST = 'Please add the 2019 figures by province.';
const REPLY = 'The provincial figures are not published yet; the NSO expects them in January.';

const comments = (page: Page) => page.getByRole('region', { name: 'Comments' });

/** The demo review's assignment of question 1b to MLSP, as the API lists it. */
async function assignmentPath(page: Page, reviewId: string): Promise<string> {
  const response = await page.request.get(`/api/reviews/${reviewId}/assignments?questionCode=1b`);
  const body = (await response.json()) as {
    assignments: { id: string; organisation: { shortName: string } }[];
  };
  const mlsp = body.assignments.find((a) => a.organisation.shortName === 'MLSP');
  if (!mlsp) throw new Error(`No MLSP assignment of 1b: ${JSON.stringify(body)}`);
  return `/assignments/${mlsp.id}`;
}

describe('answering the coordinator: comments both ways on a contribution', () => {
  const journey = startJourney();

  it('the coordinator asks for changes, the focal point answers from the banner, the coordinator reads it on the contribution and in the history', async () => {
    const { server, page } = journey;

    // 1. The focal point drafts 1b and submits it.
    await signIn(page, FOCAL_POINT);
    const path = await assignmentPath(page, server.demoReviewId);
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: 'Question 1b' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await saveDraftAndSubmit(page, DRAFT);
    await signOut(page);

    // 2. The coordinator asks for changes.
    await signIn(page, DEMO_COORDINATOR);
    await page.goto(path);
    await page.getByText(DRAFT).waitFor();
    await requestChanges(page, REQUEST);
    await signOut(page);

    // 3. The focal point answers from the banner; the answer joins the conversation.
    await signIn(page, FOCAL_POINT);
    await page.goto(path);
    const banner = page.getByTestId('change-request');
    await banner.getByText(REQUEST).waitFor();
    await banner.getByRole('button', { name: 'Answer the coordinator' }).click();
    const box = comments(page).getByLabel('Your reply');
    // The text box has the focus, and says what it answers.
    await page.waitForFunction(
      "document.activeElement && document.activeElement.labels && document.activeElement.labels[0] && document.activeElement.labels[0].textContent === 'Your reply'",
    );
    await comments(page)
      .getByText(/Replying to .* \(coordinator\): “Please add the 2019 figures by province\.”/)
      .waitFor();
    await box.fill(REPLY);
    expect(await axeViolations(page)).toEqual([]);
    await comments(page).getByRole('button', { name: 'Send the reply' }).click();
    await comments(page).getByTestId('comment').filter({ hasText: REPLY }).waitFor();
    await comments(page).getByLabel('Add a comment').waitFor();
    expect(await comments(page).getByLabel('Add a comment').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'comments-1-answered');
    await signOut(page);

    // 4. The coordinator is told by e-mail and follows its link to the reply.
    const mail = await mailTo(server, DEMO_COORDINATOR, /commented on question 1b/);
    expect(mail.parsed.text).toContain(REPLY);
    const link = /https?:\/\/\S+\/assignments\/[0-9a-f-]{36}/.exec(mail.parsed.text ?? '')?.[0] ?? '';
    expect(new URL(link).pathname).toBe(path);
    await signIn(page, DEMO_COORDINATOR);
    await page.goto(new URL(link).pathname);
    const reply = comments(page).getByTestId('comment').filter({ hasText: REPLY });
    await reply.waitFor();
    expect(await reply.textContent()).toMatch(/\(focal point\)/);
    expect(await reply.textContent()).toMatch(/In reply to .*Please add the 2019 figures by province/);
    expect(await axeViolations(page)).toEqual([]);

    // 5. The history shows the request and the answer between the saved versions, newest first.
    await page.getByRole('link', { name: 'Revision history' }).click();
    await page.getByRole('heading', { level: 1, name: /Revision history/ }).waitFor();
    const list = page.getByRole('list', { name: 'Saved versions and comments, newest first' });
    await list.getByTestId('history-comment').filter({ hasText: REPLY }).waitFor();
    const entries = await list.locator(':scope > li').allTextContents();
    expect(entries).toEqual([
      expect.stringMatching(/^Reply.*\(focal point\).*The provincial figures/),
      expect.stringMatching(/^Changes requested.*\(coordinator\).*Please add the 2019 figures/),
      expect.stringMatching(/^Version 1/),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'comments-2-history');
  });
});
