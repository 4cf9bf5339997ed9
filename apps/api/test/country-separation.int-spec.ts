import { strFromU8, unzipSync } from 'fflate';
import type request from 'supertest';
import { sampleOf } from './support/contract-bodies';
import { type Country, type CountrySpec, createAdministrator, fillCountry } from './support/countries';
import { binaryParser, databaseFingerprint, removeStorage, samplePdf } from './support/journey-fixtures';
import { type AppRoute, appRoutes } from './support/routes';
import { bootTestApp, type TestApp } from './support/test-app';

/**
 * One installation, two countries: an administrator on an empty installation starts a review for
 * Mongolia and one for Kazakhstan, each coordinated by a different person invited by e-mail, and
 * both are filled with the same kinds of records. Every GET route of the application is then
 * called by each country's coordinator and contributor with the other country's ids (404), and
 * with their own (lists, exports, calendar); no answer may carry an id, name, address or text of
 * the other country. Writes with the other country's ids are refused and change nothing.
 */
const MONGOLIA: CountrySpec = { country: 'Mongolia', timeZone: 'Asia/Ulaanbaatar', tag: 'MNG' };
const KAZAKHSTAN: CountrySpec = { country: 'Kazakhstan', timeZone: 'Asia/Almaty', tag: 'KAZ' };

/** Path parameters that name a record of one country; each country has one of each kind. */
const RECORD_PARAMS = [
  'reviewId',
  'workspaceId',
  'organisationId',
  'membershipId',
  'personId',
  'assignmentId',
  'attachmentId',
  'workshopId',
  'actionItemId',
  'roundId',
  'submissionId',
  'messageId',
] as const;

/** Path parameters that name nothing of a country, and how each is filled for the caller. */
const OTHER_PARAMS: Record<string, (caller: Caller) => string> = {
  code: () => '1a',
  templateKey: () => 'escap-gcm-review-2020',
  key: () => 'escap-gcm-review-2020',
  version: () => '1',
  // A credential in the address: the caller holds none of these links, so an unknown one.
  token: () => 'u'.repeat(43),
  // The caller's own calendar feed: the secret in the address is the credential.
  file: (caller) => caller.calendarFile,
};

/**
 * GET routes that take no record of a country, what each caller gets from them and why. A new
 * route of that kind fails the test until it is listed here.
 */
const ROUTES_WITHOUT_RECORDS: Record<string, { status: number; because: string }> = {
  'GET /api/reviews': { status: 200, because: "lists the caller's own reviews" },
  'GET /api/auth/me': { status: 200, because: 'the signed-in person and their memberships' },
  'GET /api/workspaces': { status: 200, because: 'the workspaces of the countries the caller coordinates' },
  'GET /api/me/assignments': { status: 200, because: "the caller's own assignments" },
  'GET /api/calendar/:file': { status: 200, because: "the caller's own feed of due dates" },
  'GET /api/instance/reviews': { status: 403, because: 'only the administrator reads it' },
  'GET /api/instance/accounts': { status: 403, because: 'only the administrator reads it' },
  'GET /api/instance/audit': { status: 403, because: 'only the administrator reads it' },
  'GET /api/health': { status: 200, because: 'public: load balancers probe it without signing in' },
  'GET /api/questionnaires': { status: 200, because: 'the questionnaires are the same for every country' },
  'GET /api/questionnaires/:key/:version': {
    status: 200,
    because: 'a questionnaire file is the same for every country',
  },
  'GET /api/catalogue': { status: 200, because: 'public: the GCM objectives and questions are public' },
  'GET /api/catalogue/templates/:templateKey': {
    status: 200,
    because: 'public: the ESCAP survey template is a public document',
  },
  'GET /api/invitations/:token': {
    status: 404,
    because: 'public: the token is the credential (an unknown one here)',
  },
  'GET /api/public/reports': {
    status: 200,
    because: 'public: the reports States consented to publish, of every country (none is sent here)',
  },
  'GET /api/account-links/:token': {
    status: 404,
    because: 'public: the token is the credential (an unknown one here)',
  },
};

/** Writes that refuse everyone but the administrator before looking at the id in the address. */
const ADMINISTRATOR_WRITES = /^[A-Z]+ \/api\/instance\//;

/** Body fields that name a record, and the kind of record they take. */
const BODY_FIELDS: Record<string, (typeof RECORD_PARAMS)[number]> = {
  organisationId: 'organisationId',
  ownerOrganisationId: 'organisationId',
  coordinatingOrganisationId: 'organisationId',
  organiserIds: 'organisationId',
  headContactId: 'personId',
  personId: 'personId',
  voterIds: 'personId',
  focalPointIds: 'personId',
  workshopId: 'workshopId',
  assignmentId: 'assignmentId',
  roundId: 'roundId',
  reviewId: 'reviewId',
  membershipId: 'membershipId',
  messageId: 'messageId',
  workspaceId: 'workspaceId',
};

