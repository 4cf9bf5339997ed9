import { addDays, planReminders } from '@gcm/domain';
import { reminderPolicyOf } from '../src/modules/outbox/outbox-planner.service';
import { DueDateChangedMailHandler } from '../src/modules/reminders/due-date-changed-mail.handler';
import { createOutsiderWithReview } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * A region's review: shifting 10,000 open due dates moves every one of them and replans every
 * reminder in one transaction, with a racing second shift refused whole and another coordinator's
 * review left alone. The elapsed time is printed, never asserted (docs/benchmarks.md).
 */
describe('shifting the due dates of 10,000 open assignments', () => {
  const SIDE = 100; // 100 questions × 100 organisations
  const DAYS = 14;
  let t: TestApp;
  let reviewId: string;
  let outsiderReview: string;

  /** What can change when due dates move, for one review's assignments. */
  async function fingerprintOf(review: string): Promise<unknown> {
    return t.prisma.$queryRaw`
      SELECT (SELECT string_agg(id::text || due_date || version, ',' ORDER BY id) FROM assignment WHERE review_id = ${review}::uuid) AS assignments,
             (SELECT string_agg(id::text || status || not_before, ',' ORDER BY id) FROM outbox_message WHERE review_id = ${review}::uuid) AS outbox,
             (SELECT count(*) FROM audit_event WHERE review_id = ${review}::uuid) AS audit`;
  }

  beforeAll(async () => {
    t = await bootTestApp();
    reviewId = t.demoReviewId ?? '';
    ({ reviewId: outsiderReview } = await createOutsiderWithReview(t));
    const seeded = Date.now();
    // Questions S1…S100 and organisations Org 1…Org 100, each with a person: every tenth organisation
    // has no focal point (nobody to remind), every second a head contact, every third person reads French.
    await t.prisma.$executeRaw`
      INSERT INTO question (id, review_id, code, "order", section_key, prompt, answer_kind, answer_config, target_words, guidance)
      SELECT gen_random_uuid(), q.review_id, 'S' || g, 1000 + g, q.section_key, q.prompt, q.answer_kind, q.answer_config, q.target_words, q.guidance
        FROM (SELECT * FROM question WHERE review_id = ${reviewId}::uuid ORDER BY "order" LIMIT 1) AS q, generate_series(1, ${SIDE}) AS g`;
    await t.prisma.$executeRaw`
      INSERT INTO organisation (id, name, type, workspace_id, updated_at)
      SELECT gen_random_uuid(), 'Org ' || g, o.type, o.workspace_id, now()
        FROM (SELECT * FROM organisation WHERE id IN (SELECT organisation_id FROM assignment WHERE review_id = ${reviewId}::uuid) LIMIT 1) AS o,
             generate_series(1, ${SIDE}) AS g`;
    await t.prisma.$executeRaw`
      INSERT INTO person (id, email, name, locale, updated_at)
      SELECT gen_random_uuid(), 'fp' || g || '@scale.example', 'Focal point ' || g,
             CASE WHEN g % 3 = 0 THEN 'fr'::"Locale" END, now()
        FROM generate_series(1, ${SIDE}) AS g`;
    await t.prisma.$executeRaw`
      INSERT INTO review_organisation (review_id, organisation_id, head_contact_id)
      SELECT ${reviewId}::uuid, o.id, CASE WHEN g % 2 = 0 THEN p.id END
        FROM generate_series(1, ${SIDE}) AS g
        JOIN organisation o ON o.name = 'Org ' || g
        JOIN person p ON p.email = 'fp' || g || '@scale.example'`;
    await t.prisma.$executeRaw`
      INSERT INTO assignment (id, review_id, question_id, organisation_id, role, due_date, state, updated_at)
      SELECT gen_random_uuid(), ${reviewId}::uuid, q.id, o.id, 'contributing',
             DATE '2026-12-01' + (qg + og) % 20, CASE WHEN og % 4 = 0 THEN 'drafting'::"ContributionState" ELSE 'not_started' END, now()
        FROM generate_series(1, ${SIDE}) AS qg
        JOIN question q ON q.review_id = ${reviewId}::uuid AND q.code = 'S' || qg
        CROSS JOIN generate_series(1, ${SIDE}) AS og
        JOIN organisation o ON o.name = 'Org ' || og`;
    await t.prisma.$executeRaw`
      INSERT INTO assignment_focal_point (assignment_id, person_id)
      SELECT a.id, p.id
        FROM assignment a
        JOIN organisation o ON o.id = a.organisation_id AND o.name LIKE 'Org %'
        JOIN person p ON p.email = 'fp' || substr(o.name, 5) || '@scale.example'
       WHERE substr(o.name, 5)::int % 10 <> 0`;
    // A reminder already planned for each one's present due date: it must not survive the move.
    await t.prisma.$executeRaw`
      INSERT INTO outbox_message (id, dedupe_key, kind, review_id, assignment_id, not_before, payload, to_addresses, cc_addresses, updated_at)
      SELECT gen_random_uuid(), 'reminder:' || a.id || ':due:0:' || to_char(a.due_date, 'YYYY-MM-DD'), 'reminder.due',
             a.review_id, a.id, a.due_date + TIME '01:00',
             jsonb_build_object('dueDate', to_char(a.due_date, 'YYYY-MM-DD'), 'level', 0, 'offsetDays', 0), '{}', '{}', now()
        FROM assignment a JOIN organisation o ON o.id = a.organisation_id AND o.name LIKE 'Org %'`;
    // The outsider's review gets assignments of its own, to stay as they are.
    await t.prisma.$executeRaw`
      INSERT INTO assignment (id, review_id, question_id, organisation_id, role, due_date, updated_at)
      SELECT gen_random_uuid(), q.review_id, q.id, o.id, 'contributing', DATE '2024-08-01', now()
        FROM question q CROSS JOIN (SELECT id FROM organisation WHERE name = 'Org 1') AS o
       WHERE q.review_id = ${outsiderReview}::uuid`;
    // biome-ignore lint/suspicious/noConsole: the figures docs/benchmarks.md reports, printed, never asserted
    console.log(`seeded 10,000 assignments in ${Date.now() - seeded} ms`);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('moves every open due date once, replans every reminder, and leaves the other review alone', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const review = `/api/reviews/${reviewId}`;
    const seeded = await t.prisma.assignment.findMany({
      where: { reviewId, organisation: { name: { startsWith: 'Org ' } } },
      select: { id: true, dueDate: true, version: true, organisationId: true },
    });
    expect(seeded).toHaveLength(SIDE * SIDE);
    const before = new Map(seeded.map((a) => [a.id, a.dueDate.toISOString().slice(0, 10)]));
    const open = await t.prisma.assignment.count({
      where: { reviewId, state: { in: ['not_started', 'drafting', 'changes_requested'] } },
    });
    const outsiderBefore = await fingerprintOf(outsiderReview);
    const auditBefore = await t.prisma.auditEvent.count({ where: { action: 'assignment.due_date_shifted' } });

    const { version } = (
      await coordinator
        .patch(review)
        .send({ version: (await coordinator.get(review)).body.version, finalDueDate: '2027-01-09' })
        .expect(200)
    ).body;
    const shift = { from: '2026-12-26', to: addDays('2026-12-26', DAYS), version };
    const started = Date.now();
    // Two shifts race on the same version: one moves everything, the other is refused whole.
    const responses = await Promise.all([
      coordinator.post(`${review}/shift-due-dates`).send(shift),
      coordinator.post(`${review}/shift-due-dates`).send(shift),
    ]);
    // biome-ignore lint/suspicious/noConsole: the figures docs/benchmarks.md reports, printed, never asserted
    console.log(`shifted ${open} open due dates in ${Date.now() - started} ms`);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect(responses.find((response) => response.status === 200)?.body).toEqual({ shifted: open });

    const after = await t.prisma.assignment.findMany({
      where: { id: { in: [...before.keys()] } },
      select: { id: true, dueDate: true, version: true, organisationId: true },
    });
    expect(after).toHaveLength(before.size);
    const unmoved = after.filter(
      (a) =>
        a.version !== 2 || a.dueDate.toISOString().slice(0, 10) !== addDays(before.get(a.id) ?? '', DAYS),
    );
    expect(unmoved).toEqual([]);
    expect(await t.prisma.auditEvent.count({ where: { action: 'assignment.due_date_shifted' } })).toBe(
      auditBefore + open,
    );

    // No pending reminder of an open assignment is left at a due date it no longer has.
    const stale = await t.prisma.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) FROM outbox_message m JOIN assignment a ON a.id = m.assignment_id
       WHERE a.review_id = ${reviewId}::uuid AND m.status = 'pending' AND m.kind LIKE 'reminder.%'
         AND m.payload ->> 'dueDate' <> to_char(a.due_date, 'YYYY-MM-DD')`;
    expect(Number(stale[0]?.count)).toBe(0);

    // Every seeded assignment has exactly the reminders the planner plans for its new due date.
    const reviewRow = await t.prisma.review.findUniqueOrThrow({ where: { id: reviewId } });
    const policy = reminderPolicyOf(reviewRow.reminderPolicy);
    const organisations = await t.prisma.organisation.findMany({
      where: { name: { startsWith: 'Org ' } },
      select: { id: true, name: true },
    });
    const number = new Map(organisations.map((o) => [o.id, Number(o.name.slice(4))]));
    const expected = new Map<string, string>();
    for (const assignment of after) {
      const n = number.get(assignment.organisationId) ?? 0;
      const unreachable = [...(n % 10 === 0 ? [0] : []), ...(n % 2 === 0 ? [] : [1])];
      const dueDate = assignment.dueDate.toISOString().slice(0, 10);
      for (const reminder of planReminders({
        dueDate,
        timeZone: reviewRow.timeZone,
        policy,
        now: t.clock.now(),
      })) {
        if (!unreachable.includes(reminder.level)) {
          expected.set(`reminder:${assignment.id}:${reminder.key}`, reminder.sendAt.toISOString());
        }
      }
    }
    const planned = await t.prisma.outboxMessage.findMany({
      where: {
        assignmentId: { in: [...before.keys()] },
        status: 'pending',
        kind: { startsWith: 'reminder.' },
      },
      select: { dedupeKey: true, notBefore: true },
    });
    expect(expected.size).toBeGreaterThan(SIDE * SIDE);
    expect(planned).toHaveLength(expected.size);
    const unplanned = planned.filter((row) => expected.get(row.dedupeKey) !== row.notBefore.toISOString());
    expect(unplanned).toEqual([]);

    // One due-date e-mail per assignment someone hears about, rendered when sent in the reader's language.
    const mails = await t.prisma.outboxMessage.findMany({
      where: { assignmentId: { in: [...before.keys()] }, kind: 'assignment.due_date_changed' },
    });
    expect(mails).toHaveLength(after.filter((a) => (number.get(a.organisationId) ?? 0) % 10 !== 0).length);
    const french = mails.find((mail) => mail.toAddresses[0] === 'fp3@scale.example');
    expect(french).toBeDefined();
    if (!french) return;
    const rendered = await t.app.get(DueDateChangedMailHandler).render(french);
    expect(rendered).toMatchObject({ toAddresses: ['fp3@scale.example'], subject: expect.any(String) });
    expect(await t.app.get(DueDateChangedMailHandler).attachments(french)).toEqual([
      expect.objectContaining({
        filename: 'deadline.ics',
        contentType: expect.stringContaining('text/calendar'),
      }),
    ]);

    expect(await fingerprintOf(outsiderReview)).toEqual(outsiderBefore);
  }, 600_000);
});
