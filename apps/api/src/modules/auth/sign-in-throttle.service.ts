import { AppError } from '@gcm/domain';
import { Injectable } from '@nestjs/common';
import { SignInThrottleRepository } from './sign-in-throttle.repository';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Failed (or still running) sign-ins per e-mail address and window. */
export const MAX_FAILURES_PER_EMAIL = 5;
/**
 * Failed sign-ins per IP address and window, counted only for e-mail addresses that have not
 * signed in successfully from that IP address (in the last KNOWN_ADDRESS_DAYS).
 */
export const MAX_FAILURES_PER_ADDRESS = 50;
export const KNOWN_ADDRESS_DAYS = 90;

const DAY_MS = 86_400_000;

/** What a sign-in holds while its password is checked; give it back with succeeded(). */
export interface SignInTicket {
  email: string;
  ip: string;
  /** Whether the attempt counted against the IP address's ceiling. */
  countedForAddress: boolean;
}

const emailKey = (email: string) => `email:${email}`;
const addressKey = (ip: string) => `ip:${ip}`;

/**
 * Throttles password guessing (docs/decisions/0013-sign-in-throttling.md):
 * - per e-mail address: at most MAX_FAILURES_PER_EMAIL attempts that did not succeed per window.
 *   Beyond it every attempt is refused unchecked, the right password too, until the window ends.
 * - per IP address: at most MAX_FAILURES_PER_ADDRESS such attempts per window, but only for
 *   e-mail addresses that never signed in from there. People who did (colleagues behind the same
 *   NAT) are never throttled by what someone else at that address does.
 * Each attempt takes its slot atomically before the password is checked.
 */
@Injectable()
export class SignInThrottleService {
  constructor(private readonly repository: SignInThrottleRepository) {}

  async admit(email: string, ip: string, now: Date): Promise<SignInTicket> {
    const byEmail = await this.repository.reserve(emailKey(email), now, SIGN_IN_WINDOW_MS);
    if (byEmail.attempts > MAX_FAILURES_PER_EMAIL) throw rateLimited(byEmail.windowStartedAt, now);
    const known = await this.repository.isKnownAddress(
      email,
      ip,
      new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY_MS),
    );
    if (!known) {
      const byAddress = await this.repository.reserve(addressKey(ip), now, SIGN_IN_WINDOW_MS);
      if (byAddress.attempts > MAX_FAILURES_PER_ADDRESS) {
        // Refused for the address: this attempt must not use up the e-mail address's slots.
        await this.repository.release(emailKey(email));
        throw rateLimited(byAddress.windowStartedAt, now);
      }
    }
    return { email, ip, countedForAddress: !known };
  }

  async succeeded(ticket: SignInTicket, now: Date): Promise<void> {
    await this.repository.clear(emailKey(ticket.email));
    if (ticket.countedForAddress) await this.repository.release(addressKey(ticket.ip));
    await this.repository.rememberAddress(ticket.email, ticket.ip, now);
  }

  /** A failed attempt keeps its slots; old counters are swept now and then. */
  async failed(now: Date): Promise<void> {
    await this.repository.sweep(new Date(now.getTime() - DAY_MS));
  }
}

function rateLimited(windowStartedAt: Date, now: Date): AppError {
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStartedAt.getTime() + SIGN_IN_WINDOW_MS - now.getTime()) / 1000),
  );
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return new AppError(
    'RATE_LIMITED',
    `Too many failed sign-ins. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`,
    { retryAfterSeconds },
  );
}
