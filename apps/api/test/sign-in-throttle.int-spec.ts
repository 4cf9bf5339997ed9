import request from 'supertest';
import {
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_EMAIL,
} from '../src/modules/auth/sign-in-throttle.service';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * The sign-in throttle (docs/decisions/0013-sign-in-throttling.md): the check and the count are
 * one atomic step, and one attacker behind a shared IP address cannot lock out its other users.
 * Requests come from the loopback, so the API trusts X-Forwarded-For to say which address.
 */

// A limit, not a measure: a hundred argon2 verifications can take longer than 30 s on a busy 2-core machine.
jest.setTimeout(120_000);

describe('sign-in throttling', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  function attempt(email: string, password: string, ip: string) {
    return request(t.app.getHttpServer())
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .set('X-Forwarded-For', ip)
      .send({ email, password });
  }

  it('evaluates at most the limit of 40 parallel wrong attempts, then refuses the right password until the window ends', async () => {
    const ip = '203.0.113.10';
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(DEMO.stakeholder, `wrong-${i}`, ip)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(MAX_FAILURES_PER_EMAIL);
    expect(statuses.filter((status) => status === 429)).toHaveLength(40 - MAX_FAILURES_PER_EMAIL);
    const refused = responses.find((response) => response.status === 429);
    expect(refused?.body).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Too many failed sign-ins. Wait 15 minutes and try again.',
    });
    expect(refused?.headers['retry-after']).toBe('900');

    // The right password is refused too while the window lasts, and Retry-After counts down.
    t.clock.advance(10 * 60 * 1000);
    const locked = await attempt(DEMO.stakeholder, DEMO.password, ip).expect(429);
    expect(locked.headers['retry-after']).toBe('300');
    expect(locked.body.message).toBe('Too many failed sign-ins. Wait 5 minutes and try again.');
    // From another address too: the limit is the e-mail address's.
    await attempt(DEMO.stakeholder, DEMO.password, '198.51.100.7').expect(429);

    t.clock.advance(5 * 60 * 1000 + 1000);
    await attempt(DEMO.stakeholder, DEMO.password, ip).expect(200);
  });

  it('lets another person behind the same IP address sign in during the attack', async () => {
    const ip = '203.0.113.20';
    await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(DEMO.observer, `wrong-${i}`, ip)));
    await attempt(DEMO.observer, DEMO.password, ip).expect(429);
    await attempt(DEMO.contributor, DEMO.password, ip).expect(200);
  });

  it('stops password spraying from one address without locking out people who signed in from there before', async () => {
    const ip = '203.0.113.30';
    // A colleague has signed in from this office before the attack.
    await attempt(DEMO.borderContributor, DEMO.password, ip).expect(200);
    // One guess each for many addresses: the per-address ceiling stops it.
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
      await attempt(`person-${i}@example.org`, 'Winter2026!', ip).expect(401);
    }
    const sprayed = await attempt('person-x@example.org', 'Winter2026!', ip).expect(429);
    expect(sprayed.headers['retry-after']).toBe('900');
    // Someone who has not signed in from here yet waits…
    await attempt(DEMO.coordinator, DEMO.password, ip).expect(429);
    // …but the colleague who has is not affected, and neither is anyone at another address.
    await attempt(DEMO.borderContributor, DEMO.password, ip).expect(200);
    await attempt(DEMO.coordinator, DEMO.password, '198.51.100.8').expect(200);
    // The refusal by address did not use up the coordinator's own attempts.
    const row = await t.prisma.signInThrottle.findUnique({ where: { key: `email:${DEMO.coordinator}` } });
    expect(row).toBeNull();
  });

  it('gives a successful sign-in back its slot: only failures count', async () => {
    const ip = '203.0.113.40';
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL + 3; i += 1) {
      await attempt(DEMO.contributor, DEMO.password, ip).expect(200);
    }
  });
});

describe('the proxies the API believes (TRUST_PROXY)', () => {
  async function rememberedAddresses(t: TestApp, trustedProxyFor: string): Promise<string[]> {
    await request(t.app.getHttpServer())
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .set('X-Forwarded-For', trustedProxyFor)
      .send({ email: DEMO.coordinator, password: DEMO.password })
      .expect(200);
    const rows = await t.prisma.signInKnownAddress.findMany({ where: { email: DEMO.coordinator } });
    return rows.map((row) => row.ip);
  }

  it('counts the address a trusted proxy names, and ignores X-Forwarded-For from any other peer', async () => {
    // These requests come from the loopback: trusted by default, not when TRUST_PROXY names another proxy.
    const byDefault = await bootTestApp();
    const elsewhere = await bootTestApp({ env: { TRUST_PROXY: '192.0.2.1,10.0.0.0/8' } });
    try {
      expect(await rememberedAddresses(byDefault, '203.0.113.44')).toEqual(['203.0.113.44']);
      const seen = await rememberedAddresses(elsewhere, '203.0.113.44');
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatch(/^(::ffff:)?127\.0\.0\.1$|^::1$/);
    } finally {
      await byDefault.close();
      await elsewhere.close();
    }
  });
});
