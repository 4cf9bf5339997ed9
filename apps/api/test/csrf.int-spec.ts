import request from 'supertest';
import { demoIds } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * Cross-site request forgery (docs/decisions/0014-csrf-origin-policy.md): a cookie-authenticated
 * write, or a sign-in, must come from PUBLIC_URL's origin, and bodies are JSON (multipart only on
 * the upload route), so no HTML form on another site can act with someone's session.
 */
describe('cross-site request forgery', () => {
  let t: TestApp;
  let cookie: string;
  let organisationsUrl: string;
  let uploadUrl: string;

  beforeAll(async () => {
    t = await bootTestApp();
    const signIn = await request(t.app.getHttpServer())
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .send({ email: DEMO.coordinator, password: DEMO.password })
      .expect(200);
    cookie = String(([] as string[]).concat(signIn.headers['set-cookie'] ?? [])[0]).split(';')[0] ?? '';
    organisationsUrl = `/api/reviews/${t.demoReviewId}/organisations`;
    uploadUrl = `/api/assignments/${await demoIds(t).assignment('1b', 'MLSP')}/attachments`;
  });

  afterAll(async () => {
    await t.close();
  });

  const organisations = () => t.prisma.reviewOrganisation.count();
  const body = { name: 'Forged Agency', type: 'other' };
  const post = (url: string) => request(t.app.getHttpServer()).post(url).set('Cookie', cookie);

  it.each<[string, (r: request.Test) => request.Test]>([
    ['no Origin', (r) => r],
    ['Origin: null', (r) => r.set('Origin', 'null')],
    ['another site', (r) => r.set('Origin', 'https://evil.example')],
    ['a look-alike host', (r) => r.set('Origin', `${t.config.publicUrl}.evil.example`)],
    ['another port', (r) => r.set('Origin', 'http://localhost:3001')],
    ['no Origin, Sec-Fetch-Site: cross-site', (r) => r.set('Sec-Fetch-Site', 'cross-site')],
    ['no Origin, a Referer on another site', (r) => r.set('Referer', 'https://evil.example/page')],
  ])('refuses a cookie-authenticated write with %s, and writes nothing', async (_name, variant) => {
    const before = await organisations();
    const response = await variant(post(organisationsUrl)).send(body).expect(403);
    expect(response.body).toMatchObject({
      code: 'FORBIDDEN',
      message: /Requests from other sites are refused/,
    });
    expect(await organisations()).toBe(before);
  });

  it.each<[string, string, string]>([
    ['a urlencoded form', 'application/x-www-form-urlencoded', 'name=Forged+Agency&type=other'],
    ['a text/plain form', 'text/plain', '{"name":"Forged Agency","type":"other"}'],
    [
      'multipart',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nForged\r\n--x--\r\n',
    ],
  ])('refuses %s on a JSON endpoint with 415, and writes nothing', async (_name, type, payload) => {
    const before = await organisations();
    const response = await post(organisationsUrl)
      .set('Origin', t.config.publicUrl)
      .set('Content-Type', type)
      .send(payload)
      .expect(415);
    expect(response.body).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: expect.stringMatching(
        /^Send the request body as JSON \(Content-Type: application\/json\), not /,
      ),
    });
    expect(await organisations()).toBe(before);
  });

  it('refuses a JSON body on the upload endpoint with 415', async () => {
    const contributor = await t.signIn(DEMO.contributor);
    const response = await contributor.post(uploadUrl).send({ file: 'x' }).expect(415);
    expect(response.body.message).toBe('Send the file as multipart/form-data, in the form field "file"');
  });

  it('accepts the same write from the app itself (Origin, or Sec-Fetch-Site / Referer without it)', async () => {
    await post(organisationsUrl)
      .set('Origin', t.config.publicUrl)
      .send({ ...body, name: 'Agency A' })
      .expect(201);
    await post(organisationsUrl)
      .set('Sec-Fetch-Site', 'same-origin')
      .send({ ...body, name: 'Agency B' })
      .expect(201);
    await post(organisationsUrl)
      .set('Referer', `${t.config.publicUrl}/reviews/x/people`)
      .send({ ...body, name: 'Agency C' })
      .expect(201);
  });

  it.each<[string, (r: request.Test) => request.Test]>([
    ['no Origin', (r) => r],
    ['Origin: null', (r) => r.set('Origin', 'null')],
    ['another site', (r) => r.set('Origin', 'https://evil.example')],
  ])('refuses a sign-in with %s (login CSRF), and opens no session', async (_name, variant) => {
    const sessions = await t.prisma.session.count();
    const response = await variant(request(t.app.getHttpServer()).post('/api/auth/sign-in'))
      .send({ email: DEMO.observer, password: DEMO.password })
      .expect(403);
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await t.prisma.session.count()).toBe(sessions);
  });

  it('refuses a form-encoded sign-in with 415', async () => {
    await request(t.app.getHttpServer())
      .post('/api/auth/sign-in')
      .set('Origin', t.config.publicUrl)
      .type('form')
      .send({ email: DEMO.observer, password: DEMO.password })
      .expect(415);
  });

  it('still answers anonymous writes without Origin with 401 (no session, nothing to forge)', async () => {
    await request(t.app.getHttpServer()).post(organisationsUrl).send(body).expect(401);
  });
});