interface Caller {
  role: 'coordinator' | 'contributor';
  agent: request.Agent;
  calendarFile: string;
}

type Sides = Partial<Record<(typeof RECORD_PARAMS)[number], Country>>;

let t: TestApp;
let mongolia: Country;
let kazakhstan: Country;
const callers = new Map<Country, Caller[]>();

function recordParamsOf(route: AppRoute): (typeof RECORD_PARAMS)[number][] {
  return [...route.path.matchAll(/:(\w+)/g)]
    .map((match) => match[1] as string)
    .filter((name): name is (typeof RECORD_PARAMS)[number] =>
      (RECORD_PARAMS as readonly string[]).includes(name),
    );
}

/** The route's path with each record parameter taken from the country `sides` names for it. */
function pathOf(route: AppRoute, sides: Sides, caller: Caller): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => {
    const country = sides[name as (typeof RECORD_PARAMS)[number]];
    if (country) return country.ids[name] as string;
    const fill = OTHER_PARAMS[name];
    if (!fill) throw new Error(`No value for :${name} in ${route.name}: add it to the separation test`);
    return fill(caller);
  });
}

/** Every record parameter from `country`. */
function allFrom(route: AppRoute, country: Country): Sides {
  return Object.fromEntries(recordParamsOf(route).map((name) => [name, country]));
}

/** The ways to name the other country's records: all of them, and (with several) one at a time. */
function foreignVariants(route: AppRoute, own: Country, other: Country): Sides[] {
  const names = recordParamsOf(route);
  if (names.length < 2) return [allFrom(route, other)];
  return [allFrom(route, other), ...names.map((name) => ({ ...allFrom(route, own), [name]: other }))];
}

/** Which of the route's record parameters `sides` takes from `country`, for a failure message. */
function namesFrom(sides: Sides, country: Country): string {
  return Object.entries(sides)
    .filter(([, side]) => side === country)
    .map(([name]) => name)
    .join(', ');
}

/** What a person reads in the response: its text, the files in a .docx, and the file name offered. */
function readable(response: request.Response): string {
  const bytes = Buffer.isBuffer(response.body) ? response.body : Buffer.from(response.text ?? '');
  const parts =
    bytes.subarray(0, 2).toString('latin1') === 'PK'
      ? Object.entries(unzipSync(new Uint8Array(bytes)))
          // The theme and font table list typefaces ("Mongolian Baiti"), the same in every document.
          .filter(([name]) => !/^word\/(theme\/|fontTable\.xml)/.test(name))
          .map(([, part]) => strFromU8(part))
      : [bytes.toString('utf8')];
  return [response.headers['content-disposition'] ?? '', response.headers.location ?? '', ...parts].join(
    '\n',
  );
}

/** `country`'s secrets found in `text`, each with the text around it. */
function secretsIn(text: string, country: Country): string[] {
  return country.secrets.flatMap((secret) => {
    const at = text.indexOf(secret);
    return at < 0 ? [] : [`${secret} in "…${text.slice(Math.max(0, at - 60), at + secret.length + 60)}…"`];
  });
}

function send(agent: request.Agent, method: string, path: string): request.Test {
  const test = agent[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path);
  return test.buffer(true).parse(binaryParser);
}

/**
 * What a sampled body needs beyond its contract's shape, by route, for the country the address
 * belongs to: rules across fields, and the record's current version, so that a refusal is about
 * the ids in it and not a stale edit.
 */
const BODY_FIXES: Record<string, (home: Country) => Promise<object>> = {
  'POST /api/reviews/:reviewId/votes': async () => ({
    opensAt: '2026-11-27T00:00:00+00:00',
    closesAt: '2026-12-27T00:00:00+00:00',
  }),
  'PATCH /api/assignments/:assignmentId': async (home) => ({
    version: (await t.prisma.assignment.findUniqueOrThrow({ where: { id: home.ids.assignmentId } })).version,
  }),
  'PATCH /api/reviews/:reviewId': async (home) => ({
    version: (await t.prisma.review.findUniqueOrThrow({ where: { id: home.ids.reviewId } })).version,
    country: home.spec.country,
  }),
};

/**
 * A request body the route's contract accepts, naming `country`'s records wherever a field takes
 * one, for an address of `home`.
 */
async function bodyNaming(route: AppRoute, country: Country, home: Country): Promise<object | undefined> {
  if (!route.body) return undefined;
  const ids = Object.fromEntries(
    Object.entries(BODY_FIELDS).map(([field, kind]) => [field, country.ids[kind]]),
  );
  return { ...(sampleOf(route.body, ids) as object), ...(await BODY_FIXES[route.name]?.(home)) };
}

