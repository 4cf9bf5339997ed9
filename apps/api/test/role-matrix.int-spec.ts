import {
  ZAssignment,
  ZAttachment,
  ZContribution,
  ZInviteMemberResponse,
  ZListAssignmentsResponse,
  ZListAuditResponse,
  ZListRevisionsResponse,
  ZMember,
  ZReviewDetail,
  ZReviewProgressResponse,
} from '@gcm/domain';
import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import request from 'supertest';
import { z } from 'zod';
import { AssignmentsController } from '../src/modules/assignments/assignments.controller';
import { AttachmentsController } from '../src/modules/attachments/attachments.controller';
import { AuditController } from '../src/modules/audit/audit.controller';
import { ContributionsController } from '../src/modules/contributions/contributions.controller';
import { MembersController } from '../src/modules/members/members.controller';
import { OrganisationsController } from '../src/modules/organisations/organisations.controller';
import { RemindersController } from '../src/modules/reminders/reminders.controller';
import { ReviewsController } from '../src/modules/reviews/reviews.controller';
import {
  createOutsider,
  type DemoIds,
  databaseFingerprint,
  demoIds,
  removeStorage,
  samplePdf,
} from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const ROLES = [
  'coordinator',
  'contributor',
  'otherContributor',
  'stakeholder',
  'observer',
  'outsider',
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
  expected: Record<Role, number>;
  schema?: z.ZodType;
}

/** `METHOD /path` of every route a controller declares, from Nest's routing metadata. */
function routesOf(controller: Type): string[] {
  const base: string = Reflect.getMetadata(PATH_METADATA, controller);
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((name) => {
    const handler = prototype[name] as object;
    const path: string | undefined = Reflect.getMetadata(PATH_METADATA, handler);
    if (name === 'constructor' || path === undefined) return [];
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
    const full = ['', base, path]
      .filter((part) => part !== '/')
      .join('/')
      .replace(/\/+/g, '/')
      .replace(/\/$/, '');
    return [`${method} ${full}`];
  });
}

