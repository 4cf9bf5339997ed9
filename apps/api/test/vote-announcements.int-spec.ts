import { ZVoteNonVoters } from '@gcm/domain';
import type { INestApplicationContext } from '@nestjs/common';
import type request from 'supertest';
import type { SmtpSink } from '../src/dev-mail/smtp-sink';
import { OutboxReconciler } from '../src/modules/outbox/reconciler.service';
import { createOutsiderWithReview } from './support/journey-fixtures';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailSettled } from './support/waits';

const VOTERS = [DEMO.stakeholder, 'focal.point@undp.mn.example', 'focal.point@ngo.mn.example'];

/** A vote from its opening e-mail to the non-voter list, the reminder and an early close. */
describe('vote announcements and the list of who has not voted', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let booted: AppWithWorker;
  let coordinator: request.Agent;
  let roundId: string;

  const subjects = (from: number) => sink.received.slice(from).map((mail) => mail.parsed.subject ?? '');
  const reconcileAt = async (iso: string) => {
    t.clock.set(new Date(iso));
    await worker.get(OutboxReconciler).reconcile();
  };

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink, worker } = booted);
    coordinator = await t.signIn(DEMO.coordinator);
  });

  afterAll(() => booted?.close());

  it('e-mails everyone who may vote when the round opens, not before', async () => {
    const voters = await t.prisma.person.findMany({ where: { email: { in: VOTERS } }, select: { id: true } });
    const round = await coordinator
      .post(`/api/reviews/${t.demoReviewId}/votes`)
      .send({
        title: 'Priority GCM objectives for Mongolia',
        rules: { method: 'approval', maxPicks: 12 },
        voterIds: voters.map((voter) => voter.id),
        secret: true,
        opensAt: '2026-11-30T01:00:00Z',
        closesAt: '2026-12-04T10:00:00Z',
      })
      .expect(201);
    roundId = round.body.id;
    await reconcileAt('2026-11-29T23:00:00Z');
    await mailSettled(t);
    expect(sink.received).toHaveLength(0);
    await reconcileAt('2026-11-30T01:01:00Z');
    await sink.waitFor(3);
    await mailSettled(t);
    expect(sink.received.map((mail) => mail.envelopeTo).sort()).toEqual(
      VOTERS.map((email) => [email]).sort(),
    );
    expect(new Set(subjects(0))).toEqual(
      new Set([
        'The vote "Priority GCM objectives for Mongolia" is open until 4 December 2026 at 18:00 (Asia/Ulaanbaatar)',
      ]),
    );
    expect(sink.received[0]?.parsed.text).toContain('The vote is secret');
  });

  it('lists who has not voted to the coordinator only, and reminds just them', async () => {
    const stakeholder = await t.signIn(DEMO.stakeholder);
    await stakeholder
      .put(`/api/votes/${roundId}/ballot`)
      .send({ content: { picks: [1, 2, 7, 10] } })
      .expect(200);
    const listed = ZVoteNonVoters.parse(
      (await coordinator.get(`/api/votes/${roundId}/non-voters`).expect(200)).body,
    );
    expect(listed.nonVoters.map((voter) => voter.email).sort()).toEqual(VOTERS.slice(1).sort());
    await stakeholder.get(`/api/votes/${roundId}/non-voters`).expect(403);
    const outsider = await createOutsiderWithReview(t, 'coordinator@outsideland.example');
    await outsider.agent.get(`/api/votes/${roundId}/non-voters`).expect(404);

    const before = sink.received.length;
    await coordinator.post(`/api/votes/${roundId}/remind`).expect(202);
    await sink.waitFor(before + 2);
    await mailSettled(t);
    expect(
      sink.received
        .slice(before)
        .map((mail) => mail.envelopeTo[0])
        .sort(),
    ).toEqual(VOTERS.slice(1).sort());
  });

  it('tells everyone an early close, with the ballots cast, and never sends the planned one', async () => {
    const before = sink.received.length;
    t.clock.set(new Date('2026-12-01T04:00:00Z'));
    const closed = await coordinator.post(`/api/votes/${roundId}/close`).expect(200);
    expect(closed.body).toMatchObject({ state: 'closed', closedEarlyAt: '2026-12-01T04:00:00.000Z' });
    await sink.waitFor(before + 3);
    await mailSettled(t);
    expect(new Set(subjects(before))).toEqual(
      new Set(['The vote "Priority GCM objectives for Mongolia" has closed early']),
    );
    expect(sink.received.at(-1)?.parsed.text).toMatch(
      /closed .* early, on 1 December 2026 at 12:00 \(Asia\/Ulaanbaatar\).*1 ballot was cast/s,
    );
    const planned = await t.prisma.outboxMessage.findMany({ where: { kind: 'vote.announce.closed' } });
    expect(planned.map((row) => row.status).sort()).toEqual(['cancelled', 'sent']);
    // At the planned closing time nothing more goes out.
    await reconcileAt('2026-12-04T10:05:00Z');
    await mailSettled(t);
    expect(sink.received).toHaveLength(before + 3);
  });
});
