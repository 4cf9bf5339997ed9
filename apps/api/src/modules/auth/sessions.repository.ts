import type { Locale } from '@gcm/db';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

/** How stale "last seen" may get: it is written at most once a minute per session, not on every request. */
export const TOUCH_INTERVAL_MS = 60_000;

/** An open session with the person it signs in. */
export interface ActiveSession {
  id: string;
  lastSeenAt: Date;
  person: { id: string; email: string; name: string; locale: Locale | null };
}

@Injectable()
export class SessionsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: { tokenHash: string; personId: string; expiresAt: Date }) {
    return this.prisma.client.session.create({ data });
  }

  /**
   * The session of a token with its person, in one query: it runs before every authenticated
   * request. A suspended account's sessions stop working at once (they are also revoked on suspension).
   */
  async findActive(tokenHash: string, now: Date): Promise<ActiveSession | null> {
    const rows = await this.prisma.client.$queryRaw<
      { id: string; lastSeenAt: Date; personId: string; email: string; name: string; locale: Locale | null }[]
    >`
      SELECT s.id, s.last_seen_at AS "lastSeenAt", p.id AS "personId", p.email, p.name, p.locale::text AS locale
        FROM session s JOIN person p ON p.id = s.person_id
       WHERE s.token_hash = ${tokenHash}::bpchar AND s.revoked_at IS NULL AND s.expires_at > ${now}
         AND p.suspended_at IS NULL`;
    const row = rows[0];
    if (!row) return null;
    const { personId, email, name, locale } = row;
    return { id: row.id, lastSeenAt: row.lastSeenAt, person: { id: personId, email, name, locale } };
  }

  /**
   * Records that the session was used, when its last record is older than TOUCH_INTERVAL_MS; the
   * update is guarded the same way, so concurrent requests write it once.
   */
  async touchIfDue(session: ActiveSession, now: Date): Promise<void> {
    const due = new Date(now.getTime() - TOUCH_INTERVAL_MS);
    if (session.lastSeenAt.getTime() >= due.getTime()) return;
    await this.prisma.client.session.updateMany({
      where: { id: session.id, lastSeenAt: { lt: due } },
      data: { lastSeenAt: now },
    });
  }

  async revoke(id: string, now: Date): Promise<void> {
    await this.prisma.client.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now } });
  }
}
