import { axeViolations } from './support/axe';
import { DEMO_COORDINATOR, screenshot, signIn, signOut } from './support/browser';
import { startJourney } from './support/journey';
import { mailTo } from './support/server';

const TITLE = 'Priority objectives: a first reading';
const VOTERS = [
  'focal.point@undp.mn.example',
  'focal.point@unfpa.mn.example',
  'focal.point@unicef.mn.example',
];
const [VOTER, ...NOT_VOTED] = VOTERS as [string, ...string[]];
const OPENED = new RegExp(`^The vote "${TITLE}" is open until `);
const REMINDER = new RegExp(`^Your vote is awaited: "${TITLE}" closes on `);

describe('a vote, from its opening e-mail to the reminder of those who have not voted', () => {
  const journey = startJourney();

  it('each voter is told it is open; one votes; the coordinator sees the others and reminds just them', async () => {
    const { server, page } = journey;
    const reviewId = server.demoReviewId;

    // The coordinator opens an approval vote for three stakeholders.
    await signIn(page, DEMO_COORDINATOR);
    const members = (await (await page.request.get(`/api/reviews/${reviewId}/members`)).json()) as {
      members: { personId: string; email: string }[];
    };
    const voterIds = VOTERS.map((email) => members.members.find((m) => m.email === email)?.personId);
    expect(voterIds.every(Boolean)).toBe(true);
    const created = await page.request.post(`/api/reviews/${reviewId}/votes`, {
      // Not a browser fetch: a cookie-authenticated write must say its Origin itself.
      headers: { Origin: server.baseUrl },
      data: {
        title: TITLE,
        rules: { method: 'approval', maxPicks: 3 },
        voterIds,
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    });
    expect(created.status()).toBe(201);
    const roundId = ((await created.json()) as { id: string }).id;
    await signOut(page);

    // Everyone who may vote gets the opening e-mail, whose link opens the vote.
    const opened = await Promise.all(VOTERS.map((email) => mailTo(server, email, OPENED)));
    const links = opened.map(
      (mail) => /https?:\/\/\S+\/votes\/[0-9a-f-]{36}/.exec(mail.parsed.text ?? '')?.[0] ?? '',
    );
    for (const link of links) expect(new URL(link).pathname).toBe(`/votes/${roundId}`);

    // The first voter follows the link and votes in the browser.
    await signIn(page, VOTER);
    await page.goto(new URL(links[0] ?? '').pathname);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    for (const objective of [1, 7, 23]) {
      await page.getByLabel(new RegExp(`\\bObjective ${objective} — `)).check();
    }
    await page.getByTestId('picks-left').getByText('0 of 3 picks left').waitFor();
    await page.getByTestId('cast-ballot').click();
    await page.getByTestId('ballot-saved').getByText(/\S/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'vote-announcements-1-ballot');
    await signOut(page);

    // The coordinator sees the two others in "Not voted yet" and reminds them.
    await signIn(page, DEMO_COORDINATOR);
    await page.goto(`/votes/${roundId}/results`);
    await page.getByRole('heading', { name: `Not voted yet (${NOT_VOTED.length})` }).waitFor();
    const listed = async () => (await page.getByTestId('non-voters').textContent()) ?? '';
    for (const email of NOT_VOTED) expect(await listed()).toContain(email);
    expect(await listed()).not.toContain(VOTER);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Send a reminder to those who have not voted' }).click();
    await page.getByTestId('remind-result').getByText(`${NOT_VOTED.length} reminders queued.`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'vote-announcements-2-reminded');

    // The reminders reach the two who have not voted, and nobody else: the review's outbox holds
    // one sent reminder for this vote per person who has not voted.
    await Promise.all(NOT_VOTED.map((email) => mailTo(server, email, REMINDER)));
    const outbox = (await (
      await page.request.get(`/api/reviews/${reviewId}/outbox?kind=vote.reminder&limit=500`)
    ).json()) as { messages: { kind: string; status: string; to: string[]; subject: string | null }[] };
    const reminders = outbox.messages.filter(
      (message) => message.kind === 'vote.reminder' && REMINDER.test(message.subject ?? ''),
    );
    expect(reminders.flatMap((message) => message.to).sort()).toEqual([...NOT_VOTED].sort());
    const received = server.mail.received.filter((mail) => REMINDER.test(mail.parsed.subject ?? ''));
    expect(received.flatMap((mail) => mail.envelopeTo).sort()).toEqual([...NOT_VOTED].sort());
  });
});
