import { createTestDatabase, type TestDatabase } from '@gcm/db/testing';
import { Pool } from 'pg';
import { DIRECT_POOL_OPTIONS, type PrismaService } from '../src/infra/prisma/prisma.service';
import { OutboxRepository } from '../src/modules/outbox/outbox.repository';

/** A statement the repository sent, as `pg` was given it. */
interface Statement {
  name: string;
  text: string;
  values: unknown[];
}

/**
 * The delivery's hot statements read the rows they touch through an index, however many e-mails
 * the outbox holds: they run every few e-mails, on a table that keeps every e-mail ever sent.
 */
describe.each([
  ['analysed during the burst', 'during'],
  // As after a quiet spell: no status but 'sent' in the statistics, so that any other looks rare.
  ['analysed before the burst', 'before'],
] as const)('the delivery statements on a large outbox, %s', (_statistics, analysed) => {
  let db: TestDatabase;
  let pool: Pool;
  let ids: string[];
  const statements: Statement[] = [];
  const repository = new OutboxRepository({
    pool: {
      query: async (statement: Statement) => {
        statements.push(statement);
        return { rows: [] };
      },
    },
  } as unknown as PrismaService);

  beforeAll(async () => {
    db = await createTestDatabase();
    // Connections as the product opens them for these statements: planned once, generically.
    pool = new Pool({ connectionString: db.url, max: 1, options: DIRECT_POOL_OPTIONS });
    // 2,000 e-mails of an installation's past, and a burst of 8,000 being sent now (the
    // statistics PostgreSQL plans with may be from any moment of such a burst). A table of this
    // size is where PostgreSQL prefers a scan: in a larger one, it reads through the index anyway.
    await pool.query(`
      INSERT INTO outbox_message (id, dedupe_key, kind, not_before, status, to_addresses, cc_addresses,
                                  subject, text, message_id, sent_at, updated_at)
      SELECT gen_random_uuid(), 'past:' || n, 'reminder.manual', now() - interval '1 day', 'sent',
             '{fp@nso.mn.example}', '{}', 'Reminder', 'Please answer question 1b.', '<past-' || n || '@x>', now(), now()
        FROM generate_series(1, 2000) AS n`);
    if (analysed === 'before') await pool.query('ANALYZE outbox_message');
    const held = await pool.query<{ id: string }>(`
      INSERT INTO outbox_message (id, dedupe_key, kind, not_before, status, claimed_by, claimed_until,
                                  to_addresses, cc_addresses, updated_at)
      SELECT gen_random_uuid(), 'now:' || n, 'reminder.manual', now(), 'sending', 'worker:1:a',
             now() + interval '1 minute', '{}', '{}', now()
        FROM generate_series(1, 8000) AS n
      RETURNING id`);
    ids = held.rows.slice(0, 50).map((row) => row.id);
    if (analysed === 'during') await pool.query('ANALYZE outbox_message');
  });

  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  /**
   * The plan PostgreSQL keeps for the statement prepared as the product prepares it, as text: the
   * generic plan, made once for any values (the values are given only to run EXPLAIN).
   */
  async function planOf(statement: Statement): Promise<string> {
    const client = await pool.connect();
    try {
      await client.query(`PREPARE probe AS ${statement.text}`);
      // EXECUTE takes its values as literals (a utility statement has no parameters).
      const literal = (value: unknown) =>
        client.escapeLiteral(
          value instanceof Date
            ? value.toISOString()
            : Array.isArray(value)
              ? `{${value.join(',')}}`
              : String(value),
        );
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN EXECUTE probe(${statement.values.map(literal).join(', ')})`,
      );
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
      // What makes it the generic plan: the values stay parameters in it.
      expect(plan).toMatch(/\$\d/);
      return plan;
    } finally {
      await client.query('DEALLOCATE probe');
      client.release();
    }
  }

  it.each([
    [
      'the sent records',
      () =>
        repository.markSent(
          ids.slice(0, 5).map((id, i) => ({
            id,
            claimant: 'worker:1:a',
            messageId: `<outbox-${i}@x>`,
            record: {
              toAddresses: ['fp@nso.mn.example'],
              ccAddresses: [],
              subject: 'Reminder',
              text: 'Text',
            },
          })),
          new Date(),
        ),
    ],
    ['the claim', () => repository.claim(ids, 'worker:1:b', new Date(), 60_000)],
    ['the lease renewal', () => repository.renewLease(ids, 'worker:1:a', new Date(Date.now() + 60_000))],
  ])('%s: through the primary key alone, never a scan of the table or of a status', async (_what, run) => {
    statements.length = 0;
    await run();
    expect(statements).toHaveLength(1);
    const [statement] = statements;
    const plan = await planOf(statement as Statement);
    expect(plan).toMatch(/Index Scan using outbox_message_pkey|Bitmap Index Scan on outbox_message_pkey/);
    expect(plan).not.toMatch(/Seq Scan on outbox_message/);
    // The entries of a status in an index grow with every e-mail sent until a vacuum (each send
    // writes two row versions), and a status can hold the whole of a burst: reading them would
    // make each statement cost as much as the burst so far (decision 0038).
    expect(plan).not.toMatch(
      /on outbox_message_status_not_before_idx|on outbox_message_assignment_id_status_idx/,
    );
  });
});
