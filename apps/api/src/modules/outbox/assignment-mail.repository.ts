import { Prisma } from '@gcm/db';
import { fromDateColumn, type TLocale } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';
import type { AssignmentForMail } from '../mail/mail-facts';

const assignmentForMailInclude = {
  question: { select: { code: true, prompt: true } },
  organisation: { select: { id: true, name: true } },
  review: { select: { id: true, title: true, timeZone: true, status: true, reminderPolicy: true } },
  focalPoints: { select: { person: { select: { id: true, email: true, name: true } } } },
} satisfies Prisma.AssignmentInclude;

type AssignmentForMailRow = Prisma.AssignmentGetPayload<{ include: typeof assignmentForMailInclude }>;

function toAssignmentForMail(row: AssignmentForMailRow): AssignmentForMail {
  return {
    id: row.id,
    reviewId: row.reviewId,
    organisationId: row.organisationId,
    role: row.role,
    state: row.state,
    dueDate: fromDateColumn(row.dueDate),
    question: row.question,
    organisation: row.organisation,
    review: row.review,
    focalPoints: row.focalPoints,
  };
}

/** A person an e-mail can go to, with the language they chose (null: none). */
export interface Addressee {
  email: string;
  locale: TLocale | null;
}

/**
 * Everything a reminder about an assignment needs when it is rendered: the assignment, whom each
 * escalation level reaches (with their languages), and how many reminders went out before.
 */
export interface ReminderContext {
  assignment: AssignmentForMail;
  focalPoints: Addressee[];
  /** The organisation's contributors in the review (reached when it has no focal points). */
  contributors: Addressee[];
  headContact: Addressee | null;
  coordinators: Addressee[];
  /**
   * Reminders about the assignment sent so far (any kind); null where they were not counted: the
   * outbox's claim counts them only for an assignment of which it claims an escalated reminder,
   * the only one that states them.
   */
  sentReminders: number | null;
}

export interface ReminderContextRow extends Omit<AssignmentForMail, 'focalPoints'> {
  focalPoints: { id: string; email: string; name: string; locale: TLocale | null }[];
  contributors: Addressee[];
  headContact: Addressee | null;
  coordinators: Addressee[];
  sentReminders: number | null;
}

/**
 * The columns of a reminder's context (a ReminderContextRow) for the assignment `a` of
 * REMINDER_CONTEXT_FROM: shared by `reminderContexts` and the outbox's claim, which returns them
 * with the rows it claims (decision 0028). The reminders sent before are counted where
 * `countEarlier` holds, null elsewhere: the count reads every sent reminder of the assignment,
 * and only an escalation states it (decision 0037).
 */
export const reminderContextColumns = (countEarlier: Prisma.Sql) => Prisma.sql`
  a.id, a.review_id AS "reviewId", a.organisation_id AS "organisationId", a.role::text AS role,
  a.state::text AS state, to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
  json_build_object('code', q.code, 'prompt', q.prompt) AS question,
  json_build_object('id', o.id, 'name', o.name) AS organisation,
  json_build_object('id', r.id, 'title', r.title, 'timeZone', r.time_zone, 'status', r.status,
                    'reminderPolicy', r.reminder_policy) AS review,
  COALESCE((SELECT json_agg(json_build_object('id', p.id, 'email', p.email, 'name', p.name, 'locale', p.locale))
              FROM assignment_focal_point fp JOIN person p ON p.id = fp.person_id
             WHERE fp.assignment_id = a.id), '[]') AS "focalPoints",
  COALESCE((SELECT json_agg(json_build_object('email', p.email, 'locale', p.locale))
              FROM membership m JOIN person p ON p.id = m.person_id
             WHERE m.review_id = a.review_id AND m.organisation_id = a.organisation_id
               AND m.role = 'contributor'), '[]') AS contributors,
  (SELECT json_build_object('email', p.email, 'locale', p.locale)
     FROM review_organisation ro JOIN person p ON p.id = ro.head_contact_id
    WHERE ro.review_id = a.review_id AND ro.organisation_id = a.organisation_id) AS "headContact",
  COALESCE((SELECT json_agg(json_build_object('email', p.email, 'locale', p.locale))
              FROM membership m JOIN person p ON p.id = m.person_id
             WHERE m.review_id = a.review_id AND m.role = 'coordinator'), '[]') AS coordinators,
  CASE WHEN ${countEarlier} THEN
    (SELECT count(*)::int FROM outbox_message x
      WHERE x.assignment_id = a.id AND x.status = 'sent' AND x.kind LIKE 'reminder.%')
  END AS "sentReminders"`;

/** The assignment `a` with its question `q`, organisation `o` and review `r`. */
export const REMINDER_CONTEXT_FROM = Prisma.sql`assignment a
  JOIN question q ON q.id = a.question_id
  JOIN organisation o ON o.id = a.organisation_id
  JOIN review r ON r.id = a.review_id`;

