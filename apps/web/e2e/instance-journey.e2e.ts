import { expectAccessible } from './support/axe';
import { collectCspViolations, newPage, screenshot } from './support/browser';
import { startJourney } from './support/journey';
import { mailTo } from './support/server';
import { saveDraftAndSubmit } from './support/steps';

const ADMINISTRATOR = {
  email: 'ada.admin@escap.example',
  name: 'Ada Admin',
  password: 'a long administrator password',
};
const KAZAKH_COORDINATOR = {
  name: 'A. Nurlanovna',
  email: 'coordinator@mfa.kz.example',
  password: 'kazakh coordinator password',
};

describe('the installation: an administrator starts a country review, its coordinator sets it up from a CSV file and runs the assignment journey', () => {
  let cspViolations: string[];
  const journey = startJourney(async (page) => {
    cspViolations = await collectCspViolations(page);
  });

  it("runs from the administrator made by the command line to Kazakhstan's coordinator, who sees only that review", async () => {
    const { server, browser, page: admin } = journey;
    // 1. The installation's first administrator is made by the command line, which prints a
    // one-time link; opened in the browser, it sets the password and signs the administrator in.
    const printed = await server.admin(['create', ADMINISTRATOR.email, '--name', ADMINISTRATOR.name]);
    const activation = /https?:\/\/\S+\/account-links\/[A-Za-z0-9_-]{43}/.exec(printed)?.[0] ?? '';
    expect(activation).not.toBe('');
    await admin.goto(new URL(activation).pathname);
    await admin.getByLabel('New password', { exact: true }).fill(ADMINISTRATOR.password);
    await admin.getByLabel('Confirm the new password').fill(ADMINISTRATOR.password);
    await screenshot(admin, 'instance-0-activation');
    await expectAccessible(admin);
    await admin.getByRole('button', { name: 'Activate my account' }).click();
    await admin.waitForURL('**/instance');
    await admin.getByTestId('instance-review').filter({ hasText: 'Mongolia' }).waitFor();
    await screenshot(admin, 'instance-1-overview');
    await expectAccessible(admin);

    // 2. … and starts Kazakhstan's review, naming its coordinator.
    const form = admin.getByRole('form', { name: 'Start a review for a country' });
    await form.getByLabel('Country').fill('Kazakhstan');
    await form.getByLabel('Cycle (year)').fill('2027');
    await form.getByLabel('Time zone').fill('Asia/Almaty');
    await form.getByLabel('Final deadline', { exact: true }).fill('2027-08-31');
    await form.getByLabel(/^Time of the final deadline/).fill('17:00');
    await form.getByLabel("Coordinator's name").fill(KAZAKH_COORDINATOR.name);
    await form.getByLabel("Coordinator's e-mail").fill(KAZAKH_COORDINATOR.email);
    await form.getByRole('button', { name: 'Start the review and invite the coordinator' }).click();
    await admin
      .getByTestId('review-started')
      .getByText(/on its way to A\. Nurlanovna/)
      .waitFor();
    const kazakhstanRow = admin.getByTestId('instance-review').filter({ hasText: 'Kazakhstan' });
    await kazakhstanRow.getByText('Invited').waitFor();
    await screenshot(admin, 'instance-2-started');
    await expectAccessible(admin);

    // 3. The invitation arrives; the coordinator opens it in a browser of their own.
    const invitation = await mailTo(server, KAZAKH_COORDINATOR.email, /invites you/);
    const invitationUrl =
      /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{40,}/.exec(invitation.parsed.text ?? '')?.[0] ?? '';
    expect(invitationUrl).toMatch(/\/invitations\/[A-Za-z0-9_-]{40,}$/);
    const coordinator = await newPage(browser, server.baseUrl);
    await coordinator.goto(new URL(invitationUrl).pathname);
    await coordinator
      .getByTestId('invitation')
      .getByText(/Kazakhstan 2027/)
      .waitFor();
    await coordinator.getByLabel('New password', { exact: true }).fill(KAZAKH_COORDINATOR.password);
    await coordinator.getByLabel('Confirm the new password').fill(KAZAKH_COORDINATOR.password);
    await screenshot(coordinator, 'instance-3-invitation');
    await expectAccessible(coordinator);
    await coordinator.getByRole('button', { name: 'Join the review' }).click();

    // 4. Signed in, in Kazakhstan's review; the list holds it alone, and no "Create a review".
    await coordinator.waitForURL(/\/reviews\/[0-9a-f-]{36}$/);
    await coordinator.getByRole('heading', { level: 1, name: /Kazakhstan 2027/ }).waitFor();
    const reviewPath = new URL(coordinator.url()).pathname;
    await screenshot(coordinator, 'instance-4-coordinator-review');
    await expectAccessible(coordinator);
    // 4a. The coordinator sets up the country's organisations and people from a CSV file: a file
    // with a wrong row is shown row by row and cannot be imported; the corrected one is.
    const sectionsOfReview = coordinator.getByRole('navigation', { name: 'Review sections' });
    await sectionsOfReview.getByRole('link', { name: 'People & organisations' }).click();
    await coordinator.getByRole('link', { name: 'Import organisations and people from a CSV file' }).click();
    const header = 'organisation,short_name,type,contact_name,contact_email,contact_title';
    const rows = [
      'Ministry of Labour and Social Protection of Population,MLSPP,ministry_agency,Dana K.,dana@enbek.kz.example,Head of Migration Policy',
      'IOM Kazakhstan,IOM,un_entity,,,',
    ];
    const file = (lines: string[]) => ({
      name: 'kazakhstan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(lines.join('\n')),
    });
    await coordinator
      .getByTestId('csv-file')
      .setInputFiles(file([header, ...rows, 'Committee for Migration,,council,,,']));
    await coordinator.getByRole('button', { name: 'Check the file' }).click();
    await coordinator
      .getByTestId('row-errors')
      .getByText(/type "council" is not one of/)
      .waitFor();
    expect(await coordinator.getByRole('button', { name: 'Import' }).isDisabled()).toBe(true);
    await screenshot(coordinator, 'instance-4a-import-errors');
    await expectAccessible(coordinator);
    await coordinator.getByTestId('csv-file').setInputFiles(file([header, ...rows]));
    await coordinator.getByRole('button', { name: 'Check the file' }).click();
    await coordinator
      .getByTestId('import-summary')
      .getByText(/2 new organisations, 1 new person/)
      .waitFor();
    await coordinator.getByRole('button', { name: 'Import' }).click();
    await coordinator.getByTestId('import-done').waitFor();
    await screenshot(coordinator, 'instance-4b-imported');
    await expectAccessible(coordinator);
    await coordinator.getByTestId('import-done').getByRole('link', { name: 'See the directory' }).click();
    await coordinator.getByTestId('directory-organisation').filter({ hasText: 'IOM Kazakhstan' }).waitFor();
    expect(await coordinator.getByText('Mongolia').count()).toBe(0);
    await screenshot(coordinator, 'instance-4c-directory');
    await expectAccessible(coordinator);

    // 4d. The assignment journey in the new country: the imported focal point is invited, assigned
    // question 1a, drafts and submits; the coordinator accepts.
    await coordinator.goto(`${reviewPath}/people`);
    const invite = coordinator.getByTestId('invite-form');
    // She is in the directory from the file: choosing her fills in the form, organisation included.
    await invite
      .getByLabel('From the country directory')
      .selectOption({ label: 'Dana K. (dana@enbek.kz.example), MLSPP' });
    expect(await invite.getByLabel('E-mail').inputValue()).toBe('dana@enbek.kz.example');
    await invite.getByLabel('Role').selectOption('contributor');
    await invite.getByRole('button', { name: 'Invite' }).click();
    await coordinator
      .getByTestId('invitation-result')
      .getByText(/on its way to/)
      .waitFor();
    await coordinator.goto(`${reviewPath}/assignments`);
    await coordinator.getByTestId('matrix-cell-1a-MLSPP').click();
    const assign = coordinator.getByTestId('assign-form');
    await assign.getByLabel('Role').selectOption('lead');
    await assign.getByLabel('Due date').fill('2027-06-30');
    await assign.getByLabel('Dana K.').check();
    await assign.getByRole('button', { name: 'Assign', exact: true }).click();
    await coordinator.getByTestId('matrix-cell-1a-MLSPP').getByText(/L/).waitFor();
    await screenshot(coordinator, 'instance-4d-matrix');
    await expectAccessible(coordinator);

    const danaMail = await mailTo(server, 'dana@enbek.kz.example', /invites you/);
    const danaLink =
      /https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]{40,}/.exec(danaMail.parsed.text ?? '')?.[0] ?? '';
    const focal = await newPage(browser, server.baseUrl);
    await focal.goto(new URL(danaLink).pathname);
    await focal.getByLabel('New password', { exact: true }).fill('dana focal point password');
    await focal.getByLabel('Confirm the new password').fill('dana focal point password');
    await focal.getByRole('button', { name: 'Join the review' }).click();
    await focal.getByTestId('signed-in-as').waitFor();
    await focal.goto('/my/assignments');
    await focal.getByTestId('my-assignment').filter({ hasText: 'Question 1a' }).waitFor();
    await expectAccessible(focal);
    const assignmentMail = await mailTo(server, 'dana@enbek.kz.example', /^Question 1a /);
    const assignmentLink =
      /https?:\/\/\S+\/assignments\/[0-9a-f-]{36}/.exec(assignmentMail.parsed.text ?? '')?.[0] ?? '';
    await focal.goto(new URL(assignmentLink).pathname);
    await focal.getByRole('heading', { name: 'Question 1a' }).waitFor();
    await expectAccessible(focal);
    await saveDraftAndSubmit(focal, 'Kazakhstan adopted its Migration Policy Concept for 2023-2027.');
    const assignmentPath = new URL(focal.url()).pathname;
    await coordinator.goto(assignmentPath);
    await coordinator.getByRole('button', { name: 'Accept' }).click();
    await coordinator
      .getByTestId('contribution-state')
      .getByText(/accepted/i)
      .waitFor();
    await screenshot(coordinator, 'instance-4e-accepted');
    await expectAccessible(coordinator);
    await coordinator
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reviews' })
      .click();
    await coordinator.getByTestId('review-row').first().waitFor();
    expect(await coordinator.getByTestId('review-row').allTextContents()).toEqual([
      expect.stringContaining('Kazakhstan'),
    ]);
    expect(await coordinator.getByText('Mongolia').count()).toBe(0);
    expect(await coordinator.getByRole('link', { name: 'Create a review' }).count()).toBe(0);
    await screenshot(coordinator, 'instance-5-coordinator-list');
    await expectAccessible(coordinator);

    // 5. Back on the overview, the administrator sees the coordinator active.
    await admin.reload();
    await kazakhstanRow.getByText('Active').waitFor();
    await screenshot(admin, 'instance-6-coordinator-active');
    await expectAccessible(admin);
    const sections = admin.getByRole('navigation', { name: 'Installation sections' });
    await sections.getByRole('link', { name: 'Accounts' }).click();
    await admin.getByTestId('account-row').filter({ hasText: KAZAKH_COORDINATOR.email }).waitFor();
    await screenshot(admin, 'instance-7-accounts');
    await expectAccessible(admin);
    await sections.getByRole('link', { name: 'Audit trail' }).click();
    await admin
      .getByTestId('instance-audit-event')
      .filter({ hasText: 'Invitation accepted' })
      .first()
      .waitFor();
    // The country's directory import is in the installation's trail too.
    await admin.getByTestId('instance-audit-event').filter({ hasText: 'Directory imported' }).waitFor();
    await screenshot(admin, 'instance-8-audit');
    await expectAccessible(admin);
    expect(cspViolations).toEqual([]);
  });
});
