import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createPrismaClient, type PrismaClient, seedDemo } from '@gcm/db';
import { freePort } from '@gcm/db/embedded';
import { createTestDatabase, type TestDatabase } from '@gcm/db/testing';
import { loadConfig } from '../src/config/config';
import { SmtpSink } from '../src/dev-mail/smtp-sink';
import {
  apiProcess,
  apiReady,
  assertBuilt,
  type ManagedProcess,
  workerProcess,
  workerReady,
} from './support/processes';
import { HttpsClient, type ProxyResponse, SessionOverProxy } from './support/processes-client';
import { type NginxInstance, nginxBinary, prepareNginx } from './support/processes-nginx';
import { DEMO, TEST_SECRET_KEY, type TestApp } from './support/test-app';
import { ReconcilerPasses, waitUntil } from './support/waits';

/**
 * The installation as operations runs it (docs/operations.md, "Scaling"): two built API processes
 * and two built workers on one PostgreSQL and one Redis, behind nginx running the shipped site
 * (infra/nginx/gcm-review-tracker.conf). Under a bounded load of reads and writes by the people of
 * two reviews of two coordinators, one API process and one worker are killed with SIGKILL and
 * started again. Then:
 * - every request got the answer it would have got from a single healthy process, except a POST
 *   or PATCH that the killed API process had received when it died: that one may get 502 (nginx
 *   does not send it twice), and whether it happened is then in the database, once or not at all;
 * - every write answered 2xx is in the database, and the contribution's revisions are exactly the
 *   saves that were answered, in order;
 * - every e-mail planned by the load was delivered exactly once (outbox rows against the SMTP
 *   server's messages, by Message-ID);
 * - nothing of review A was visible to, or writable by, review B's coordinator.
 */

// A limit, not a measure: five processes starting, dying and starting again on a busy 2-core
// machine. The run itself takes about a minute (see docs/operations.md).
jest.setTimeout(240_000);

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MAIL_DOMAIN = 'scale-out.test';
/** How long the load may run at most; it ends as soon as both kills and restarts are done. */
const LOAD_LIMIT_MS = 90_000;

interface Sent {
  actor: string;
  method: string;
  path: string;
  /** The answers this request may get from a healthy installation. */
  expected: number[];
  startedAt: number;
  endedAt: number;
  response: ProxyResponse;
}

