import { Injectable } from '@nestjs/common';
import { PrismaService } from '../../infra/prisma/prisma.service';

export interface ThrottleSlot {
  /** Attempts counted in the current window, this one included. */
  attempts: number;
  windowStartedAt: Date;
}

/** The SQL of the sign-in throttle (see SignInThrottleService for the rules). */
@Injectable()
export class SignInThrottleRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Counts one attempt for `key` and returns the count, in one statement: the row lock taken by
   * ON CONFLICT DO UPDATE makes parallel attempts see 1, 2, 3, … and never the same number. A
   * window that ended starts again at `now` with this attempt.
   */
  async reserve(key: string, now: Date, windowMs: number): Promise<ThrottleSlot> {
    const windowEnd = new Date(now.getTime() - windowMs);
    const rows = await this.prisma.client.$queryRaw<{ attempts: number; window_started_at: Date }[]>`
      INSERT INTO sign_in_throttle AS t (key, window_started_at, attempts)
      VALUES (${key}, ${now}, 1)
      ON CONFLICT (key) DO UPDATE SET
        attempts = CASE WHEN t.window_started_at <= ${windowEnd} THEN 1 ELSE t.attempts + 1 END,
        window_started_at = CASE WHEN t.window_started_at <= ${windowEnd} THEN ${now} ELSE t.window_started_at END
      RETURNING attempts, window_started_at`;
    const row = rows[0];
    if (!row) throw new Error(`The sign-in throttle returned no row for ${key}`);
    return { attempts: Number(row.attempts), windowStartedAt: row.window_started_at };
  }

  /** Gives one attempt back (a successful sign-in is not a failure). */
  async release(key: string): Promise<void> {
    await this.prisma.client.$executeRaw`
      UPDATE sign_in_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE key = ${key}`;
  }

  async clear(key: string): Promise<void> {
    await this.prisma.client.signInThrottle.deleteMany({ where: { key } });
  }

  /** Drops counters whose window ended long ago. */
  async sweep(before: Date): Promise<void> {
    await this.prisma.client.signInThrottle.deleteMany({ where: { windowStartedAt: { lt: before } } });
  }

  async isKnownAddress(email: string, ip: string, since: Date): Promise<boolean> {
    const row = await this.prisma.client.signInKnownAddress.findFirst({
      where: { email, ip, lastSignedInAt: { gt: since } },
      select: { email: true },
    });
    return row !== null;
  }

  async rememberAddress(email: string, ip: string, now: Date): Promise<void> {
    await this.prisma.client.signInKnownAddress.upsert({
      where: { email_ip: { email, ip } },
      create: { email, ip, lastSignedInAt: now },
      update: { lastSignedInAt: now },
    });
  }
}
