import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import {
  NUL_MESSAGE,
  SURROGATE_MESSAGE,
  unstorableReason,
  ZCreateVoteRoundRequest,
  ZCreateWorkshopRequest,
} from '@gcm/domain';
import request from 'supertest';
import type { z } from 'zod';
import {
  type IdsByField,
  isFreeText,
  type Path,
  sampleOf,
  stringPaths,
  withValueAt,
} from './support/contract-bodies';
import { demoIds, removeStorage, samplePdf } from './support/journey-fixtures';
import { type AppRoute, appRoutes } from './support/routes';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * Every string of every request, varied: taken from the contract attached to each route
 * (`@Body({ schema })`, `@Query({ schema })`, `@Param(name, { schema })`), not from a list.
 * Text PostgreSQL cannot store is refused with a 400 naming the field; any other Unicode is
 * accepted as text; nothing gives a 5xx.
 */

const MEGABYTE = 'x'.repeat(1024 * 1024);

/** Values that must be refused, naming the field. */
const UNSTORABLE = {
  nul: 'before\u0000after',
  'lone high surrogate': 'broken \uD83D text',
  'lone low surrogate': 'broken \uDE00 text',
} as const;

/** Values that are ordinary text. */
const STORABLE = {
  'RTL marks around Arabic': '\u200Fشكرا\u202E abc\u202C',
  'emoji and ZWJ sequences': 'Done 😀🇲🇳 👩‍👩‍👧‍👦🏳️‍🌈',
  CJK: '劳动和社会保障部',
} as const;

interface Failure {
  route: string;
  field: string;
  variant: string;
  status: number;
  body: unknown;
}

/** A request that went wrong, as the test lists it: which field of which route, sent how, and what came back. */
function failureOf(
  route: string,
  field: string,
  variant: string,
  response: { status: number; body: unknown },
): Failure {
  return { route, field, variant, status: response.status, body: response.body };
}

let t: TestApp;
let coordinator: request.Agent;
let anonymous: ReturnType<typeof request>;
let routes: AppRoute[];
let params: Record<string, string>;
let fields: IdsByField;

const PUBLIC = new Set(['POST /api/auth/sign-in', 'POST /api/invitations/:token/accept']);

function clientFor(route: AppRoute): request.Agent | ReturnType<typeof request> {
  return PUBLIC.has(route.name) ? anonymous : coordinator;
}

function urlOf(route: AppRoute, overrides: Record<string, string> = {}): string {
  return route.path.replace(
    /:(\w+)/g,
    (_match, name: string) => overrides[name] ?? encodeURIComponent(params[name] ?? ''),
  );
}

function send(route: AppRoute, body: unknown, url = urlOf(route)): request.Test {
  const client = clientFor(route);
  const method = route.method.toLowerCase() as 'post' | 'put' | 'patch';
  return client[method](url).set('Content-Type', 'application/json').send(JSON.stringify(body));
}

/** The versions an edit must be based on, read just before it is sent. */
async function currentVersions(route: AppRoute): Promise<Record<string, number>> {
  const p = t.prisma;
  const path = route.path;
  if (path.includes(':workshopId')) {
    return { version: (await p.workshop.findUniqueOrThrow({ where: { id: params.workshopId } })).version };
  }
  if (path.includes(':actionItemId')) {
    return {
      version: (await p.actionItem.findUniqueOrThrow({ where: { id: params.actionItemId } })).version,
    };
  }
  if (path.includes(':roundId')) {
    const round = await p.voteRound.findUniqueOrThrow({ where: { id: params.roundId } });
    return { version: (round as { version?: number }).version ?? 1 };
  }
  if (path.includes(':assignmentId')) {
    const assignment = await p.assignment.findUniqueOrThrow({ where: { id: params.assignmentId } });
    const contribution = await p.contribution.findUnique({ where: { assignmentId: params.assignmentId } });
    return { version: assignment.version, baseVersion: contribution?.version ?? 0 };
  }
  if (path.includes(':code')) {
    const answer = await p.answer.findFirst({
      where: { question: { reviewId: params.reviewId, code: params.code } },
    });
    const review = await p.review.findUniqueOrThrow({ where: { id: params.reviewId } });
    return { version: review.version, baseVersion: answer?.version ?? 0 };
  }
  return { version: (await p.review.findUniqueOrThrow({ where: { id: params.reviewId } })).version };
}

