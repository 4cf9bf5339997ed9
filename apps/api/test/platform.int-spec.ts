import { CATALOGUE, ZCatalogue, ZHealth } from '@gcm/domain';
import { Agent, get as httpGet, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
    expect(catalogue.templates[0]?.questions).toHaveLength(22);
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

  it('keeps an idle keep-alive connection open past Node’s 5 s, so a client reusing it is not reset', async () => {
    const server = t.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const req = httpGet({ host: '127.0.0.1', port, path: '/api/health', agent }, (response) => {
          response.resume();
          response.on('end', () => resolve({ status: response.statusCode ?? 0, reused: req.reusedSocket }));
        });
        req.on('error', reject);
      });
    try {
      expect(await get()).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 7_000));
      expect(await get()).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 15_000);
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
