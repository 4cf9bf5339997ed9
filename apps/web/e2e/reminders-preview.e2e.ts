import { axeViolations } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn } from './support/browser';
import { startJourney } from './support/journey';

/** Question 1a (MLSP) is two days overdue in the demo: its first escalation is a day away. */
const HEAD = { email: 'state.secretary@mlsp.mn.example', name: 'O. Gantulga' };
const MLSP = 'Ministry of Labour and Social Protection';

describe("the reminders page shows an escalation's recipient and previews it", () => {
  const journey = startJourney(async (page) => {
    await signIn(page, DEMO_COORDINATOR);
  });

  it('the coordinator names a head contact, finds the escalation to them in the next 7 days and previews it', async () => {
    const { server, page } = journey;
    const reviewId = server.demoReviewId;
    // Not browser fetches: a cookie-authenticated write must say its Origin itself.
    const headers = { Origin: server.baseUrl };

    // The demo names no head contacts: nothing escalates to the head of MLSP (question 1a's lead).
    await page.goto(`/reviews/${reviewId}/reminders`);
    expect(await page.getByLabel('Going out in the next 7 days').isChecked()).toBe(true);
    await page.getByLabel('Kind').selectOption({ label: 'Escalations' });
    await page.getByTestId('outbox').or(page.getByText('Nothing goes out in the next 7 days.')).waitFor();
    const escalationsOf1a = page.getByTestId('outbox-row').filter({ hasText: 'Question 1a' });
    expect(await escalationsOf1a.filter({ hasText: 'to the head of the organisation' }).count()).toBe(0);

    // The coordinator invites MLSP's state secretary and makes them its head contact.
    const organisations = (await (
      await page.request.get(`/api/reviews/${reviewId}/organisations`)
    ).json()) as {
      organisations: { id: string; shortName: string | null }[];
    };
    const mlsp = organisations.organisations.find((o) => o.shortName === 'MLSP');
    expect(mlsp).toBeDefined();
    const invited = await page.request.post(`/api/reviews/${reviewId}/members`, {
      headers,
      data: { ...HEAD, title: 'State Secretary', role: 'observer', organisationId: mlsp?.id },
    });
    expect(invited.status()).toBe(201);
    const { member } = (await invited.json()) as { member: { personId: string } };
    const named = await page.request.patch(`/api/reviews/${reviewId}/organisations/${mlsp?.id}`, {
      headers,
      data: { headContactId: member.personId },
    });
    expect(named.status()).toBe(200);

    // Back on the reminders page, escalations only, in the default view of the next 7 days.
    await page.reload();
    expect(await page.getByLabel('Going out in the next 7 days').isChecked()).toBe(true);
    await page.getByLabel('Kind').selectOption({ label: 'Escalations' });
    const row = escalationsOf1a.filter({ hasText: 'to the head of the organisation' });
    await row.waitFor();
    expect(await row.textContent()).toContain(HEAD.email);
    expect(await row.textContent()).toContain('if it went out now');
    // Every row listed is an escalation, to the head of the organisation or to the coordinator.
    const rows = await page.getByTestId('outbox-row').allTextContents();
    expect(rows.length).toBeGreaterThan(0);
    for (const text of rows) expect(text).toMatch(/to the head of the organisation|to the coordinator/);
    expect(await axeViolations(page)).toEqual([]);

    // The preview shows the e-mail as it will go out.
    const preview = row.getByRole('button', { name: /^Preview/ });
    expect(await preview.getAttribute('aria-expanded')).toBe('false');
    await preview.click();
    const shown = page.getByTestId('outbox-preview');
    await shown.waitFor();
    expect(await row.getByRole('button', { name: /^Hide/ }).getAttribute('aria-expanded')).toBe('true');
    const text = (await shown.textContent()) ?? '';
    expect(text).toContain(`To: ${HEAD.email}`);
    expect(text).toMatch(
      new RegExp(`Subject: Escalation: question 1a \\(${MLSP}\\) is overdue by \\d+ days?`),
    );
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'reminders-preview');
  });
});
