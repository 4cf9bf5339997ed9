import { ZCastBallotRequest } from '@gcm/domain';
import request from 'supertest';
import { runAdminCommand } from '../../src/admin';
import { sampleOf } from './contract-bodies';
import { invitationTokenFor } from './invitations';
import { samplePdf } from './journey-fixtures';
import type { TestApp } from './test-app';
import { openRoundRequest } from './vote-rounds';

const PASSWORD = 'a long password for the country tests';

/** A regional officer who takes part in every country's review with the same account. */
export const SHARED_PERSON = { email: 'regional.officer@iom.example', name: 'Regional Migration Officer' };

/** What sets one country apart: every name, address and text its records carry is tagged with `tag`. */
export interface CountrySpec {
  country: string;
  timeZone: string;
  /** A code that no other country's records contain, e.g. "MNG" (long enough not to occur by chance in a token). */
  tag: string;
}

/** A country's review filled through the API, its people signed in, and the ids of its records. */
export interface Country {
  spec: CountrySpec;
  coordinator: request.Agent;
  contributor: request.Agent;
  /** Ids of one record of each kind, by the name of the path parameter that takes it. */
  ids: Record<string, string>;
  /** Everything of this country another must never read: ids, names, e-mail addresses, texts. */
  secrets: string[];
}

/** The response of `test`, or an error naming the request when its status is not `status`. */
async function expectStatus(test: request.Test, status: number): Promise<request.Response> {
  const { method, url } = test as unknown as { method: string; url: string };
  const response = await test;
  if (response.status !== status) {
    throw new Error(`${method} ${url}: ${response.status} ${response.text} (expected ${status})`);
  }
  return response;
}

function agentOf(t: TestApp): request.Agent {
  return request.agent(t.app.getHttpServer()).set('Origin', t.config.publicUrl);
}

/** The installation's first administrator, made by the command line and activated from its link. */
export async function createAdministrator(t: TestApp, email: string): Promise<request.Agent> {
  const printed: string[] = [];
  const code = await runAdminCommand(['create', email, '--name', 'Ada Admin'], t.config, (line) =>
    printed.push(line),
  );
  const url = printed.map((line) => line.trim()).find((line) => line.includes('/account-links/'));
  if (code !== 0 || !url) throw new Error(`The admin command failed: ${printed.join('\n')}`);
  const token = url.split('/').at(-1) as string;
  await expectStatus(agentOf(t).post(`/api/account-links/${token}`).send({ password: PASSWORD }), 200);
  return t.signIn(email, PASSWORD);
}

/** Accepts the newest invitation to `email` with the suite's password: the agent keeps the session. */
export async function acceptInvitation(t: TestApp, email: string): Promise<request.Agent> {
  const token = await invitationTokenFor(t, email);
  const agent = agentOf(t);
  await expectStatus(agent.post(`/api/invitations/${token}/accept`).send({ password: PASSWORD }), 200);
  return agent;
}

/**
 * A country's review started by the administrator, its coordinator invited by e-mail, and the same
 * kinds of records in it as every other country's: organisations, a contributor and a stakeholder,
 * a regional officer who takes part in every country, assignments, a draft sent back with a comment, an attachment, a workshop with an action item, a
 * vote round with a ballot, an answer, a sent report and a calendar feed.
 */