/** A row of reminderContextColumns as the context a reminder is rendered from. */
export function toReminderContext({
  focalPoints,
  contributors,
  headContact,
  coordinators,
  sentReminders,
  ...assignment
}: ReminderContextRow): ReminderContext {
  return {
    assignment: {
      ...assignment,
      focalPoints: focalPoints.map(({ id, email, name }) => ({ person: { id, email, name } })),
    },
    focalPoints: focalPoints.map(({ email, locale }) => ({ email, locale })),
    contributors,
    headContact,
    coordinators,
    sentReminders,
  };
}

/** What e-mails about an assignment need to know, and whom they go to. */
@Injectable()
export class AssignmentMailRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** The organisation's assignments in the review whose contribution is still awaited. */
  async openIdsOfOrganisation(tx: Tx, reviewId: string, organisationId: string): Promise<string[]> {
    const rows = await tx.assignment.findMany({
      where: { reviewId, organisationId, state: { in: ['not_started', 'drafting', 'changes_requested'] } },
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }

  /**
   * The reminder contexts of these assignments, by id, in one statement (the worker renders a
   * batch of reminders from it); an assignment that no longer exists is left out.
   */
  async reminderContexts(assignmentIds: readonly string[]): Promise<Map<string, ReminderContext>> {
    if (assignmentIds.length === 0) return new Map();
    const rows = await this.prisma.client.$queryRaw<ReminderContextRow[]>`
      SELECT ${reminderContextColumns(Prisma.sql`true`)}
        FROM ${REMINDER_CONTEXT_FROM}
       WHERE a.id = ANY(${assignmentIds as string[]}::uuid[])`;
    return new Map(rows.map((row) => [row.id, toReminderContext(row)]));
  }

  async idsInReview(reviewId: string): Promise<string[]> {
    const rows = await this.prisma.client.assignment.findMany({ where: { reviewId }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  async find(assignmentId: string, db: Tx = this.prisma.client): Promise<AssignmentForMail | null> {
    const row = await db.assignment.findUnique({
      where: { id: assignmentId },
      include: assignmentForMailInclude,
    });
    return row && toAssignmentForMail(row);
  }

  async get(tx: Tx, assignmentId: string): Promise<AssignmentForMail> {
    return toAssignmentForMail(
      await tx.assignment.findUniqueOrThrow({
        where: { id: assignmentId },
        include: assignmentForMailInclude,
      }),
    );
  }

  /** What planning a review's reminders needs to know of it. */
  reviewForReminders(
    tx: Tx,
    reviewId: string,
  ): Promise<{ timeZone: string; status: string; reminderPolicy: unknown }> {
    return tx.review.findUniqueOrThrow({
      where: { id: reviewId },
      select: { timeZone: true, status: true, reminderPolicy: true },
    });
  }

  /** Of many assignments, what tells whom their e-mails reach: organisation, due date, focal points' e-mails. */
  async reachOf(
    tx: Tx,
    assignmentIds: string[],
  ): Promise<{ id: string; organisationId: string; dueDate: string; focalPoints: string[] }[]> {
    const rows = await tx.$queryRaw<
      { id: string; organisationId: string; dueDate: string; focalPoints: string[] }[]
    >`
      SELECT assignment.id, assignment.organisation_id AS "organisationId",
             to_char(assignment.due_date, 'YYYY-MM-DD') AS "dueDate",
             coalesce(array_agg(person.email ORDER BY person.email) FILTER (WHERE person.email IS NOT NULL), '{}') AS "focalPoints"
        FROM assignment
        LEFT JOIN assignment_focal_point AS focal ON focal.assignment_id = assignment.id
        LEFT JOIN person ON person.id = focal.person_id
       WHERE assignment.id = ANY(${assignmentIds}::uuid[])
       GROUP BY assignment.id`;
    return rows;
  }

  /** The e-mails of each organisation's contributors in the review (for `recipientsOf`), by organisation. */
  async contributorEmailsByOrganisation(tx: Tx, reviewId: string): Promise<Map<string, string[]>> {
    const rows = await tx.membership.findMany({
      where: { reviewId, role: 'contributor', organisationId: { not: null } },
      select: { organisationId: true, person: { select: { email: true } } },
      orderBy: { createdAt: 'asc' },
    });
    const byOrganisation = new Map<string, string[]>();
    for (const { organisationId, person } of rows) {
      if (!organisationId) continue;
      byOrganisation.set(organisationId, [...(byOrganisation.get(organisationId) ?? []), person.email]);
    }
    return byOrganisation;
  }

  /** The head contact's e-mail of each organisation in the review that has one recorded. */
  async headContactEmails(tx: Tx, reviewId: string): Promise<Map<string, string>> {
    const links = await tx.reviewOrganisation.findMany({
      where: { reviewId, headContactId: { not: null } },
      select: { organisationId: true, headContact: { select: { email: true } } },
    });
    return new Map(
      links.flatMap(({ organisationId, headContact }) =>
        headContact ? [[organisationId, headContact.email] as const] : [],
      ),
    );
  }

  /** The language each of these people chose, by lower-cased e-mail (those who chose none are left out). */
  async localesOf(emails: readonly string[], db: Tx = this.prisma.client): Promise<Map<string, TLocale>> {
    const people = await db.person.findMany({
      where: {
        email: { in: [...new Set(emails.map((email) => email.toLowerCase()))] },
        locale: { not: null },
      },
      select: { email: true, locale: true },
    });
    return new Map(people.flatMap(({ email, locale }) => (locale ? [[email, locale] as const] : [])));
  }

  /** Who hears about an assignment: its focal points, else the organisation's contributors in the review. */
  async recipients(assignment: AssignmentForMail, db: Tx = this.prisma.client): Promise<string[]> {
    const focal = assignment.focalPoints.map((f) => f.person.email);
    if (focal.length) return focal;
    const contributors = await db.membership.findMany({
      where: {
        reviewId: assignment.reviewId,
        organisationId: assignment.organisationId,
        role: 'contributor',
      },
      select: { person: { select: { email: true } } },
    });
    return contributors.map((m) => m.person.email);
  }

  /**
   * The language an e-mail to `emails` is written in: the one most of them chose (the first
   * addressee's among equals), English when none chose one.
   */
  async languageOf(emails: readonly string[], db: Tx = this.prisma.client): Promise<TLocale> {
    return (await this.chosenLanguageOf(emails, db)) ?? 'en';
  }

  /** As languageOf, but null when none of them chose a language (the caller picks another). */
  async chosenLanguageOf(emails: readonly string[], db: Tx = this.prisma.client): Promise<TLocale | null> {
    const people = await db.person.findMany({
      where: { email: { in: emails.map((email) => email.toLowerCase()) } },
      select: { email: true, locale: true },
    });
    const count = new Map<TLocale, number>();
    for (const email of emails) {
      const locale = people.find((person) => person.email === email.toLowerCase())?.locale;
      if (locale) count.set(locale, (count.get(locale) ?? 0) + 1);
    }
    let best: TLocale | null = null;
    let most = 0;
    for (const [locale, n] of count) if (n > most) [best, most] = [locale, n];
    return best;
  }

  /**
   * The addressees by the language each chose (English for those who chose none), in the order
   * they first appear: one e-mail per group writes each in their own language.
   */
  async languageGroups(
    emails: readonly string[],
    db: Tx = this.prisma.client,
  ): Promise<{ locale: TLocale; emails: string[] }[]> {
    return languageGroupsOf(emails, await this.localesOf(emails, db));
  }

  /** The language a person chose, by id; null when they chose none (or are not found). */
  async languageOfPerson(personId: string, db: Tx = this.prisma.client): Promise<TLocale | null> {
    const person = await db.person.findUnique({ where: { id: personId }, select: { locale: true } });
    return person?.locale ?? null;
  }

  /** The e-mail of the organisation's head contact in the review, when one is recorded. */
  async headContactEmail(
    reviewId: string,
    organisationId: string,
    db: Tx = this.prisma.client,
  ): Promise<string | undefined> {
    const link = await db.reviewOrganisation.findUnique({
      where: { reviewId_organisationId: { reviewId, organisationId } },
      select: { headContact: { select: { email: true } } },
    });
    return link?.headContact?.email;
  }

  async coordinatorEmails(reviewId: string, db: Tx = this.prisma.client): Promise<string[]> {
    const coordinators = await db.membership.findMany({
      where: { reviewId, role: 'coordinator' },
      select: { person: { select: { email: true } } },
    });
    return coordinators.map((c) => c.person.email);
  }

  /**
   * The e-mails of the coordinators who asked for changes on the assignment and are coordinators
   * of its review still.
   */
  async changeRequesterEmails(tx: Tx, assignment: AssignmentForMail): Promise<string[]> {
    const people = await tx.person.findMany({
      where: {
        comments: { some: { assignmentId: assignment.id, kind: 'change_request' } },
        memberships: {
          some: { reviewId: assignment.reviewId, role: 'coordinator', acceptedAt: { not: null } },
        },
      },
      select: { email: true },
      orderBy: { email: 'asc' },
    });
    return people.map((person) => person.email);
  }

  /** The e-mail of a person (the author of something, to leave them out of its e-mail). */
  async emailOf(tx: Tx, personId: string): Promise<string | undefined> {
    const person = await tx.person.findUnique({ where: { id: personId }, select: { email: true } });
    return person?.email;
  }
}

/** The addressees by the language each chose in `locales` (English when none), in first-appearance order. */
export function languageGroupsOf(
  emails: readonly string[],
  locales: ReadonlyMap<string, TLocale>,
): { locale: TLocale; emails: string[] }[] {
  const groups = new Map<TLocale, string[]>();
  for (const email of emails) {
    const locale = locales.get(email.toLowerCase()) ?? 'en';
    groups.set(locale, [...(groups.get(locale) ?? []), email]);
  }
  return [...groups].map(([locale, group]) => ({ locale, emails: group }));
}
