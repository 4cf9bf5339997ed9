import { randomUUID } from 'node:crypto';
import type { TValidBallot } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';
import type { Tx } from '../../infra/prisma/transactions';

export interface RoundTimesRow {
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  finalisedAt: Date | null;
}

/**
 * The ballot box: one ballot per voter key, enforced by the database's unique (round, voter key),
 * and the separate record that someone voted. Nothing here logs or returns ballot contents.
 */
@Injectable()
export class BallotBoxRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Reads the round's times holding a lock on its row until the transaction ends, so that closing
   * the round (an update of the row) waits for ballots being cast, and a ballot after the close
   * sees it. Open rounds take a share lock: their ballots are cast side by side. Secret rounds take
   * a lock that excludes itself, so their casts (each rewriting the whole ballot set) run one at a
   * time; it still lets the participation and audit rows of other voters reference the round.
   */
  async lockRoundForBallot(tx: Tx, roundId: string, secret: boolean): Promise<RoundTimesRow | null> {
    const rows = secret
      ? await tx.$queryRaw<RoundTimesRow[]>`
          SELECT opens_at AS "opensAt", closes_at AS "closesAt", closed_at AS "closedAt", finalised_at AS "finalisedAt"
            FROM vote_round WHERE id = ${roundId}::uuid FOR NO KEY UPDATE`
      : await tx.$queryRaw<RoundTimesRow[]>`
          SELECT opens_at AS "opensAt", closes_at AS "closesAt", closed_at AS "closedAt", finalised_at AS "finalisedAt"
            FROM vote_round WHERE id = ${roundId}::uuid FOR SHARE`;
    return rows[0] ?? null;
  }

  /** Open rounds: casts or replaces the voter's ballot in one statement; returns its version (1 when new). */
  async upsertBallot(
    tx: Tx,
    ballot: { roundId: string; voterKey: string; personId: string; content: TValidBallot },
  ): Promise<number> {
    const rows = await tx.$queryRaw<{ version: number }[]>`
      INSERT INTO ballot (id, round_id, voter_key, person_id, content, version)
      VALUES (${randomUUID()}::uuid, ${ballot.roundId}::uuid, ${ballot.voterKey}, ${ballot.personId}::uuid,
              ${JSON.stringify(ballot.content)}::jsonb, 1)
      ON CONFLICT (round_id, voter_key)
      DO UPDATE SET content = EXCLUDED.content, person_id = EXCLUDED.person_id, version = ballot.version + 1
      RETURNING version`;
    const version = rows[0]?.version;
    if (version === undefined) throw new Error('The ballot was not stored');
    return version;
  }

  /**
   * Secret rounds: casts or replaces the voter's ballot by rewriting the round's whole ballot set
   * in one statement. Every ballot is deleted and inserted again with a fresh id, version 1 and no
   * person, in an order that depends only on the ballots (content, then key). Afterwards all the
   * round's ballots share this transaction's xmin and lie in content order, so neither tells who
   * cast or changed a ballot, nor when. The caller holds the round's lock (casts are serialised).
   */
  async rewriteSecretBallots(
    tx: Tx,
    ballot: { roundId: string; voterKey: string; content: TValidBallot },
  ): Promise<void> {
    await tx.$executeRaw`
      WITH old AS (
        DELETE FROM ballot WHERE round_id = ${ballot.roundId}::uuid RETURNING voter_key, content
      ), merged AS (
        SELECT voter_key, content FROM old WHERE voter_key <> ${ballot.voterKey}::text
        UNION ALL
        SELECT ${ballot.voterKey}::text, ${JSON.stringify(ballot.content)}::jsonb
      )
      INSERT INTO ballot (id, round_id, voter_key, person_id, content, version)
      SELECT gen_random_uuid(), ${ballot.roundId}::uuid, voter_key, NULL, content, 1
        FROM merged
       ORDER BY content::text, voter_key`;
  }

  /** The content of the ballot under this key, or null when there is none. */
  async contentOf(
    roundId: string,
    voterKey: string,
    db: Tx = this.prisma.client,
  ): Promise<TValidBallot | null> {
    const row = await db.ballot.findUnique({
      where: { roundId_voterKey: { roundId, voterKey } },
      select: { content: true },
    });
    return (row?.content as TValidBallot | undefined) ?? null;
  }

  /** How many ballots the round holds (the turnout; it tells nothing of who cast them). */
  ballotCount(roundId: string, db: Tx = this.prisma.client): Promise<number> {
    return db.ballot.count({ where: { roundId } });
  }

  /** Whether the voter (the plain voter id) is recorded as having taken part. */
  async hasParticipated(roundId: string, voterId: string, db: Tx = this.prisma.client): Promise<boolean> {
    const row = await db.voteParticipation.findUnique({
      where: { roundId_voterKey: { roundId, voterKey: voterId } },
      select: { roundId: true },
    });
    return row !== null;
  }

  /**
   * Records that the voter (a person, or an organisation through one of its people) took part. The
   * key is the plain voter id, never the secret ballot key, so the two tables cannot be joined. A
   * voter who votes again leaves the row as it is, unless another person of their organisation did.
   */
  async recordParticipation(tx: Tx, entry: { roundId: string; voterId: string; personId: string }) {
    await tx.$executeRaw`
      INSERT INTO vote_participation (round_id, voter_key, person_id)
      VALUES (${entry.roundId}::uuid, ${entry.voterId}, ${entry.personId}::uuid)
      ON CONFLICT (round_id, voter_key) DO UPDATE SET person_id = EXCLUDED.person_id
        WHERE vote_participation.person_id <> EXCLUDED.person_id`;
  }
}