export async function fillCountry(t: TestApp, admin: request.Agent, spec: CountrySpec): Promise<Country> {
  const { tag } = spec;
  const lower = tag.toLowerCase();
  const people = {
    coordinator: { email: `coordinator@mfa.${lower}.example`, name: `Coordinator ${tag}-Person` },
    contributor: { email: `focal.point@labour.${lower}.example`, name: `Contributor ${tag}-Person` },
    stakeholder: { email: `focal.point@ngo.${lower}.example`, name: `Stakeholder ${tag}-Person` },
  };
  const started = await expectStatus(
    admin.post('/api/instance/reviews').send({
      templateKey: 'escap-gcm-review-2020',
      country: spec.country,
      cycle: 2024,
      timeZone: spec.timeZone,
      finalDueDate: '2027-08-31',
      coordinator: people.coordinator,
    }),
    201,
  );
  const reviewId: string = started.body.id;
  const review = `/api/reviews/${reviewId}`;
  const coordinator = await acceptInvitation(t, people.coordinator.email);
  const organisation = async (name: string) =>
    (
      await expectStatus(
        coordinator.post(`${review}/organisations`).send({ name, type: 'ministry_agency' }),
        201,
      )
    ).body.id as string;
  const labour = await organisation(`Ministry of Labour ${tag}-Org`);
  const ngo = await organisation(`Migrant Workers Association ${tag}-Org`);
  const invite = async (role: 'contributor' | 'stakeholder', organisationId: string) =>
    (
      await expectStatus(
        coordinator.post(`${review}/members`).send({ ...people[role], role, organisationId }),
        201,
      )
    ).body.member.membershipId as string;
  const membershipId = await invite('contributor', labour);
  const contributor = await acceptInvitation(t, people.contributor.email);
  await invite('stakeholder', ngo);
  await acceptInvitation(t, people.stakeholder.email);
  // One account in every country: what the person is in another country must not show here.
  await expectStatus(
    coordinator
      .post(`${review}/members`)
      .send({ ...SHARED_PERSON, role: 'stakeholder', organisationId: ngo }),
    201,
  );
  await acceptInvitation(t, SHARED_PERSON.email);

  const assign = async (questionCode: string, organisationId: string, role: string) =>
    (
      await expectStatus(
        coordinator
          .post(`${review}/assignments`)
          .send({ questionCode, organisationId, role, dueDate: '2026-12-20' }),
        201,
      )
    ).body.id as string;
  const assignmentId = await assign('1c', labour, 'lead');
  await assign('2b', ngo, 'contributing');
  await expectStatus(
    contributor
      .put(`/api/assignments/${assignmentId}/contribution`)
      .send({ baseVersion: 0, body: `The draft of ${tag}-Draft-Text.` }),
    200,
  );
  const transition = async (agent: request.Agent, action: string, comment?: string) => {
    const current = await t.prisma.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    await expectStatus(
      agent
        .post(`/api/assignments/${assignmentId}/transitions`)
        .send({ action, version: current.version, ...(comment ? { comment } : {}) }),
      200,
    );
  };
  await transition(contributor, 'submit');
  await transition(coordinator, 'request_changes', `Please add figures, ${tag}-Comment-Text.`);
  const attachment = await expectStatus(
    contributor
      .post(`/api/assignments/${assignmentId}/attachments`)
      .attach('file', samplePdf(`${tag}-Attachment-Text`), `${tag}-attachment.pdf`),
    201,
  );

  const workshop = await expectStatus(
    coordinator.post(`${review}/workshops`).send({
      title: `Consultation ${tag}-Workshop`,
      startsAt: '2026-12-01T09:00:00+08:00',
      place: `Hall ${tag}-Place`,
    }),
    201,
  );
  const workshopId: string = workshop.body.id;
  const actionItem = await expectStatus(
    coordinator
      .post(`/api/workshops/${workshopId}/action-items`)
      .send({ text: `Send the statistics ${tag}-Action`, ownerOrganisationId: ngo, dueDate: '2026-12-10' }),
    201,
  );

  const personIds = await t.prisma.person.findMany({
    where: { email: { in: Object.values(people).map((person) => person.email) } },
    select: { id: true, email: true },
  });
  const shared = await t.prisma.person.findUniqueOrThrow({ where: { email: SHARED_PERSON.email } });
  const round = await expectStatus(
    coordinator
      .post(`${review}/votes`)
      .send(
        openRoundRequest(`Priorities ${tag}-Round`, [...personIds.map((person) => person.id), shared.id]),
      ),
    201,
  );
  const roundId: string = round.body.id;
  await expectStatus(
    contributor.put(`/api/votes/${roundId}/ballot`).send(sampleOf(ZCastBallotRequest, {}) as object),
    200,
  );
  await expectStatus(
    coordinator
      .put(`${review}/questions/1a/answer`)
      .send({ baseVersion: 0, body: `The answer of ${tag}-Answer-Text.` }),
    200,
  );
  // A sent report, written straight to the table: compiling and sending one is not the point here.
  const submission = await t.prisma.submission.create({
    data: {
      reviewId,
      version: 1,
      sha256: '0'.repeat(64),
      fileName: `${tag}-report.docx`,
      document: Buffer.from(`${tag}-Submission-Text`),
      toAddresses: [`escap@${lower}.example`],
      ccAddresses: [],
    },
  });
  const stored = await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId } });
  const message = await t.prisma.outboxMessage.findFirstOrThrow({ where: { reviewId } });
  const contributorId = personIds.find((person) => person.email === people.contributor.email)?.id ?? '';

  const ids: Record<string, string> = {
    reviewId,
    workspaceId: stored.workspaceId,
    organisationId: labour,
    membershipId,
    personId: contributorId,
    assignmentId,
    attachmentId: attachment.body.id,
    workshopId,
    actionItemId: actionItem.body.id,
    roundId,
    submissionId: submission.id,
    messageId: message.id,
  };
  const secrets = [
    ...Object.values(ids),
    ...personIds.map((person) => person.id),
    ngo,
    stored.title,
    spec.country,
    // Every text above carries "<tag>-": names, addresses' domains, drafts, comments, files.
    `${tag}-`,
    `.${lower}.example`,
  ];
  return { spec, coordinator, contributor, ids, secrets: [...new Set(secrets)].filter((s) => s.length >= 4) };
}
