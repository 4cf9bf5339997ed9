import type { Locator, Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';

/** The codes of the questions listed in `container`, in the order shown. */
async function codesIn(container: Locator, prefix: string): Promise<string[]> {
  return container
    .locator(`[data-testid^="${prefix}"]`)
    .evaluateAll(
      (items, start) => items.map((item) => item.getAttribute('data-testid')?.slice(start.length) ?? ''),
      prefix,
    );
}

function questionCard(page: Page, code: string): Locator {
  return page.getByTestId(`questionnaire-question-${code}`);
}

describe('the coordinator tailors the review’s questionnaire', () => {
  const journey = startJourney(async (page) => {
    await signIn(page, DEMO_COORDINATOR);
  });
  const questionnaire = () => `/reviews/${journey.server.demoReviewId}/questionnaire`;

  it('rewords a question’s guidance and finds it again after a reload', async () => {
    const { page } = journey;
    await page.goto(questionnaire());
    const card = questionCard(page, '1b');
    await card.getByRole('button', { name: 'Edit guidance of question 1b' }).click();
    const form = page.getByTestId('tailor-1b');
    await form
      .getByLabel('Guidance')
      .fill('Say which bilateral labour agreements Mongolia signed since 2018.');
    await form.getByLabel('Word target').fill('400');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Save the guidance' }).click();
    await card.getByRole('status').getByText('The guidance of question 1b is saved.').waitFor();

    await page.reload();
    await questionCard(page, '1b')
      .getByText('Say which bilateral labour agreements Mongolia signed since 2018.')
      .waitFor();
    expect(await questionCard(page, '1b').textContent()).toContain('about 400 words');
  });

  it('marks a question not applicable and applicable again', async () => {
    const { page } = journey;
    await page.goto(questionnaire());
    const status = page.getByTestId('applicability-4d');
    await status.getByRole('button', { name: 'Mark not applicable (question 4d)' }).click();
    await status.getByText('Not applicable', { exact: true }).waitFor();
    await expectAccessible(page);

    await page.reload();
    await page.getByTestId('applicability-4d').getByText('Not applicable', { exact: true }).waitFor();
    await page
      .getByTestId('applicability-4d')
      .getByRole('button', { name: 'Applicable again (question 4d)' })
      .click();
    await page
      .getByTestId('applicability-4d')
      .getByRole('button', { name: 'Mark not applicable (question 4d)' })
      .waitFor();
    expect(
      await page.getByTestId('applicability-4d').getByText('Not applicable', { exact: true }).count(),
    ).toBe(0);
  });

  it('adds a national question after 1a: listed in order here and on the review overview', async () => {
    const { page, server } = journey;
    await page.goto(questionnaire());
    const form = page.getByRole('form', { name: 'Add a national question' });
    await form.getByLabel('Code').fill('N1');
    await form.getByLabel('After question').selectOption('1a');
    await form.getByLabel('Question', { exact: true }).fill('How do returning migrants find work?');
    await form.getByLabel('Guidance').fill('The services of the labour offices for returnees.');
    await form.getByLabel('Text', { exact: true }).check();
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Add the question' }).click();
    await page.getByTestId('question-added').getByText('Question N1 is added.').waitFor();

    const section = page.getByTestId('questionnaire-section-1');
    await questionCard(page, 'N1').getByText('National question').waitFor();
    expect(await codesIn(section, 'questionnaire-question-')).toEqual(['1a', 'N1', '1b', '1c', '1d']);
    await screenshot(page, 'questionnaire-tailored');
    await expectAccessible(page);

    await page.goto(`/reviews/${server.demoReviewId}`);
    const cluster = page.getByTestId('cluster-1');
    await cluster.getByTestId('question-N1').getByText('How do returning migrants find work?').waitFor();
    await cluster.getByTestId('question-N1').getByText('National question').waitFor();
    const listed = (await codesIn(cluster, 'question-')).filter((code) => /^(1[a-d]|N1)$/.test(code));
    expect(listed).toEqual(['1a', 'N1', '1b', '1c', '1d']);
    await expectAccessible(page);
  });

  it('refuses a change to guidance someone else changed meanwhile, and reloads theirs', async () => {
    const { page, server } = journey;
    await page.goto(questionnaire());
    const card = questionCard(page, '1c');
    await card.getByRole('button', { name: 'Edit guidance of question 1c' }).click();
    const form = page.getByTestId('tailor-1c');
    await form.getByLabel('Guidance').fill('My wording.');

    // Someone else (here the same coordinator in another tab) saves question 1c first.
    const review = (await (await page.request.get(`/api/reviews/${server.demoReviewId}`)).json()) as {
      clusters: { questions: { code: string; version: number }[] }[];
    };
    const version = review.clusters.flatMap((c) => c.questions).find((q) => q.code === '1c')?.version;
    const other = await page.request.patch(`/api/reviews/${server.demoReviewId}/questions/1c`, {
      headers: { Origin: server.baseUrl },
      data: { version, guidance: 'Their wording.' },
    });
    expect(other.status()).toBe(200);

    await form.getByRole('button', { name: 'Save the guidance' }).click();
    const conflict = form.getByTestId('tailor-conflict');
    await conflict.getByText('Someone else changed question 1c').waitFor();
    await expectAccessible(page);
    await conflict.getByRole('button', { name: 'Reload the question' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await form.getByLabel('Guidance').inputValue()).toBe('Their wording.');

    await form.getByLabel('Guidance').fill('Our agreed wording.');
    await form.getByRole('button', { name: 'Save the guidance' }).click();
    await card.getByText('Our agreed wording.').waitFor();
  });
});
