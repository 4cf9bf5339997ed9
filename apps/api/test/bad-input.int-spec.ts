import { existsSync, readdirSync } from 'node:fs';
import type request from 'supertest';
import {
  type DemoIds,
  databaseFingerprint,
  demoIds,
  removeStorage,
  samplePdf,
  storageDirOf,
} from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

type Send = (agent: request.Agent) => request.Test;

describe('bad input: always a 4xx with a readable message, never a 500, never a partial write', () => {
  let t: TestApp;
  let ids: DemoIds;
  let coordinator: request.Agent;
  /** Ids filled in before the tests run; the table below reads them lazily. */
  const at = { review: '', gdbp: '', q1c: '', q1bSubmitted: '', attachment: '' };

  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    coordinator = await t.signIn(DEMO.coordinator);
    at.review = `/api/reviews/${ids.reviewId}`;
    at.gdbp = await ids.organisation('GDBP');
    at.q1c = `/api/assignments/${await ids.assignment('1c', 'MLSP')}`;
    const q1b = await ids.assignment('1b', 'MLSP');
    at.q1bSubmitted = `/api/assignments/${q1b}`;
    await coordinator
      .put(`${at.q1bSubmitted}/contribution`)
      .send({ baseVersion: 0, body: 'Figures.' })
      .expect(200);
    await coordinator
      .post(`${at.q1bSubmitted}/transitions`)
      .send({ action: 'submit', version: 2 })
      .expect(200);
    const uploaded = await coordinator
      .post(`${at.q1c}/attachments`)
      .attach('file', samplePdf(), 'a.pdf')
      .expect(201);
    at.attachment = `/api/attachments/${uploaded.body.id}`;
  });

  afterAll(async () => {
    await removeStorage(t);
    await t.close();
  });

  const validAssignment = () => ({
    questionCode: '2b',
    organisationId: at.gdbp,
    role: 'lead',
    dueDate: '2026-12-15',
  });
  /** Bodies built when the request is sent, once the ids are known. */
  const createAssignment =
    (body: () => unknown): Send =>
    (agent) =>
      agent.post(`${at.review}/assignments`).send(body() as object);
  const bulk =
    (body: () => unknown): Send =>
    (agent) =>
      agent.post(`${at.review}/assignments/bulk`).send(body() as object);
  const patch =
    (body: unknown, url = () => at.q1c): Send =>
    (agent) =>
      agent.patch(url()).send(body as object);
  const save =
    (body: unknown, url = () => at.q1c): Send =>
    (agent) =>
      agent.put(`${url()}/contribution`).send(body as object);
  const transition =
    (body: unknown, url = () => at.q1c): Send =>
    (agent) =>
      agent.post(`${url()}/transitions`).send(body as object);
  const rawJson =
    (method: 'post' | 'put' | 'patch', url: () => string, text: string): Send =>
    (agent) =>
      agent[method](url()).set('content-type', 'application/json').send(text);

  type Case = [string, Send, number, RegExp];
  /**
   * A route's two refusals of a bad id: one that names no record (404, saying which kind) and one
   * that is not a UUID (400, naming the parameter).
   */
  const badIds = (
    label: string,
    id: { param: string; record: string; notUuid: string },
    send: (agent: request.Agent, id: string) => request.Test,
  ): Case[] => [
    [
      `${label}: an unknown ${id.record}`,
      (agent) => send(agent, UNKNOWN),
      404,
      new RegExp(`^There is no ${id.record} with this id$`),
    ],
    [
      `${label}: ${id.param} that is not a UUID`,
      (agent) => send(agent, id.notUuid),
      400,
      new RegExp(`${id.param}: must be a UUID`),
    ],
  ];

  const cases: Case[] = [
    // POST /api/reviews/:reviewId/assignments
    [
      'assign: no fields',
      createAssignment(() => ({})),
      400,
      /^The request is not valid: questionCode: .*organisationId: .*role: /,
    ],
    [
      'assign: an extra field',
      createAssignment(() => ({ ...validAssignment(), priority: 'high' })),
      400,
      /Unrecognized key: "priority"/,
    ],
    [
      'assign: an oversized question code',
      createAssignment(() => ({ ...validAssignment(), questionCode: 'x'.repeat(5000) })),
      400,
      /questionCode: must be a question code such as 1a, 7 or N1/,
    ],
    [
      'assign: an unknown role',
      createAssignment(() => ({ ...validAssignment(), role: 'boss' })),
      400,
      /role: Invalid option: expected one of "lead"\|"contributing"/,
    ],
    [
      'assign: an organisation id that is a number',
      createAssignment(() => ({ ...validAssignment(), organisationId: 42 })),
      400,
      /organisationId: /,
    ],
    [
      'assign: a due date that is a number',
      createAssignment(() => ({ ...validAssignment(), dueDate: 20261215 })),
      400,
      /dueDate: /,
    ],
    [
      'assign: 30 February',
      createAssignment(() => ({ ...validAssignment(), dueDate: '2026-02-30' })),
      400,
      /dueDate: must be a date in the form YYYY-MM-DD/,
    ],
    [
      'assign: a date and time',
      createAssignment(() => ({ ...validAssignment(), dueDate: '2026-12-15T10:00:00Z' })),
      400,
      /dueDate: must be a date in the form YYYY-MM-DD/,
    ],
    [
      'assign: a date in 1999',
      createAssignment(() => ({ ...validAssignment(), dueDate: '1999-01-01' })),
      400,
      /dueDate: must be between 2000-01-01 and 2031-11-28/,
    ],
    [
      'assign: a date in 3000',
      createAssignment(() => ({ ...validAssignment(), dueDate: '3000-01-01' })),
      400,
      /dueDate: must be between 2000-01-01 and 2031-11-28/,
    ],
    [
      'assign: an unknown organisation',
      createAssignment(() => ({ ...validAssignment(), organisationId: UNKNOWN })),
      400,
      /organisationId: is not an organisation taking part in this review/,
    ],
    [
      'assign: an organisation that is not a UUID',
      createAssignment(() => ({ ...validAssignment(), organisationId: 'gdbp' })),
      400,
      /organisationId: must be a UUID/,
    ],
    [
      'assign: an unknown focal point',
      createAssignment(() => ({ ...validAssignment(), focalPointIds: [UNKNOWN] })),
      400,
      /focalPointIds\.0: is not a contributor in this review/,
    ],
    [
      'assign: eleven focal points',
      createAssignment(() => ({ ...validAssignment(), focalPointIds: Array(11).fill(UNKNOWN) })),
      400,
      /focalPointIds: Too big/,
    ],
    [
      'assign: focal points that are not a list',
      createAssignment(() => ({ ...validAssignment(), focalPointIds: 'all' })),
      400,
      /focalPointIds: /,
    ],
    ...badIds('assign', { param: 'reviewId', record: 'review', notUuid: 'mongolia' }, (agent, id) =>
      agent.post(`/api/reviews/${id}/assignments`).send(validAssignment()),
    ),
    [
      'assign: malformed JSON',
      rawJson('post', () => `${at.review}/assignments`, '{"questionCode": "2b",'),
      400,
      /^The request body is not valid JSON$/,
    ],
    [
      'assign: no body',
      (agent) => agent.post(`${at.review}/assignments`),
      400,
      /a JSON body is required|questionCode/,
    ],
    [
      'assign: a list instead of an object',
      createAssignment(() => [validAssignment()]),
      400,
      /^The request is not valid: /,
    ],
    [
      'assign: a body over 1 MB',
      createAssignment(() => ({ ...validAssignment(), questionCode: 'x'.repeat(1_200_000) })),
      413,
      /^The request body is too large$/,
    ],
    // POST /api/reviews/:reviewId/assignments/bulk
    ['bulk: no items', bulk(() => ({ items: [] })), 400, /items: needs at least one assignment/],
    ['bulk: items missing', bulk(() => ({})), 400, /items: /],
    ['bulk: 501 items', bulk(() => ({ items: Array(501).fill(validAssignment()) })), 400, /items: Too big/],
    [
      'bulk: an extra field',
      bulk(() => ({ items: [validAssignment()], dryRun: true })),
      400,
      /Unrecognized key: "dryRun"/,
    ],
    [
      'bulk: a bad second item',
      bulk(() => ({
        items: [validAssignment(), { ...validAssignment(), questionCode: '2c', dueDate: '2026-02-30' }],
      })),
      400,
      /items\.1\.dueDate: must be a date in the form YYYY-MM-DD/,
    ],
    [
      'bulk: a second item out of range',
      bulk(() => ({
        items: [
          validAssignment(),
          { ...validAssignment(), questionCode: '2c', role: 'contributing', dueDate: '3000-01-01' },
        ],
      })),
      400,
      /items\.1\.dueDate: must be between/,
    ],
    // PATCH /api/assignments/:assignmentId
    ['change: no version', patch({ dueDate: '2026-12-20' }), 400, /version: /],
    ['change: version 0', patch({ version: 0, dueDate: '2026-12-20' }), 400, /version: Too small/],
    ['change: a version as text', patch({ version: '1', dueDate: '2026-12-20' }), 400, /version: /],
    [
      'change: nothing to change',
      patch({ version: 1 }),
      400,
      /give at least one of dueDate, role, organisationId or focalPointIds/,
    ],
    [
      'change: 30 February',
      patch({ version: 1, dueDate: '2026-02-30' }),
      400,
      /dueDate: must be a date in the form YYYY-MM-DD/,
    ],
    [
      'change: a date in 1999',
      patch({ version: 1, dueDate: '1999-01-01' }),
      400,
      /dueDate: must be between 2000-01-01 and/,
    ],
    [
      'change: a date in 3000',
      patch({ version: 1, dueDate: '3000-01-01' }),
      400,
      /dueDate: must be between 2000-01-01 and/,
    ],
    ['change: an extra field', patch({ version: 1, state: 'accepted' }), 400, /Unrecognized key: "state"/],
    [
      'change: an unknown organisation',
      patch({ version: 1, organisationId: UNKNOWN }),
      400,
      /organisationId: is not an organisation taking part in this review/,
    ],
    ['change: an unknown role', patch({ version: 1, role: 'boss' }), 400, /role: Invalid option/],
    ...badIds('change', { param: 'assignmentId', record: 'assignment', notUuid: '1c' }, (agent, id) =>
      patch({ version: 1, dueDate: '2026-12-20' }, () => `/api/assignments/${id}`)(agent),
    ),
    [
      'change: malformed JSON',
      rawJson('patch', () => at.q1c, '{version: 1}'),
      400,
      /^The request body is not valid JSON$/,
    ],
    // DELETE /api/assignments/:assignmentId
    ...badIds('remove', { param: 'assignmentId', record: 'assignment', notUuid: '42' }, (agent, id) =>
      agent.delete(`/api/assignments/${id}`),
    ),
    // PUT /api/assignments/:assignmentId/contribution
    [
      'save: no base version',
      save({ body: 'Text' }),
      400,
      /baseVersion: must be the version you started from/,
    ],
    ['save: no body', save({ baseVersion: 0 }), 400, /body: must be text/],
    ['save: a body that is a number', save({ baseVersion: 0, body: 123 }), 400, /body: must be text/],
    [
      'save: a body over 100,000 characters',
      save({ baseVersion: 0, body: 'a'.repeat(100_001) }),
      400,
      /body: must be at most 100000 characters/,
    ],
    ['save: a negative base version', save({ baseVersion: -1, body: 'Text' }), 400, /baseVersion: /],
    ['save: a fractional base version', save({ baseVersion: 1.5, body: 'Text' }), 400, /baseVersion: /],
    [
      'save: references that are not a list',
      save({ baseVersion: 0, body: 'Text', references: 'none' }),
      400,
      /references: /,
    ],
    [
      'save: a reference without a title',
      save({ baseVersion: 0, body: 'Text', references: [{ title: ' ' }] }),
      400,
      /references\.0\.title: is required/,
    ],
    [
      'save: a javascript: link',
      save({ baseVersion: 0, body: 'Text', references: [{ title: 'x', url: 'javascript:alert(1)' }] }),
      400,
      /references\.0\.url: must be a web address starting with http:\/\/ or https:\/\//,
    ],
    [
      'save: an oversized reference title',
      save({ baseVersion: 0, body: 'Text', references: [{ title: 'x'.repeat(301) }] }),
      400,
      /references\.0\.title: must be at most 300 characters/,
    ],
    [
      'save: 101 references',
      save({ baseVersion: 0, body: 'Text', references: Array(101).fill({ title: 'Law' }) }),
      400,
      /references: at most 100 references/,
    ],
    [
      'save: an extra field',
      save({ baseVersion: 0, body: 'Text', wordCount: 1 }),
      400,
      /Unrecognized key: "wordCount"/,
    ],
    ...badIds('save', { param: 'assignmentId', record: 'assignment', notUuid: 'x' }, (agent, id) =>
      save({ baseVersion: 0, body: 'Text' }, () => `/api/assignments/${id}`)(agent),
    ),
    [
      'save: malformed JSON',
      rawJson('put', () => `${at.q1c}/contribution`, '{"baseVersion":0,"body":"unterminated}'),
      400,
      /^The request body is not valid JSON$/,
    ],
    [
      'save: a submitted contribution',
      save({ baseVersion: 1, body: 'Late' }, () => at.q1bSubmitted),
      409,
      /^A contribution that is submitted cannot be edited$/,
    ],
    // POST /api/assignments/:assignmentId/transitions
    [
      'transition: an unknown action',
      transition({ action: 'approve', version: 1 }),
      400,
      /action: Invalid option/,
    ],
    ['transition: no version', transition({ action: 'start' }), 400, /version: /],
    ['transition: no action', transition({ version: 1 }), 400, /action: /],
    [
      'transition: a comment over 5000 characters',
      transition({ action: 'start', version: 1, comment: 'x'.repeat(5001) }),
      400,
      /comment: must be at most 5000 characters/,
    ],
    [
      'transition: a comment that is a number',
      transition({ action: 'start', version: 1, comment: 42 }),
      400,
      /comment: /,
    ],
    [
      'transition: an extra field',
      transition({ action: 'start', version: 1, state: 'accepted' }),
      400,
      /Unrecognized key: "state"/,
    ],
    [
      'transition: asking for changes with a blank comment',
      transition({ action: 'request_changes', version: 3, comment: '  ' }, () => at.q1bSubmitted),
      400,
      /^A comment is required to request changes$/,
    ],
    [
      'transition: an unknown assignment',
      transition({ action: 'start', version: 1 }, () => `/api/assignments/${UNKNOWN}`),
      404,
      /^There is no assignment with this id$/,
    ],
    [
      'transition: malformed JSON',
      rawJson('post', () => `${at.q1c}/transitions`, '{"action":'),
      400,
      /^The request body is not valid JSON$/,
    ],
    // POST /api/assignments/:assignmentId/attachments
    [
      'upload: JSON instead of a file',
      (agent) => agent.post(`${at.q1c}/attachments`).send({ file: 'a.pdf' }),
      415,
      /^Send the file as multipart\/form-data, in the form field "file"$/,
    ],
    [
      'upload: an empty file',
      (agent) => agent.post(`${at.q1c}/attachments`).attach('file', Buffer.alloc(0), 'a.pdf'),
      400,
      /^The file "a\.pdf" is empty$/,
    ],
    [
      'upload: two files',
      (agent) =>
        agent
          .post(`${at.q1c}/attachments`)
          .attach('file', samplePdf(), 'a.pdf')
          .attach('file', samplePdf(), 'b.pdf'),
      400,
      /^Send one file at a time in the multipart form field "file"$/,
    ],
    [
      'upload: a form without boundary',
      (agent) =>
        agent.post(`${at.q1c}/attachments`).set('content-type', 'multipart/form-data').send('--x\r\n'),
      400,
      /^The upload cannot be read: /,
    ],
    ...badIds('upload', { param: 'assignmentId', record: 'assignment', notUuid: 'x' }, (agent, id) =>
      agent.post(`/api/assignments/${id}/attachments`).attach('file', samplePdf(), 'a.pdf'),
    ),
    [
      'upload: to a submitted contribution',
      (agent) => agent.post(`${at.q1bSubmitted}/attachments`).attach('file', samplePdf(), 'a.pdf'),
      409,
      /^A contribution that is submitted cannot be edited$/,
    ],
    // DELETE /api/attachments/:attachmentId and the download
    ...badIds(
      'remove attachment',
      { param: 'attachmentId', record: 'attachment', notUuid: 'a.pdf' },
      (agent, id) => agent.delete(`/api/attachments/${id}`),
    ),
    [
      'download: unknown',
      (agent) => agent.get(`/api/attachments/${UNKNOWN}/download`),
      404,
      /^There is no attachment with this id$/,
    ],
    // Filters of the lists
    [
      'list: an organisation filter that is not a UUID',
      (agent) => agent.get(`${at.review}/assignments?organisationId=gdbp`),
      400,
      /organisationId: must be a UUID/,
    ],
    [
      'list: a malformed question code',
      (agent) => agent.get(`${at.review}/assignments?questionCode=not-a-code`),
      400,
      /questionCode: must be a question code such as 1a, 7 or N1/,
    ],
    [
      'list: an unknown filter',
      (agent) => agent.get(`${at.review}/assignments?sort=due`),
      400,
      /Unrecognized key: "sort"/,
    ],
    ['audit: limit 0', (agent) => agent.get(`${at.review}/audit?limit=0`), 400, /limit: Too small/],
    ['audit: limit 201', (agent) => agent.get(`${at.review}/audit?limit=201`), 400, /limit: Too big/],
    [
      'audit: a limit that is not a number',
      (agent) => agent.get(`${at.review}/audit?limit=ten`),
      400,
      /limit: /,
    ],
    [
      'audit: a cursor that is not an event id',
      (agent) => agent.get(`${at.review}/audit?before=yesterday`),
      400,
      /before: must be an event id/,
    ],
    [
      'audit: a question that is not a UUID',
      (agent) => agent.get(`${at.review}/audit?questionId=1b`),
      400,
      /questionId: must be a UUID/,
    ],
  ];

  it.each(cases)('%s', async (_name, send, status, message) => {
    const before = await databaseFingerprint(t);
    const response = await send(coordinator);
    expect({ status: response.status, message: response.body.message }).toEqual({
      status,
      message: expect.stringMatching(message),
    });
    expect(response.body).toMatchObject({ statusCode: status, code: expect.any(String) });
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.(ts|js):\d+|Prisma|prisma\./);
    expect(await databaseFingerprint(t)).toEqual(before);
  });

  it('a refused upload leaves no file, no stored piece and no attachment row behind', async () => {
    const root = storageDirOf(t);
    const count = async () =>
      (existsSync(root) ? readdirSync(root, { recursive: true }).length : 0) +
      (await t.prisma.storedFileChunk.count()) +
      (await t.prisma.attachment.count());
    const before = await count();
    await coordinator.post(`${at.q1bSubmitted}/attachments`).attach('file', samplePdf(), 'a.pdf').expect(409);
    await coordinator
      .post(`${at.q1c}/attachments`)
      .attach('file', Buffer.from('plain words'), 'a.pdf')
      .expect(415);
    expect(await count()).toBe(before);
  });

  it('the same requests with the offending part corrected succeed (so each case failed for its own reason)', async () => {
    await coordinator.get(`${at.attachment}/download`).expect(200);
    await createAssignment(validAssignment)(coordinator).expect(201);
    await bulk(() => ({ items: [{ ...validAssignment(), questionCode: '2d', role: 'contributing' }] }))(
      coordinator,
    ).expect(201);
    await patch({ version: 1, dueDate: '2026-12-20' })(coordinator).expect(200);
    await save({ baseVersion: 0, body: 'Text', references: [{ title: 'Law', url: 'https://legalinfo.mn' }] })(
      coordinator,
    ).expect(200);
    await transition({ action: 'submit', version: 3 })(coordinator).expect(200);
    await transition(
      { action: 'request_changes', version: 3, comment: 'Add figures' },
      () => at.q1bSubmitted,
    )(coordinator).expect(200);
  });
});
