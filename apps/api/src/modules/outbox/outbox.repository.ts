import { type OutboxMessage, Prisma } from '@gcm/db';
import type { ReviewMailSettings, TPlannedReminder } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';
import {
  REMINDER_CONTEXT_FROM,
  type ReminderContext,
  type ReminderContextRow,
  reminderContextColumns,
  toReminderContext,
} from './assignment-mail.repository';

export type NewOutboxRow = Prisma.OutboxMessageCreateManyInput;

/** A row planned without content (rendered when sent), about an assignment: what `insertInBatches` takes. */
export interface PlannedOutboxRow {
  dedupeKey: string;
  kind: string;
  reviewId: string;
  assignmentId: string;
  notBefore: Date;
  payload: Record<string, unknown>;
  toAddresses: string[];
}
export type { Tx };

/**
 * A claimed row. A reminder to be rendered comes with the context it is rendered from, read in
 * the claim's statement (null: its assignment no longer exists, or it is no such row).
 */
export type ClaimedRow = OutboxMessage & {
  reminderContext: ReminderContext | null;
  /** How the row's review presents its e-mails (null: no review, or it is gone). */
  mailSettings: ReviewMailSettings | null;
};

/**
 * A review's ReviewMailSettings as one JSON object, for the review `r`: its sender name and reply
 * address, contact, country, coordinating office and first accepted coordinator.
 */
const MAIL_SETTINGS = Prisma.sql`json_build_object(
  'senderName', r.mail_sender_name, 'replyTo', r.mail_reply_to, 'contactEmail', r.contact_email,
  'country', r.country,
  'coordinatingOffice', (SELECT o.name FROM organisation o WHERE o.id = r.coordinating_organisation_id),
  'coordinatorEmail', (SELECT p.email FROM membership mb JOIN person p ON p.id = mb.person_id
                        WHERE mb.review_id = r.id AND mb.role = 'coordinator' AND mb.accepted_at IS NOT NULL
                        ORDER BY mb.created_at, mb.id LIMIT 1))`;

/**
 * Whether the claim takes an escalated reminder about the assignment `a` (a payload level of 1 or
 * more, as the reminder handler reads it): the only reminder whose context needs the count of
 * earlier ones.
 */
const ESCALATION_CLAIMED = Prisma.sql`EXISTS (
  SELECT 1 FROM claimed c
   WHERE c.assignment_id = a.id
     AND jsonb_typeof(c.payload->'level') = 'number' AND (c.payload->>'level')::numeric >= 1)`;

/**
 * The record of an e-mail rendered at its attempt: the addressees, the subject and the text part,
 * which is what the outbox view shows. The HTML part is not kept (decision 0034).
 */
export interface MailRecord {
  toAddresses: string[];
  ccAddresses: string[];
  subject: string;
  text: string;
}

/**
 * A row accepted by the SMTP server, with the claimant that sent it, its Message-ID, and the record
 * of what was sent when it was rendered at this attempt (a row planned with its content has it).
 */
export interface SentRow {
  id: string;
  claimant: string;
  messageId: string;
  record?: MailRecord;
}

