import request from 'supertest';
import { createOutsiderWithReview } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * What a person reads when a request is refused is in their language: the account's, else the
 * request's Accept-Language, else English (the exception filter translates with the problem
 * catalogues of @gcm/domain). The machine-readable code stays as it is.
 */
describe('the language of a refusal', () => {
  let t: TestApp;
  /** MLSP's focal point, whose account is in French. */
  let french: request.Agent;
  /** The coordinator of another review (created by them, not by the seed), whose account is in English. */
  let english: request.Agent;
  let otherReviewId: string;

  beforeAll(async () => {
    t = await bootTestApp();
    french = await t.signIn(DEMO.contributor);
    await french.put('/api/me/language').send({ locale: 'fr' }).expect(200);
    const outsider = await createOutsiderWithReview(t, 'coordinator@outsideland.example');
    english = outsider.agent;
    otherReviewId = outsider.reviewId;
    await english.put('/api/me/language').send({ locale: 'en' }).expect(200);
  });

  afterAll(() => t?.close());

  it('is French for an account in French, whatever the browser asks for', async () => {
    const refused = await french
      .get(`/api/reviews/${t.demoReviewId}/audit`)
      .set('Accept-Language', 'ar, en;q=0.5')
      .expect(403);
    expect(refused.body).toEqual({
      statusCode: 403,
      code: 'FORBIDDEN',
      message: 'Pour consulter le journal d’audit, il faut avoir le rôle de coordinateur',
    });
    expect(refused.headers['content-language']).toBe('fr');

    const notFound = await french.get(`/api/reviews/${otherReviewId}/audit`).expect(404);
    expect(notFound.body.message).toBe('Aucun examen ne correspond à cet identifiant');
  });

  it('writes the field messages of a refused form in French too', async () => {
    const refused = await french.put('/api/me/language').send({ locale: 'de' }).expect(400);
    expect(refused.body.code).toBe('VALIDATION');
    expect(refused.body.fieldErrors).toEqual([
      { path: 'locale', message: 'doit être l’une des valeurs suivantes : en, fr, es, ru, zh, ar' },
    ]);
    expect(refused.body.message).toBe(
      'La requête n’est pas valide : locale: doit être l’une des valeurs suivantes : en, fr, es, ru, zh, ar',
    );
  });

  it('is English for an account in English, even when the browser asks for French', async () => {
    const refused = await english
      .get(`/api/reviews/${t.demoReviewId}/audit`)
      .set('Accept-Language', 'fr')
      .expect(404);
    expect(refused.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'There is no review with this id',
    });
    expect(refused.headers['content-language']).toBe('en');
  });

  it('follows Accept-Language when nobody is signed in: a wrong sign-in in Arabic', async () => {
    const anonymous = request.agent(t.app.getHttpServer()).set('Origin', t.config.publicUrl);
    const wrong = await anonymous
      .post('/api/auth/sign-in')
      .set('Accept-Language', 'ar-EG, fr;q=0.8')
      .send({ email: DEMO.observer, password: 'not the password' })
      .expect(401);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'UNAUTHENTICATED',
      message: 'عنوان البريد الإلكتروني أو كلمة المرور غير صحيحين',
    });
    expect(wrong.headers['content-language']).toBe('ar');

    const plain = await anonymous
      .post('/api/auth/sign-in')
      .send({ email: DEMO.observer, password: 'still not the password' })
      .expect(401);
    expect(plain.body.message).toBe('The e-mail address or the password is not right');
    expect(plain.headers['content-language']).toBe('en');
  });
});
