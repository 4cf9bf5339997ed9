import { createPrismaClient, type PrismaClient } from '../src/client';
import { seedDemoIfEmpty } from '../src/seed/demo';
import { DEMO_ORGANISATIONS, DEMO_PEOPLE, DEMO_REVIEW } from '../src/seed/demo-data';
import { SECOND_COUNTRY } from '../src/seed/second-country';
import { createTestDatabase, type TestDatabase } from '../src/testing';

/** `npm start` on an empty database: the demo review and a second country, apart from each other. */
describe('the demo installation: two countries', () => {
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

  it('seeds Mongolia and Fiji, each in a workspace of its own, once', async () => {
    const first = await seedDemoIfEmpty(db.url);
    expect(first).toMatchObject({ seededReviewId: expect.any(String), demo: true });
    const again = await seedDemoIfEmpty(db.url);
    expect(again.seededReviewId).toBeNull();
    const workspaces = await prisma.workspace.findMany({
      orderBy: { country: 'asc' },
      include: { reviews: true, _count: { select: { organisations: true, contacts: true } } },
    });
    expect(
      workspaces.map((w) => [w.country, w.reviews.length, w._count.organisations, w._count.contacts]),
    ).toEqual([
      [SECOND_COUNTRY.country, 1, SECOND_COUNTRY.organisations.length, SECOND_COUNTRY.people.length],
      [DEMO_REVIEW.country, 1, DEMO_ORGANISATIONS.length, DEMO_PEOPLE.length],
    ]);
    const fiji = workspaces[0]?.reviews[0];
    expect(fiji).toMatchObject({ status: 'setup', finalDueTime: '17:00', timeZone: 'Pacific/Fiji' });
  });

  it('links no organisation, person or assignment across the two countries', async () => {
    const crossings = await prisma.$queryRaw<{ kind: string; count: bigint }[]>`
      SELECT 'review organisation' AS kind, count(*) AS count FROM review_organisation ro
        JOIN review r ON r.id = ro.review_id JOIN organisation o ON o.id = ro.organisation_id
        WHERE o.workspace_id <> r.workspace_id
      UNION ALL
      SELECT 'assignment', count(*) FROM assignment a
        JOIN review r ON r.id = a.review_id JOIN organisation o ON o.id = a.organisation_id
        WHERE o.workspace_id <> r.workspace_id
      UNION ALL
      SELECT 'membership', count(*) FROM membership m
        JOIN review r ON r.id = m.review_id
        WHERE NOT EXISTS (SELECT 1 FROM workspace_contact c WHERE c.workspace_id = r.workspace_id AND c.person_id = m.person_id)
      UNION ALL
      SELECT 'contact organisation', count(*) FROM workspace_contact c
        JOIN organisation o ON o.id = c.organisation_id WHERE o.workspace_id <> c.workspace_id
      UNION ALL
      SELECT 'person in both', count(*) FROM (
        SELECT person_id FROM workspace_contact GROUP BY person_id HAVING count(*) > 1) twice`;
    expect(crossings.map((row) => [row.kind, Number(row.count)])).toEqual([
      ['review organisation', 0],
      ['assignment', 0],
      ['membership', 0],
      ['contact organisation', 0],
      ['person in both', 0],
    ]);
  });
});
