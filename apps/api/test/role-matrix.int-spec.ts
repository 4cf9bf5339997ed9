import {
  ESCAP_GCM_REVIEW_2020,
  ZAssignment,
  ZAttachment,
  ZCastBallotRequest,
  ZComment,
  ZContribution,
  ZInstanceAccount,
  ZInstanceAccountsResponse,
  ZInstanceAuditResponse,
  ZInstanceReview,
  ZInstanceReviewsResponse,
  ZInviteMemberResponse,
  ZListAssignmentsResponse,
  ZListAuditResponse,
  ZListRevisionsResponse,
  ZMember,
  ZPublication,
  ZPublicReportIndex,
  ZReviewAttention,
  ZReviewDetail,
  ZReviewProgressResponse,
  ZWorkshop,
} from '@gcm/domain';
import request from 'supertest';
import { z } from 'zod';
import { sampleOf } from './support/contract-bodies';
import {
  createOutsiderWithReview,
  type DemoIds,
  databaseFingerprint,
  demoIds,
  removeStorage,
  samplePdf,
} from './support/journey-fixtures';
import { appRoutes, controllersOf } from './support/routes';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';
import { openRoundRequest } from './support/vote-rounds';

const ROLES = [
  'coordinator',
  'contributor',
  'otherContributor',
  'stakeholder',
  'observer',
  'outsider',
  'administrator',
  'anonymous',
] as const;
type Role = (typeof ROLES)[number];

type Client = request.Agent | ReturnType<typeof request>;

interface Case {
  /** What the request needs (ids of fresh records); made before the database is fingerprinted. */
  prepare?(role: Role): Promise<Record<string, string>>;
  send(client: Client, role: Role, prepared: Record<string, string>): request.Test;
  /** Removes what prepare or a successful call made, so the next role starts alike. */
  cleanup?(prepared: Record<string, string>): Promise<void>;
}

interface Endpoint extends Case {
  name: string;
  write: boolean;
  /** Why anyone, signed in or not, may call it (the route is public). */
  publicBecause?: string;
  expected: Record<Role, number>;
  schema?: z.ZodType;
}

/**
 * Members in `allowed` get `status`; other members 403; outsiders and the installation's
 * administrator (who is no member of the demo review) 404; anonymous visitors 401.
 */
function policy(status: number, allowed: readonly Role[]): Record<Role, number> {
  return Object.fromEntries(
    ROLES.map((role) => [
      role,
      allowed.includes(role)
        ? status
        : role === 'outsider' || role === 'administrator'
          ? 404
          : role === 'anonymous'
            ? 401
            : 403,
    ]),
  ) as Record<Role, number>;
}

/** Everyone with a session gets `status` (routes about the caller, not a review); anonymous visitors 401. */
function signedIn(status: number): Record<Role, number> {
  return { ...policy(status, ROLES), anonymous: 401 };
}

/** Only the installation's administrator gets `status`; everyone else with a session 403. */
function administratorOnly(status: number): Record<Role, number> {
  return { ...policy(403, ROLES), administrator: status, anonymous: 401 };
}

/**
 * A country directory: the coordinators of the country's reviews get `status`; everyone else with
 * a session 404, as if it did not exist (members who coordinate nothing and the administrator too).
 */
function directoryOnly(status: number): Record<Role, number> {
  return { ...policy(404, ROLES), coordinator: status, anonymous: 401 };
}

/** A fresh organisation of the demo country's directory, in no review. */
async function freshDirectoryOrganisation(role: Role): Promise<Record<string, string>> {
  const row = await t.prisma.organisation.create({
    data: { name: `Directory organisation of ${role}`, type: 'other', workspaceId: workspace },
  });
  return { id: row.id };
}

async function removeDirectoryOrganisation(prepared: Record<string, string>): Promise<void> {
  await t.prisma.reviewOrganisation.deleteMany({ where: { organisationId: prepared.id } });
  await t.prisma.organisation.deleteMany({ where: { id: prepared.id } });
}

/** A fresh person in the demo country's directory, in no review. */
async function freshDirectoryPerson(role: Role): Promise<Record<string, string>> {
  const person = await t.prisma.person.create({
    data: { email: `directory.${role.toLowerCase()}@example.org`, name: `Directory ${role}` },
  });
  await t.prisma.workspaceContact.create({ data: { workspaceId: workspace, personId: person.id } });
  return { id: person.id };
}

async function removeDirectoryPerson(prepared: Record<string, string>): Promise<void> {
  await t.prisma.person.deleteMany({ where: { id: prepared.id } });
}

const MEMBERS: readonly Role[] = [
  'coordinator',
  'contributor',
  'otherContributor',
  'stakeholder',
  'observer',
];
const READERS: readonly Role[] = ['coordinator', 'contributor', 'observer'];
const EDITORS: readonly Role[] = ['coordinator', 'contributor'];

let t: TestApp;
let ids: DemoIds;
const clients = new Map<Role, Client>();
/** MLSP's lead assignment for 1c: "contributor" is MLSP's focal point, "otherContributor" GDBP's. */
let target: string;
let review: string;
let attachment: string;
let unicef: string;
/** The demo country's workspace (its directory of organisations and people). */
let workspace: string;
let workshop: string;
let actionItem: string;
let round: string;
/** The outsider's own review, which the demo review's people must not see or change. */
let outsiderReview: string;
/** Who may vote in the matrix's rounds: coordinator, both contributors and the stakeholder. */
let voters: string[];
/** Signed-in agents made for a sign-out, so the matrix's own sessions stay. */
const spareAgents = new Map<Role, Client>();

/** A fresh MLSP assignment (contributing on 2d) that nobody has touched. */
async function freshAssignment(): Promise<Record<string, string>> {
  const row = await t.prisma.assignment.create({
    data: {
      reviewId: ids.reviewId,
      questionId: await ids.question('2d'),
      organisationId: await ids.organisation('MLSP'),
      role: 'contributing',
      dueDate: new Date('2026-12-20T00:00:00Z'),
    },
  });
  return { id: row.id };
}

