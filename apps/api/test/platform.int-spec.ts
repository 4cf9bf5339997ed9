import { CATALOGUE, ESCAP_GCM_REVIEW_2020, questionnaireQuestions, ZCatalogue, ZHealth } from '@gcm/domain';
import request from 'supertest';
import { bootTestApp, type TestApp } from './support/test-app';

describe('health, catalogue and the OpenAPI document', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp({ seed: false });
  });

  afterAll(async () => {
    await t.close();
  });

  it('reports the database as up', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/health').expect(200);
    expect(ZHealth.parse(response.body)).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('serves the catalogue: 23 objectives, 10 principles, 4 clusters and the 2020 survey', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/catalogue').expect(200);
    const catalogue = ZCatalogue.parse(response.body);
    expect(catalogue.objectives).toHaveLength(23);
    expect(catalogue.principles).toHaveLength(10);
    expect(catalogue.clusters).toHaveLength(4);
    expect(questionnaireQuestions(catalogue.templates[0] ?? ESCAP_GCM_REVIEW_2020)).toHaveLength(22);
    expect(catalogue).toEqual(CATALOGUE);
    const template = await request(t.app.getHttpServer())
      .get('/api/catalogue/templates/escap-gcm-review-2020')
      .expect(200);
    expect(template.body.title).toBe('ESCAP Voluntary GCM Review 2020');
  });

  it('publishes an OpenAPI document listing every endpoint with its schemas', async () => {
    const response = await request(t.app.getHttpServer()).get('/api/openapi.json').expect(200);
    const document = response.body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    // Every route the application registered under /api appears in the document.
    const registered = registeredRoutes(t).filter(
      (route) => !route.startsWith('GET /api/docs') && !route.includes('openapi'),
    );
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(registered.length).toBeGreaterThan(5);
    expect(documented.sort()).toEqual(registered.sort());
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
        const described =
          success.length > 0 && success.every(([status, r]) => status === '204' || Boolean(r.content));
        expect({ path, method, described }).toEqual({ path, method, described: true });
      }
    }
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['ReviewDetail', 'ReviewSummary', 'Catalogue', 'ErrorResponse', 'Health']),
    );
    const docs = await request(t.app.getHttpServer()).get('/api/docs').expect(200);
    expect(docs.text).toContain('swagger');
  });

  it('tells keep-alive clients it holds idle connections 65 s, longer than a proxy would (no reset on reuse)', async () => {
    // Node announces its keepAliveTimeout in this header, and clients (Node's agent among them)
    // close an idle connection before it; at Node's default it would read timeout=5.
    const response = await request(t.app.getHttpServer()).get('/api/health').set('Connection', 'keep-alive');
    expect(response.headers['keep-alive']).toBe('timeout=65');
  });
});

/** `METHOD /api/path/{param}` for every route Express knows under /api. */
function registeredRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack
    .filter((layer) => layer.route?.path.startsWith('/api'))
    .flatMap((layer) =>
      Object.keys(layer.route?.methods ?? {}).map(
        (method) => `${method.toUpperCase()} ${layer.route?.path.replace(/:([A-Za-z]+)/g, '{$1}')}`,
      ),
    );
}
