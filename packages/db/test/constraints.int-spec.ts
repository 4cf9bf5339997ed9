import { ESCAP_GCM_REVIEW_2020, questionnaireQuestions } from '@gcm/domain';
import { createPrismaClient, type PrismaClient } from '../src/client';
import { seedDemo } from '../src/seed/demo';
import { DEMO_ASSIGNMENTS, DEMO_ORGANISATIONS, DEMO_PEOPLE } from '../src/seed/demo-data';
import { createTestDatabase, type TestDatabase } from '../src/testing';

describe('the demo seed and the constraints that keep data sound', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;

  beforeAll(async () => {
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, { max: 2 });
  });

  afterAll(async () => {
    await prisma.$disconnect();
    await db.drop();
  });

  it('seeds Mongolia 2020 with every survey question, its organisations, people and division of labour', async () => {
    const now = new Date('2026-11-28T02:00:00Z');
    const result = await seedDemo(prisma, now);
    expect(result.created).toBe(true);

    const review = await prisma.review.findUniqueOrThrow({
      where: { id: result.reviewId },
      include: { questions: { orderBy: { order: 'asc' } }, coordinatingOrganisation: true },
    });
    expect(review.country).toBe('Mongolia');
    expect(review.cycle).toBe(2020);
    expect(review.coordinatingOrganisation?.name).toBe('Ministry of Foreign Affairs of Mongolia');
    expect(review.recipientsTo).toEqual(['escap-sdd@un.org']);
    expect(review.recipientsCc).toEqual(['UNRNAP-regreviews@iom.int']);
    expect(review.questions.map((q) => q.code)).toEqual(
      questionnaireQuestions(ESCAP_GCM_REVIEW_2020).map((q) => q.code),
    );
    expect(review.questions.find((q) => q.code === '7')?.answerKind).toBe('priority_objectives');
    // Due dates are calendar dates in Ulaanbaatar, relative to the seeding day (28 Nov there).
    expect(review.finalDueDate.toISOString().slice(0, 10)).toBe('2026-12-26');

    const organisations = await prisma.organisation.findMany();
    expect(organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'Ministry of Labour and Social Protection',
        'General Department for Border Protection',
        'Immigration Agency of Mongolia',
        'National Development Agency',
        'IOM Mongolia',
      ]),
    );
    expect(organisations).toHaveLength(DEMO_ORGANISATIONS.length);
    expect(await prisma.membership.count({ where: { reviewId: review.id } })).toBe(DEMO_PEOPLE.length);
    const expectedAssignments = DEMO_ASSIGNMENTS.reduce((sum, a) => sum + 1 + a.contributing.length, 0);
    expect(await prisma.assignment.count({ where: { reviewId: review.id } })).toBe(expectedAssignments);
    const overdueDemo = await prisma.assignment.findFirstOrThrow({
      where: { question: { code: '1a' }, role: 'lead' },
      include: { organisation: true, focalPoints: { include: { person: true } } },
    });
    expect(overdueDemo.organisation.shortName).toBe('MLSP');
    expect(overdueDemo.dueDate.toISOString().slice(0, 10)).toBe('2026-11-26');
    expect(overdueDemo.focalPoints.map((f) => f.person.email)).toEqual(['focal.point@mlsp.mn.example']);
    expect(await prisma.auditEvent.count({ where: { reviewId: review.id, action: 'review.seeded' } })).toBe(
      1,
    );
  });

  it('seeds only once', async () => {
    const again = await seedDemo(prisma);
    expect(again.created).toBe(false);
    expect(await prisma.review.count()).toBe(1);
    expect(await prisma.assignment.count()).toBe(
      DEMO_ASSIGNMENTS.reduce((s, a) => s + 1 + a.contributing.length, 0),
    );
  });

  it('refuses a second lead organisation for the same question', async () => {
    const lead = await prisma.assignment.findFirstOrThrow({
      where: { question: { code: '1c' }, role: 'lead' },
    });
    const other = await prisma.organisation.findFirstOrThrow({ where: { shortName: 'NDA' } });
    await expect(
      prisma.assignment.create({
        data: {
          reviewId: lead.reviewId,
          questionId: lead.questionId,
          organisationId: other.id,
          role: 'lead',
          dueDate: lead.dueDate,
        },
      }),
    ).rejects.toThrow();
  });

  it('refuses the same organisation twice on one question, a contributor without organisation and a mixed-case e-mail', async () => {
    const lead = await prisma.assignment.findFirstOrThrow({
      where: { question: { code: '1c' }, role: 'lead' },
    });
    await expect(
      prisma.assignment.create({
        data: {
          reviewId: lead.reviewId,
          questionId: lead.questionId,
          organisationId: lead.organisationId,
          role: 'contributing',
          dueDate: lead.dueDate,
        },
      }),
    ).rejects.toThrow();
    const person = await prisma.person.create({ data: { email: 'someone@example.org', name: 'Someone' } });
    await expect(
      prisma.membership.create({
        data: { reviewId: lead.reviewId, personId: person.id, role: 'contributor' },
      }),
    ).rejects.toThrow(/membership_contributor_has_organisation/);
    await expect(
      prisma.person.create({ data: { email: 'Mixed@Example.org', name: 'Mixed' } }),
    ).rejects.toThrow(/person_email_lower_case/);
  });
});
