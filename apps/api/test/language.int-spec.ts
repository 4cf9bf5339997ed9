import { ZCurrentPerson } from '@gcm/domain';
import type request from 'supertest';
import { createOutsiderWithReview } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/** Each person chooses the language of their screens and e-mails; it is theirs alone. */
describe('the language a person chooses', () => {
  let t: TestApp;
  let coordinator: request.Agent;
  let other: request.Agent;

  beforeAll(async () => {
    t = await bootTestApp();
    coordinator = await t.signIn(DEMO.coordinator);
    other = (await createOutsiderWithReview(t, 'coordinator@outsideland.example')).agent;
  });

  afterAll(() => t?.close());

  it('is not chosen until the person chooses it, then kept with their account', async () => {
    expect(ZCurrentPerson.parse((await coordinator.get('/api/auth/me').expect(200)).body).locale).toBeNull();
    const chosen = await coordinator.put('/api/me/language').send({ locale: 'ru' }).expect(200);
    expect(ZCurrentPerson.parse(chosen.body).locale).toBe('ru');
    expect((await coordinator.get('/api/auth/me').expect(200)).body.locale).toBe('ru');
    const events = await t.prisma.auditEvent.findMany({ where: { action: 'account.language_changed' } });
    expect(events.map((event) => [event.before, event.after])).toEqual([
      [{ locale: null }, { locale: 'ru' }],
    ]);
  });

  it('changes nobody else’s: another coordinator, of another review, still has none', async () => {
    await other.put('/api/me/language').send({ locale: 'ar' }).expect(200);
    expect((await coordinator.get('/api/auth/me').expect(200)).body.locale).toBe('ru');
    expect((await other.get('/api/auth/me').expect(200)).body.locale).toBe('ar');
    const demoCoordinator = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.coordinator } });
    expect(demoCoordinator.locale).toBe('ru');
  });

  it('refuses a language the tool does not speak, saying which it does, and keeps the one chosen', async () => {
    const refused = await coordinator.put('/api/me/language').send({ locale: 'de' }).expect(400);
    // In the language the coordinator chose (Russian), with the machine-readable code as it was.
    expect(refused.body).toMatchObject({
      code: 'VALIDATION',
      message: 'Запрос недействителен: locale: должно быть одним из значений: en, fr, es, ru, zh, ar',
    });
    expect(refused.headers['content-language']).toBe('ru');
    expect((await coordinator.get('/api/auth/me').expect(200)).body.locale).toBe('ru');
    // Choosing the same again records nothing new.
    await coordinator.put('/api/me/language').send({ locale: 'ru' }).expect(200);
    expect(await t.prisma.auditEvent.count({ where: { action: 'account.language_changed' } })).toBe(2);
  });
});