async function removeAssignment(prepared: Record<string, string>): Promise<void> {
  await t.prisma.assignment.deleteMany({ where: { id: prepared.id } });
}

async function removeUnicef2b(): Promise<void> {
  await t.prisma.assignment.deleteMany({
    where: { question: { id: await ids.question('2b') }, organisation: { shortName: 'UNICEF' } },
  });
}

async function currentVersions(): Promise<Record<string, string>> {
  const assignment = await t.prisma.assignment.findUniqueOrThrow({ where: { id: target } });
  const contribution = await t.prisma.contribution.findUnique({ where: { assignmentId: target } });
  return { assignment: String(assignment.version), contribution: String(contribution?.version ?? 0) };
}

async function upload(client: Client): Promise<string> {
  const response = await client
    .post(`/api/assignments/${target}/attachments`)
    .attach('file', samplePdf(), 'a.pdf');
  if (response.status !== 201) throw new Error(`Upload failed: ${response.status} ${response.text}`);
  return response.body.id;
}

async function reviewVersion(): Promise<Record<string, string>> {
  const row = await t.prisma.review.findUniqueOrThrow({ where: { id: ids.reviewId } });
  return { version: String(row.version) };
}

/** A stakeholder of UNICEF added for the test, so a role change or removal touches nobody else. */
async function freshMember(role: Role): Promise<Record<string, string>> {
  const person = await t.prisma.person.create({
    data: { email: `member.for.${role.toLowerCase()}@example.org`, name: 'Temp' },
  });
  const membership = await t.prisma.membership.create({
    data: { reviewId: ids.reviewId, personId: person.id, role: 'stakeholder', organisationId: unicef },
  });
  return { membershipId: membership.id, personId: person.id };
}

async function removeMember(prepared: Record<string, string>): Promise<void> {
  await t.prisma.person.deleteMany({ where: { id: prepared.personId } });
}

async function failedEmail(role: Role, purpose = 'failed'): Promise<Record<string, string>> {
  const row = await t.prisma.outboxMessage.create({
    data: {
      dedupeKey: `${purpose}:${role}`,
      kind: 'assignment.created',
      reviewId: ids.reviewId,
      notBefore: t.clock.now(),
      status: 'failed',
      attempts: 8,
      toAddresses: ['someone@example.org'],
      ccAddresses: [],
      subject: 'Failed',
      text: 'Failed',
      html: '<p>Failed</p>',
    },
  });
  return { id: row.id };
}

async function versionOf(
  table: 'workshop' | 'actionItem' | 'voteRound',
  id: string,
): Promise<Record<string, string>> {
  const delegate = t.prisma[table] as unknown as {
    findUniqueOrThrow(args: { where: { id: string } }): Promise<{ version: number }>;
  };
  return { version: String((await delegate.findUniqueOrThrow({ where: { id } })).version) };
}

async function answerVersion(): Promise<Record<string, string>> {
  const answer = await t.prisma.answer.findFirst({
    where: { question: { reviewId: ids.reviewId, code: '1a' } },
  });
  return { baseVersion: String(answer?.version ?? 0) };
}

/** A vote round on the demo review that every member may vote in (not secret). */
async function createRound(title: string): Promise<string> {
  const response = await (clients.get('coordinator') as Client)
    .post(`${review}/votes`)
    .send(openRoundRequest(title, voters));
  if (response.status !== 201) throw new Error(`Vote round: ${response.status} ${response.text}`);
  return response.body.id;
}

async function removeRounds(): Promise<void> {
  await t.prisma.voteRound.deleteMany({ where: { title: { startsWith: 'Matrix round' } } });
}

/** Fills a route's parameters with the records the matrix set up: `GET /api/votes/:roundId` → its path. */
function pathOf(route: string): string {
  const values: Record<string, string> = {
    reviewId: ids.reviewId,
    assignmentId: target,
    attachmentId: attachment,
    workshopId: workshop,
    workspaceId: workspace,
    roundId: round,
    code: '1a',
    templateKey: 'escap-gcm-review-2020',
    key: 'escap-gcm-review-2020',
    version: '1',
    // Unknown ones: the route must say there is none.
    token: 'u'.repeat(43),
    submissionId: '00000000-0000-4000-8000-000000000001',
  };
  return route.replace(/^[A-Z]+ /, '').replace(/:(\w+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`The matrix has no record for :${name} in ${route}`);
    return value;
  });
}

/** A GET of the matrix's records: nothing to prepare or clean up, and the request is its route. */
function read(
  route: `GET /api/${string}`,
  expected: Record<Role, number>,
  more: Pick<Endpoint, 'schema' | 'publicBecause'> = {},
): Endpoint {
  return { name: route, write: false, expected, ...more, send: (client) => client.get(pathOf(route)) };
}

