import { addDays, dateIn, ESCAP_GCM_REVIEW_2020, toDateColumn } from '@gcm/domain';
import argon2 from 'argon2';
import type { PrismaClient } from '../generated/prisma/client';
import { questionRowsFromTemplate } from '../template-questions';
import { DEMO_PASSWORD } from './demo-data';

/**
 * A second country beside the demo review, so that a newcomer signing in as either coordinator
 * sees the separation: Fiji's review, in setup, with its own directory of organisations and people.
 */
export const SECOND_COUNTRY = {
  country: 'Fiji',
  cycle: 2024,
  title: 'Voluntary GCM Review — Fiji 2024',
  timeZone: 'Pacific/Fiji',
  finalDueInDays: 60,
  organisations: [
    {
      key: 'mfa',
      name: 'Ministry of Foreign Affairs of Fiji',
      shortName: 'MFA Fiji',
      type: 'ministry_agency',
    },
    { key: 'immigration', name: 'Department of Immigration', shortName: 'DOI', type: 'ministry_agency' },
    {
      key: 'employment',
      name: 'Ministry of Employment, Productivity and Industrial Relations',
      shortName: 'MEPIR',
      type: 'ministry_agency',
    },
    { key: 'iom', name: 'IOM Fiji', shortName: 'IOM Fiji', type: 'un_entity' },
  ],
  people: [
    {
      email: 'coordinator@mfa.fj.example',
      name: 'S. Tuilau',
      title: 'Director, Multilateral Affairs',
      organisation: 'mfa',
      role: 'coordinator',
    },
    {
      email: 'focal.point@immigration.fj.example',
      name: 'J. Naivalu',
      title: 'Principal Immigration Officer',
      organisation: 'immigration',
      role: 'contributor',
    },
  ],
  /** Questions assigned at setup: lead organisation and days until due. */
  assignments: [
    { question: '1a', organisation: 'mfa', dueInDays: 30 },
    { question: '2b', organisation: 'immigration', dueInDays: 30 },
  ],
} as const;

/** Seeds Fiji's review unless it exists; all or nothing. Returns its id, or null when it was there. */
export async function seedSecondCountry(prisma: PrismaClient, now = new Date()): Promise<string | null> {
  const demo = SECOND_COUNTRY;
  const template = ESCAP_GCM_REVIEW_2020;
  if (await prisma.workspace.findUnique({ where: { country: demo.country } })) return null;
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  const due = (days: number) => toDateColumn(addDays(dateIn(demo.timeZone, now), days));
  return prisma.$transaction(
    async (tx) => {
      const coordinator = demo.people[0];
      const review = await tx.review.create({
        data: {
          templateKey: template.key,
          templateVersion: template.version,
          country: demo.country,
          cycle: demo.cycle,
          title: demo.title,
          status: 'setup',
          timeZone: demo.timeZone,
          finalDueDate: due(demo.finalDueInDays),
          finalDueTime: '17:00',
          contactOffice: demo.organisations[0].name,
          contactName: coordinator.name,
          contactTitle: coordinator.title,
          contactEmail: coordinator.email,
          recipientsTo: ['escap-sdd@un.org'],
          recipientsCc: ['UNRNAP-regreviews@iom.int'],
          workspace: { create: { country: demo.country } },
          questions: { create: questionRowsFromTemplate(template) },
        },
        select: { id: true, workspaceId: true, questions: { select: { id: true, code: true } } },
      });
      const orgIds = new Map<string, string>();
      for (const { key, ...organisation } of demo.organisations) {
        const row = await tx.organisation.create({
          data: { ...organisation, country: demo.country, workspaceId: review.workspaceId },
        });
        await tx.reviewOrganisation.create({ data: { reviewId: review.id, organisationId: row.id } });
        orgIds.set(key, row.id);
      }
      const orgId = (key: string) => orgIds.get(key) as string;
      await tx.review.update({
        where: { id: review.id },
        data: { coordinatingOrganisationId: orgId('mfa') },
      });
      for (const { organisation, role, ...person } of demo.people) {
        const row = await tx.person.create({
          data: { ...person, organisationId: orgId(organisation), passwordHash },
        });
        await tx.workspaceContact.create({
          data: {
            workspaceId: review.workspaceId,
            personId: row.id,
            organisationId: orgId(organisation),
            title: person.title,
          },
        });
        await tx.membership.create({
          data: { reviewId: review.id, personId: row.id, role, organisationId: orgId(organisation) },
        });
      }
      const questionId = new Map(review.questions.map((q) => [q.code, q.id]));
      for (const item of demo.assignments) {
        await tx.assignment.create({
          data: {
            reviewId: review.id,
            questionId: questionId.get(item.question) as string,
            organisationId: orgId(item.organisation),
            role: 'lead',
            dueDate: due(item.dueInDays),
          },
        });
      }
      await tx.auditEvent.create({
        data: {
          reviewId: review.id,
          action: 'review.seeded',
          targetType: 'review',
          targetId: review.id,
          after: { title: demo.title, assignments: demo.assignments.length },
        },
      });
      return review.id;
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
