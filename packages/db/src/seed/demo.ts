import { addDays, dateIn, ESCAP_GCM_REVIEW_2020, toDateColumn } from '@gcm/domain';
import argon2 from 'argon2';
import { createPrismaClient } from '../client';
import type { PrismaClient } from '../generated/prisma/client';
import { questionRowsFromTemplate } from '../template-questions';
import {
  DEMO_ADMINISTRATOR,
  DEMO_ASSIGNMENTS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_REVIEW,
} from './demo-data';
import { seedSecondCountry } from './second-country';

export interface SeedResult {
  created: boolean;
  reviewId: string;
}

/** A calendar date `days` from today in the review's time zone, as a UTC-midnight Date for a DATE column. */
function dateInDays(now: Date, timeZone: string, days: number): Date {
  return toDateColumn(addDays(dateIn(timeZone, now), days));
}

/**
 * Creates the demo review (Mongolia 2020) with its organisations, people, questions and division
 * of labour, unless it exists. Due dates are relative to `now` so the demo always shows work that
 * is overdue, due soon and on track. Runs in one transaction: all or nothing.
 */
export async function seedDemo(prisma: PrismaClient, now = new Date()): Promise<SeedResult> {
  const existing = await prisma.review.findUnique({
    where: {
      country_cycle_templateKey: {
        country: DEMO_REVIEW.country,
        cycle: DEMO_REVIEW.cycle,
        templateKey: DEMO_REVIEW.templateKey,
      },
    },
    select: { id: true },
  });
  if (existing) {
    return { created: false, reviewId: existing.id };
  }
  const template = ESCAP_GCM_REVIEW_2020;
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const reviewId = await prisma.$transaction(
    async (tx) => {
      const review = await tx.review.create({
        data: {
          templateKey: template.key,
          templateVersion: template.version,
          country: DEMO_REVIEW.country,
          cycle: DEMO_REVIEW.cycle,
          title: DEMO_REVIEW.title,
          status: 'collecting',
          timeZone: DEMO_REVIEW.timeZone,
          finalDueDate: dateInDays(now, DEMO_REVIEW.timeZone, DEMO_REVIEW.finalDueInDays),
          contactOffice: DEMO_REVIEW.contactOffice,
          contactName: DEMO_REVIEW.contactName,
          contactTitle: DEMO_REVIEW.contactTitle,
          contactEmail: DEMO_REVIEW.contactEmail,
          contactPhone: DEMO_REVIEW.contactPhone,
          contactMailingAddress: DEMO_REVIEW.contactMailingAddress,
          recipientsTo: [...DEMO_REVIEW.recipientsTo],
          recipientsCc: [...DEMO_REVIEW.recipientsCc],
          consentToPublish: true,
          workspace: {
            connectOrCreate: {
              where: { country: DEMO_REVIEW.country },
              create: { country: DEMO_REVIEW.country },
            },
          },
          questions: { create: questionRowsFromTemplate(template) },
        },
        include: { questions: { select: { id: true, code: true } } },
      });
      // The country's organisations: no other country can see, reuse or change them.
      const orgIds = new Map<string, string>();
      for (const org of DEMO_ORGANISATIONS) {
        const row = await tx.organisation.create({
          data: {
            name: org.name,
            shortName: org.shortName,
            type: org.type,
            country: DEMO_REVIEW.country,
            workspaceId: review.workspaceId,
            reviews: { create: { reviewId: review.id } },
          },
        });
        orgIds.set(org.key, row.id);
      }
      const orgId = (key: string): string => {
        const id = orgIds.get(key);
        if (!id) throw new Error(`Demo data names unknown organisation "${key}"`);
        return id;
      };
      await tx.review.update({
        where: { id: review.id },
        data: { coordinatingOrganisationId: orgId('mfa') },
      });
      await tx.person.upsert({
        where: { email: DEMO_ADMINISTRATOR.email },
        create: { ...DEMO_ADMINISTRATOR, passwordHash, isAdministrator: true },
        update: {},
      });
      const personIds = new Map<string, string>();
      for (const person of DEMO_PEOPLE) {
        const row = await tx.person.upsert({
          where: { email: person.email },
          create: {
            email: person.email,
            name: person.name,
            title: person.title,
            organisationId: orgId(person.organisation),
            passwordHash,
            // The demo coordinator may start reviews of their own, as an administrator would grant.
            mayCreateReviews: person.role === 'coordinator',
          },
          update: {},
        });
        personIds.set(person.organisation, personIds.get(person.organisation) ?? row.id);
        await tx.workspaceContact.create({
          data: {
            workspaceId: review.workspaceId,
            personId: row.id,
            organisationId: orgId(person.organisation),
            title: person.title,
          },
        });
        await tx.membership.create({
          data: {
            reviewId: review.id,
            personId: row.id,
            role: person.role,
            organisationId: orgId(person.organisation),
          },
        });
      }
      const questionIds = new Map(review.questions.map((q) => [q.code, q.id]));
      for (const item of DEMO_ASSIGNMENTS) {
        const questionId = questionIds.get(item.question);
        if (!questionId) throw new Error(`Demo data names unknown question "${item.question}"`);
        const dueDate = dateInDays(now, DEMO_REVIEW.timeZone, item.dueInDays);
        const parties = [
          { key: item.lead, role: 'lead' as const },
          ...item.contributing.map((key) => ({ key, role: 'contributing' as const })),
        ];
        for (const party of parties) {
          const focal = personIds.get(party.key);
          const assignment = await tx.assignment.create({
            data: {
              reviewId: review.id,
              questionId,
              organisationId: orgId(party.key),
              role: party.role,
              dueDate,
            },
            select: { id: true },
          });
          // A statement of its own after the assignment exists (not a nested create): under load the
          // pg adapter was seen sending a nested child row before its parent within the transaction.
          if (focal)
            await tx.assignmentFocalPoint.create({ data: { assignmentId: assignment.id, personId: focal } });
        }
      }
      await tx.auditEvent.create({
        data: {
          reviewId: review.id,
          action: 'review.seeded',
          targetType: 'review',
          targetId: review.id,
          after: {
            title: review.title,
            questions: review.questions.length,
            assignments: DEMO_ASSIGNMENTS.length,
          },
        },
      });
      return review.id;
      // Some 150 statements: on a busy machine they take longer than Prisma's 5 s default.
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  return { created: true, reviewId };
}

/**
 * For `npm start`: seeds the demo review (Mongolia) and a second country (Fiji) when the database
 * holds no review yet, and tells whether
 * the demo people are there (the start banner then shows their sign-in).
 */
export async function seedDemoIfEmpty(
  databaseUrl: string,
): Promise<{ seededReviewId: string | null; demo: boolean }> {
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  try {
    const empty = (await prisma.review.count()) === 0;
    const seededReviewId = empty ? (await seedDemo(prisma)).reviewId : null;
    // A second country beside it, so that a newcomer sees one country never sees the other.
    if (empty) await seedSecondCountry(prisma);
    const demo =
      (await prisma.person.count({ where: { email: { in: DEMO_PEOPLE.map((p) => p.email) } } })) > 0;
    return { seededReviewId, demo };
  } finally {
    await prisma.$disconnect();
  }
}
