import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { freePort } from '@gcm/db/embedded';
import { ZEnv } from '../src/config/config';
import { REPO_ROOT } from './support/processes';
import { HttpsClient } from './support/processes-client';
import { type NginxInstance, nginxBinary, prepareNginx, SITE_FILE } from './support/processes-nginx';

// Starting nginx and openssl a few times on a busy 2-core machine: a limit, not a measure.
jest.setTimeout(60_000);

/**
 * A stand-in for an API process that answers every request with what it received, and can be
 * told to drop the connection the first time it sees a request (as a process killed while
 * handling it would), so the proxy's retry rules can be tested one method at a time.
 */
class Upstream {
  readonly seen: { id: string; method: string; headers: http.IncomingHttpHeaders; socket: number }[] = [];
  private server?: http.Server;
  private sockets = 0;
  port = 0;

  constructor(private readonly shared: { firstSight: Set<string>; dropFirstSight: boolean }) {}

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const id = String(req.headers['x-test-id'] ?? '');
      const socket = (req.socket as unknown as { testNumber: number }).testNumber;
      this.seen.push({ id, method: req.method ?? '', headers: req.headers, socket });
      if (this.shared.dropFirstSight && !this.shared.firstSight.has(id)) {
        this.shared.firstSight.add(id);
        req.socket.destroy();
        return;
      }
      req.resume();
      req.on('end', () => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ port: this.port, headers: req.headers }));
      });
    });
    this.server.keepAliveTimeout = 65_000;
    this.server.on('connection', (socket) => {
      this.sockets += 1;
      (socket as unknown as { testNumber: number }).testNumber = this.sockets;
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('the nginx site for a Debian server (infra/nginx/gcm-review-tracker.conf)', () => {
  let site: string;

  beforeAll(async () => {
    nginxBinary();
    site = await readFile(SITE_FILE, 'utf8');
  });

  async function ports() {
    return {
      apiPorts: [await freePort(), await freePort()] as const,
      httpPort: await freePort(),
      httpsPort: await freePort(),
    };
  }

  it('passes nginx -t as shipped, with only host name, ports and paths replaced', async () => {
    const nginx = await prepareNginx(await ports());
    try {
      const { code, output } = await nginx.check();
      expect(output).toContain('test is successful');
      expect(code).toBe(0);
    } finally {
      await nginx.remove();
    }
  });

  it('fails nginx -t when the site is broken, so the check above can fail', async () => {
    const broken = site.replace('proxy_pass http://gcm_api;', 'proxy_pass http://gcm_api_missing;');
    const nginx = await prepareNginx(await ports(), broken);
    try {
      const { code, output } = await nginx.check();
      expect(code).not.toBe(0);
      expect(output).toMatch(/gcm_api_missing/);
    } finally {
      await nginx.remove();
    }
  });

  it("keeps its limits in line with the API's: upload size, idle connections, no retried POST", async () => {
    // Uploads: the API's own limit (with its message) must be reached before nginx's 413.
    const uploadMax = ZEnv.shape.UPLOAD_MAX_BYTES.parse(undefined);
    const bodyMax = /client_max_body_size (\d+)m;/.exec(site)?.[1];
    expect(bodyMax).toBeDefined();
    const bodyMaxBytes = Number(bodyMax) * 1024 * 1024;
    expect(bodyMaxBytes).toBeGreaterThan(uploadMax);
    expect(bodyMaxBytes - uploadMax).toBeLessThanOrEqual(1024 * 1024);
    // Idle upstream connections: nginx must close first (the API holds them 65 s).
    const main = await readFile(path.join(REPO_ROOT, 'apps', 'api', 'src', 'main.ts'), 'utf8');
    const apiIdleMs = Number(/const KEEP_ALIVE_MS = ([\d_]+);/.exec(main)?.[1]?.replace(/_/g, ''));
    const nginxIdleS = Number(/keepalive_timeout (\d+)s;/.exec(site)?.[1]);
    expect(nginxIdleS * 1000).toBeLessThan(apiIdleMs);
    // Never retry a request that may already have changed something.
    expect(site).toMatch(/proxy_next_upstream error timeout;/);
    expect(site).not.toMatch(/proxy_next_upstream [^;]*non_idempotent/);
  });

  describe('serving, with two stand-in API processes', () => {
    let nginx: NginxInstance;
    let upstreams: [Upstream, Upstream];
    let client: HttpsClient;
    const shared = { firstSight: new Set<string>(), dropFirstSight: false };

    /** A fresh nginx per case: a failed upstream is left out for 5 s, which would mix cases. */
    async function startNginx(apiPorts: readonly [number, number]): Promise<void> {
      nginx = await prepareNginx({ apiPorts, httpPort: await freePort(), httpsPort: await freePort() });
      await nginx.start();
      client = new HttpsClient(nginx.httpsPort, nginx.certificate);
    }

    beforeEach(async () => {
      shared.firstSight.clear();
      shared.dropFirstSight = false;
      upstreams = [new Upstream(shared), new Upstream(shared)];
      await Promise.all(upstreams.map((u) => u.start()));
    });

    afterEach(async () => {
      client?.close();
      await nginx?.remove();
      await Promise.all(upstreams.map((u) => u.stop()));
    });

    const seenCount = (id: string) => upstreams.flatMap((u) => u.seen).filter((s) => s.id === id).length;

    it('passes the headers the API trusts, over reused connections, and redirects plain HTTP', async () => {
      await startNginx([upstreams[0].port, upstreams[1].port]);
      const answers = [];
      for (let i = 0; i < 6; i += 1) {
        // A forged X-Forwarded-For must not choose the address sign-in throttling counts.
        answers.push(
          await client.request('GET', `/api/health?n=${i}`, {
            headers: { 'x-test-id': `h${i}`, 'x-forwarded-for': '203.0.113.9' },
          }),
        );
      }
      for (const answer of answers) {
        expect(answer.status).toBe(200);
        expect(answer.body.headers).toMatchObject({
          'x-forwarded-for': '127.0.0.1',
          'x-forwarded-proto': 'https',
          host: 'localhost',
        });
        expect(answer.body.headers.connection).toBeUndefined();
      }
      // Six requests, round robin over two processes, on at most one connection to each.
      const sockets = new Set(upstreams.flatMap((u) => u.seen.map((s) => `${u.port}:${s.socket}`)));
      expect(upstreams.map((u) => u.seen.length)).toEqual([3, 3]);
      expect(sockets.size).toBe(2);

      const redirect = await fetch(`http://127.0.0.1:${nginx.httpPort}/reviews?x=1`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('location')).toBe('https://127.0.0.1/reviews?x=1');
    });

    it.each(['GET', 'PUT', 'DELETE'])(
      'retries a %s whose process dropped the connection on the other process',
      async (method) => {
        shared.dropFirstSight = true;
        await startNginx([upstreams[0].port, upstreams[1].port]);
        const answer = await client.request(method, '/api/x', { headers: { 'x-test-id': method }, body: {} });
        expect(answer.status).toBe(200);
        expect(seenCount(method)).toBe(2);
      },
    );

    it.each(['POST', 'PATCH'])(
      'answers 502 to a %s whose process dropped the connection, and does not send it again',
      async (method) => {
        shared.dropFirstSight = true;
        await startNginx([upstreams[0].port, upstreams[1].port]);
        const answer = await client.request(method, '/api/x', { headers: { 'x-test-id': method }, body: {} });
        expect(answer.status).toBe(502);
        expect(seenCount(method)).toBe(1);
      },
    );

    it('sends a POST that no process received (connection refused) to the other process', async () => {
      const closedPort = await freePort();
      await startNginx([closedPort, upstreams[1].port]);
      for (let i = 0; i < 4; i += 1) {
        const answer = await client.request('POST', '/api/x', {
          headers: { 'x-test-id': `p${i}` },
          body: {},
        });
        expect(answer.status).toBe(200);
        expect(seenCount(`p${i}`)).toBe(1);
      }
      const lines = await nginx.accessLogLines();
      // The first POST went to the closed port first, then to the live process.
      expect(
        lines.some((line) => line.includes(`127.0.0.1:${closedPort}, 127.0.0.1:${upstreams[1].port}`)),
      ).toBe(true);
    });

    it('keeps invitation, account-link and calendar tokens out of its access log', async () => {
      await startNginx([upstreams[0].port, upstreams[1].port]);
      const paths = [
        '/invitations/SECRET-INVITE-1',
        '/api/invitations/SECRET-INVITE-2/accept',
        '/account-links/SECRET-LINK-3',
        '/api/calendar/SECRET-FEED-4.ics',
        '/api/reviews?token=SECRET-QUERY-5',
      ];
      for (const p of paths) expect((await client.request('GET', p)).status).toBe(200);
      const log = (await nginx.accessLogLines()).join('\n');
      expect(log).not.toMatch(/SECRET/);
      expect(log).toContain('"GET /api/invitations/[redacted]/accept"');
      expect(log).toContain('"GET /invitations/[redacted]"');
    });
  });
});
