import { randomUUID } from 'node:crypto';
import type { Prisma } from '@gcm/db';
import type { TValidBallot } from '@gcm/domain';
import { Injectable } from '@nestjs/common';

type Db = Prisma.TransactionClient;

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
  /**
   * Reads the round's times holding a share lock until the transaction ends: ballots can be cast
   * side by side, but closing the round (an update of the row) waits for them, and a ballot after
   * the close sees it.
   */
  async lockRoundForBallot(tx: Db, roundId: string): Promise<RoundTimesRow | null> {
    const rows = await tx.$queryRaw<RoundTimesRow[]>`
      SELECT opens_at AS "opensAt", closes_at AS "closesAt", closed_at AS "closedAt", finalised_at AS "finalisedAt"
        FROM vote_round WHERE id = ${roundId}::uuid FOR SHARE`;
    return rows[0] ?? null;
  }

  /** Casts or replaces the voter's ballot in one statement; returns its version (1 when new). */
  async upsertBallot(
    tx: Db,
    ballot: { roundId: string; voterKey: string; personId: string | null; content: TValidBallot },
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
   * Records that the voter (a person, or an organisation through one of its people) took part. The
   * key is the plain voter id, never the secret ballot key, so the two tables cannot be joined.
   */
  async recordParticipation(tx: Db, entry: { roundId: string; voterId: string; personId: string }) {
    await tx.$executeRaw`
      INSERT INTO vote_participation (round_id, voter_key, person_id)
      VALUES (${entry.roundId}::uuid, ${entry.voterId}, ${entry.personId}::uuid)
      ON CONFLICT (round_id, voter_key) DO UPDATE SET person_id = EXCLUDED.person_id`;
  }
}