function withVersions(body: unknown, versions: Record<string, number>): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const record = { ...(body as Record<string, unknown>) };
  for (const key of ['version', 'baseVersion']) if (key in record) record[key] = versions[key];
  return record;
}

function fieldErrorsOf(body: unknown): { path: string; message: string }[] {
  return ((body as { fieldErrors?: { path: string; message: string }[] }).fieldErrors ?? []).slice();
}

const bodyRoutes = () => routes.filter((route) => route.body !== undefined);

describe('text PostgreSQL refuses, in every string of every request', () => {
  beforeAll(async () => {
    t = await bootTestApp();
    const ids = demoIds(t);
    coordinator = await t.signIn(DEMO.coordinator);
    anonymous = request.agent(t.app.getHttpServer()).set('Origin', t.config.publicUrl);
    routes = appRoutes(t.app);
    const mlsp = await ids.organisation('MLSP');
    const unicef = await ids.organisation('UNICEF');
    const coordinatorId = await ids.person(DEMO.coordinator);
    const assignmentId = await ids.assignment('1c', 'MLSP');
    fields = {
      organisationId: mlsp,
      ownerOrganisationId: mlsp,
      organiserIds: mlsp,
      focalPointIds: [],
      voterIds: coordinatorId,
      personId: null,
      headContactId: null,
      workshopId: null,
      questionId: await ids.question('1c'),
      assignmentId,
      questionCode: '2b',
      questionCodes: ['2b'],
      secret: false,
      opensAt: '2026-11-27T00:00:00+00:00',
      closesAt: '2026-12-27T00:00:00+00:00',
    };
    const workshop = await coordinator
      .post(`/api/reviews/${ids.reviewId}/workshops`)
      .send(sampleOf(ZCreateWorkshopRequest, fields) as object);
    expect(workshop.status).toBe(201);
    const actionItem = await coordinator
      .post(`/api/workshops/${workshop.body.id}/action-items`)
      .send({ text: 'Follow up' });
    expect(actionItem.status).toBe(201);
    const round = await coordinator
      .post(`/api/reviews/${ids.reviewId}/votes`)
      .send(sampleOf(ZCreateVoteRoundRequest, fields) as object);
    expect({ status: round.status, body: round.body }).toMatchObject({ status: 201 });
    const person = await t.prisma.person.create({ data: { email: 'fuzz.member@example.org', name: 'Fuzz' } });
    const membership = await t.prisma.membership.create({
      data: { reviewId: ids.reviewId, personId: person.id, role: 'stakeholder', organisationId: unicef },
    });
    const { workspaceId } = await t.prisma.review.findUniqueOrThrow({ where: { id: ids.reviewId } });
    await t.prisma.workspaceContact.create({ data: { workspaceId, personId: person.id } });
    const attachment = await coordinator
      .post(`/api/assignments/${assignmentId}/attachments`)
      .attach('file', samplePdf(), 'a.pdf');
    expect(attachment.status).toBe(201);
    params = {
      reviewId: ids.reviewId,
      assignmentId,
      workshopId: workshop.body.id,
      actionItemId: actionItem.body.id,
      roundId: round.body.id,
      membershipId: membership.id,
      organisationId: unicef,
      workspaceId,
      personId: person.id,
      attachmentId: attachment.body.id,
      submissionId: '00000000-0000-4000-8000-000000000001',
      messageId: '00000000-0000-4000-8000-000000000002',
      code: '1a',
      token: 'a'.repeat(43),
      templateKey: 'escap-gcm-review-2020',
      key: 'escap-gcm-review-2020',
      version: '1',
      file: `${'a'.repeat(43)}.ics`,
    };
  });

  afterAll(async () => {
    await removeStorage(t);
    await t.close();
  });

  it('finds the write endpoints and their request schemas on the running app', () => {
    expect(bodyRoutes().length).toBeGreaterThanOrEqual(25);
    const invalid = bodyRoutes().flatMap((route) => {
      const result = (route.body as z.ZodType).safeParse(sampleOf(route.body as z.ZodType, fields));
      return result.success ? [] : [{ route: route.name, issues: result.error.issues }];
    });
    expect(invalid).toEqual([]);
  });

  it('refuses NUL and unpaired surrogates in every body string with a 400 naming the field', async () => {
    const failures: Failure[] = [];
    let checked = 0;
    for (const route of bodyRoutes()) {
      const schema = route.body as z.ZodType;
      const valid = sampleOf(schema, fields);
      await Promise.all(
        stringPaths(valid).flatMap((path: Path) => {
          const field = path.join('.');
          const fieldSchema = schemaAt(schema, path);
          return Object.entries(UNSTORABLE).map(async ([variant, value]) => {
            checked += 1;
            const response = await send(route, withValueAt(valid, path, value));
            const errors = fieldErrorsOf(response.body).filter((error) => error.path === field);
            const named =
              response.status === 400 &&
              errors.length > 0 &&
              (!fieldSchema ||
                !isFreeText(fieldSchema) ||
                errors.some((e) => [NUL_MESSAGE, SURROGATE_MESSAGE].includes(e.message)));
            if (!named) failures.push(failureOf(route.name, field, variant, response));
          });
        }),
      );
    }
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('accepts RTL marks, emoji, ZWJ sequences and CJK in every free-text field, and never answers 5xx', async () => {
    const failures: Failure[] = [];
    let stored = 0;
    for (const route of bodyRoutes()) {
      const schema = route.body as z.ZodType;
      const valid = sampleOf(schema, fields);
      for (const path of stringPaths(valid)) {
        const fieldSchema = schemaAt(schema, path);
        if (fieldSchema && !isFreeText(fieldSchema)) continue;
        const field = path.join('.');
        for (const [variant, value] of Object.entries(STORABLE)) {
          const body = withVersions(withValueAt(valid, path, value), await currentVersions(route));
          const response = await send(route, body);
          const refusedAsUnstorable = fieldErrorsOf(response.body).some((error) =>
            [NUL_MESSAGE, SURROGATE_MESSAGE].includes(error.message),
          );
          if (response.status >= 500 || refusedAsUnstorable) {
            failures.push(failureOf(route.name, field, variant, response));
          }
          if (response.status < 300) stored += 1;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(stored).toBeGreaterThan(50);
    // Several hundred requests one after another (every free-text field of every route, four
    // variants each): the limit is the harness's patience on a loaded machine, not a figure.
  }, 180_000);

  it('answers a 1 MB string in any body with 413 and a readable message', async () => {
    const failures: Failure[] = [];
    for (const route of bodyRoutes()) {
      const valid = sampleOf(route.body as z.ZodType, fields);
      const [first] = stringPaths(valid);
      const paths = first ? [first] : [];
      for (const path of paths) {
        const response = await send(route, withValueAt(valid, path, MEGABYTE));
        if (response.status !== 413 || response.body.message !== 'The request body is too large') {
          failures.push(failureOf(route.name, path.join('.'), '1 MB', response));
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses over-long strings just under the body limit with a 400 that says how long they may be', async () => {
    const failures: Failure[] = [];
    const long = 'x'.repeat(200_001);
    for (const route of bodyRoutes()) {
      const schema = route.body as z.ZodType;
      const valid = sampleOf(schema, fields);
      for (const path of stringPaths(valid)) {
        const field = path.join('.');
        const response = await send(route, withValueAt(valid, path, long));
        // The field itself, or the part holding it (question 1a takes no `data` at all).
        const errors = fieldErrorsOf(response.body).filter(
          (error) => error.path === field || field.startsWith(`${error.path}.`),
        );
        if (response.status !== 400 || errors.length === 0) {
          failures.push(failureOf(route.name, field, '200 000 characters', response));
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses NUL and broken UTF-8 in query strings and path parameters without a 5xx', async () => {
    const failures: Failure[] = [];
    const raw = {
      nul: '%00',
      'invalid UTF-8 (a surrogate)': '%ED%A0%80',
      emoji: '%F0%9F%98%80',
      long: 'x'.repeat(5000),
    };
    await Promise.all(
      routes.flatMap((route) => {
        const client =
          PUBLIC.has(route.name) || route.name.startsWith('GET /api/calendar') ? anonymous : coordinator;
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        const inPath = Object.keys(route.params).flatMap((name) =>
          Object.entries(raw).map(([variant, value]) => ({
            field: `:${name}`,
            variant,
            url: urlOf(route, { [name]: value }),
          })),
        );
        const querySample = route.query
          ? (sampleOf(route.query as z.ZodType, fields) as Record<string, unknown>)
          : {};
        const keys = route.query
          ? [...new Set([...Object.keys(querySample), ...Object.keys(shapeOf(route.query))])]
          : [];
        const inQuery = keys.flatMap((key) =>
          Object.entries(raw).map(([variant, value]) => ({
            field: `?${key}`,
            variant,
            url: `${urlOf(route)}?${key}=${value}`,
          })),
        );
        return [...inPath, ...inQuery].map(async ({ field, variant, url }) => {
          // DELETE and state-changing POSTs without a body are only sent with a refused id.
          if (variant !== 'nul' && variant !== 'invalid UTF-8 (a surrogate)' && route.method !== 'GET')
            return;
          const response = await client[method](url);
          const refused = variant === 'nul' ? response.status === 400 || response.status === 404 : true;
          if (response.status >= 500 || !refused) {
            failures.push(failureOf(route.name, field, variant, response));
          }
        });
      }),
    );
    expect(failures).toEqual([]);
  });

  it('cleans attachment file names: NUL, broken Unicode, RTL marks, emoji and long names give no 5xx', async () => {
    const failures: Failure[] = [];
    const names = {
      nul: 'report\u0000.pdf',
      'lone surrogate': 'report\uD83D.pdf',
      'RTL override': 'report\u202Efdp.exe.pdf',
      emoji: 'Отчёт 😀👩‍👩‍👧.pdf',
      long: `${'n'.repeat(5000)}.pdf`,
    };
    for (const [variant, name] of Object.entries(names)) {
      const response = await coordinator
        .post(`/api/assignments/${params.assignmentId}/attachments`)
        .attach('file', samplePdf(), name);
      // Busboy refuses a NUL in a part header outright; anything else is cleaned and kept.
      const refused = variant === 'nul' && response.status === 400;
      if (response.status !== 201 && !refused) {
        failures.push(
          failureOf('POST /api/assignments/:assignmentId/attachments', 'file name', variant, response),
        );
      } else if (response.status === 201) {
        expect(unstorableReason(response.body.fileName)).toBeUndefined();
        expect(response.body.fileName).not.toContain('\u202E');
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses a NUL in a header at the HTTP parser, not with a 5xx', async () => {
    const server = t.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          'POST /api/auth/sign-in HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 1.2.3.4\u0000x\r\nContent-Length: 0\r\n\r\n',
        );
      });
      let data = '';
      socket.on('data', (chunk) => {
        data += chunk.toString('latin1');
      });
      socket.on('end', () => resolve(data));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    const odd = await anonymous
      .post('/api/auth/sign-in')
      .set('X-Forwarded-For', `not-an-address-${'ÿ'.repeat(300)}`)
      .send({ email: 'nobody@example.org', password: 'wrong password' });
    expect(odd.status).toBe(401);
  });
});

function shapeOf(schema: z.ZodType): Record<string, unknown> {
  const def = schema._zod.def as unknown as { shape?: Record<string, unknown>; innerType?: z.ZodType };
  return def.shape ?? (def.innerType ? shapeOf(def.innerType) : {});
}

/** The schema of the string at `path` in a value of `schema` (undefined when it cannot be told). */
function schemaAt(schema: z.core.$ZodType, path: Path): z.core.$ZodType | undefined {
  let current: z.core.$ZodType | undefined = schema;
  const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
    const def = s._zod.def as unknown as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
    if (
      def.innerType &&
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch'].includes(def.type)
    ) {
      return unwrap(def.innerType);
    }
    return s;
  };
  for (const segment of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as unknown as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      valueType?: z.core.$ZodType;
      in?: z.core.$ZodType;
    };
    if (def.type === 'pipe' && def.in) {
      current = schemaAt(def.in, [segment]);
      continue;
    }
    current = def.shape?.[segment as string] ?? def.element ?? def.valueType;
  }
  return current;
}