const ENDPOINTS: Endpoint[] = [
  read('GET /api/reviews/:reviewId', policy(200, MEMBERS), { schema: ZReviewDetail }),
  read('GET /api/reviews/:reviewId/members', policy(200, MEMBERS), {
    schema: z.object({ members: z.array(ZMember) }),
  }),
  {
    name: 'POST /api/reviews/:reviewId/members',
    write: true,
    expected: policy(201, ['coordinator']),
    schema: ZInviteMemberResponse,
    send: (client, role) =>
      client.post(`${review}/members`).send({
        email: `invited.by.${role.toLowerCase()}@example.org`,
        name: 'Invited Person',
        role: 'observer',
      }),
  },
  read('GET /api/reviews/:reviewId/assignments', policy(200, MEMBERS), { schema: ZListAssignmentsResponse }),
  read('GET /api/me/assignments', signedIn(200), { schema: ZListAssignmentsResponse }),
  read('GET /api/reviews/:reviewId/progress', policy(200, MEMBERS), { schema: ZReviewProgressResponse }),
  {
    name: 'POST /api/reviews/:reviewId/assignments',
    write: true,
    expected: policy(201, ['coordinator']),
    schema: ZAssignment,
    send: (client) =>
      client.post(`${review}/assignments`).send({
        questionCode: '2b',
        organisationId: unicef,
        role: 'contributing',
        dueDate: '2026-12-20',
      }),
    cleanup: removeUnicef2b,
  },
  {
    name: 'POST /api/reviews/:reviewId/assignments/bulk',
    write: true,
    expected: policy(201, ['coordinator']),
    schema: ZListAssignmentsResponse,
    send: (client) =>
      client.post(`${review}/assignments/bulk`).send({
        items: [{ questionCode: '2b', organisationId: unicef, role: 'contributing', dueDate: '2026-12-20' }],
      }),
    cleanup: removeUnicef2b,
  },
  {
    name: 'PATCH /api/assignments/:assignmentId',
    write: true,
    expected: policy(200, ['coordinator']),
    schema: ZAssignment,
    prepare: currentVersions,
    send: (client, role, versions) =>
      client
        .patch(`/api/assignments/${target}`)
        .send({ version: Number(versions.assignment), dueDate: `2026-12-${10 + ROLES.indexOf(role)}` }),
  },
  {
    name: 'DELETE /api/assignments/:assignmentId',
    write: true,
    expected: policy(204, ['coordinator']),
    prepare: freshAssignment,
    send: (client, _role, fresh) => client.delete(`/api/assignments/${fresh.id}`),
    cleanup: removeAssignment,
  },
  read('GET /api/assignments/:assignmentId/contribution', policy(200, READERS), { schema: ZContribution }),
  {
    name: 'PUT /api/assignments/:assignmentId/contribution',
    write: true,
    expected: policy(200, EDITORS),
    schema: ZContribution,
    prepare: currentVersions,
    send: (client, role, versions) =>
      client
        .put(`/api/assignments/${target}/contribution`)
        .send({ baseVersion: Number(versions.contribution), body: `A paragraph written by the ${role}.` }),
  },
  {
    name: 'POST /api/assignments/:assignmentId/transitions',
    write: true,
    expected: policy(200, EDITORS),
    schema: ZContribution,
    prepare: freshAssignment,
    send: (client, _role, fresh) =>
      client.post(`/api/assignments/${fresh.id}/transitions`).send({ action: 'start', version: 1 }),
    cleanup: removeAssignment,
  },
  {
    name: 'POST /api/assignments/:assignmentId/comments',
    write: true,
    expected: policy(201, EDITORS),
    schema: ZComment,
    prepare: freshAssignment,
    send: (client, role, fresh) =>
      client.post(`/api/assignments/${fresh.id}/comments`).send({ body: `A comment of the ${role}.` }),
    cleanup: removeAssignment,
  },
  read('GET /api/assignments/:assignmentId/revisions', policy(200, READERS), {
    schema: ZListRevisionsResponse,
  }),
  {
    name: 'POST /api/assignments/:assignmentId/attachments',
    write: true,
    expected: policy(201, EDITORS),
    schema: ZAttachment,
    send: (client) =>
      client
        .post(`/api/assignments/${target}/attachments`)
        .attach('file', samplePdf(), 'division-of-labour.pdf'),
  },
  read('GET /api/attachments/:attachmentId/download', policy(200, READERS)),
  {
    name: 'DELETE /api/attachments/:attachmentId',
    write: true,
    expected: policy(204, EDITORS),
    prepare: async () => ({ id: await upload(clients.get('coordinator') as Client) }),
    send: (client, _role, fresh) => client.delete(`/api/attachments/${fresh.id}`),
  },
  {
    name: 'POST /api/reviews',
    write: true,
    // Only who may start reviews: the demo coordinator and the outsider were granted it.
    expected: { ...policy(403, []), coordinator: 201, outsider: 201, administrator: 201 },
    send: (client, role) =>
      client.post('/api/reviews').send({
        templateKey: 'escap-gcm-review-2020',
        country: `Testland ${role}`,
        cycle: 2024,
        timeZone: 'Asia/Bangkok',
        finalDueDate: '2024-08-31',
      }),
    cleanup: async () => {
      await t.prisma.review.deleteMany({ where: { country: { startsWith: 'Testland' } } });
    },
  },
  {
    name: 'PATCH /api/reviews/:reviewId',
    write: true,
    expected: policy(200, ['coordinator']),
    schema: ZReviewDetail,
    prepare: reviewVersion,
    send: (client, role, v) =>
      client
        .patch(review)
        .send({ version: Number(v.version), contact: { telephone: `+976 ${role.length}` } }),
  },
  read('GET /api/reviews/:reviewId/organisations', policy(200, MEMBERS)),
  {
    name: 'POST /api/reviews/:reviewId/organisations',
    write: true,
    expected: policy(201, ['coordinator']),
    send: (client, role) =>
      client.post(`${review}/organisations`).send({ name: `Organisation of ${role}`, type: 'other' }),
  },
  {
    name: 'PATCH /api/reviews/:reviewId/organisations/:organisationId',
    write: true,
    expected: policy(200, ['coordinator']),
    send: (client, role) =>
      client.patch(`${review}/organisations/${unicef}`).send({ shortName: `UNICEF ${role}` }),
  },
  {
    name: 'PUT /api/reviews/:reviewId/organisations/:organisationId',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: freshDirectoryOrganisation,
    send: (client, _role, fresh) => client.put(`${review}/organisations/${fresh.id}`),
    cleanup: removeDirectoryOrganisation,
  },
  {
    name: 'DELETE /api/reviews/:reviewId/organisations/:organisationId',
    write: true,
    expected: policy(204, ['coordinator']),
    prepare: async (role) => {
      const fresh = await freshDirectoryOrganisation(role);
      await t.prisma.reviewOrganisation.create({
        data: { reviewId: ids.reviewId, organisationId: fresh.id as string },
      });
      return fresh;
    },
    send: (client, _role, fresh) => client.delete(`${review}/organisations/${fresh.id}`),
    cleanup: removeDirectoryOrganisation,
  },
  read('GET /api/workspaces', signedIn(200)),
  read('GET /api/workspaces/:workspaceId/organisations', directoryOnly(200)),
  read('GET /api/workspaces/:workspaceId/people', directoryOnly(200)),
  read('GET /api/workspaces/:workspaceId/import/template', directoryOnly(200)),
  {
    name: 'POST /api/workspaces/:workspaceId/organisations',
    write: true,
    expected: directoryOnly(201),
    send: (client, role) =>
      client
        .post(`/api/workspaces/${workspace}/organisations`)
        .send({ name: `Added by ${role}`, type: 'ngo' }),
    cleanup: async () => {
      await t.prisma.organisation.deleteMany({ where: { name: { startsWith: 'Added by ' } } });
    },
  },
  {
    name: 'PATCH /api/workspaces/:workspaceId/organisations/:organisationId',
    write: true,
    expected: directoryOnly(200),
    prepare: freshDirectoryOrganisation,
    send: (client, _role, fresh) =>
      client.patch(`/api/workspaces/${workspace}/organisations/${fresh.id}`).send({ archived: true }),
    cleanup: removeDirectoryOrganisation,
  },
  {
    name: 'DELETE /api/workspaces/:workspaceId/organisations/:organisationId',
    write: true,
    expected: directoryOnly(204),
    prepare: freshDirectoryOrganisation,
    send: (client, _role, fresh) => client.delete(`/api/workspaces/${workspace}/organisations/${fresh.id}`),
    cleanup: removeDirectoryOrganisation,
  },
  {
    name: 'POST /api/workspaces/:workspaceId/people',
    write: true,
    expected: directoryOnly(201),
    send: (client, role) =>
      client
        .post(`/api/workspaces/${workspace}/people`)
        .send({ email: `added.${role.toLowerCase()}@example.org`, name: `Added ${role}` }),
    cleanup: async () => {
      await t.prisma.person.deleteMany({ where: { email: { startsWith: 'added.' } } });
    },
  },
  {
    name: 'PATCH /api/workspaces/:workspaceId/people/:personId',
    write: true,
    expected: directoryOnly(200),
    prepare: freshDirectoryPerson,
    send: (client, _role, fresh) =>
      client.patch(`/api/workspaces/${workspace}/people/${fresh.id}`).send({ title: 'Adviser' }),
    cleanup: removeDirectoryPerson,
  },
  {
    name: 'DELETE /api/workspaces/:workspaceId/people/:personId',
    write: true,
    expected: directoryOnly(204),
    prepare: freshDirectoryPerson,
    send: (client, _role, fresh) => client.delete(`/api/workspaces/${workspace}/people/${fresh.id}`),
    cleanup: removeDirectoryPerson,
  },
  {
    name: 'POST /api/workspaces/:workspaceId/import',
    write: true,
    expected: directoryOnly(200),
    send: (client, role) =>
      client.post(`/api/workspaces/${workspace}/import`).send({
        csv: `organisation,short_name,type,contact_name,contact_email,contact_title\nImported by ${role},,ngo,,,`,
        commit: true,
      }),
    cleanup: async () => {
      await t.prisma.organisation.deleteMany({ where: { name: { startsWith: 'Imported by ' } } });
    },
  },
  {
    name: 'PATCH /api/reviews/:reviewId/members/:membershipId',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: freshMember,
    send: (client, _role, fresh) =>
      client.patch(`${review}/members/${fresh.membershipId}`).send({ role: 'observer' }),
    cleanup: removeMember,
  },
  {
    name: 'DELETE /api/reviews/:reviewId/members/:membershipId',
    write: true,
    expected: policy(204, ['coordinator']),
    prepare: freshMember,
    send: (client, _role, fresh) => client.delete(`${review}/members/${fresh.membershipId}`),
    cleanup: removeMember,
  },
  read('GET /api/reviews/:reviewId/reminder-policy', policy(200, MEMBERS)),
  {
    name: 'PUT /api/reviews/:reviewId/reminder-policy',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: reviewVersion,
    send: (client, _role, v) =>
      client.put(`${review}/reminder-policy`).send({ version: Number(v.version), sendTime: '09:30' }),
  },
  {
    name: 'POST /api/assignments/:assignmentId/remind',
    write: true,
    expected: policy(202, ['coordinator']),
    prepare: freshAssignment,
    send: (client, _role, fresh) => client.post(`/api/assignments/${fresh.id}/remind`),
    cleanup: removeAssignment,
  },
  read('GET /api/assignments/:assignmentId/reminders', policy(200, EDITORS)),
  read('GET /api/reviews/:reviewId/outbox', policy(200, ['coordinator'])),
  {
    name: 'GET /api/outbox/:messageId/preview',
    write: false,
    expected: policy(200, ['coordinator']),
    prepare: (role) => failedEmail(role, 'preview'),
    send: (client, _role, fresh) => client.get(`/api/outbox/${fresh.id}/preview`),
  },
  {
    name: 'POST /api/outbox/:messageId/retry',
    write: true,
    expected: policy(202, ['coordinator']),
    prepare: failedEmail,
    send: (client, _role, fresh) => client.post(`/api/outbox/${fresh.id}/retry`),
  },
  read('GET /api/reviews/:reviewId/compliance', policy(200, ['coordinator', 'observer'])),
  read('GET /api/reviews/:reviewId/timeline', policy(200, MEMBERS)),
  read('GET /api/reviews/:reviewId/internal-due-date', policy(200, MEMBERS)),
  {
    name: 'POST /api/reviews/:reviewId/shift-due-dates',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: reviewVersion,
    send: (client, _role, v) =>
      client
        .post(`${review}/shift-due-dates`)
        .send({ from: '2026-12-26', to: '2026-12-27', version: Number(v.version) }),
  },
  {
    name: 'POST /api/me/calendar-feed',
    write: true,
    expected: signedIn(201),
    send: (client) => client.post('/api/me/calendar-feed'),
  },
  {
    name: 'PUT /api/me/language',
    write: true,
    expected: signedIn(200),
    send: (client) => client.put('/api/me/language').send({ locale: 'fr' }),
  },
  {
    name: 'DELETE /api/me/calendar-feed',
    write: false,
    expected: signedIn(204),
    send: (client) => client.delete('/api/me/calendar-feed'),
  },
  read('GET /api/reviews/:reviewId/audit', policy(200, ['coordinator']), { schema: ZListAuditResponse }),
  read('GET /api/reviews/:reviewId/attention', policy(200, ['coordinator', 'observer']), {
    schema: ZReviewAttention,
  }),

  // ----- Reviews list, auth --------------------------------------------------------------------
  read('GET /api/reviews', signedIn(200)),
  read('GET /api/auth/me', signedIn(200)),
  {
    name: 'POST /api/auth/sign-out',
    write: false,
    expected: signedIn(204),
    prepare: async (role) => {
      const emails: Partial<Record<Role, string>> = {
        coordinator: DEMO.coordinator,
        contributor: DEMO.contributor,
        otherContributor: DEMO.borderContributor,
        stakeholder: DEMO.stakeholder,
        observer: DEMO.observer,
        outsider: 'outsider@example.org',
        administrator: DEMO.administrator,
      };
      const email = emails[role];
      spareAgents.set(
        role,
        email
          ? await t.signIn(email)
          : request.agent(t.app.getHttpServer()).set('Origin', t.config.publicUrl),
      );
      return {};
    },
    // A session of its own, so signing out leaves the matrix's sessions alone.
    send: (_client, role) => (spareAgents.get(role) as Client).post('/api/auth/sign-out'),
  },
  {
    name: 'POST /api/auth/sign-in',
    write: false,
    publicBecause: 'signing in is how a visitor gets a session',
    // Reached without a session and checked; a wrong password would count towards the sign-in
    // throttle of 127.0.0.1 (auth.int-spec.ts covers signing in itself).
    expected: policy(400, ROLES),
    send: (client) => client.post('/api/auth/sign-in').send({ email: 'not an address', password: 'x' }),
  },
  read('GET /api/invitations/:token', policy(404, ROLES), {
    publicBecause: 'the invited person opens the link before having an account; the token is the credential',
  }),
  {
    name: 'POST /api/invitations/:token/accept',
    write: true,
    publicBecause: 'the invited person sets a password with the link; the token is the credential',
    expected: policy(404, ROLES),
    send: (client) =>
      client
        .post(`/api/invitations/${'u'.repeat(43)}/accept`)
        .set('Origin', t.config.publicUrl)
        .send({ password: 'a long enough password' }),
  },
  {
    name: 'GET /api/account-links/:token',
    write: false,
    publicBecause:
      'the link activates an account or resets a password before any session; the token is the credential',
    expected: policy(404, ROLES),
    send: (client) => client.get(`/api/account-links/${'u'.repeat(43)}`),
  },
  {
    name: 'POST /api/account-links/:token',
    write: true,
    publicBecause: 'the person chooses a password with the link; the token is the credential',
    expected: policy(404, ROLES),
    send: (client) =>
      client
        .post(`/api/account-links/${'u'.repeat(43)}`)
        .set('Origin', t.config.publicUrl)
        .send({ password: 'a long enough password' }),
  },
  {
    name: 'POST /api/auth/forgot-password',
    // For an address with no account nothing is written but the rate-limit counter (auth tests
    // cover the e-mail it sends to a real account).
    write: false,
    publicBecause:
      'a person who forgot the password has no session; the answer is the same for every address',
    expected: policy(202, ROLES),
    send: (client) =>
      client
        .post('/api/auth/forgot-password')
        .set('Origin', t.config.publicUrl)
        .send({ email: 'nobody@example.org' }),
  },
  {
    name: 'POST /api/auth/password',
    write: true,
    // Reached and checked: the current password given is wrong, so nobody's password changes.
    expected: signedIn(400),
    send: (client) =>
      client
        .post('/api/auth/password')
        .send({ currentPassword: 'not the password', newPassword: 'a new long password' }),
  },

  // ----- The installation's administration -----------------------------------------------------
  read('GET /api/instance/reviews', administratorOnly(200), { schema: ZInstanceReviewsResponse }),
  {
    name: 'POST /api/instance/reviews',
    write: true,
    expected: administratorOnly(201),
    schema: ZInstanceReview,
    send: (client, role) =>
      client.post('/api/instance/reviews').send({
        templateKey: 'escap-gcm-review-2020',
        country: `Adminland ${role}`,
        cycle: 2024,
        timeZone: 'Asia/Bangkok',
        finalDueDate: '2024-08-31',
        coordinator: { email: `coordinator.${role.toLowerCase()}@adminland.example`, name: 'A. Coordinator' },
      }),
    cleanup: async () => {
      await t.prisma.review.deleteMany({ where: { country: { startsWith: 'Adminland' } } });
      await t.prisma.person.deleteMany({ where: { email: { endsWith: '@adminland.example' } } });
    },
  },
  read('GET /api/instance/accounts', administratorOnly(200), { schema: ZInstanceAccountsResponse }),
  {
    name: 'POST /api/instance/accounts',
    write: true,
    expected: administratorOnly(201),
    schema: ZInstanceAccount,
    send: (client, role) =>
      client
        .post('/api/instance/accounts')
        .send({ email: `new.${role.toLowerCase()}@accounts.example`, name: 'New Person' }),
    cleanup: async () => {
      await t.prisma.person.deleteMany({ where: { email: { endsWith: '@accounts.example' } } });
    },
  },
  {
    name: 'PATCH /api/instance/accounts/:personId',
    write: true,
    expected: administratorOnly(200),
    schema: ZInstanceAccount,
    prepare: async (role) => {
      const person = await t.prisma.person.create({
        data: { email: `grant.${role.toLowerCase()}@accounts.example`, name: 'To Be Granted' },
      });
      return { id: person.id };
    },
    send: (client, _role, fresh) =>
      client.patch(`/api/instance/accounts/${fresh.id}`).send({ version: 1, mayCreateReviews: true }),
    cleanup: async () => {
      await t.prisma.person.deleteMany({ where: { email: { endsWith: '@accounts.example' } } });
    },
  },
  read('GET /api/instance/audit', administratorOnly(200), { schema: ZInstanceAuditResponse }),
  {
    name: 'GET /api/calendar/:file',
    write: false,
    publicBecause:
      'calendar programs fetch the feed without a session; the secret in the address is the credential',
    expected: policy(200, ROLES),
    // A feed made just now: the calendar-feed rows above replace and delete the coordinator's.
    prepare: async () => ({
      path: new URL((await (clients.get('coordinator') as Client).post('/api/me/calendar-feed')).body.url)
        .pathname,
    }),
    send: (client, _role, feed) => client.get(feed.path as string),
  },
  read('GET /api/health', policy(200, ROLES), {
    publicBecause: 'load balancers and monitoring probe it without signing in',
  }),
  read('GET /api/catalogue', policy(200, ROLES), {
    publicBecause: 'the GCM objectives and survey questions are public documents',
  }),
  read('GET /api/catalogue/templates/:templateKey', policy(200, ROLES), {
    publicBecause: 'the ESCAP survey template is a public document',
  }),
  // ----- Questionnaires ----------------------------------------------------------------------
  read('GET /api/questionnaires', signedIn(200)),
  read('GET /api/questionnaires/:key/:version', signedIn(200)),
  {
    name: 'POST /api/questionnaires',
    write: true,
    // A dry run of the built-in file: the administrator passes the check and is told it exists (409).
    expected: administratorOnly(409),
    send: (client) =>
      client.post('/api/questionnaires').send({ file: JSON.stringify(ESCAP_GCM_REVIEW_2020), dryRun: true }),
  },
  {
    name: 'POST /api/reviews/:reviewId/questions',
    write: true,
    expected: policy(201, ['coordinator']),
    send: (client, role) =>
      client.post(`${review}/questions`).send({
        code: 'N9',
        afterCode: '10',
        prompt: `A national question of the ${role}`,
        guidance: 'Answer it.',
        targetWords: 100,
        answer: { kind: 'narrative' },
      }),
    cleanup: async () => {
      await t.prisma.question.deleteMany({ where: { reviewId: ids.reviewId, code: 'N9' } });
    },
  },
  {
    name: 'PATCH /api/reviews/:reviewId/questions/:code',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: async () => {
      const question = await t.prisma.question.findFirstOrThrow({
        where: { reviewId: ids.reviewId, code: '1a' },
      });
      return { version: String(question.version) };
    },
    send: (client, role, v) =>
      client
        .patch(`${review}/questions/1a`)
        .send({ version: Number(v.version), guidance: `Guidance as the ${role} would have it.` }),
  },
  // ----- Answers and the report ---------------------------------------------------------------
  read('GET /api/reviews/:reviewId/questions/:code/consolidation', policy(200, MEMBERS)),
  read('GET /api/reviews/:reviewId/questions/:code/answer/revisions', policy(200, MEMBERS)),
  {
    name: 'PUT /api/reviews/:reviewId/questions/:code/answer',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: answerVersion,
    send: (client, role, v) =>
      client
        .put(`${review}/questions/1a/answer`)
        .send({ baseVersion: Number(v.baseVersion), body: `The answer as the ${role} would have it.` }),
  },
  read('GET /api/reviews/:reviewId/completeness', policy(200, MEMBERS)),
  read('GET /api/reviews/:reviewId/report/preview', policy(200, MEMBERS)),
  read('GET /api/reviews/:reviewId/report.docx', policy(200, MEMBERS)),
  read('GET /api/reviews/:reviewId/export.json', policy(200, ['coordinator', 'observer'])),
  read('GET /api/reviews/:reviewId/assignments.csv', policy(200, ['coordinator', 'observer'])),
  read('GET /api/reviews/:reviewId/submissions', policy(200, MEMBERS)),
  {
    name: 'POST /api/reviews/:reviewId/submissions',
    write: true,
    // The coordinator passes the access check and is refused (409) because the report is incomplete.
    expected: policy(409, ['coordinator']),
    send: (client) =>
      client.post(`${review}/submissions`).send({ to: ['escap@example.org'], cc: [], confirm: true }),
  },
  {
    name: 'POST /api/reviews/:reviewId/amendments',
    write: true,
    // Nothing was submitted yet, so even the coordinator cannot amend.
    expected: policy(409, ['coordinator']),
    send: (client) =>
      client.post(`${review}/amendments`).send({ questionCodes: ['1a'], note: 'Corrections' }),
  },
  {
    name: 'POST /api/reviews/:reviewId/close',
    write: true,
    // The coordinator passes the access check and is refused (409): the report is not submitted.
    expected: policy(409, ['coordinator']),
    send: (client) => client.post(`${review}/close`),
  },
  {
    name: 'POST /api/reviews/:reviewId/archive',
    write: true,
    // The coordinator and the installation's administrator (no member) may archive; the review is
    // not closed, so both are refused (409).
    expected: { ...policy(409, ['coordinator']), administrator: 409 },
    send: (client) => client.post(`${review}/archive`),
  },
  // No submission exists: a member and a stranger alike learn only that there is none.
  read('GET /api/submissions/:submissionId/document', { ...policy(404, ROLES), anonymous: 401 }),
  {
    name: 'PUT /api/reviews/:reviewId/publication',
    write: true,
    expected: policy(200, ['coordinator']),
    schema: ZPublication,
    prepare: reviewVersion,
    // Consent stays yes (the demo's), so only the version moves and nothing is published.
    send: (client, _role, v) =>
      client.put(`${review}/publication`).send({ consentToPublish: true, version: Number(v.version) }),
  },
  // ----- Published reports (no sign-in) -------------------------------------------------------
  read('GET /api/public/reports', policy(200, ROLES), {
    schema: ZPublicReportIndex,
    publicBecause: 'the index of reports the States consented to publish is for anyone',
  }),
  // The demo review is not submitted: its page and document answer 404 to everyone, signed in or not.
  read('GET /api/public/reports/:reviewId', policy(404, ROLES), {
    publicBecause: 'a report sent with consent to publish is for anyone; others answer 404 like no review',
  }),
  read('GET /api/public/reports/:reviewId/document', policy(404, ROLES), {
    publicBecause: 'the document of a report sent with consent to publish is for anyone',
  }),
  // ----- Workshops ----------------------------------------------------------------------------
  read('GET /api/reviews/:reviewId/workshops', policy(200, MEMBERS)),
  {
    name: 'POST /api/reviews/:reviewId/workshops',
    write: true,
    expected: policy(201, ['coordinator']),
    schema: ZWorkshop,
    send: (client, role) =>
      client
        .post(`${review}/workshops`)
        .send({ title: `Matrix workshop ${role}`, startsAt: '2026-12-01T09:00:00+08:00' }),
    cleanup: async () => {
      await t.prisma.workshop.deleteMany({ where: { title: { startsWith: 'Matrix workshop' } } });
    },
  },
  read('GET /api/workshops/:workshopId', policy(200, MEMBERS), { schema: ZWorkshop }),
  {
    name: 'PATCH /api/workshops/:workshopId',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: () => versionOf('workshop', workshop),
    send: (client, role, v) =>
      client
        .patch(`/api/workshops/${workshop}`)
        .send({ version: Number(v.version), place: `Room of ${role}` }),
  },
  {
    name: 'PUT /api/workshops/:workshopId/participants',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: () => versionOf('workshop', workshop),
    send: (client, role, v) =>
      client.put(`/api/workshops/${workshop}/participants`).send({
        version: Number(v.version),
        participants: [{ organisationId: unicef, name: `Guest of ${role}`, attended: true }],
      }),
  },
  {
    name: 'POST /api/workshops/:workshopId/action-items',
    write: true,
    expected: policy(201, ['coordinator']),
    send: (client, role) =>
      client.post(`/api/workshops/${workshop}/action-items`).send({ text: `Matrix action ${role}` }),
    cleanup: async () => {
      await t.prisma.actionItem.deleteMany({ where: { text: { startsWith: 'Matrix action' } } });
    },
  },
  {
    name: 'PATCH /api/action-items/:actionItemId',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: () => versionOf('actionItem', actionItem),
    send: (client, role, v) =>
      client
        .patch(`/api/action-items/${actionItem}`)
        .send({ version: Number(v.version), text: `Done by ${role}` }),
  },
  {
    name: 'POST /api/workshops/:workshopId/division-of-labour',
    write: true,
    expected: policy(201, ['coordinator']),
    send: (client) =>
      client.post(`/api/workshops/${workshop}/division-of-labour`).send({
        items: [{ questionCode: '2b', organisationId: unicef, role: 'contributing' }],
        dueDate: '2026-12-20',
      }),
    cleanup: removeUnicef2b,
  },
  // Drafted for the focal points who write question 9; stakeholders see the workshops themselves.
  read(
    'GET /api/reviews/:reviewId/methodology-draft',
    policy(200, ['coordinator', 'contributor', 'otherContributor', 'observer']),
  ),
  // ----- Votes ----------------------------------------------------------------------------------
  read('GET /api/reviews/:reviewId/votes', policy(200, MEMBERS)),
  {
    name: 'POST /api/reviews/:reviewId/votes',
    write: true,
    expected: policy(201, ['coordinator']),
    send: (client, role) =>
      client.post(`${review}/votes`).send(openRoundRequest(`Matrix round by ${role}`, voters)),
    cleanup: removeRounds,
  },
  read('GET /api/votes/:roundId', policy(200, MEMBERS)),
  read(
    'GET /api/votes/:roundId/ballot',
    policy(200, ['coordinator', 'contributor', 'otherContributor', 'stakeholder']),
  ),
  {
    name: 'PUT /api/votes/:roundId/ballot',
    write: true,
    expected: policy(200, ['coordinator', 'contributor', 'otherContributor', 'stakeholder']),
    send: (client) =>
      client.put(`/api/votes/${round}/ballot`).send(sampleOf(ZCastBallotRequest, {}) as object),
  },
  // Names of who has not voted (participation only): the coordinator's, to chase them.
  read('GET /api/votes/:roundId/non-voters', policy(200, ['coordinator'])),
  {
    name: 'POST /api/votes/:roundId/remind',
    write: true,
    expected: policy(202, ['coordinator']),
    send: (client) => client.post(`/api/votes/${round}/remind`),
  },
  {
    name: 'POST /api/votes/:roundId/close',
    write: true,
    expected: policy(200, ['coordinator']),
    prepare: async (role) => ({ id: await createRound(`Matrix round to close ${role}`) }),
    send: (client, _role, fresh) => client.post(`/api/votes/${fresh.id}/close`),
    cleanup: removeRounds,
  },
  read('GET /api/votes/:roundId/results', policy(200, MEMBERS)),
  read('GET /api/votes/:roundId/results.csv', policy(200, MEMBERS)),
  // The anonymised ballot set, for a recount: the coordinator's (the round here is open and shows results).
  read('GET /api/votes/:roundId/ballots.json', policy(200, ['coordinator'])),
  read('GET /api/votes/:roundId/priorities', policy(200, MEMBERS)),
  {
    name: 'PUT /api/votes/:roundId/priorities',
    write: true,
    // The round is still open: the coordinator passes the access check and is refused.
    expected: policy(409, ['coordinator']),
    prepare: () => versionOf('voteRound', round),
    send: (client, _role, v) =>
      client.put(`/api/votes/${round}/priorities`).send({
        version: Number(v.version),
        priorities: [{ objective: 1, reason: 'Agreed at the workshop' }],
      }),
  },
];

