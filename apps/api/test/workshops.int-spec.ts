import { DEMO_PEOPLE } from '@gcm/db';
import {
  type TWorkshop,
  ZActionItem,
  ZAssignment,
  ZMethodologyDraft,
  ZWorkshop,
  ZWorkshopSummary,
} from '@gcm/domain';
import type request from 'supertest';
import { z } from 'zod';
import { type DemoIds, databaseFingerprint, demoIds, signInDemoCast } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

const TITLE = 'Workshop on the Review of the Implementation of the GCM';

/** The workshop's objectives as question 9 of Mongolia's 2020 review lists them. */
const AGENDA = [
  'To review the GCM objectives and discuss its implementation in Mongolia',
  'To examine the Voluntary GCM Review Survey and agree on a division of labor between relevant authorities in providing inputs for the completion of the survey',
  'To conduct a prioritization exercise identifying the GCM objectives that are most relevant for Mongolia',
  'To brainstorm on potential ideas for a future joint project to be submitted for funding to Migration Multi-Partner Trust Fund (MPTF)',
  'To discuss preliminary ToRs for the establishment of the UN Network on Migration in Mongolia',
];

const OUTCOMES =
  "Achieving its initial objectives, the workshop helped reiterate Mongolia's progress in implementing the GCM, clarify the timeline and division of labor for collecting inputs from all the stakeholders for the compilation and timely submission of the GCM Review Survey of Mongolia. Participants also agreed on recommending that Mongolia becomes a Champion Country for GCM implementation and identified a preliminary list of 12 priority GCM Objectives for Mongolia, to be finalized as part of the Review Survey process.";