describe('scale-out: two API processes and two workers behind nginx, one of each killed', () => {
  let db: TestDatabase;
  let prisma: PrismaClient;
  let sink: SmtpSink;
  let nginx: NginxInstance;
  let client: HttpsClient;
  let storageDir: string;
  const apis: ManagedProcess[] = [];
  const workers: ManagedProcess[] = [];
  let apiPorts: [number, number];
  /** The demo review (Mongolia), coordinated by the demo coordinator. */
  let reviewA: string;

  function everyOutput(): string {
    return [...apis, ...workers, nginx?.process]
      .filter(Boolean)
      .map((p) => p?.output(1500))
      .join('\n');
  }

  beforeAll(async () => {
    nginxBinary();
    assertBuilt();
    db = await createTestDatabase();
    prisma = createPrismaClient(db.url, { max: 3 });
    // The processes run on the real clock, so the demo review is placed around now.
    reviewA = (await seedDemo(prisma, new Date())).reviewId;
    sink = new SmtpSink();
    await sink.start();
    storageDir = await mkdtemp(path.join(os.tmpdir(), 'gcm-scale-out-storage-'));
    apiPorts = [await freePort(), await freePort()];
    nginx = await prepareNginx({ apiPorts, httpPort: await freePort(), httpsPort: await freePort() });
    const publicUrl = `https://localhost:${nginx.httpsPort}`;
    const common: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SECRET_KEY: TEST_SECRET_KEY,
      DATABASE_URL: db.url,
      DATABASE_POOL_SIZE: '4',
      PUBLIC_URL: publicUrl,
      REDIS_URL,
      QUEUE_PREFIX: `so${db.name.slice(-12)}`,
      STORAGE_DIR: storageDir,
      SMTP_URL: sink.url,
      MAIL_FROM: `GCM Scale-out <no-reply@${MAIL_DOMAIN}>`,
    };
    apiPorts.forEach((port, i) => {
      apis.push(apiProcess(`api-${i + 1}`, { ...common, HOST: '127.0.0.1', PORT: String(port) }));
    });
    for (const i of [1, 2]) {
      workers.push(
        workerProcess(`worker-${i}`, {
          ...common,
          // One job at a time: a killed worker then holds only the batch it was sending, whose rows
          // it had claimed, and those come back after their lease. (A job taken but not started
          // would wait for BullMQ's stalled check, up to a minute; operations.md says so.)
          WORKER_CONCURRENCY: '1',
          OUTBOX_CLAIM_LEASE_MS: '2000',
          OUTBOX_RECONCILE_MS: '500',
          DELIVERY_BACKOFF_MS: '200',
        }),
      );
    }
    try {
      await Promise.all([
        ...apis.map((api, i) => api.start(apiReady(apiPorts[i] ?? 0))),
        ...workers.map((worker) => worker.start(workerReady)),
        nginx.start(),
      ]);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : error}\n${everyOutput()}`);
    }
    client = new HttpsClient(nginx.httpsPort, nginx.certificate);
  });

  afterAll(async () => {
    client?.close();
    await Promise.all([...apis, ...workers].map((p) => p.stop()));
    await nginx?.remove();
    await sink?.stop();
    await prisma?.$disconnect();
    await db?.drop();
    if (storageDir) await rm(storageDir, { recursive: true, force: true });
  });

  /** A session for the person, written straight to the database (argon2 sign-ins are slow). */
  async function sessionOf(email: string): Promise<SessionOverProxy> {
    const person = await prisma.person.findUniqueOrThrow({ where: { email } });
    const token = randomBytes(32).toString('base64url');
    await prisma.session.create({
      data: {
        personId: person.id,
        tokenHash: createHash('sha256').update(token).digest('hex'),
        expiresAt: new Date(Date.now() + 24 * 3_600_000),
      },
    });
    return new SessionOverProxy(client, `gcm_session=${token}`, `https://localhost:${nginx.httpsPort}`);
  }

  it('loses no write, fails no request beyond what nginx may not retry, and sends every e-mail once', async () => {
    const started = Date.now();
    const titleA = (await prisma.review.findUniqueOrThrow({ where: { id: reviewA } })).title;

    // Review B, started through the proxy by a second coordinator, another person.
    const observer = await prisma.person.findUniqueOrThrow({ where: { email: DEMO.observer } });
    await prisma.person.create({
      data: {
        email: 'coordinator@outsideland.example',
        name: 'Other Coordinator',
        passwordHash: observer.passwordHash,
        mayCreateReviews: true,
      },
    });
    const coordA = await sessionOf(DEMO.coordinator);
    const coordB = await sessionOf('coordinator@outsideland.example');
    const contributorA = await sessionOf(DEMO.contributor);
    const observerA = await sessionOf(DEMO.observer);
    const created = await coordB.write('POST', '/api/reviews', {
      templateKey: 'escap-gcm-review-2020',
      country: 'Outsideland',
      cycle: 2027,
      timeZone: 'Asia/Bangkok',
      finalDueDate: '2027-08-31',
    });
    expect(created.status).toBe(201);
    const reviewB: string = created.body.id;

    const remindable = await prisma.assignment.findMany({
      where: { reviewId: reviewA, state: { in: ['not_started', 'drafting', 'changes_requested'] } },
      select: { id: true },
      orderBy: { id: 'asc' },
    });
    const contributorOrg = await prisma.person.findUniqueOrThrow({
      where: { email: DEMO.contributor },
      select: { memberships: { where: { reviewId: reviewA }, select: { organisationId: true } } },
    });
    const editable = await prisma.assignment.findFirstOrThrow({
      where: {
        reviewId: reviewA,
        organisationId: contributorOrg.memberships[0]?.organisationId ?? '',
        state: { in: ['not_started', 'drafting'] },
        contribution: null,
      },
      select: { id: true },
    });
    expect(remindable.length).toBeGreaterThan(10);
    const outboxBefore = new Set(
      (await prisma.outboxMessage.findMany({ select: { id: true } })).map((r) => r.id),
    );

    // ---- the load ------------------------------------------------------------------------------
    const log: Sent[] = [];
    const state = {
      stop: false,
      acknowledgedWrites: 0,
      apiKill: undefined as undefined | { from: number; to: number },
      apiRestartedAtLine: -1,
      workerKill: undefined as undefined | { from: number; to: number },
      workerKillArmed: false,
      apiRestartMs: 0,
      workerRestartMs: 0,
      leaks: [] as string[],
    };
    async function send(
      actor: string,
      method: string,
      path: string,
      expected: number[],
      call: () => Promise<ProxyResponse>,
    ): Promise<ProxyResponse> {
      const startedAt = Date.now();
      const response = await call();
      log.push({ actor, method, path, expected, startedAt, endedAt: Date.now(), response });
      if (method !== 'GET' && expected.includes(response.status) && response.status < 300) {
        state.acknowledgedWrites += 1;
      }
      return response;
    }
    // Pacing, not waiting for anything: four people at a steady pace rather than a flood.
    const pace = () => new Promise((resolve) => setTimeout(resolve, 15));

    const reminders: { assignmentId: string; response: ProxyResponse }[] = [];
    const invitations: { reviewId: string; email: string; response: ProxyResponse }[] = [];
    async function invite(actor: string, session: SessionOverProxy, reviewId: string, email: string) {
      const response = await send(actor, 'POST', `/api/reviews/${reviewId}/members`, [201], () =>
        session.write('POST', `/api/reviews/${reviewId}/members`, {
          email,
          name: `Observer ${email.split('@')[0]}`,
          role: 'observer',
        }),
      );
      invitations.push({ reviewId, email, response });
    }

    const coordinatorA = async () => {
      for (let n = 0; !state.stop; n += 1) {
        const next = remindable[reminders.length];
        if (next && n % 2 === 0) {
          const url = `/api/assignments/${next.id}/remind`;
          reminders.push({
            assignmentId: next.id,
            response: await send('coordinator A', 'POST', url, [202], () => coordA.write('POST', url)),
          });
        } else {
          await invite('coordinator A', coordA, reviewA, `observer-a${n}@ministry-a.example`);
        }
        const read = n % 2 === 0 ? `/api/reviews/${reviewA}/assignments` : `/api/reviews/${reviewA}/progress`;
        await send('coordinator A', 'GET', read, [200], () => coordA.get(read));
        await pace();
      }
    };
    const coordinatorB = async () => {
      const someAssignmentOfA = remindable[remindable.length - 1]?.id ?? '';
      for (let n = 0; !state.stop; n += 1) {
        if (n % 3 === 0) await invite('coordinator B', coordB, reviewB, `observer-b${n}@ministry-b.example`);
        const mine = `/api/reviews/${reviewB}/members`;
        await send('coordinator B', 'GET', mine, [200], () => coordB.get(mine));
        const list = await send('coordinator B', 'GET', '/api/reviews', [200], () =>
          coordB.get('/api/reviews'),
        );
        if (list.text.includes(reviewA) || list.text.includes(titleA)) state.leaks.push(list.text);
        // Review A, from review B's coordinator: as if it did not exist, read or written.
        const probes: [string, string][] = [
          ['GET', `/api/reviews/${reviewA}`],
          ['GET', `/api/reviews/${reviewA}/assignments`],
          ['POST', `/api/assignments/${someAssignmentOfA}/remind`],
          ['POST', `/api/reviews/${reviewA}/members`],
        ];
        const [method, url] = probes[n % probes.length] ?? ['GET', '/'];
        await send('coordinator B', method, url, [404], () =>
          method === 'GET'
            ? coordB.get(url)
            : coordB.write(
                'POST',
                url,
                url.endsWith('/members')
                  ? { email: 'intruder@b.example', name: 'Intruder', role: 'coordinator' }
                  : {},
              ),
        );
        await pace();
      }
    };
    const saves: { version: number; body: string }[] = [];
    const contributor = async () => {
      let version = 0;
      for (let n = 1; !state.stop; n += 1) {
        const body = `Saved through the proxy, save number ${n}.`;
        const url = `/api/assignments/${editable.id}/contribution`;
        const response = await send('contributor A', 'PUT', url, [200], () =>
          contributorA.write('PUT', url, { baseVersion: version, body, references: [] }),
        );
        if (response.status !== 200) break;
        version = response.body.version;
        saves.push({ version, body });
        await pace();
      }
    };
    const reader = async () => {
      while (!state.stop) {
        for (const url of [`/api/reviews/${reviewA}`, `/api/reviews/${reviewA}/members`, '/api/health']) {
          await send('observer A', 'GET', url, [200], () => observerA.get(url));
        }
        await pace();
      }
    };

    // The worker is killed while the SMTP server holds a message it is sending: after every
    // message the server had already accepted is on record as sent (outside decision 0006's
    // window), so an e-mail is either on record or not yet accepted, never both.
    const victim = workers[0] as ManagedProcess;
    let workerGate: Promise<void> | undefined;
    sink.onMessage = async () => {
      if (!workerGate) {
        if (!state.workerKillArmed || !victim.pid) return;
        const holding = await prisma.outboxMessage.count({
          where: { claimedBy: { contains: `:${victim.pid}:` }, status: 'sending' },
        });
        if (holding === 0 || workerGate) return;
        // From here every message is held, so nothing more is accepted until the kill.
        workerGate = (async () => {
          await waitUntil(
            async () => {
              const accepted = sink.received.map((m) => m.outboxId ?? '');
              const recorded = await prisma.outboxMessage.count({
                where: { id: { in: accepted }, status: 'sent' },
              });
              return recorded === accepted.length;
            },
            { what: 'the accepted e-mails to be recorded as sent', timeoutMs: 20_000 },
          );
          const from = Date.now();
          await victim.kill();
          state.workerKill = { from, to: Date.now() };
        })();
      }
      if (state.workerKill) return;
      await workerGate;
      // What was held is refused (the victim is gone; the other worker retries its own).
      throw new Error('held while a worker was killed, try again');
    };

    const apiVictim = apis[0] as ManagedProcess;
    const chaos = async () => {
      // The API process, once the load is under way.
      await waitUntil(() => state.acknowledgedWrites >= 12, {
        what: '12 acknowledged writes',
        timeoutMs: 30_000,
      });
      const from = Date.now();
      await apiVictim.kill();
      state.apiKill = { from, to: Date.now() };
      await apiVictim.start(apiReady(apiPorts[0]));
      state.apiRestartedAtLine = (await nginx.accessLogLines()).length;
      state.apiRestartMs = Date.now() - from;
      // Then the worker, the next time it sends.
      state.workerKillArmed = true;
      await waitUntil(() => state.workerKill, {
        what: 'the worker to be killed while sending',
        timeoutMs: 40_000,
        describe: () => `${sink.received.length} e-mails received`,
      });
      const restarting = Date.now();
      await victim.start(workerReady);
      state.workerRestartMs = Date.now() - restarting;
      // The restarted API process takes requests from nginx again.
      await waitUntil(
        async () =>
          (await nginx.accessLogLines())
            .slice(state.apiRestartedAtLine)
            .filter((line) => line.includes(`upstream=127.0.0.1:${apiPorts[0]} `)).length >= 5,
        { what: 'nginx to send requests to the restarted API process', timeoutMs: 30_000 },
      );
    };

    const limit = setTimeout(() => {
      state.stop = true;
    }, LOAD_LIMIT_MS);
    const actors = Promise.all([coordinatorA(), coordinatorB(), contributor(), reader()]);
    try {
      await chaos();
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : error}\n${everyOutput()}`);
    } finally {
      state.stop = true;
      clearTimeout(limit);
      await actors;
      sink.onMessage = undefined;
    }
    const loadEnded = Date.now();

    // ---- every answer ------------------------------------------------------------------------
    expect(state.leaks).toEqual([]);
    const apiKill = state.apiKill as { from: number; to: number };
    const exposed = (s: Sent) => s.startedAt <= apiKill.to && s.endedAt >= apiKill.from;
    const unexpected = log.filter(
      (s) =>
        !s.expected.includes(s.response.status) &&
        !(s.response.status === 502 && ['POST', 'PATCH'].includes(s.method) && exposed(s)),
    );
    expect(
      unexpected.map(
        (s) =>
          `${s.actor} ${s.method} ${s.path}: ${s.response.status} ${s.response.error ?? s.response.text.slice(0, 200)}`,
      ),
    ).toEqual([]);
    const notRetried = log.filter((s) => s.response.status === 502);

    // ---- no lost write -----------------------------------------------------------------------
    for (const { assignmentId, response } of reminders) {
      const rows = await prisma.outboxMessage.findMany({
        where: { assignmentId, kind: 'reminder.manual', id: { notIn: [...outboxBefore] } },
      });
      if (response.status === 202) expect(rows.map((r) => r.id)).toEqual([response.body.id]);
      else expect(rows.length).toBeLessThanOrEqual(1);
    }
    for (const { reviewId, email, response } of invitations) {
      const members = await prisma.membership.count({ where: { reviewId, person: { email } } });
      if (response.status === 201) expect(members).toBe(1);
      else expect(members).toBeLessThanOrEqual(1);
    }
    const contribution = await prisma.contribution.findUniqueOrThrow({
      where: { assignmentId: editable.id },
      include: { revisions: { orderBy: { version: 'asc' }, select: { version: true, body: true } } },
    });
    const lastSave = saves[saves.length - 1];
    expect(contribution.version).toBe(lastSave?.version);
    expect(contribution.body).toBe(lastSave?.body);
    expect(contribution.revisions).toEqual(saves);
    // Nothing of B's reached A, and nothing was written in A by B's coordinator.
    expect(await prisma.membership.count({ where: { person: { email: 'intruder@b.example' } } })).toBe(0);
    expect(
      await prisma.membership.count({
        where: { reviewId: reviewA, person: { email: { endsWith: '@ministry-b.example' } } },
      }),
    ).toBe(0);

    // ---- every e-mail exactly once -----------------------------------------------------------
    const planned = (where: object) =>
      prisma.outboxMessage.findMany({
        where: { id: { notIn: [...outboxBefore] }, ...where },
        select: { id: true, status: true },
      });
    await waitUntil(async () => (await planned({ status: { in: ['pending', 'sending'] } })).length === 0, {
      what: 'every e-mail of the load to be sent',
      timeoutMs: 60_000,
      describe: async () =>
        `${(await planned({ status: { in: ['pending', 'sending'] } })).length} still pending`,
    });
    // Two more reconciler passes: a row retaken from the dead worker would have gone out again by then.
    const config = loadConfig({
      DATABASE_URL: db.url,
      SECRET_KEY: TEST_SECRET_KEY,
      REDIS_URL,
      QUEUE_PREFIX: `so${db.name.slice(-12)}`,
    });
    const passes = await ReconcilerPasses.watch({ config } as unknown as TestApp);
    try {
      await passes.more(2);
    } finally {
      await passes.close();
    }
    const rows = await planned({});
    const sent = rows.filter((r) => r.status === 'sent').map((r) => r.id);
    const byMessageId = new Map<string, number>();
    for (const mail of sink.received) {
      const id = mail.parsed.messageId ?? '(none)';
      byMessageId.set(id, (byMessageId.get(id) ?? 0) + 1);
    }
    const lost = sent.filter((id) => !byMessageId.has(`<outbox-${id}@${MAIL_DOMAIN}>`));
    const twice = [...byMessageId].filter(([, count]) => count > 1).map(([id]) => id);
    const failed = rows.filter((r) => r.status === 'failed').map((r) => r.id);
    expect({ lost, twice, failed }).toEqual({ lost: [], twice: [], failed: [] });
    // Every message the server took is one of the load's rows, recorded as sent.
    expect(sink.received.map((m) => m.outboxId).filter((id) => !sent.includes(id ?? ''))).toEqual([]);
    const answered =
      reminders.filter((r) => r.response.status === 202).length +
      invitations.filter((i) => i.response.status === 201).length;
    expect(sent.length).toBeGreaterThanOrEqual(answered);

    // What nginx did: requests it sent on to the other process after the kill.
    const lines = await nginx.accessLogLines();
    const retried = lines.filter((line) => /upstream=\S+, \S+/.test(line)).length;
    const figures = {
      seconds: Math.round((Date.now() - started) / 1000),
      loadSeconds: Math.round((loadEnded - started) / 1000),
      requests: log.length,
      writes: log.filter((s) => s.method !== 'GET').length,
      reminders: reminders.length,
      invitations: invitations.length,
      saves: saves.length,
      emails: sink.received.length,
      retriedByNginx: retried,
      postsAnswered502: notRetried.length,
      apiRestartMs: state.apiRestartMs,
      workerRestartMs: state.workerRestartMs,
    };
    console.info(`scale-out figures: ${JSON.stringify(figures)}`);
    // The kill met traffic: nginx sent at least one request on to the other process.
    expect(retried).toBeGreaterThan(0);
  });
});
