import type request from 'supertest';
import type { SmtpSink } from '../src/dev-mail/smtp-sink';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailSettled } from './support/waits';

/** Invitations to a workshop still to come, with its calendar event; changes and removals follow. */
describe('workshop invitations with a calendar event', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let booted: AppWithWorker;
  let coordinator: request.Agent;
  let workshopId: string;
  let version: number;
  let people: { id: string; email: string; organisationId: string }[];

  const icsOf = (index: number) =>
    sink.received[index]?.parsed.attachments[0]?.content.toString('utf8') ?? '';

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink } = booted);
    coordinator = await t.signIn(DEMO.coordinator);
    const members = await t.prisma.membership.findMany({
      where: {
        reviewId: String(t.demoReviewId),
        person: { email: { in: [DEMO.contributor, DEMO.stakeholder] } },
      },
      include: { person: true },
    });
    people = members.map((m) => ({
      id: m.personId,
      email: m.person.email,
      organisationId: String(m.organisationId),
    }));
    expect(people).toHaveLength(2);
  });

  afterAll(() => booted?.close());

  const setParticipants = async (list: typeof people) => {
    const response = await coordinator
      .put(`/api/workshops/${workshopId}/participants`)
      .send({
        version,
        participants: list.map((p) => ({ organisationId: p.organisationId, personId: p.id })),
      })
      .expect(200);
    version = response.body.version;
  };

  it('invites each person put on the list, once, with the event in UTC', async () => {
    const created = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/workshops`)
      .send({
        title: 'Validation workshop on the draft report',
        startsAt: '2026-12-10T02:00:00Z',
        endsAt: '2026-12-10T05:00:00Z',
        mode: 'hybrid',
        place: 'Ministry of Foreign Affairs, Ulaanbaatar',
        agenda: ['Present the draft answers', 'Agree the priority objectives'],
      })
      .expect(201);
    workshopId = created.body.id;
    version = created.body.version;
    await setParticipants(people);
    await sink.waitFor(2);
    await mailSettled(t);
    expect(sink.received.map((m) => m.envelopeTo[0]).sort()).toEqual(people.map((p) => p.email).sort());
    expect(sink.received[0]?.parsed.subject).toBe(
      'Invitation: Validation workshop on the draft report, Thursday 10 December 2026 at 10:00 GMT+8 until 13:00',
    );
    const ics = icsOf(0);
    expect(ics).toContain(`UID:workshop-${workshopId}@gcm-review-tracker`);
    expect(ics).toContain('DTSTART:20261210T020000Z');
    expect(ics).toContain('DTEND:20261210T050000Z');
    expect(ics).toContain('LOCATION:Ministry of Foreign Affairs\\, Ulaanbaatar');
    expect(ics).toContain('STATUS:CONFIRMED');
    // Setting the same list again tells nobody anything new.
    await setParticipants(people);
    await mailSettled(t);
    expect(sink.received).toHaveLength(2);
  });

  it('sends everyone invited the update when the time changes, and a cancellation to whoever is taken off', async () => {
    const moved = await coordinator
      .patch(`/api/workshops/${workshopId}`)
      .send({ version, startsAt: '2026-12-11T02:00:00Z', endsAt: '2026-12-11T05:00:00Z' })
      .expect(200);
    version = moved.body.version;
    await sink.waitFor(4);
    await mailSettled(t);
    expect(sink.received.slice(2).map((m) => m.parsed.subject)).toEqual([
      'Changed: Validation workshop on the draft report, now Friday 11 December 2026 at 10:00 GMT+8 until 13:00',
      'Changed: Validation workshop on the draft report, now Friday 11 December 2026 at 10:00 GMT+8 until 13:00',
    ]);
    expect(icsOf(2)).toContain('DTSTART:20261211T020000Z');
    expect(icsOf(2)).toContain(`SEQUENCE:${version}`);

    const [kept, removed] = people;
    if (!kept || !removed) throw new Error('two people');
    await setParticipants([kept]);
    await sink.waitFor(5);
    await mailSettled(t);
    expect(sink.received).toHaveLength(5);
    expect(sink.received[4]?.envelopeTo).toEqual([removed.email]);
    expect(sink.received[4]?.parsed.subject).toMatch(/^No longer expected: Validation workshop/);
    expect(icsOf(4)).toContain('STATUS:CANCELLED');
    expect(icsOf(4)).toContain(`UID:workshop-${workshopId}@gcm-review-tracker`);
  });

  it('e-mails nobody when recording who took part in a workshop that is over', async () => {
    const past = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/workshops`)
      .send({ title: 'Workshop of 19 October 2020', startsAt: '2020-10-19T02:00:00Z' })
      .expect(201);
    const before = sink.received.length;
    await coordinator
      .put(`/api/workshops/${past.body.id}/participants`)
      .send({
        version: past.body.version,
        participants: people.map((p) => ({
          organisationId: p.organisationId,
          personId: p.id,
          attended: true,
        })),
      })
      .expect(200);
    await mailSettled(t);
    expect(sink.received).toHaveLength(before);
  });
});
