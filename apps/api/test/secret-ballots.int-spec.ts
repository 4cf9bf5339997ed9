import { createHash, createHmac, hkdfSync, randomUUID } from 'node:crypto';
import {
  type TCreateVoteRoundRequest,
  type TVoteRound,
  ZErrorResponse,
  ZMyBallot,
  ZVoteResults,
  ZVoteRound,
} from '@gcm/domain';
import type request from 'supertest';
import { createOutsider, type DemoIds, databaseFingerprint, demoIds } from './support/journey-fixtures';
import { type SessionClient, sessionClient } from './support/sessions';
import { bootTestApp, DEMO, TEST_SECRET_KEY, type TestApp } from './support/test-app';
import { createVoteRound, HOUR, iso, NOW, SESSIONS_END } from './support/vote-rounds';

/**
 * Secret ballots (docs/decisions/0012-secret-ballot-unlinkability.md): whoever reads the whole
 * database cannot link a voter to their ballot, and nothing shows a secret round's results before
 * the close.
 */

interface Voter {
  id: string;
  client: SessionClient;
}

describe('secret ballots', () => {
  let t: TestApp;
  let ids: DemoIds;
  let reviewUrl: string;
  let coordinator: SessionClient;
  let observer: SessionClient;

  const sessionFor = (personId: string) => sessionClient(t, personId, SESSIONS_END);

  /** `count` new stakeholders of the demo review, each with a session. */
  async function stakeholders(count: number, tag: string): Promise<Voter[]> {
    const people = Array.from({ length: count }, (_, i) => ({
      id: randomUUID(),
      email: `${tag}${i}@stakeholders.example`,
      name: `Stakeholder ${tag} ${i}`,
    }));
    await t.prisma.person.createMany({ data: people });
    await t.prisma.membership.createMany({
      data: people.map((p) => ({ reviewId: ids.reviewId, personId: p.id, role: 'stakeholder' as const })),
    });
    return Promise.all(people.map(async (p) => ({ id: p.id, client: await sessionFor(p.id) })));
  }

  async function createRound(
    body: Partial<TCreateVoteRoundRequest> & { voterIds: string[] },
  ): Promise<TVoteRound> {
    return createVoteRound(coordinator, reviewUrl, {
      title: 'Secret prioritisation',
      secret: true,
      rules: { method: 'approval', maxPicks: 3 },
      opensAt: iso(-HOUR),
      closesAt: iso(72 * HOUR),
      ...body,
    });
  }

  /** The tables a refused round or ballot must leave as they were, beside the shared fingerprint. */
  async function fingerprint() {
    const votes = await t.prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT
        (SELECT count(*) FROM vote_round) AS rounds,
        (SELECT count(*) FROM vote_eligibility) AS eligibility,
        (SELECT string_agg(id::text || ':' || content::text, ',' ORDER BY id) FROM ballot) AS ballots,
        (SELECT count(*) FROM vote_participation) AS participation`;
    return { ...(await databaseFingerprint(t)), ...Object.fromEntries(Object.entries(votes[0] ?? {})) };
  }

  beforeAll(async () => {
    t = await bootTestApp({ now: NOW });
    ids = demoIds(t);
    reviewUrl = `/api/reviews/${ids.reviewId}`;
    await createOutsider(t);
    await t.app.listen(0, '127.0.0.1');
    coordinator = await sessionFor(await ids.person(DEMO.coordinator));
    observer = await sessionFor(await ids.person(DEMO.observer));
  });

  afterEach(() => {
    t.clock.set(NOW);
  });

  afterAll(async () => {
    await t.close();
  });

  describe('results stay hidden until the close', () => {
    it('refuses a secret round with results shown: 400 on resultsHidden, nothing written', async () => {
      const [voter] = await stakeholders(1, 'refused');
      const before = await fingerprint();
      const refused = await coordinator
        .post(`${reviewUrl}/votes`, {
          title: 'Secret prioritisation',
          secret: true,
          resultsHidden: false,
          rules: { method: 'approval', maxPicks: 3 },
          voterIds: [voter?.id],
          opensAt: iso(-HOUR),
          closesAt: iso(72 * HOUR),
        })
        .expect(400);
      expect(ZErrorResponse.parse(refused.body)).toMatchObject({
        code: 'VALIDATION',
        fieldErrors: [
          {
            path: 'resultsHidden',
            message:
              'must stay on in a secret vote: results shown while people vote, beside who has voted, would reveal how each person voted',
          },
        ],
      });
      expect(await fingerprint()).toEqual(before);
      // There is no endpoint that updates a round's settings: creation is the only way in.
      await coordinator.put(`/api/votes/${randomUUID()}`, { resultsHidden: false }).expect(404);
    });

    it('shows no tally, partial count or ballot of an open secret round on any endpoint, to anyone', async () => {
      const voters = await stakeholders(3, 'hidden');
      const round = await createRound({ voterIds: voters.map((v) => v.id) });
      expect(round).toMatchObject({ secret: true, resultsHidden: true, state: 'open' });
      for (const [index, voter] of voters.entries()) {
        await voter.client
          .put(`/api/votes/${round.id}/ballot`, { content: { picks: [index + 1] } })
          .expect(200);
      }
      for (const who of [coordinator, observer, ...voters.map((v) => v.client)]) {
        for (const url of [
          `/api/votes/${round.id}/results`,
          `/api/votes/${round.id}/results.csv`,
          `/api/votes/${round.id}/ballots.json`,
        ]) {
          if (url.endsWith('ballots.json') && who !== coordinator) continue;
          const hidden = await who.get(url).expect(403);
          // The CSV route's error still carries its text/csv header, so read the body as text.
          expect(ZErrorResponse.parse(JSON.parse(hidden.text))).toMatchObject({
            code: 'FORBIDDEN',
            message: 'Results are hidden until the round closes',
          });
        }
        const priorities = await who.get(`/api/votes/${round.id}/priorities`).expect(200);
        expect(priorities.body.priorities).toEqual([]);
      }
      // The round itself shows only how many have voted, never what.
      const shown = await coordinator.get(`/api/votes/${round.id}`).expect(200);
      expect(Object.keys(shown.body).sort()).toEqual(Object.keys(ZVoteRound.shape).sort());
      expect(shown.body.turnout).toEqual({ ballots: 3, eligible: 3 });
      // The review's export leaves out a secret round's ballots entirely.
      const exported = await coordinator.get(`${reviewUrl}/export.json`).expect(200);
      const inExport = exported.body.voteRounds.find((r: { id: string }) => r.id === round.id);
      expect(inExport).toMatchObject({ ballots: null });
      expect(JSON.stringify(inExport)).not.toContain('picks');
      // A voter sees their own ballot and nothing else.
      expect(ZMyBallot.parse((await voters[1]?.client.get(`/api/votes/${round.id}/ballot`))?.body)).toEqual({
        content: { picks: [2] },
      });
    });
  });

  describe('no reader of the database can link a voter to their ballot', () => {
    let round: TVoteRound;
    let voters: Voter[];
    /** What each voter (by position in the voting order) finally cast. */
    const cast: number[][] = [[6], [5], [4], [1], [2], [3]];

    beforeAll(async () => {
      voters = await stakeholders(6, 'linkage');
      round = await createRound({ voterIds: voters.map((v) => v.id) });
      // Voting order 0..5 differs from the content order of the ballots (1, 2, 3, 4, 5, 6).
      for (const [index, voter] of voters.entries()) {
        await voter.client
          .put(`/api/votes/${round.id}/ballot`, { content: { picks: cast[index] } })
          .expect(200);
      }
      // Voter 2 changes their ballot afterwards.
      cast[2] = [2, 5];
      await voters[2]?.client
        .put(`/api/votes/${round.id}/ballot`, { content: { picks: [2, 5] } })
        .expect(200);
    });

    const ballots = () =>
      t.prisma.$queryRaw<{ id: string; xmin: string; voterKey: string; content: { picks: number[] } }[]>`
        SELECT id::text, xmin::text, voter_key AS "voterKey", content FROM ballot
         WHERE round_id = ${round.id}::uuid ORDER BY ctid`;
    const participation = () =>
      t.prisma.$queryRaw<{ voterKey: string; personId: string; xmin: string }[]>`
        SELECT voter_key AS "voterKey", person_id::text AS "personId", xmin::text FROM vote_participation
         WHERE round_id = ${round.id}::uuid ORDER BY ctid`;
    const trueBallotOf = (personId: string) => cast[voters.findIndex((v) => v.id === personId)];

    it('counts each ballot once, the changed one with its new content', async () => {
      expect(await t.prisma.ballot.count({ where: { roundId: round.id } })).toBe(6);
      expect((await participation()).map((p) => p.personId)).toEqual(voters.map((v) => v.id));
      expect(ZMyBallot.parse((await voters[2]?.client.get(`/api/votes/${round.id}/ballot`))?.body)).toEqual({
        content: { picks: [2, 5] },
      });
      const events = await t.prisma.auditEvent.findMany({
        where: { targetId: round.id, action: 'ballot.cast' },
        orderBy: { id: 'asc' },
      });
      // Seven submissions by six people; none says what, or which was a change.
      expect(events.map((e) => e.actorId)).toEqual([...voters.map((v) => v.id), voters[2]?.id]);
      for (const event of events) expect(event).toMatchObject({ before: null, after: null });
    });

    it('attack 1: no ballot shares an xmin with a participation or audit row; all share one xmin', async () => {
      const joined = await t.prisma.$queryRaw<unknown[]>`
        SELECT b.id FROM ballot b JOIN vote_participation p ON b.xmin = p.xmin WHERE b.round_id = ${round.id}::uuid`;
      expect(joined).toEqual([]);
      const audited = await t.prisma.$queryRaw<unknown[]>`
        SELECT b.id FROM ballot b JOIN audit_event a ON b.xmin = a.xmin WHERE b.round_id = ${round.id}::uuid`;
      expect(audited).toEqual([]);
      expect(new Set((await ballots()).map((b) => b.xmin)).size).toBe(1);
    });

    it('attack 2: no derivation without SECRET_KEY gives a ballot key, and no column joins the tables', async () => {
      const salts = await t.prisma.$queryRaw<unknown[]>`
        SELECT column_name FROM information_schema.columns
         WHERE table_name IN ('vote_round', 'ballot', 'vote_participation') AND column_name LIKE '%salt%'`;
      expect(salts).toEqual([]);
      const keys = new Set((await ballots()).map((b) => b.voterKey));
      expect(keys.size).toBe(6);
      const people = (await t.prisma.person.findMany({ select: { id: true } })).map((p) => p.id);
      const organisations = (await t.prisma.organisation.findMany({ select: { id: true } })).map((o) => o.id);
      const digests = (text: string) => {
        const digest = createHash('sha256').update(text).digest();
        return [digest.toString('hex'), digest.toString('base64url'), digest.toString('base64')];
      };
      for (const id of [...people, ...organisations]) {
        // The old key was sha256(voter_salt:voter id); without the salt, try every other spelling.
        const candidates = [
          id,
          ...[
            id,
            `${round.id}:${id}`,
            `${id}:${round.id}`,
            `${round.id}${id}`,
            `${id}${round.id}`,
            `:${id}`,
          ].flatMap(digests),
        ];
        for (const candidate of candidates)
          expect({ id, linked: keys.has(candidate) }).toEqual({ id, linked: false });
      }
      // With SECRET_KEY (which the database does not hold) the application finds each ballot.
      const key = Buffer.from(
        hkdfSync('sha256', TEST_SECRET_KEY, 'gcm-review-tracker', 'ballot-voter-key', 32),
      );
      for (const voter of voters) {
        const hmac = createHmac('sha256', key).update(`${round.id}:${voter.id}`).digest('base64url');
        expect(keys.has(hmac)).toBe(true);
      }
      // No value of any ballot column appears in any participation column (round_id aside).
      const ballotValues = await t.prisma.$queryRaw<{ value: string }[]>`
        SELECT j.value #>> '{}' AS value FROM ballot b, jsonb_each(to_jsonb(b) - 'round_id') j
         WHERE b.round_id = ${round.id}::uuid`;
      const participationValues = new Set(
        (
          await t.prisma.$queryRaw<{ value: string }[]>`
            SELECT j.value #>> '{}' AS value FROM vote_participation p, jsonb_each(to_jsonb(p) - 'round_id') j
             WHERE p.round_id = ${round.id}::uuid`
        ).map((row) => row.value),
      );
      expect(ballotValues.filter((row) => participationValues.has(row.value))).toEqual([]);
    });

    it('attack 3: ballots lie in content order, so pairing them with participation by row order links nobody', async () => {
      const byCtid = await ballots();
      const canonical = await t.prisma.$queryRaw<{ id: string }[]>`
        SELECT id::text FROM ballot WHERE round_id = ${round.id}::uuid ORDER BY content::text, voter_key`;
      expect(byCtid.map((b) => b.id)).toEqual(canonical.map((b) => b.id));
      const voted = await participation();
      expect(voted).toHaveLength(byCtid.length);
      const correct = voted.filter(
        (p, index) =>
          JSON.stringify(byCtid[index]?.content.picks) === JSON.stringify(trueBallotOf(p.personId)),
      );
      expect(correct).toEqual([]);
      // Nor by id order: ids are fresh at every cast.
      const byId = [...byCtid].sort((a, b) => a.id.localeCompare(b.id));
      expect(byId.map((b) => b.content.picks)).not.toEqual(voters.map((v) => trueBallotOf(v.id)));
    });

    it('after the close, the tally counts every ballot with its final content', async () => {
      await coordinator.post(`/api/votes/${round.id}/close`).expect(200);
      const results = ZVoteResults.parse(
        (await observer.get(`/api/votes/${round.id}/results`).expect(200)).body,
      );
      expect(results).toMatchObject({ ballots: 6, eligible: 6, byOrganisationType: null });
      const value = Object.fromEntries(results.ranking.map((e) => [e.objective, e.value]));
      expect([1, 2, 3, 4, 5, 6].map((objective) => value[objective])).toEqual([1, 2, 1, 0, 2, 1]);
    });
  });

  describe('casting and changing', () => {
    it('serialises casts in a secret round: 12 voters at once, some twice, one ballot each, one xmin', async () => {
      const voters = await stakeholders(12, 'concurrent');
      const round = await createRound({ voterIds: voters.map((v) => v.id) });
      const sends = voters.flatMap((voter, i) => {
        const send = () =>
          voter.client.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1 + (i % 5)] } });
        return i < 4 ? [send(), send()] : [send()];
      });
      expect((await Promise.all(sends)).map((r) => r.status)).toEqual(sends.map(() => 200));
      const rows = await t.prisma.$queryRaw<{ xmin: string; version: number }[]>`
        SELECT xmin::text, version FROM ballot WHERE round_id = ${round.id}::uuid`;
      expect(rows).toHaveLength(12);
      expect(new Set(rows.map((r) => r.xmin)).size).toBe(1);
      expect(new Set(rows.map((r) => r.version))).toEqual(new Set([1]));
      expect(await t.prisma.voteParticipation.count({ where: { roundId: round.id } })).toBe(12);
    });

    it('a voter whose participation was not recorded (the second transaction failed) votes again: one ballot, now recorded', async () => {
      const [voter, other] = await stakeholders(2, 'retry');
      if (!voter || !other) throw new Error('two voters expected');
      const round = await createRound({ voterIds: [voter.id, other.id] });
      await voter.client.put(`/api/votes/${round.id}/ballot`, { content: { picks: [4] } }).expect(200);
      // As if the participation transaction had failed after the ballot's committed.
      await t.prisma.voteParticipation.deleteMany({ where: { roundId: round.id } });
      const view = ZVoteRound.parse((await voter.client.get(`/api/votes/${round.id}`).expect(200)).body);
      expect(view).toMatchObject({ turnout: { ballots: 1 }, me: { voted: false } });
      await voter.client.put(`/api/votes/${round.id}/ballot`, { content: { picks: [5] } }).expect(200);
      expect(
        await t.prisma.ballot.findMany({ where: { roundId: round.id }, select: { content: true } }),
      ).toEqual([{ content: { picks: [5] } }]);
      const again = ZVoteRound.parse((await voter.client.get(`/api/votes/${round.id}`).expect(200)).body);
      expect(again).toMatchObject({ turnout: { ballots: 1 }, me: { voted: true } });
    });

    it('refuses with 409 to change a ballot cast before this version (it can no longer be found), and writes nothing', async () => {
      const [voter, other] = await stakeholders(2, 'legacy');
      if (!voter || !other) throw new Error('two voters expected');
      const round = await createRound({ voterIds: [voter.id, other.id] });
      // What the migration leaves of a ballot cast under the old salted key: a random key, and the participation.
      await t.prisma.ballot.create({
        data: { roundId: round.id, voterKey: `legacy:${randomUUID()}`, content: { picks: [1] } },
      });
      await t.prisma.voteParticipation.create({
        data: { roundId: round.id, voterKey: voter.id, personId: voter.id },
      });
      const before = await fingerprint();
      const refused = await voter.client
        .put(`/api/votes/${round.id}/ballot`, { content: { picks: [2] } })
        .expect(409);
      expect(ZErrorResponse.parse(refused.body)).toMatchObject({
        code: 'CONFLICT',
        message:
          'Your ballot in this secret vote can no longer be told apart from the others (it was cast before an upgrade of the application or a change of its secret key), so it cannot be changed. It is counted as you cast it.',
      });
      expect(await fingerprint()).toEqual(before);
      // Others vote as usual.
      await other.client.put(`/api/votes/${round.id}/ballot`, { content: { picks: [3] } }).expect(200);
      expect(await t.prisma.ballot.count({ where: { roundId: round.id } })).toBe(2);
    });
  });

  it('the coordinator of another review, created by another person, can neither see nor touch a secret round', async () => {
    const outsiderId = await ids.person('outsider@example.org');
    // Starting a review of their own takes the right an administrator grants.
    await t.prisma.person.update({ where: { id: outsiderId }, data: { mayCreateReviews: true } });
    const outsider = await sessionFor(outsiderId);
    const other = await outsider
      .post('/api/reviews', {
        templateKey: 'escap-gcm-review-2020',
        country: 'Nepal',
        cycle: 2024,
        timeZone: 'Asia/Kathmandu',
        finalDueDate: '2024-08-31',
      })
      .expect(201);
    expect(other.body.viewer).toEqual(expect.objectContaining({ role: 'coordinator' }));
    const voters = await stakeholders(2, 'cross');
    const round = await createRound({ voterIds: voters.map((v) => v.id) });
    await voters[0]?.client.put(`/api/votes/${round.id}/ballot`, { content: { picks: [1] } }).expect(200);
    t.clock.advance(73 * HOUR);
    const before = await fingerprint();
    const url = `/api/votes/${round.id}`;
    const attempts: [string, () => request.Test][] = [
      ['GET round', () => outsider.get(url)],
      ['GET ballot', () => outsider.get(`${url}/ballot`)],
      ['PUT ballot', () => outsider.put(`${url}/ballot`, { content: { picks: [2] } })],
      ['GET results', () => outsider.get(`${url}/results`)],
      ['GET results.csv', () => outsider.get(`${url}/results.csv`)],
      ['GET results by type', () => outsider.get(`${url}/results?organisationType=ngo`)],
      ['GET ballots.json', () => outsider.get(`${url}/ballots.json`)],
      ['GET priorities', () => outsider.get(`${url}/priorities`)],
      [
        'PUT priorities',
        () =>
          outsider.put(`${url}/priorities`, {
            version: 1,
            priorities: [{ objective: 1, reason: 'Mine now.' }],
          }),
      ],
      ['POST close', () => outsider.post(`${url}/close`)],
      ['POST remind', () => outsider.post(`${url}/remind`)],
      ['GET the review votes', () => outsider.get(`${reviewUrl}/votes`)],
    ];
    for (const [what, send] of attempts) {
      expect({ what, status: (await send()).status }).toEqual({ what, status: 404 });
    }
    // Nor can they put the first review's people on a vote of their own.
    const refused = await outsider
      .post(`/api/reviews/${other.body.id}/votes`, {
        title: 'Borrowed voters',
        secret: true,
        rules: { method: 'approval', maxPicks: 3 },
        voterIds: voters.map((v) => v.id),
        opensAt: iso(73 * HOUR),
        closesAt: iso(100 * HOUR),
      })
      .expect(400);
    expect(refused.body.fieldErrors.map((e: { path: string }) => e.path)).toEqual([
      'voterIds.0',
      'voterIds.1',
    ]);
    expect(await fingerprint()).toEqual(before);
  });
});
