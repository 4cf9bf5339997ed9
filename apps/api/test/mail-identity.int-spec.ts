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
    for (const mail of sink.received) {
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
  });
});