describe('role matrix: every endpoint × every kind of caller', () => {
  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    review = `/api/reviews/${ids.reviewId}`;
    const outsider = await createOutsiderWithReview(t);
    outsiderReview = outsider.reviewId;
    const emails: Record<Exclude<Role, 'anonymous'>, string> = {
      coordinator: DEMO.coordinator,
      contributor: DEMO.contributor,
      otherContributor: DEMO.borderContributor,
      stakeholder: DEMO.stakeholder,
      observer: DEMO.observer,
      outsider: 'outsider@example.org',
      administrator: DEMO.administrator,
    };
    await Promise.all(
      Object.entries(emails).map(async ([role, email]) => clients.set(role as Role, await t.signIn(email))),
    );
    // Anonymous is a browser on the app's own pages with no session: it sends the app's Origin.
    clients.set('anonymous', request.agent(t.app.getHttpServer()).set('Origin', t.config.publicUrl));
    target = await ids.assignment('1c', 'MLSP');
    unicef = await ids.organisation('UNICEF');
    workspace = (await t.prisma.review.findUniqueOrThrow({ where: { id: ids.reviewId } })).workspaceId;
    attachment = await upload(clients.get('coordinator') as Client);
    voters = await Promise.all(
      [DEMO.coordinator, DEMO.contributor, DEMO.borderContributor, DEMO.stakeholder].map((email) =>
        ids.person(email),
      ),
    );
    const coordinator = clients.get('coordinator') as Client;
    const created = await coordinator
      .post(`${review}/workshops`)
      .send({ title: 'Division of labour', startsAt: '2026-12-01T09:00:00+08:00' });
    workshop = created.body.id;
    actionItem = (
      await coordinator.post(`/api/workshops/${workshop}/action-items`).send({ text: 'Follow up' })
    ).body.id;
    round = await createRound('The matrix round');
  });

  afterAll(async () => {
    await removeStorage(t);
    await t.close();
  });

  it('describes every route of every controller in the application, and why the public ones are public', () => {
    const routes = appRoutes(t.app).map((route) => route.name);
    expect(controllersOf(t.app).length).toBeGreaterThanOrEqual(17);
    const described = ENDPOINTS.map((endpoint) => endpoint.name);
    expect(new Set(described).size).toBe(described.length);
    // A new route fails here until the matrix says who may call it.
    expect(routes.filter((route) => !described.includes(route))).toEqual([]);
    expect(described.filter((name) => !routes.includes(name))).toEqual([]);
    const publicRoutes = ENDPOINTS.filter((endpoint) => endpoint.publicBecause).map(
      (endpoint) => endpoint.name,
    );
    expect(publicRoutes.sort()).toEqual([
      'GET /api/account-links/:token',
      'GET /api/calendar/:file',
      'GET /api/catalogue',
      'GET /api/catalogue/templates/:templateKey',
      'GET /api/health',
      'GET /api/invitations/:token',
      'GET /api/public/reports',
      'GET /api/public/reports/:reviewId',
      'GET /api/public/reports/:reviewId/document',
      'POST /api/account-links/:token',
      'POST /api/auth/forgot-password',
      'POST /api/auth/sign-in',
      'POST /api/invitations/:token/accept',
    ]);
    // Anonymous visitors reach nothing else.
    for (const endpoint of ENDPOINTS.filter((e) => !e.publicBecause)) {
      expect({ route: endpoint.name, anonymous: endpoint.expected.anonymous }).toEqual({
        route: endpoint.name,
        anonymous: 401,
      });
    }
  });

  it("keeps the two reviews apart: the outsider's review is neither visible nor writable from the demo review", async () => {
    const other = `/api/reviews/${outsiderReview}`;
    for (const role of ['coordinator', 'contributor', 'observer'] as const) {
      const client = clients.get(role) as Client;
      const before = await databaseFingerprint(t);
      const statuses = [
        (await client.get(other)).status,
        (await client.get(`${other}/members`)).status,
        (await client.get(`${other}/assignments`)).status,
        (await client.patch(other).send({ version: 1, title: 'Taken over' })).status,
        (await client.post(`${other}/organisations`).send({ name: 'Intruder', type: 'other' })).status,
        (
          await client
            .post(`${other}/workshops`)
            .send({ title: 'Intruder', startsAt: '2026-12-01T09:00:00+08:00' })
        ).status,
      ];
      expect({ role, statuses }).toEqual({ role, statuses: [404, 404, 404, 404, 404, 404] });
      expect(await databaseFingerprint(t)).toEqual(before);
      const listed = (await client.get('/api/reviews')).body.reviews.map((r: { id: string }) => r.id);
      expect(listed).not.toContain(outsiderReview);
    }
    const outsiderList = (await (clients.get('outsider') as Client).get('/api/reviews')).body.reviews.map(
      (r: { id: string }) => r.id,
    );
    expect(outsiderList).toEqual([outsiderReview]);
    // Two reviews, each coordinated by the person who set it up: two different people.
    const coordinators = await t.prisma.membership.findMany({
      where: { reviewId: { in: [ids.reviewId, outsiderReview] }, role: 'coordinator' },
      select: { reviewId: true, person: { select: { email: true } } },
    });
    expect(
      Object.fromEntries(
        coordinators.map((row) => [row.reviewId === outsiderReview ? 'outsider' : 'demo', row.person.email]),
      ),
    ).toEqual({ demo: DEMO.coordinator, outsider: 'outsider@example.org' });
  });

  describe.each(ENDPOINTS)('$name', (endpoint) => {
    it.each(ROLES)('as %s', async (role) => {
      const expected = endpoint.expected[role];
      const prepared = (await endpoint.prepare?.(role)) ?? {};
      const before = await databaseFingerprint(t);
      const response = await endpoint.send(clients.get(role) as Client, role, prepared);
      try {
        expect({ role, status: response.status }).toEqual({ role, status: expected });
        if (expected >= 400) {
          // Known issue: a CSV route's error keeps the route's text/csv Content-Type (and its
          // attachment disposition), so supertest leaves the JSON unparsed; read it from the text.
          const body =
            response.body?.message === undefined && response.text ? JSON.parse(response.text) : response.body;
          expect(typeof body.message).toBe('string');
          expect(body.statusCode).toBe(expected);
          if (endpoint.write) expect(await databaseFingerprint(t)).toEqual(before);
        } else if (endpoint.schema) {
          endpoint.schema.parse(response.body);
        }
        if (endpoint.write && expected < 300) {
          expect(await databaseFingerprint(t)).not.toEqual(before);
        }
      } finally {
        await endpoint.cleanup?.(prepared);
      }
    });
  });
});