function write(caller: Caller, route: AppRoute, path: string, body: object | undefined): request.Test {
  const test = send(caller.agent, route.method, path);
  if (route.upload) return test.attach('file', samplePdf('Intruder'), 'intruder.pdf');
  return body === undefined ? test : test.send(body);
}

/** `body` with every id of `country` replaced by one that names no record. */
function withUnknownIds(body: object, country: Country): object {
  let json = JSON.stringify(body);
  for (const id of Object.values(country.ids))
    json = json.replaceAll(id, '00000000-0000-4000-8000-00000000abcd');
  return JSON.parse(json);
}

/** Reads every GET route as each of `own`'s callers; returns what went wrong, by route. */
async function readFailures(own: Country, other: Country): Promise<string[]> {
  const failures: string[] = [];
  const routes = appRoutes(t.app).filter((route) => route.method === 'GET');
  /** The own country's secrets its people were shown: proof that the scan looks where data is. */
  const seen = new Set<string>();
  for (const caller of callers.get(own) ?? []) {
    const who = `${own.spec.country} ${caller.role}`;
    const check = (route: AppRoute, label: string, response: request.Response, status?: number) => {
      if (status !== undefined && response.status !== status) {
        failures.push(`${who} ${route.name} ${label}: ${response.status}, expected ${status}`);
      }
      if (response.status >= 500) failures.push(`${who} ${route.name} ${label}: ${response.status}`);
      const text = readable(response);
      const leaks = secretsIn(text, other);
      if (leaks.length > 0) failures.push(`${who} ${route.name} ${label} shows ${leaks.join(', ')}`);
      for (const secret of own.secrets) if (text.includes(secret)) seen.add(secret);
    };
    for (const route of routes) {
      let paths: { label: string; path: string; status?: number }[];
      try {
        if (recordParamsOf(route).length === 0) {
          const listed = ROUTES_WITHOUT_RECORDS[route.name];
          if (!listed) throw new Error(`${route.name} takes no record: list it in ROUTES_WITHOUT_RECORDS`);
          paths = [{ label: 'as is', path: pathOf(route, {}, caller), status: listed.status }];
        } else {
          paths = [
            { label: 'with its own ids', path: pathOf(route, allFrom(route, own), caller) },
            ...foreignVariants(route, own, other).map((sides) => ({
              label: `with ${other.spec.country}'s ${namesFrom(sides, other)}`,
              path: pathOf(route, sides, caller),
              status: 404,
            })),
          ];
        }
      } catch (error) {
        failures.push((error as Error).message);
        continue;
      }
      for (const { label, path, status } of paths) {
        check(route, label, await send(caller.agent, 'GET', path), status);
        // With the query the route takes too (archived records, filters), as the contract samples it.
        const query = route.query && new URLSearchParams(sampleOf(route.query, {}) as Record<string, string>);
        if (query?.size)
          check(route, `${label} ?${query}`, await send(caller.agent, 'GET', `${path}?${query}`), status);
      }
    }
  }
  const unseen = own.secrets.filter((secret) => !seen.has(secret));
  if (unseen.length > 0) failures.push(`${own.spec.country}'s own people never read ${unseen.join(', ')}`);
  return failures;
}

/**
 * Sends every write route that takes a record as `own`'s coordinator: with the other country's
 * records in the address (404), and with its own in the address but the other's in the body (the
 * same refusal as for ids that name nothing). Neither changes anything.
 */
async function writeFailures(own: Country, other: Country): Promise<string[]> {
  const failures: string[] = [];
  const coordinator = (callers.get(own) ?? []).find((caller) => caller.role === 'coordinator') as Caller;
  const routes = appRoutes(t.app).filter(
    (route) => route.method !== 'GET' && recordParamsOf(route).length > 0,
  );
  const unchanged = async (name: string, attempt: () => Promise<request.Response>) => {
    const before = await databaseFingerprint(t);
    const response = await attempt();
    const after = await databaseFingerprint(t);
    const changed = Object.keys(before).filter((key) => before[key] !== after[key]);
    if (changed.length > 0) failures.push(`${name} changed ${changed.join(', ')}`);
    return response;
  };
  const answer = (response: request.Response) => `${response.status} ${readable(response).trim()}`;
  for (const route of routes) {
    const expected = ADMINISTRATOR_WRITES.test(route.name) ? 403 : 404;
    for (const sides of foreignVariants(route, own, other)) {
      const name = `${route.name} with ${other.spec.country}'s ${namesFrom(sides, other)}`;
      // The body names records of the country the address mostly belongs to.
      const home = sides.reviewId ?? (Object.values(sides)[0] as Country);
      const body = await bodyNaming(route, home, home);
      const path = pathOf(route, sides, coordinator);
      const response = await unchanged(name, () => write(coordinator, route, path, body));
      if (response.status !== expected) failures.push(`${name}: ${answer(response)}, expected ${expected}`);
    }
    const foreignBody = await bodyNaming(route, other, own);
    if (!foreignBody || !Object.values(other.ids).some((id) => JSON.stringify(foreignBody).includes(id)))
      continue;
    const name = `${route.name} with ${other.spec.country}'s records in the body`;
    const path = pathOf(route, allFrom(route, own), coordinator);
    const foreign = await unchanged(name, () => write(coordinator, route, path, foreignBody));
    const unknown = await unchanged(`${name} (unknown ids)`, () =>
      write(coordinator, route, path, withUnknownIds(foreignBody, other)),
    );
    if (foreign.status < 400 || foreign.status >= 500 || answer(foreign) !== answer(unknown)) {
      failures.push(`${name}: ${answer(foreign)}; with unknown ids: ${answer(unknown)}`);
    }
  }
  return failures;
}