/** Rows of the tables the workshop endpoints write, and what a refused request must leave alone. */
async function workshopFingerprint(t: TestApp) {
  const rows = await t.prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT
      (SELECT count(*) FROM workshop) AS workshops,
      (SELECT coalesce(sum(version), 0) FROM workshop) AS workshop_versions,
      (SELECT max(updated_at) FROM workshop) AS workshop_updated,
      (SELECT count(*) FROM workshop_organiser) AS organisers,
      (SELECT string_agg(id::text || attended::text, ',' ORDER BY id) FROM workshop_participant) AS participants,
      (SELECT count(*) FROM action_item) AS action_items,
      (SELECT coalesce(sum(version), 0) FROM action_item) AS action_item_versions,
      (SELECT count(*) FROM outbox_message) AS outbox`;
  return {
    ...(await databaseFingerprint(t)),
    ...Object.fromEntries(Object.entries(rows[0] ?? {}).map(([key, value]) => [key, String(value)])),
  };
}

describe('workshops: the 19 October 2020 stakeholder workshop', () => {
  let t: TestApp;
  let ids: DemoIds;
  let coordinator: request.Agent;
  let mlsp: request.Agent;
  let unicef: request.Agent;
  let observer: request.Agent;
  let outsider: request.Agent;
  let reviewUrl: string;
  let workshop: TWorkshop;

  beforeAll(async () => {
    t = await bootTestApp();
    ids = demoIds(t);
    reviewUrl = `/api/reviews/${ids.reviewId}`;
    ({ coordinator, contributor: mlsp, stakeholder: unicef, observer, outsider } = await signInDemoCast(t));
  });

  afterAll(async () => {
    await t.close();
  });

  const workshopUrl = () => `/api/workshops/${workshop.id}`;

  describe('recording the workshop', () => {
    it('the coordinator records it with its agenda, outcomes and organisers (MFA with IOM)', async () => {
      const response = await coordinator
        .post(`${reviewUrl}/workshops`)
        .send({
          title: TITLE,
          startsAt: '2020-10-19T09:00:00+08:00',
          endsAt: '2020-10-19T17:00:00+08:00',
          place: 'Ulaanbaatar',
          agenda: AGENDA,
          outcomes: OUTCOMES,
          organiserIds: [await ids.organisation('IOM'), await ids.organisation('MFA')],
        })
        .expect(201);
      workshop = ZWorkshop.parse(response.body);
      expect(workshop).toMatchObject({
        reviewId: ids.reviewId,
        title: TITLE,
        startsAt: '2020-10-19T01:00:00.000Z',
        endsAt: '2020-10-19T09:00:00.000Z',
        mode: 'in_person',
        place: 'Ulaanbaatar',
        agenda: AGENDA,
        minutes: '',
        outcomes: OUTCOMES,
        participants: [],
        actionItems: [],
        attendance: { byType: [], organisations: 0, people: 0, text: '' },
        version: 1,
      });
      // The coordinating organisation convened it, so it comes first.
      expect(workshop.organisers.map((o) => o.shortName)).toEqual(['MFA', 'IOM']);
      const events = await t.prisma.auditEvent.findMany({ where: { targetId: workshop.id } });
      expect(events).toMatchObject([
        { action: 'workshop.created', targetType: 'workshop', after: { title: TITLE, agenda: AGENDA } },
      ]);
    });

    it('refuses other roles (403) and outsiders (404), writing nothing', async () => {
      const before = await workshopFingerprint(t);
      const body = { title: 'Another', startsAt: '2020-10-20T09:00:00+08:00' };
      for (const agent of [mlsp, unicef, observer]) {
        const response = await agent.post(`${reviewUrl}/workshops`).send(body).expect(403);
        expect(response.body.message).toBe('Only the coordinator can record workshops');
      }
      await outsider.post(`${reviewUrl}/workshops`).send(body).expect(404);
      await outsider.get(`${reviewUrl}/workshops`).expect(404);
      await outsider.get(workshopUrl()).expect(404);
      expect(await workshopFingerprint(t)).toEqual(before);
    });

    it('refuses organisers outside the review, repeated organisers and an end before the start (400)', async () => {
      const stranger = await t.prisma.organisation.create({
        data: { name: 'Embassy elsewhere', type: 'other', country: 'Elsewhere' },
      });
      const mfa = await ids.organisation('MFA');
      const before = await workshopFingerprint(t);
      const outside = await coordinator
        .post(`${reviewUrl}/workshops`)
        .send({ title: 'X', startsAt: '2020-10-20T09:00:00+08:00', organiserIds: [mfa, stranger.id, mfa] })
        .expect(400);
      expect(outside.body.fieldErrors).toEqual([
        { path: 'organiserIds.2', message: 'is listed twice' },
        { path: 'organiserIds.1', message: 'is not an organisation taking part in this review' },
      ]);
      const backwards = await coordinator
        .post(`${reviewUrl}/workshops`)
        .send({ title: 'X', startsAt: '2020-10-20T09:00:00+08:00', endsAt: '2020-10-20T08:00:00+08:00' })
        .expect(400);
      expect(backwards.body.fieldErrors).toEqual([
        { path: 'endsAt', message: 'must not be before startsAt' },
      ]);
      const noTitle = await coordinator
        .post(`${reviewUrl}/workshops`)
        .send({ title: '  ', startsAt: 'yesterday' })
        .expect(400);
      expect(noTitle.body.fieldErrors).toEqual(
        expect.arrayContaining([
          { path: 'title', message: 'is required' },
          { path: 'startsAt', message: 'must be a date and time such as 2020-10-19T09:00:00+08:00' },
        ]),
      );
      expect(await workshopFingerprint(t)).toEqual(before);
    });
  });

  describe('participants and attendance', () => {
    it('records who came: 7 government institutions, 8 UN agencies + UNRCO and the umbrella NGO', async () => {
      const organisations = await t.prisma.organisation.findMany({
        where: { reviews: { some: { reviewId: ids.reviewId } } },
        include: { people: { select: { id: true, email: true } } },
        orderBy: { name: 'asc' },
      });
      expect(organisations).toHaveLength(17);
      const demoEmails = new Set(DEMO_PEOPLE.map((p) => p.email));
      const participants = organisations.map((organisation) => {
        const person = organisation.people.find((p) => demoEmails.has(p.email));
        return person
          ? { organisationId: organisation.id, personId: person.id, attended: true }
          : {
              organisationId: organisation.id,
              name: `Delegate of ${organisation.shortName}`,
              attended: true,
            };
      });
      const mlspId = await ids.organisation('MLSP');
      const ndaId = await ids.organisation('NDA');
      participants.push(
        // A second person from MLSP: one more person, not one more institution.
        { organisationId: mlspId, name: 'Deputy director, MLSP', attended: true },
        // Invited but did not come: not counted.
        { organisationId: ndaId, name: 'Head of regional planning, NDA', attended: false },
      );
      const response = await coordinator
        .put(`${workshopUrl()}/participants`)
        .send({ version: workshop.version, participants })
        .expect(200);
      workshop = ZWorkshop.parse(response.body);
      expect(workshop.version).toBe(2);
      expect(workshop.participants).toHaveLength(19);
      expect(workshop.attendance).toEqual({
        byType: [
          { type: 'ministry_agency', organisations: 7, people: 8 },
          { type: 'un_entity', organisations: 9, people: 9 },
          { type: 'ngo', organisations: 1, people: 1 },
        ],
        organisations: 17,
        people: 18,
        text: '7 government institutions, 9 UN entities and 1 NGO',
      });
      const coordinatorSeat = workshop.participants.find((p) => p.person?.email === DEMO.coordinator);
      expect(coordinatorSeat).toMatchObject({
        invited: true,
        attended: true,
        organisation: { shortName: 'MFA' },
      });
      const events = await t.prisma.auditEvent.findMany({
        where: { targetId: workshop.id, action: 'workshop.participants_set' },
      });
      expect(events).toMatchObject([
        {
          before: { version: 1, participants: 0, attended: 0 },
          after: { version: 2, participants: 19, attended: 18, text: workshop.attendance.text },
        },
      ]);
    });

    it('refuses a stale version with 409 and the current workshop, changing nothing', async () => {
      const before = await workshopFingerprint(t);
      const response = await coordinator
        .put(`${workshopUrl()}/participants`)
        .send({ version: 1, participants: [] })
        .expect(409);
      expect(response.body.message).toContain('you edited version 1, it is now version 2');
      expect(response.body.details.current).toMatchObject({ id: workshop.id, version: 2 });
      expect(await workshopFingerprint(t)).toEqual(before);
    });

    it('refuses people outside the review, a person twice and a seat without a person or name (400)', async () => {
      const outsiderId = await ids.person('outsider@example.org');
      const mlspPerson = await ids.person(DEMO.contributor);
      const mlspId = await ids.organisation('MLSP');
      const before = await workshopFingerprint(t);
      const response = await coordinator
        .put(`${workshopUrl()}/participants`)
        .send({
          version: workshop.version,
          participants: [
            { organisationId: mlspId, personId: outsiderId },
            { organisationId: mlspId, personId: mlspPerson },
            { organisationId: mlspId, personId: mlspPerson },
            { organisationId: mlspId },
          ],
        })
        .expect(400);
      expect(response.body.fieldErrors).toEqual([
        { path: 'participants.0.personId', message: 'is not a member of this review' },
        { path: 'participants.2.personId', message: 'is listed twice' },
        { path: 'participants.3.name', message: 'give a person of the review or a name' },
      ]);
      expect(await workshopFingerprint(t)).toEqual(before);
    });

    it('every member reads the workshop and the list; the attendance text is in both', async () => {
      for (const agent of [coordinator, mlsp, unicef, observer]) {
        const one = ZWorkshop.parse((await agent.get(workshopUrl()).expect(200)).body);
        expect(one.attendance.text).toBe('7 government institutions, 9 UN entities and 1 NGO');
      }
      const list = z
        .object({ workshops: z.array(ZWorkshopSummary) })
        .parse((await unicef.get(`${reviewUrl}/workshops`).expect(200)).body);
      expect(list.workshops).toEqual([
        {
          id: workshop.id,
          title: TITLE,
          startsAt: workshop.startsAt,
          mode: 'in_person',
          place: 'Ulaanbaatar',
          attendance: workshop.attendance,
        },
      ]);
      await coordinator.get('/api/workshops/00000000-0000-4000-8000-000000000000').expect(404);
      await coordinator.get('/api/workshops/not-a-uuid').expect(400);
    });
  });

  describe('changing the workshop', () => {
    it('applies a change with the current version and refuses a stale one with 409', async () => {
      const response = await coordinator
        .patch(workshopUrl())
        .send({
          version: workshop.version,
          minutes: 'Opened by the Director-General of the Consular Department.',
        })
        .expect(200);
      const updated = ZWorkshop.parse(response.body);
      expect(updated).toMatchObject({
        version: 3,
        minutes: 'Opened by the Director-General of the Consular Department.',
      });
      expect(updated.participants).toHaveLength(19);
      const before = await workshopFingerprint(t);
      const stale = await coordinator.patch(workshopUrl()).send({ version: 2, place: 'Online' }).expect(409);
      expect(stale.body.details.current).toMatchObject({ version: 3, place: 'Ulaanbaatar' });
      await coordinator.patch(workshopUrl()).send({ version: 3 }).expect(400);
      await coordinator
        .patch(workshopUrl())
        .send({ version: 3, endsAt: '2020-10-18T09:00:00+08:00' })
        .expect(400);
      await mlsp.patch(workshopUrl()).send({ version: 3, place: 'Online' }).expect(403);
      expect(await workshopFingerprint(t)).toEqual(before);
      const audit = await t.prisma.auditEvent.findFirstOrThrow({
        where: { targetId: workshop.id, action: 'workshop.updated' },
      });
      expect(audit).toMatchObject({
        before: { version: 2, minutes: '' },
        after: { version: 3, minutes: 'Opened by the Director-General of the Consular Department.' },
      });
      workshop = updated;
    });
  });

  describe('action items', () => {
    let actionItemId: string;

    it('records an action item for MLSP and marks it done, with versions', async () => {
      const mlspId = await ids.organisation('MLSP');
      const created = ZActionItem.parse(
        (
          await coordinator
            .post(`${workshopUrl()}/action-items`)
            .send({
              text: 'Send the employment statistics for question 1b',
              ownerOrganisationId: mlspId,
              dueDate: '2026-12-10',
            })
            .expect(201)
        ).body,
      );
      actionItemId = created.id;
      expect(created).toMatchObject({
        ownerOrganisation: { id: mlspId, shortName: 'MLSP' },
        dueDate: '2026-12-10',
        state: 'open',
        version: 1,
      });
      const done = ZActionItem.parse(
        (
          await coordinator
            .patch(`/api/action-items/${actionItemId}`)
            .send({ version: 1, state: 'done' })
            .expect(200)
        ).body,
      );
      expect(done).toMatchObject({ state: 'done', version: 2, text: created.text });
      const shown = ZWorkshop.parse((await observer.get(workshopUrl()).expect(200)).body);
      expect(shown.actionItems).toEqual([done]);
    });

    it('refuses a stale version (409), other roles (403), and an owner outside the review (400)', async () => {
      const stranger = await t.prisma.organisation.findFirstOrThrow({ where: { name: 'Embassy elsewhere' } });
      const before = await workshopFingerprint(t);
      const stale = await coordinator
        .patch(`/api/action-items/${actionItemId}`)
        .send({ version: 1, state: 'dropped' })
        .expect(409);
      expect(stale.body.details.current).toMatchObject({ state: 'done', version: 2 });
      await mlsp
        .patch(`/api/action-items/${actionItemId}`)
        .send({ version: 2, state: 'dropped' })
        .expect(403);
      await outsider
        .patch(`/api/action-items/${actionItemId}`)
        .send({ version: 2, state: 'dropped' })
        .expect(404);
      await unicef.post(`${workshopUrl()}/action-items`).send({ text: 'Vote' }).expect(403);
      const outside = await coordinator
        .post(`${workshopUrl()}/action-items`)
        .send({ text: 'Ask the embassy', ownerOrganisationId: stranger.id })
        .expect(400);
      expect(outside.body.fieldErrors).toEqual([
        { path: 'ownerOrganisationId', message: 'is not an organisation taking part in this review' },
      ]);
      expect(await workshopFingerprint(t)).toEqual(before);
    });
  });

  describe('the division of labour agreed at the workshop', () => {
    it('becomes assignments, with the same e-mails as the matrix and an audit event on the workshop', async () => {
      const gdbp = await ids.organisation('GDBP');
      const npa = await ids.organisation('NPA');
      const response = await coordinator
        .post(`${workshopUrl()}/division-of-labour`)
        .send({
          dueDate: '2026-12-15',
          items: [
            { questionCode: '2b', organisationId: gdbp, role: 'lead' },
            { questionCode: '2b', organisationId: npa, role: 'contributing' },
          ],
        })
        .expect(201);
      const assignments = z.array(ZAssignment).parse(response.body.assignments);
      expect(assignments.map((a) => [a.question.code, a.organisation.shortName, a.role, a.dueDate])).toEqual([
        ['2b', 'GDBP', 'lead', '2026-12-15'],
        ['2b', 'NPA', 'contributing', '2026-12-15'],
      ]);
      const mails = await t.prisma.outboxMessage.findMany({
        where: { assignmentId: { in: assignments.map((a) => a.id) }, kind: 'assignment.created' },
      });
      expect(mails.map((m) => m.toAddresses).sort()).toEqual([
        [DEMO.borderContributor],
        ['focal.point@police.mn.example'],
      ]);
      const reminders = await t.prisma.outboxMessage.count({
        where: { assignmentId: { in: assignments.map((a) => a.id) }, kind: { startsWith: 'reminder.' } },
      });
      expect(reminders).toBeGreaterThan(0);
      const event = await t.prisma.auditEvent.findFirstOrThrow({
        where: { targetId: workshop.id, action: 'workshop.division_of_labour' },
        include: { actor: { select: { email: true } } },
      });
      expect(event).toMatchObject({
        actor: { email: DEMO.coordinator },
        after: {
          dueDate: '2026-12-15',
          assignments: [
            { id: assignments[0]?.id, questionCode: '2b', organisationId: gdbp, role: 'lead' },
            { id: assignments[1]?.id, questionCode: '2b', organisationId: npa, role: 'contributing' },
          ],
        },
      });
    });

    it('refuses a second lead or a repeated pair with 409 and assigns nothing of the batch', async () => {
      const before = await workshopFingerprint(t);
      const response = await coordinator
        .post(`${workshopUrl()}/division-of-labour`)
        .send({
          dueDate: '2026-12-15',
          items: [
            { questionCode: '8', organisationId: await ids.organisation('IAM'), role: 'contributing' },
            { questionCode: '2b', organisationId: await ids.organisation('IAM'), role: 'lead' },
            { questionCode: '2b', organisationId: await ids.organisation('NPA'), role: 'contributing' },
          ],
        })
        .expect(409);
      expect(response.body.message).toMatch(/^Nothing was assigned: /);
      expect(response.body.fieldErrors).toEqual([
        {
          path: 'items.1.role',
          message: 'question 2b already has a lead organisation (GDBP); a question has one lead',
        },
        { path: 'items.2.organisationId', message: 'question 2b is already assigned to NPA' },
      ]);
      expect(await workshopFingerprint(t)).toEqual(before);
    });

    it('refuses unknown questions and organisations (400) and other roles (403), writing nothing', async () => {
      const stranger = await t.prisma.organisation.findFirstOrThrow({ where: { name: 'Embassy elsewhere' } });
      const before = await workshopFingerprint(t);
      const bad = await coordinator
        .post(`${workshopUrl()}/division-of-labour`)
        .send({
          dueDate: '2026-12-15',
          items: [
            { questionCode: '8', organisationId: await ids.organisation('IAM'), role: 'contributing' },
            { questionCode: '99', organisationId: stranger.id, role: 'lead' },
          ],
        })
        .expect(400);
      expect(bad.body.fieldErrors).toEqual([
        { path: 'items.1.questionCode', message: 'is not a question of this review' },
        { path: 'items.1.organisationId', message: 'is not an organisation taking part in this review' },
      ]);
      const body = {
        dueDate: '2026-12-15',
        items: [{ questionCode: '8', organisationId: await ids.organisation('IAM'), role: 'contributing' }],
      };
      await mlsp.post(`${workshopUrl()}/division-of-labour`).send(body).expect(403);
      await outsider.post(`${workshopUrl()}/division-of-labour`).send(body).expect(404);
      expect(await workshopFingerprint(t)).toEqual(before);
    });
  });

  describe('the methodology draft (question 9)', () => {
    const expectedFirstBlock = [
      `On 19 October 2020, the Ministry of Foreign Affairs of Mongolia, in cooperation with IOM Mongolia, organized the workshop "${TITLE}". It was attended by representatives of 7 government institutions, 9 UN entities and 1 NGO. The workshop aimed to:`,
      ...AGENDA.map((item) => `- ${item}`),
      '',
      OUTCOMES,
    ].join('\n');

    it('drafts the paragraph of question 9 from the recorded workshop', async () => {
      const draft = ZMethodologyDraft.parse(
        (await coordinator.get(`${reviewUrl}/methodology-draft`).expect(200)).body,
      );
      expect(draft.body).toBe(expectedFirstBlock);
      expect(draft.body).toContain('identified a preliminary list of 12 priority GCM Objectives');
    });

    it('adds later workshops in date order and the finalised priority vote at the end', async () => {
      await coordinator
        .post(`${reviewUrl}/workshops`)
        .send({ title: 'Validation meeting', startsAt: '2020-11-20T10:00:00+08:00', mode: 'online' })
        .expect(201);
      const round = await t.prisma.voteRound.create({
        data: {
          reviewId: ids.reviewId,
          workshopId: workshop.id,
          title: 'Priority GCM objectives for Mongolia',
          method: 'approval',
          rules: { method: 'approval', maxPicks: 12 },
          options: Array.from({ length: 23 }, (_, i) => i + 1),
          opensAt: new Date('2020-10-19T02:00:00Z'),
          closesAt: new Date('2020-10-19T08:00:00Z'),
          finalisedAt: new Date('2020-10-20T02:00:00Z'),
          eligible: {
            create: [
              { personId: await ids.person(DEMO.stakeholder) },
              { personId: await ids.person(DEMO.contributor) },
            ],
          },
          ballots: { create: [{ voterKey: 'k', content: { picks: [1] } }] },
          priorities: {
            create: [1, 2, 3].map((objective, index) => ({
              objective,
              position: index + 1,
              reason: 'Because',
            })),
          },
        },
      });
      const draft = ZMethodologyDraft.parse(
        (await observer.get(`${reviewUrl}/methodology-draft`).expect(200)).body,
      );
      expect(draft.body).toBe(
        [
          expectedFirstBlock,
          'On 20 November 2020, the workshop "Validation meeting" was held.',
          `The priorities were then put to the vote "${round.title}" (1 of 2 eligible voters took part), which led to the list of 3 priority GCM objectives presented in question 7.`,
        ].join('\n\n'),
      );
      await mlsp.get(`${reviewUrl}/methodology-draft`).expect(200);
    });

    it('is not for stakeholders (403) nor outsiders (404)', async () => {
      const response = await unicef.get(`${reviewUrl}/methodology-draft`).expect(403);
      expect(response.body.message).toBe(
        'Only the coordinator or a contributor or an observer can read the methodology draft',
      );
      await outsider.get(`${reviewUrl}/methodology-draft`).expect(404);
    });
  });
});