/** Members in `allowed` get `status`; other members 403, outsiders 404, anonymous visitors 401. */
function policy(status: number, allowed: readonly Role[]): Record<Role, number> {
  return Object.fromEntries(
    ROLES.map((role) => [
      role,
      allowed.includes(role) ? status : role === 'outsider' ? 404 : role === 'anonymous' ? 401 : 403,
    ]),
  ) as Record<Role, number>;
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

async function failedEmail(role: Role): Promise<Record<string, string>> {
  const row = await t.prisma.outboxMessage.create({
    data: {
      dedupeKey: `failed:${role}`,
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

const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET /api/reviews/:reviewId',
    write: false,
    expected: policy(200, MEMBERS),
    schema: ZReviewDetail,
    send: (client) => client.get(review),
  },
  {
    name: 'GET /api/reviews/:reviewId/members',
    write: false,
    expected: policy(200, MEMBERS),
    schema: z.object({ members: z.array(ZMember) }),
    send: (client) => client.get(`${review}/members`),
  },
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
  {
    name: 'GET /api/reviews/:reviewId/assignments',
    write: false,
    expected: policy(200, MEMBERS),
    schema: ZListAssignmentsResponse,
    send: (client) => client.get(`${review}/assignments`),
  },
  {
    name: 'GET /api/me/assignments',
    write: false,
    expected: { ...policy(200, MEMBERS), outsider: 200 },
    schema: ZListAssignmentsResponse,
    send: (client) => client.get('/api/me/assignments'),
  },
  {
    name: 'GET /api/reviews/:reviewId/progress',
    write: false,
    expected: policy(200, MEMBERS),
    schema: ZReviewProgressResponse,
    send: (client) => client.get(`${review}/progress`),
  },
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
  {
    name: 'GET /api/assignments/:assignmentId/contribution',
    write: false,
    expected: policy(200, READERS),
    schema: ZContribution,
    send: (client) => client.get(`/api/assignments/${target}/contribution`),
  },
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
    name: 'GET /api/assignments/:assignmentId/revisions',
    write: false,
    expected: policy(200, READERS),
    schema: ZListRevisionsResponse,
    send: (client) => client.get(`/api/assignments/${target}/revisions`),
  },
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
  {
    name: 'GET /api/attachments/:attachmentId/download',
    write: false,
    expected: policy(200, READERS),
    send: (client) => client.get(`/api/attachments/${attachment}/download`),
  },
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
    expected: { ...policy(201, MEMBERS), outsider: 201 },
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
  {
    name: 'GET /api/reviews/:reviewId/organisations',
    write: false,
    expected: policy(200, MEMBERS),
    send: (client) => client.get(`${review}/organisations`),
  },
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
  {
    name: 'GET /api/reviews/:reviewId/reminder-policy',
    write: false,
    expected: policy(200, MEMBERS),
    send: (client) => client.get(`${review}/reminder-policy`),
  },
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
  {
    name: 'GET /api/assignments/:assignmentId/reminders',
    write: false,
    expected: policy(200, EDITORS),
    send: (client) => client.get(`/api/assignments/${target}/reminders`),
  },
  {
    name: 'GET /api/reviews/:reviewId/outbox',
    write: false,
    expected: policy(200, ['coordinator']),
    send: (client) => client.get(`${review}/outbox`),
  },
  {
    name: 'POST /api/outbox/:messageId/retry',
    write: true,
    expected: policy(202, ['coordinator']),
    prepare: failedEmail,
    send: (client, _role, fresh) => client.post(`/api/outbox/${fresh.id}/retry`),
  },
  {
    name: 'GET /api/reviews/:reviewId/compliance',
    write: false,
    expected: policy(200, ['coordinator', 'observer']),
    send: (client) => client.get(`${review}/compliance`),
  },
  {
    name: 'GET /api/reviews/:reviewId/timeline',
    write: false,
    expected: policy(200, MEMBERS),
    send: (client) => client.get(`${review}/timeline`),
  },
  {
    name: 'GET /api/reviews/:reviewId/internal-due-date',
    write: false,
    expected: policy(200, MEMBERS),
    send: (client) => client.get(`${review}/internal-due-date`),
  },
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
    expected: { ...policy(201, MEMBERS), outsider: 201 },
    send: (client) => client.post('/api/me/calendar-feed'),
  },
  {
    name: 'DELETE /api/me/calendar-feed',
    write: false,
    expected: { ...policy(204, MEMBERS), outsider: 204 },
    send: (client) => client.delete('/api/me/calendar-feed'),
  },
  {
    name: 'GET /api/reviews/:reviewId/audit',
    write: false,
    expected: policy(200, ['coordinator']),
    schema: ZListAuditResponse,
    send: (client) => client.get(`${review}/audit`),
  },
];

describe('role matrix: every endpoint × every kind of caller', () => {
  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    review = `/api/reviews/${ids.reviewId}`;
    await createOutsider(t);
    const emails: Record<Exclude<Role, 'anonymous'>, string> = {
      coordinator: DEMO.coordinator,
      contributor: DEMO.contributor,
      otherContributor: DEMO.borderContributor,
      stakeholder: DEMO.stakeholder,
      observer: DEMO.observer,
      outsider: 'outsider@example.org',
    };
    await Promise.all(
      Object.entries(emails).map(async ([role, email]) => clients.set(role as Role, await t.signIn(email))),
    );
    clients.set('anonymous', request(t.app.getHttpServer()));
    target = await ids.assignment('1c', 'MLSP');
    unicef = await ids.organisation('UNICEF');
    attachment = await upload(clients.get('coordinator') as Client);
  });

  afterAll(async () => {
    await removeStorage(t);
    await t.close();
  });

  it('covers every route a signed-in person can call (the public ones have their own tests)', () => {
    const routes = [
      AssignmentsController,
      ContributionsController,
      AttachmentsController,
      AuditController,
      ReviewsController,
      MembersController,
      OrganisationsController,
      RemindersController,
    ]
      .flatMap(routesOf)
      .filter((route) => !['GET /api/calendar/:file', 'GET /api/reviews'].includes(route));
    expect(routes.length).toBeGreaterThan(35);
    const covered = ENDPOINTS.map((endpoint) => endpoint.name);
    expect(new Set(covered).size).toBe(covered.length);
    expect(covered).toEqual(expect.arrayContaining(routes));
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
          expect(typeof response.body.message).toBe('string');
          expect(response.body.statusCode).toBe(expected);
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