async function calendarFileOf(agent: request.Agent): Promise<string> {
  const feed = await agent.post('/api/me/calendar-feed').expect(201);
  return new URL(feed.body.url).pathname.split('/').at(-1) as string;
}

describe('country separation: two countries on one installation', () => {
  beforeAll(async () => {
    t = await bootTestApp({ seed: false });
    const admin = await createAdministrator(t, 'ada.admin@escap.example');
    mongolia = await fillCountry(t, admin, MONGOLIA);
    kazakhstan = await fillCountry(t, admin, KAZAKHSTAN);
    for (const country of [mongolia, kazakhstan]) {
      callers.set(country, [
        {
          role: 'coordinator',
          agent: country.coordinator,
          calendarFile: await calendarFileOf(country.coordinator),
        },
        {
          role: 'contributor',
          agent: country.contributor,
          calendarFile: await calendarFileOf(country.contributor),
        },
      ]);
    }
  }, 60_000);

  afterAll(async () => {
    await removeStorage(t);
    await t.close();
  });

  it('starts from an empty installation: two reviews, two workspaces, two different coordinators', async () => {
    const reviews = await t.prisma.review.findMany({
      include: { memberships: { where: { role: 'coordinator' }, include: { person: true } } },
      orderBy: { country: 'asc' },
    });
    expect(reviews.map((review) => [review.country, review.memberships.map((m) => m.person.email)])).toEqual([
      ['Kazakhstan', ['coordinator@mfa.kaz.example']],
      ['Mongolia', ['coordinator@mfa.mng.example']],
    ]);
    expect(new Set(reviews.map((review) => review.workspaceId)).size).toBe(2);
    // Each country's own reads show its own records: the scan below looks where the data is.
    const own = await mongolia.coordinator
      .get(`/api/reviews/${mongolia.ids.reviewId}/assignments`)
      .expect(200);
    expect(JSON.stringify(own.body)).toContain(mongolia.ids.assignmentId);
    const draft = await mongolia.coordinator
      .get(`/api/assignments/${mongolia.ids.assignmentId}/contribution`)
      .expect(200);
    expect(JSON.stringify(draft.body)).toMatch(/MNG-Draft-Text[\s\S]*MNG-Comment-Text/);
  });

  it('reads every GET route from the router, and lists only routes the application has', () => {
    const routes = appRoutes(t.app).map((route) => route.name);
    expect(routes.filter((name) => name.startsWith('GET ')).length).toBeGreaterThanOrEqual(45);
    expect(Object.keys(ROUTES_WITHOUT_RECORDS).filter((name) => !routes.includes(name))).toEqual([]);
  });

  it.each([
    ['Kazakhstan', 'Mongolia'],
    ['Mongolia', 'Kazakhstan'],
  ])("%s's people read nothing of %s over any GET route", async (reader, owner) => {
    const [own, other] = reader === 'Mongolia' ? [mongolia, kazakhstan] : [kazakhstan, mongolia];
    expect({ reader, owner, failures: await readFailures(own, other) }).toEqual({
      reader,
      owner,
      failures: [],
    });
  });

  it.each([
    ['Kazakhstan', 'Mongolia'],
    ['Mongolia', 'Kazakhstan'],
  ])("%s's coordinator changes nothing of %s through any write route", async (writer, owner) => {
    const [own, other] = writer === 'Mongolia' ? [mongolia, kazakhstan] : [kazakhstan, mongolia];
    expect({ writer, owner, failures: await writeFailures(own, other) }).toEqual({
      writer,
      owner,
      failures: [],
    });
  });
});