/** Only this class writes outbox rows' delivery state; every transition is a guarded update. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Runs a statement of the delivery's hot path on the plain `pg` pool: the same SQL and
   * parameters, without Prisma's raw-query conversion, which writes every parameter out as JSON
   * and reads it back (a fifth of the worker's busy time with the content of a batch). `pg`
   * returns what these statements select as Prisma does: timestamptz as Date, json as objects.
   *
   * Each is a named prepared statement (`name`): a connection parses it once, and plans it once,
   * as the pool's connections are opened with `plan_cache_mode=force_generic_plan`
   * (DIRECT_POOL_OPTIONS): by default PostgreSQL planned markSent and the claim again at every
   * call (decision 0037). Its text never varies (the values are parameters), as a name must keep
   * to one text.
   *
   * These statements name their rows by id, and compare the status as text (`status::text`) so
   * that no index on the status can serve them: PostgreSQL reads the rows through the primary key
   * whatever its statistics say (decision 0038). An index's entries for a status are as many as the
   * rows that passed through it since the last vacuum (every send writes two versions of its row),
   * a whole burst of e-mails, and a plan made while a status looked rare read them all at each
   * statement.
   */
  private async direct<T>(name: string, query: Prisma.Sql): Promise<T[]> {
    const result = await this.prisma.pool.query({
      name: `outbox.${name}`,
      text: query.text,
      values: query.values as unknown[],
    });
    return result.rows as T[];
  }

  /** Inserts the rows whose dedupe key is new; returns those inserted (planning twice plans once). */
  async insert(tx: Tx, rows: NewOutboxRow[]): Promise<{ id: string; notBefore: Date }[]> {
    if (rows.length === 0) return [];
    return tx.outboxMessage.createManyAndReturn({
      data: rows,
      skipDuplicates: true,
      select: { id: true, notBefore: true },
    });
  }

  /**
   * As `insert` for the thousands of rows one change can plan (a shift of every due date): each
   * batch is one statement whatever its size, the rows sent as one JSON document — Prisma's
   * createMany binds every field of every row and takes seconds per thousand.
   */
  async insertInBatches(tx: Tx, rows: PlannedOutboxRow[]): Promise<{ id: string; notBefore: Date }[]> {
    const inserted: { id: string; notBefore: Date }[] = [];
    for (let start = 0; start < rows.length; start += 2000) {
      const batch = rows.slice(start, start + 2000).map((row) => ({
        dedupe_key: row.dedupeKey,
        kind: row.kind,
        review_id: row.reviewId,
        assignment_id: row.assignmentId,
        not_before: row.notBefore.toISOString(),
        payload: row.payload,
        to_addresses: row.toAddresses,
      }));
      inserted.push(
        ...(await tx.$queryRaw<{ id: string; notBefore: Date }[]>`
          INSERT INTO outbox_message
                 (id, dedupe_key, kind, review_id, assignment_id, not_before, payload, to_addresses, cc_addresses, updated_at)
          SELECT gen_random_uuid(), dedupe_key, kind, review_id, assignment_id, not_before, payload, to_addresses, '{}', now()
            FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS row(
                   dedupe_key text, kind text, review_id uuid, assignment_id uuid, not_before timestamptz,
                   payload jsonb, to_addresses text[])
          ON CONFLICT DO NOTHING
          RETURNING id, not_before AS "notBefore"`),
      );
    }
    return inserted;
  }

  /**
   * Plans reminders for many assignments in one statement: each due date's schedule (planReminders)
   * joined in SQL to the assignments due then, leaving out the levels nobody would receive; the
   * rows are those `replanReminders` inserts one assignment at a time. Returns how many are new.
   */
  insertReminders(
    tx: Tx,
    reviewId: string,
    schedules: readonly { dueDate: string; reminders: readonly TPlannedReminder[] }[],
    assignments: readonly { id: string; dueDate: string; unreachable: number[] }[],
  ): Promise<number> {
    const planned = schedules.flatMap(({ dueDate, reminders }) =>
      reminders.map((reminder) => ({
        due_date: dueDate,
        key: reminder.key,
        kind: reminder.kind,
        level: reminder.level,
        offset_days: reminder.offsetDays,
        send_at: reminder.sendAt.toISOString(),
      })),
    );
    if (planned.length === 0 || assignments.length === 0) return Promise.resolve(0);
    const reach = assignments.map(({ id, dueDate, unreachable }) => ({ id, due_date: dueDate, unreachable }));
    return tx.$executeRaw`
      INSERT INTO outbox_message
             (id, dedupe_key, kind, review_id, assignment_id, not_before, payload, to_addresses, cc_addresses, updated_at)
      SELECT gen_random_uuid(), 'reminder:' || assignment.id || ':' || reminder.key, 'reminder.' || reminder.kind,
             ${reviewId}::uuid, assignment.id, reminder.send_at,
             jsonb_build_object('dueDate', reminder.due_date, 'level', reminder.level, 'offsetDays', reminder.offset_days),
             '{}', '{}', now()
        FROM jsonb_to_recordset(${JSON.stringify(reach)}::jsonb) AS assignment(id uuid, due_date text, unreachable int[])
        JOIN jsonb_to_recordset(${JSON.stringify(planned)}::jsonb)
             AS reminder(due_date text, key text, kind text, level int, offset_days int, send_at timestamptz)
          ON reminder.due_date = assignment.due_date
       WHERE reminder.level <> ALL(assignment.unreachable)
      ON CONFLICT DO NOTHING`;
  }

  async cancelPending(tx: Tx, where: Prisma.OutboxMessageWhereInput, reason: string): Promise<number> {
    const result = await tx.outboxMessage.updateMany({
      where: { ...where, status: 'pending' },
      data: { status: 'cancelled', cancelledReason: reason },
    });
    return result.count;
  }

  /**
   * Cancels every pending reminder of a review (assignment and vote reminders alike), e.g. when its
   * report is submitted; returns how many. Event e-mails (invitations, the submission) still go.
   */
  cancelReviewReminders(tx: Tx, reviewId: string, reason: string): Promise<number> {
    return this.cancelPending(
      tx,
      { reviewId, OR: [{ kind: { startsWith: 'reminder.' } }, { kind: { startsWith: 'vote.reminder.' } }] },
      reason,
    );
  }

  /**
   * Cancels an assignment's pending reminders; with `exceptForDueDate`, only those planned for
   * another due date.
   */
  cancelReminders(
    tx: Tx,
    assignmentId: string,
    reason: string,
    options: { exceptForDueDate?: string } = {},
  ): Promise<number> {
    return this.cancelPending(
      tx,
      {
        assignmentId,
        kind: { startsWith: 'reminder.' },
        ...(options.exceptForDueDate
          ? { NOT: { payload: { path: ['dueDate'], equals: options.exceptForDueDate } } }
          : {}),
      },
      reason,
    );
  }

  /**
   * As `cancelReminders` with `exceptForDueDate` the assignment's own due date, for many assignments
   * in one statement: their pending reminders planned for another due date.
   */
  cancelRemindersOfOtherDueDates(tx: Tx, assignmentIds: string[], reason: string): Promise<number> {
    if (assignmentIds.length === 0) return Promise.resolve(0);
    return tx.$executeRaw`
      UPDATE outbox_message AS message
         SET status = 'cancelled', cancelled_reason = ${reason}, updated_at = now()
        FROM assignment
       WHERE message.assignment_id = assignment.id
         AND assignment.id = ANY(${assignmentIds}::uuid[])
         AND message.status = 'pending'
         AND message.kind LIKE 'reminder.%'
         AND message.payload ->> 'dueDate' <> to_char(assignment.due_date, 'YYYY-MM-DD')`;
  }

  /** Cancels the pending reminders of many assignments (`cancelReminders` for each, in one statement). */
  cancelRemindersOf(tx: Tx, assignmentIds: string[], reason: string): Promise<number> {
    if (assignmentIds.length === 0) return Promise.resolve(0);
    return this.cancelPending(
      tx,
      { assignmentId: { in: assignmentIds }, kind: { startsWith: 'reminder.' } },
      reason,
    );
  }

  /** As `cancelReminderLevels`, for many assignments in one statement. */
  cancelReminderLevelsOf(tx: Tx, assignmentIds: string[], levels: number[], reason: string): Promise<number> {
    if (levels.length === 0 || assignmentIds.length === 0) return Promise.resolve(0);
    return this.cancelPending(
      tx,
      {
        assignmentId: { in: assignmentIds },
        kind: { startsWith: 'reminder.' },
        NOT: { kind: 'reminder.manual' },
        OR: levels.map((level) => ({ payload: { path: ['level'], equals: level } })),
      },
      reason,
    );
  }

  /** Cancels an assignment's pending reminders of these escalation levels (0: the focal points). */
  cancelReminderLevels(tx: Tx, assignmentId: string, levels: number[], reason: string): Promise<number> {
    if (levels.length === 0) return Promise.resolve(0);
    return this.cancelPending(
      tx,
      {
        assignmentId,
        kind: { startsWith: 'reminder.' },
        NOT: { kind: 'reminder.manual' },
        OR: levels.map((level) => ({ payload: { path: ['level'], equals: level } })),
      },
      reason,
    );
  }

  /** The id of the row planned under `dedupeKey`, if any (to answer its e-mail in the same thread). */
  async idOfKey(dedupeKey: string): Promise<string | null> {
    const row = await this.prisma.client.outboxMessage.findFirst({
      where: { dedupeKey },
      orderBy: { createdAt: 'asc' },
      select: { id: true },
    });
    return row?.id ?? null;
  }

  /**
   * Takes those of `ids` that are due for one worker — pending, or held by a worker whose lease ran
   * out — and returns them whole, each reminder with the context it is rendered from. One
   * statement: `FOR UPDATE SKIP LOCKED` passes over rows another worker is claiming this instant,
   * and the guard is checked again on the locked row, so only one worker can take a row. A row
   * someone else has, sent, cancelled or not due yet is left out.
   */
  async claim(ids: readonly string[], workerId: string, now: Date, leaseMs: number): Promise<ClaimedRow[]> {
    if (ids.length === 0) return [];
    const rows = await this.direct<
      Omit<ClaimedRow, 'reminderContext'> & { reminderContext: ReminderContextRow | null }
    >(
      'claim',
      Prisma.sql`
      WITH claimed AS (
        UPDATE outbox_message m
           SET status = 'sending', claimed_by = ${workerId}, claimed_until = ${new Date(now.getTime() + leaseMs)},
               attempts = m.attempts + 1, updated_at = ${now}
          FROM (SELECT id FROM outbox_message
                 WHERE id = ANY(${ids as string[]}::uuid[])
                   AND not_before <= ${now}
                   AND (status::text = 'pending' OR (status::text = 'sending' AND claimed_until < ${now}))
                 ORDER BY not_before, id
                   FOR UPDATE SKIP LOCKED) due
         WHERE m.id = due.id
           AND (m.status::text = 'pending' OR (m.status::text = 'sending' AND m.claimed_until < ${now}))
        RETURNING m.*
      ),
      -- Once per assignment and per review of the batch, as sets (hash joins on the small tables).
      context AS MATERIALIZED (
        SELECT facts.id, row_to_json(facts) AS row
          FROM (SELECT ${reminderContextColumns(ESCALATION_CLAIMED)}
                  FROM ${REMINDER_CONTEXT_FROM}
                 WHERE a.id IN (SELECT c.assignment_id FROM claimed c WHERE c.kind LIKE 'reminder.%' AND c.html IS NULL)) facts
      ),
      settings AS MATERIALIZED (
        SELECT r.id, ${MAIL_SETTINGS} AS row FROM review r WHERE r.id IN (SELECT c.review_id FROM claimed c)
      )
      SELECT m.id, m.dedupe_key AS "dedupeKey", m.kind, m.review_id AS "reviewId",
             m.assignment_id AS "assignmentId", m.not_before AS "notBefore", m.status, m.attempts,
             m.max_attempts AS "maxAttempts", m.payload, m.to_addresses AS "toAddresses",
             m.cc_addresses AS "ccAddresses", m.subject, m.text, m.html, m.attachments,
             m.claimed_by AS "claimedBy", m.claimed_until AS "claimedUntil", m.message_id AS "messageId",
             m.sent_at AS "sentAt", m.last_error AS "lastError", m.cancelled_reason AS "cancelledReason",
             m.created_at AS "createdAt", m.updated_at AS "updatedAt", context.row AS "reminderContext",
             settings.row AS "mailSettings"
        FROM claimed m
        LEFT JOIN context ON context.id = m.assignment_id AND m.kind LIKE 'reminder.%' AND m.html IS NULL
        LEFT JOIN settings ON settings.id = m.review_id`,
    );
    return rows.map(({ reminderContext, ...row }) => ({
      ...row,
      reminderContext: reminderContext ? toReminderContext(reminderContext) : null,
    }));
  }

  /**
   * Extends this worker's lease on the rows of a batch it still holds, before the lease runs out
   * while the batch is being sent; returns the ids it still holds.
   */
  async renewLease(ids: readonly string[], workerId: string, until: Date): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.direct<{ id: string }>(
      'renewLease',
      Prisma.sql`
      UPDATE outbox_message SET claimed_until = ${until}
       WHERE id = ANY(${ids as string[]}::uuid[]) AND claimed_by = ${workerId} AND status::text = 'sending'
      RETURNING id`,
    );
    return new Set(rows.map((row) => row.id));
  }

  async cancelClaimed(id: string, workerId: string, reason: string): Promise<void> {
    await this.prisma.client.outboxMessage.updateMany({
      where: { id, claimedBy: workerId, status: 'sending' },
      data: { status: 'cancelled', cancelledReason: reason, claimedUntil: null },
    });
  }

  /**
   * Records rows as sent with their SMTP Message-IDs, each while its claimant still holds it (one
   * statement for all of them, whichever batches they are of), with the record of what was sent
   * for rows rendered at this attempt: one write of the row for the send and its record, rather
   * than a write of the record before the send and another after it (decision 0036).
   *
   * The ids are given a second time as an array: PostgreSQL guesses 100 rows for the JSON
   * document, and on an outbox of up to some ten thousand rows joins it to a scan of the whole
   * table (1.8 ms at 10,000 rows, against 0.04 ms through the primary key, every few e-mails);
   * with `id = ANY(…)` it reads the rows through the primary key (`outbox-statements.int-spec.ts`).
   */
  async markSent(sent: readonly SentRow[], now: Date): Promise<void> {
    if (sent.length === 0) return;
    await this.direct(
      'markSent',
      Prisma.sql`
      UPDATE outbox_message m
         SET status = 'sent', message_id = s."messageId", sent_at = ${now}, claimed_until = NULL,
             last_error = NULL, updated_at = ${now},
             to_addresses = COALESCE(s."toAddresses", m.to_addresses),
             cc_addresses = COALESCE(s."ccAddresses", m.cc_addresses),
             subject = COALESCE(s.subject, m.subject), text = COALESCE(s.text, m.text)
        FROM json_to_recordset(${JSON.stringify(sent.map(({ record, ...row }) => ({ ...row, ...record })))}::json)
             AS s(id uuid, claimant text, "messageId" text, "toAddresses" text[], "ccAddresses" text[],
                  subject text, text text)
       WHERE m.id = s.id AND m.claimed_by = s.claimant AND m.status::text = 'sending'
         AND m.id = ANY(${sent.map((row) => row.id)}::uuid[])`,
    );
  }

  /**
   * After a failed attempt: pending again, not before `retryAt` (so no one, the reconciler
   * included, takes it before its backoff is over), or failed for good when `retryAt` is null.
   */
  async recordFailure(
    id: string,
    workerId: string,
    error: string,
    retryAt: Date | null,
    record?: MailRecord,
  ): Promise<void> {
    await this.prisma.client.outboxMessage.updateMany({
      where: { id, claimedBy: workerId, status: 'sending' },
      data: {
        status: retryAt ? 'pending' : 'failed',
        ...(retryAt ? { notBefore: retryAt } : {}),
        lastError: error.slice(0, 2000),
        claimedUntil: null,
        ...record,
      },
    });
  }

  /** Rows a lost queue would leave behind: due and pending, or abandoned by a dead worker. */
  dueRows(now: Date, limit: number): Promise<{ id: string; notBefore: Date; attempts: number }[]> {
    return this.prisma.client.outboxMessage.findMany({
      where: {
        notBefore: { lte: now },
        OR: [{ status: 'pending' }, { status: 'sending', claimedUntil: { lt: now } }],
      },
      orderBy: { notBefore: 'asc' },
      take: limit,
      select: { id: true, notBefore: true, attempts: true },
    });
  }

  /**
   * A failed row, retried by the coordinator: pending again with a fresh allowance of attempts.
   * Its attempt count carries on, so the retry gets a job id of its own.
   */
  async retryFailed(
    tx: Tx,
    id: string,
    now: Date,
  ): Promise<{ id: string; notBefore: Date; attempts: number } | null> {
    const rows = await tx.$queryRaw<{ attempts: number }[]>`
      UPDATE outbox_message
         SET status = 'pending', last_error = NULL, not_before = ${now}, max_attempts = attempts + 8, updated_at = ${now}
       WHERE id = ${id}::uuid AND status = 'failed'
      RETURNING attempts`;
    const row = rows[0];
    return row ? { id, notBefore: now, attempts: row.attempts } : null;
  }
}
