import request from 'supertest';
import { databaseFingerprint, demoIds } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const LONG = 'x'.repeat(5001);

/**
 * Bad input on the setup, member, organisation and reminder endpoints: always a 4xx with a
 * message a person can act on, never a 500, and nothing written.
 */
describe('bad input on setup, people and reminder endpoints', () => {
  let t: TestApp;
  let coordinator: request.Agent;
  let review: string;
  let observerMembership: string;
  let unicef: string;

  beforeAll(async () => {
    t = await bootTestApp();
    coordinator = await t.signIn(DEMO.coordinator);
    const ids = demoIds(t);
    review = `/api/reviews/${ids.reviewId}`;
    unicef = await ids.organisation('UNICEF');
    const observer = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.observer } });
    observerMembership = (await t.prisma.membership.findFirstOrThrow({ where: { personId: observer.id } }))
      .id;
  });

  afterAll(async () => {
    await t.close();
  });

  const cases: [string, (version: number) => request.Test, number, RegExp][] = [
    ['review: no body', () => coordinator.patch(review), 400, /JSON body is required|version/],
    [
      'review: stale version',
      (v) => coordinator.patch(review).send({ version: v + 5, title: 'x' }),
      409,
      /Someone else changed/,
    ],
    [
      'review: extra field',
      (v) => coordinator.patch(review).send({ version: v, colour: 'blue' }),
      400,
      /Unrecognized key/,
    ],
    [
      'review: oversized title',
      (v) => coordinator.patch(review).send({ version: v, title: LONG }),
      400,
      /title: must be at most 200/,
    ],
    [
      'review: impossible date',
      (v) => coordinator.patch(review).send({ version: v, finalDueDate: '2027-02-30' }),
      400,
      /finalDueDate: must be a date/,
    ],
    [
      'review: wrong type',
      (v) => coordinator.patch(review).send({ version: v, consentToPublish: 'yes' }),
      400,
      /consentToPublish/,
    ],
    [
      'review: bad recipient',
      (v) => coordinator.patch(review).send({ version: v, recipients: { to: ['escap'], cc: [] } }),
      400,
      /recipients\.to\.0: must be an e-mail/,
    ],
    [
      'review: submitted by hand',
      (v) => coordinator.patch(review).send({ version: v, status: 'submitted' }),
      400,
      /submitting the report/,
    ],
    [
      'review: unknown id',
      (v) => coordinator.patch(`/api/reviews/${UNKNOWN}`).send({ version: v, title: 'x' }),
      404,
      /no review/,
    ],
    [
      'review: cycle out of range',
      () =>
        coordinator.post('/api/reviews').send({
          templateKey: 'escap-gcm-review-2020',
          country: 'Nepal',
          cycle: 1850,
          timeZone: 'Asia/Kathmandu',
          finalDueDate: '2024-08-31',
        }),
      400,
      /cycle: must be 2000 or later/,
    ],
    [
      'review: final deadline in 1900',
      () =>
        coordinator.post('/api/reviews').send({
          templateKey: 'escap-gcm-review-2020',
          country: 'Nepal',
          cycle: 2024,
          timeZone: 'Asia/Kathmandu',
          finalDueDate: '1900-01-01',
        }),
      400,
      /finalDueDate: must be between 2000-01-01 and 2100-12-31/,
    ],
    [
      'review: final deadline moved to 9999',
      (v) => coordinator.patch(review).send({ version: v, finalDueDate: '9999-12-31' }),
      400,
      /finalDueDate: must be between 2000-01-01 and 2100-12-31/,
    ],
    [
      'member: unknown organisation',
      () =>
        coordinator
          .post(`${review}/members`)
          .send({ email: 'a@b.org', name: 'A', role: 'contributor', organisationId: UNKNOWN }),
      400,
      /does not take part in this review/,
    ],
    [
      'member: bad e-mail',
      () => coordinator.post(`${review}/members`).send({ email: 'not mail', name: 'A', role: 'observer' }),
      400,
      /email: must be an e-mail/,
    ],
    [
      'member: unknown role',
      () => coordinator.post(`${review}/members`).send({ email: 'a@b.org', name: 'A', role: 'king' }),
      400,
      /role/,
    ],
    [
      'member: unknown membership',
      () => coordinator.patch(`${review}/members/${UNKNOWN}`).send({ role: 'observer' }),
      404,
      /no such member/,
    ],
    [
      'member: contributor without organisation',
      () =>
        coordinator
          .patch(`${review}/members/${observerMembership}`)
          .send({ role: 'contributor', organisationId: null }),
      400,
      /must belong to an organisation/,
    ],
    [
      'member: malformed id',
      () => coordinator.delete(`${review}/members/not-a-uuid`),
      400,
      /membershipId: must be a UUID/,
    ],
    [
      'organisation: missing name',
      () => coordinator.post(`${review}/organisations`).send({ type: 'ngo' }),
      400,
      /name/,
    ],
    [
      'organisation: head contact not a member',
      () => coordinator.patch(`${review}/organisations/${unicef}`).send({ headContactId: UNKNOWN }),
      400,
      /must be a member/,
    ],
    [
      'organisation: unknown organisation',
      () => coordinator.patch(`${review}/organisations/${UNKNOWN}`).send({ name: 'X' }),
      404,
      /does not take part/,
    ],
    [
      'policy: time out of range',
      (v) => coordinator.put(`${review}/reminder-policy`).send({ version: v, sendTime: '24:00' }),
      400,
      /sendTime: must be a time such as 09:00/,
    ],
    [
      'policy: repeated days',
      (v) => coordinator.put(`${review}/reminder-policy`).send({ version: v, daysBefore: [2, 2] }),
      400,
      /must not repeat/,
    ],
    [
      'policy: too many reminders',
      (v) => coordinator.put(`${review}/reminder-policy`).send({ version: v, maxOverdueReminders: 99 }),
      400,
      /at most 20/,
    ],
    [
      'remind: unknown assignment',
      () => coordinator.post(`/api/assignments/${UNKNOWN}/remind`),
      404,
      /no assignment/,
    ],
    ['retry: unknown e-mail', () => coordinator.post(`/api/outbox/${UNKNOWN}/retry`), 404, /no such e-mail/],
    [
      'shift: nothing moved',
      (v) =>
        coordinator
          .post(`${review}/shift-due-dates`)
          .send({ from: '2026-12-26', to: '2026-12-26', version: v }),
      400,
      /did not move/,
    ],
    [
      'shift: impossible date',
      (v) =>
        coordinator
          .post(`${review}/shift-due-dates`)
          .send({ from: '2026-12-26', to: '2026-13-01', version: v }),
      400,
      /to/,
    ],
    [
      'invitation: malformed body',
      () =>
        request(t.app.getHttpServer())
          .post(`/api/invitations/${'a'.repeat(43)}/accept`)
          .set('Origin', t.config.publicUrl)
          .set('content-type', 'application/json')
          .send('{"password":'),
      400,
      /not valid JSON/,
    ],
  ];

  it.each(cases)('%s', async (_name, send, status, message) => {
    const { version } = await t.prisma.review.findUniqueOrThrow({
      where: { id: review.split('/').pop() ?? '' },
    });
    const before = await databaseFingerprint(t);
    const response = await send(version);
    expect({ status: response.status, message: response.body.message }).toEqual({
      status,
      message: expect.stringMatching(message),
    });
    expect(await databaseFingerprint(t)).toEqual(before);
  });
});
