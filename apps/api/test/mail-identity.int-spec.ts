import { ZReviewDetail } from '@gcm/domain';
import type { INestApplicationContext } from '@nestjs/common';
import type { AddressObject } from 'mailparser';
import request from 'supertest';
import type { SmtpSink } from '../src/dev-mail/smtp-sink';
import { DigestService } from '../src/modules/outbox/digest.service';
import { OutboxReconciler } from '../src/modules/outbox/reconciler.service';
import { createOutsiderWithReview } from './support/journey-fixtures';
import { DEMO, type TestApp } from './support/test-app';
import { type AppWithWorker, bootAppWithWorker } from './support/test-worker';
import { mailSettled } from './support/waits';

/** The installation's From address (test-worker's MAIL_FROM). */
const INSTALLATION_ADDRESS = 'reviews@mfa.mn.example';
const MONGOLIA = { senderName: 'Consular Department, MFA of Mongolia', replyTo: 'gcm.review@mfa.mn.example' };

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  return objects.flatMap((object) => object.value.map((entry) => (entry.address ?? '').toLowerCase()));
}

/**
 * Every kind of e-mail a review sends comes from that review by name and is answered by its
 * coordinator, and never by another country's; account e-mails are the installation's own.
 */
describe('sender name and Reply-To on every kind of e-mail', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let worker: INestApplicationContext;
  let booted: AppWithWorker;
  let mongolia: request.Agent;
  let outsider: { agent: request.Agent; reviewId: string };

  beforeAll(async () => {
    booted = await bootAppWithWorker();
    ({ t, sink, worker } = booted);
    mongolia = await t.signIn(DEMO.coordinator);
    outsider = await createOutsiderWithReview(t, 'coordinator@outsideland.example');
  });

  afterAll(() => booted?.close());

  it('refuses a reply address that is not one, naming the field', async () => {
    const review = ZReviewDetail.parse(
      (await mongolia.get(`/api/reviews/${t.demoReviewId}`).expect(200)).body,
    );
    const refused = await mongolia
      .patch(`/api/reviews/${t.demoReviewId}`)
      .send({ version: review.version, mail: { replyTo: 'the coordinator' } })
      .expect(400);
    expect(refused.body.fieldErrors).toEqual([{ path: 'mail.replyTo', message: expect.any(String) }]);
  });

  it('shows the defaults, then what the coordinator chose', async () => {
    const before = ZReviewDetail.parse(
      (await mongolia.get(`/api/reviews/${t.demoReviewId}`).expect(200)).body,
    );
    expect(before.mail).toEqual({
      senderName: null,
      replyTo: null,
      effective: { senderName: expect.stringMatching(/\(GCM review\)$/), replyTo: before.contact.email },
    });
    const changed = await mongolia
      .patch(`/api/reviews/${t.demoReviewId}`)
      .send({ version: before.version, mail: MONGOLIA })
      .expect(200);
    expect(ZReviewDetail.parse(changed.body).mail).toEqual({ ...MONGOLIA, effective: MONGOLIA });
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { reviewId: t.demoReviewId, action: 'review.updated' },
      orderBy: { id: 'desc' },
    });
    expect(event.after).toEqual({ mailSenderName: MONGOLIA.senderName, mailReplyTo: MONGOLIA.replyTo });
    // The other country's review keeps its own defaults: its creator's address answers.
    const other = ZReviewDetail.parse(
      (await outsider.agent.get(`/api/reviews/${outsider.reviewId}`).expect(200)).body,
    );
    expect(other.mail.effective).toEqual({
      senderName: 'GCM review of Outsideland',
      replyTo: 'coordinator@outsideland.example',
    });
  });

  it('puts them on invitations, assignments, reminders and the digest; account e-mails stay the installation’s', async () => {
    const gdbp = await t.prisma.organisation.findFirstOrThrow({ where: { shortName: 'GDBP' } });
    const focal = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.borderContributor } });
    // An invitation of each review.
    await mongolia
      .post(`/api/reviews/${t.demoReviewId}/members`)
      .send({ email: 'new.observer@nso.mn.example', name: 'New Observer', role: 'observer' })
      .expect(201);
    await outsider.agent
      .post(`/api/reviews/${outsider.reviewId}/members`)
      .send({ email: 'observer@outsideland.example', name: 'Outside Observer', role: 'observer' })
      .expect(201);
    // An assignment, then a reminder sent now.
    const assignment = await mongolia
      .post(`/api/reviews/${t.demoReviewId}/assignments`)
      .send({
        questionCode: '2b',
        organisationId: gdbp.id,
        role: 'lead',
        dueDate: '2026-12-18',
        focalPointIds: [focal.id],
      })
      .expect(201);
    await mongolia.post(`/api/assignments/${assignment.body.id}/remind`).expect(202);
    // The weekly digest, Monday 08:15 in Ulaanbaatar.
    t.clock.set(new Date('2026-11-30T00:15:00Z'));
    await worker.get(DigestService).planDue();
    await worker.get(OutboxReconciler).reconcile();
    // A password reset: an e-mail of no review.
    await request(t.app.getHttpServer())
      .post('/api/auth/forgot-password')
      .set('Origin', t.config.publicUrl)
      .send({ email: DEMO.observer })
      .expect(202);
    await mailSettled(t);

    const byKind = new Map<string, typeof sink.received>();
    for (const mail of sink.received) {
      const kind = String(mail.parsed.headers.get('x-gcm-kind') ?? '');
      byKind.set(kind, [...(byKind.get(kind) ?? []), mail]);
    }
    expect([...byKind.keys()].sort()).toEqual(
      expect.arrayContaining([
        'account.password_reset',
        'assignment.created',
        'digest.weekly',
        'invitation',
        'reminder.manual',
      ]),
    );
    for (const mail of sink.received) expectIdentity(mail);
  });

  it('puts them on every e-mail of the assignment, contribution, workshop and vote journeys too', async () => {
    const before = sink.received.length;
    t.clock.set(new Date('2026-11-28T02:00:00Z'));
    const gdbp = await t.prisma.organisation.findFirstOrThrow({ where: { shortName: 'GDBP' } });
    const focalPerson = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.borderContributor } });
    // Two questions at once to one focal point (one combined e-mail), a due date moved, one removed.
    const made = await mongolia
      .post(`/api/reviews/${t.demoReviewId}/assignments/bulk`)
      .send({
        items: ['3c', '3d'].map((questionCode) => ({
          questionCode,
          organisationId: gdbp.id,
          role: 'contributing',
          dueDate: '2026-12-21',
          focalPointIds: [focalPerson.id],
        })),
      })
      .expect(201);
    const [kept, removed] = made.body.assignments as { id: string; version: number }[];
    await mongolia
      .patch(`/api/assignments/${kept?.id}`)
      .send({ version: kept?.version, dueDate: '2026-12-22' })
      .expect(200);
    await mongolia.delete(`/api/assignments/${removed?.id}`).expect(204);
    // The focal point drafts and submits; the coordinator asks for changes; the focal point
    // answers; the coordinator accepts the next submission.
    const focal = await t.signIn(DEMO.borderContributor);
    const transition = async (agent: request.Agent, action: string, comment?: string) => {
      const current = await agent.get(`/api/assignments/${kept?.id}/contribution`).expect(200);
      await agent
        .post(`/api/assignments/${kept?.id}/transitions`)
        .send({ action, version: current.body.assignment.version, ...(comment ? { comment } : {}) })
        .expect(200);
    };
    await focal
      .put(`/api/assignments/${kept?.id}/contribution`)
      .send({ baseVersion: 0, body: 'Border crossings in 2019 and 2020, by checkpoint.' })
      .expect(200);
    await transition(focal, 'submit');
    await transition(mongolia, 'request_changes', 'Please add the figures for 2020.');
    await focal
      .post(`/api/assignments/${kept?.id}/comments`)
      .send({ body: 'The 2020 figures come from the border agency next week.' })
      .expect(201);
    await transition(focal, 'submit');
    await transition(mongolia, 'accept');
    // A workshop with one participant invited.
    const workshop = await mongolia
      .post(`/api/reviews/${t.demoReviewId}/workshops`)
      .send({
        title: 'Validation workshop',
        startsAt: '2026-12-10T02:00:00Z',
        endsAt: '2026-12-10T05:00:00Z',
      })
      .expect(201);
    await mongolia
      .put(`/api/workshops/${workshop.body.id}/participants`)
      .send({
        version: workshop.body.version,
        participants: [{ organisationId: gdbp.id, personId: focalPerson.id, attended: false }],
      })
      .expect(200);
    // A vote: opened, the one who has not voted reminded, closed early.
    const stakeholder = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.stakeholder } });
    const round = await mongolia
      .post(`/api/reviews/${t.demoReviewId}/votes`)
      .send({
        title: 'Priority GCM objectives',
        rules: { method: 'approval', maxPicks: 12 },
        voterIds: [stakeholder.id],
        secret: false,
        opensAt: '2026-11-28T01:00:00Z',
        closesAt: '2026-12-04T10:00:00Z',
      })
      .expect(201);
    await worker.get(OutboxReconciler).reconcile();
    await mongolia.post(`/api/votes/${round.body.id}/remind`).expect(202);
    await mongolia.post(`/api/votes/${round.body.id}/close`).expect(200);
    await worker.get(OutboxReconciler).reconcile();
    await mailSettled(t);

    const mails = sink.received.slice(before);
    const kinds = new Set(mails.map((mail) => String(mail.parsed.headers.get('x-gcm-kind') ?? '')));
    expect([...kinds].sort()).toEqual(
      expect.arrayContaining([
        'assignment.accepted',
        'assignment.changes_requested',
        'assignment.due_date_changed',
        'assignment.withdrawn',
        'assignments.created',
        'contribution.comment',
        'vote.closed',
        'vote.opened',
        'vote.reminder',
        'workshop.invited',
      ]),
    );
    for (const mail of mails) expectIdentity(mail);
  });

  /** The review's name and its coordinator's address on a review's e-mail; the installation's on an account e-mail. */
  function expectIdentity(mail: SmtpSink['received'][number]): void {
    {
      const kind = String(mail.parsed.headers.get('x-gcm-kind'));
      const from = mail.parsed.from?.value[0];
      const toOutsideland = mail.envelopeTo.some((address) => address.endsWith('@outsideland.example'));
      const seen = { kind, from, replyTo: addresses(mail.parsed.replyTo) };
      if (kind.startsWith('account.')) {
        expect(seen).toEqual({
          kind,
          from: { name: 'GCM Review Tracker', address: INSTALLATION_ADDRESS },
          replyTo: [],
        });
        expect(mail.parsed.text).not.toMatch(/reach the coordinator/);
      } else if (toOutsideland) {
        expect(seen).toEqual({
          kind,
          from: { name: 'GCM review of Outsideland', address: INSTALLATION_ADDRESS },
          replyTo: ['coordinator@outsideland.example'],
        });
      } else {
        expect(seen).toEqual({
          kind,
          from: { name: MONGOLIA.senderName, address: INSTALLATION_ADDRESS },
          replyTo: [MONGOLIA.replyTo],
        });
        expect(mail.parsed.text).toMatch(/Reply to this e-mail to reach the coordinator/);
      }
    }
  }
});
