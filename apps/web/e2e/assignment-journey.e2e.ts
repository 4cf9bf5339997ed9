import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/axe';
import { collectCspViolations, DEMO_COORDINATOR, screenshot, signIn, signOut } from './support/browser';
import { startJourney } from './support/journey';
import { mailTo } from './support/server';
import { requestChanges, saveDraftAndSubmit } from './support/steps';

/** A minimal, valid one-page PDF: what a ministry would attach as "Attachment 1". */
function pdfFile(): string {
  const file = path.join(os.tmpdir(), `attachment-1-${process.pid}.pdf`);
  const body = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  writeFileSync(file, body);
  return file;
}

const BORDER_FOCAL_POINT = {
  name: 'O. Ganbold',
  email: 'border.analyst@gdbp.mn.example',
  password: 'border-protection-2020',
};
const TEXT_2B =
  'The Government of Mongolia has been taking measures to eliminate trafficking in persons by joining the ' +
  'international human rights convention and by strengthening the legal framework.';

describe('the assignment journey, from "who answers what" to an accepted contribution', () => {
  let cspViolations: string[];
  const journey = startJourney(async (page) => {
    cspViolations = await collectCspViolations(page);
  });

  it('runs from the coordinator assigning 2b to an acceptance after one round of changes', async () => {
    const { server, page } = journey;
    const reviewId = server.demoReviewId;

    // 1. The coordinator invites the border agency's focal point and assigns question 2b.
    await signIn(page, DEMO_COORDINATOR);
    await page.goto(`/reviews/${reviewId}/people`);
    const invite = page.getByTestId('invite-form');
    await invite.getByLabel('E-mail').fill(BORDER_FOCAL_POINT.email);
    await invite.getByLabel('Name', { exact: true }).fill(BORDER_FOCAL_POINT.name);
    await invite.getByLabel('Role').selectOption('contributor');
    await invite
      .getByLabel('Organisation')
      .selectOption({ label: 'General Department for Border Protection (GDBP)' });
    await invite.getByRole('button', { name: 'Invite' }).click();
    await page
      .getByTestId('invitation-result')
      .getByText(/on its way to/)
      .waitFor();
    await expectAccessible(page);
    // The link is e-mailed to the address only: the screen never shows it.
    expect(await page.getByTestId('invitation-result').textContent()).not.toMatch(/\/invitations\//);
    const invitationMail = await mailTo(server, BORDER_FOCAL_POINT.email, /invites you/);
    const invitationUrl =
      /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{40,}/.exec(invitationMail.parsed.text ?? '')?.[0] ?? '';
    expect(invitationUrl).toMatch(/\/invitations\/[A-Za-z0-9_-]{40,}$/);

    await page.goto(`/reviews/${reviewId}/assignments`);
    await page.getByTestId('matrix-cell-2b-GDBP').click();
    const form = page.getByTestId('assign-form');
    await form.getByLabel('Role').selectOption('lead');
    await form.getByLabel('Due date').fill('2026-12-18');
    await form.getByLabel(BORDER_FOCAL_POINT.name).check();
    await form.getByRole('button', { name: 'Assign', exact: true }).click();
    await page.getByTestId('matrix-cell-2b-GDBP').getByText(/L/).waitFor();
    await screenshot(page, 'journey-1-matrix');
    await expectAccessible(page);
    // Chase it at once: "Remind now" on the assignment page.
    await page.goto(await firstAssignmentUrl(page, reviewId, '2b'));
    await page.getByTestId('remind-now').click();
    await page.getByText(/Reminder queued/).waitFor();
    await expectAccessible(page);
    await signOut(page);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectAccessible(page);

    // 2. The focal point accepts the invitation, drafts, attaches and submits.
    const path2 = new URL(invitationUrl).pathname;
    await page.goto(path2);
    await page.getByLabel('New password', { exact: true }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('New password', { exact: true }).fill(BORDER_FOCAL_POINT.password);
    await page.getByLabel('Confirm the new password').fill(BORDER_FOCAL_POINT.password);
    await page.getByRole('button', { name: 'Join the review' }).click();
    await page.getByTestId('signed-in-as').waitFor();
    await page.goto('/my/assignments');
    await page.getByTestId('my-assignment').filter({ hasText: 'Question 2b' }).waitFor();
    await expectAccessible(page);
    // The assignment e-mail and the reminder reached the focal point; the reminder's link opens the assignment.
    const assignmentMail = await mailTo(server, BORDER_FOCAL_POINT.email, /^Question 2b /);
    expect(assignmentMail.parsed.subject).toMatch(/due Friday 18 December 2026$/);
    const reminder = await mailTo(
      server,
      BORDER_FOCAL_POINT.email,
      /^Reminder: question 2b \(General Department for Border Protection\) is due in \d+ days, on Friday 18 December 2026$/,
    );
    const link = /https?:\/\/\S+\/assignments\/[0-9a-f-]{36}/.exec(reminder.parsed.text ?? '')?.[0] ?? '';
    await page.goto(new URL(link).pathname);
    await page.getByRole('heading', { name: 'Question 2b' }).waitFor();
    await page.getByLabel('Your answer').fill(TEXT_2B);
    await page
      .getByTestId('word-count')
      .getByText(/2\d \/ ~500/)
      .waitFor();
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByTestId('save-status').getByText(/Saved/).waitFor();
    await page.getByLabel('Attach a file').setInputFiles(pdfFile());
    await page.getByRole('link', { name: /attachment-1-.*\.pdf/ }).waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page
      .getByTestId('contribution-state')
      .getByText(/submitted/i)
      .waitFor();
    await screenshot(page, 'journey-2-submitted');
    await expectAccessible(page);
    await signOut(page);

    // 3. The coordinator asks for changes.
    await signIn(page, DEMO_COORDINATOR);
    const assignmentUrl = await firstAssignmentUrl(page, reviewId, '2b');
    await page.goto(assignmentUrl);
    await page.getByText(TEXT_2B).waitFor();
    await requestChanges(page, 'Please add the 2019–2020 border-crossing figures (6,767,687 travellers).');
    await signOut(page);

    // 4. The focal point revises and resubmits.
    await signIn(page, BORDER_FOCAL_POINT.email, BORDER_FOCAL_POINT.password);
    await page.goto(assignmentUrl);
    await page
      .getByTestId('change-request')
      .getByText(/6,767,687/)
      .waitFor();
    await expectAccessible(page);
    await page
      .getByLabel('Your answer')
      .fill(
        `${TEXT_2B}\n\nA total of 6,767,687 travellers from 183 countries were registered at 26 border checkpoints.`,
      );
    await saveDraftAndSubmit(page);
    await signOut(page);

    // 5. The coordinator accepts and sees the dashboard change.
    await signIn(page, DEMO_COORDINATOR);
    await page.goto(assignmentUrl);
    await page.getByRole('button', { name: 'Accept' }).click();
    await page
      .getByTestId('contribution-state')
      .getByText(/accepted/i)
      .waitFor();
    await expectAccessible(page);
    await page.goto(`/reviews/${reviewId}`);
    await page
      .getByTestId('question-2b')
      .getByText(/accepted/i)
      .first()
      .waitFor();
    await screenshot(page, 'journey-3-dashboard');
    await expectAccessible(page);
    // The whole journey ran under the API's Content-Security-Policy without a single violation.
    expect(cspViolations).toEqual([]);
  });
});

async function firstAssignmentUrl(page: Page, reviewId: string, code: string): Promise<string> {
  const response = await page.request.get(`/api/reviews/${reviewId}/assignments?questionCode=${code}`);
  const body = (await response.json()) as { assignments: { id: string; role: string }[] };
  const lead = body.assignments.find((a) => a.role === 'lead');
  if (!lead) throw new Error(`No lead assignment for ${code}: ${JSON.stringify(body)}`);
  return `/assignments/${lead.id}`;
}
