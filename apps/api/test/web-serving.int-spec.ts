import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import supertest from 'supertest';
import { binaryParser } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * How the API serves the built web app and its own responses: compression, caching, source maps
 * (docs/decisions/0025-web-serving.md). The web app here is a small stand-in for apps/web/dist
 * laid out as Vite lays it out, so the test does not depend on a build of the web app.
 */
function fakeWebBuild(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gcm-web-dist-'));
  mkdirSync(path.join(dir, 'assets'));
  const script = `export const app = ${JSON.stringify('the web app '.repeat(400))};\n//# sourceMappingURL=index-Ab12_-Cd.js.map\n`;
  writeFileSync(path.join(dir, 'assets', 'index-Ab12_-Cd.js'), script);
  writeFileSync(
    path.join(dir, 'assets', 'index-Ab12_-Cd.js.map'),
    '{"version":3,"sources":["src/main.tsx"]}',
  );
  writeFileSync(
    path.join(dir, 'assets', 'index-Zz98yyXx.css'),
    `body { margin: 0 }\n${'.a{color:red}'.repeat(200)}`,
  );
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/index-Ab12_-Cd.js"></script></head><body><div id="root"></div></body></html>',
  );
  return dir;
}

function expectHelmet(response: supertest.Response): void {
  expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  expect(response.headers['x-content-type-options']).toBe('nosniff');
}

describe.each([
  ['production', false],
  ['development', true],
] as const)('serving the web app (NODE_ENV=%s)', (nodeEnv, mapsServed) => {
  let t: TestApp;
  let dist: string;
  let http: ReturnType<typeof supertest>;

  beforeAll(async () => {
    dist = fakeWebBuild();
    t = await bootTestApp({ seed: nodeEnv === 'production', env: { NODE_ENV: nodeEnv, WEB_DIST_DIR: dist } });
    http = supertest(t.app.getHttpServer());
  });

  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('a hashed asset: cached for a year as immutable, compressed for a client that accepts it', async () => {
    const gzip = await http.get('/assets/index-Ab12_-Cd.js').set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gzip.text).toContain('the web app');
    expectHelmet(gzip);

    const brotli = await http
      .get('/assets/index-Zz98yyXx.css')
      .set('Accept-Encoding', 'br, gzip')
      .expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const plain = await http.get('/assets/index-Ab12_-Cd.js').set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('index.html and the app pages: revalidated on every load, so a new deploy is picked up', async () => {
    for (const url of ['/', '/reviews', '/index.html']) {
      const response = await http.get(url).set('Accept', 'text/html').expect(200);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toContain('<div id="root">');
    }
    const favicon = await http.get('/favicon.svg').expect(200);
    expect(favicon.headers['cache-control']).toBe('public, max-age=3600');
  });

  it(`source maps are ${mapsServed ? 'served' : 'not served (404)'}`, async () => {
    const response = await http.get('/assets/index-Ab12_-Cd.js.map').set('Accept', '*/*');
    expect(response.status).toBe(mapsServed ? 200 : 404);
    if (!mapsServed) expect(response.text).not.toContain('src/main.tsx');
  });

  it('a missing asset is a 404, not the app page', async () => {
    const response = await http.get('/assets/index-OldHash1.js').set('Accept', '*/*').expect(404);
    expect(response.headers['content-type']).not.toMatch(/html/);
  });
});

describe('compression of the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp({ env: { WEB_DIST_DIR: fakeWebBuild() } });
  });

  afterAll(async () => {
    rmSync(t.config.webDistDir, { recursive: true, force: true });
    await t.close();
  });

  it('a JSON response is compressed for a client that accepts it, and keeps its headers', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const url = `/api/reviews/${t.demoReviewId}/completeness`;
    const gzip = await coordinator.get(url).set('Accept-Encoding', 'gzip').expect(200);
    expect(gzip.headers['content-type']).toMatch(/application\/json/);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body).toHaveProperty('items');
    expectHelmet(gzip);
    const brotli = await coordinator.get(url).set('Accept-Encoding', 'br').expect(200);
    expect(brotli.headers['content-encoding']).toBe('br');
    const plain = await coordinator.get(url).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('a download (the compiled DOCX) goes out as it is, with its length', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const response = await coordinator
      .get(`/api/reviews/${t.demoReviewId}/report.docx`)
      .set('Accept-Encoding', 'br, gzip')
      .buffer(true)
      .parse(binaryParser)
      .expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment;/);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(Number(response.headers['content-length'])).toBe((response.body as Buffer).length);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
