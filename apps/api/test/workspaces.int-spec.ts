import { DEMO_ORGANISATIONS } from '@gcm/db';
import {
  DIRECTORY_IMPORT_COLUMNS,
  ZDirectoryImportResult,
  ZDirectoryOrganisationList,
  ZDirectoryPersonList,
  ZWorkspaceList,
} from '@gcm/domain';
import request from 'supertest';
import { invitationTokenFor } from './support/invitations';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/**
 * Country workspaces: Mongolia (the demo, coordinated by the demo coordinator) and Kazakhstan
 * (started by the administrator, coordinated by someone else). Each country's organisations and
 * people are its own; the directory is reused by the country's next review and kept across cycles.
 */
describe('country workspaces', () => {
  let t: TestApp;
  let mongolia: request.Agent;
  let kazakh: request.Agent;
  let admin: request.Agent;
  let mnReview: string;
  let kzReview: string;
  let mnSpace: string;
  let kzSpace: string;
  const KZ = 'coordinator@mfa.kz.example';

  /** Rows of the directory tables and their audit events, to prove a refused write wrote nothing. */
  async function fingerprint(): Promise<number[]> {
    return Promise.all([
      t.prisma.organisation.count(),
      t.prisma.workspaceContact.count(),
      t.prisma.person.count(),
      t.prisma.reviewOrganisation.count(),
      t.prisma.auditEvent.count(),
    ]);
  }

  beforeAll(async () => {
    t = await bootTestApp();
    mnReview = t.demoReviewId as string;
    mongolia = await t.signIn(DEMO.coordinator);
    admin = await t.signIn(DEMO.administrator);
    const started = await admin
      .post('/api/instance/reviews')
      .send({
        templateKey: 'escap-gcm-review-2020',
        country: 'Kazakhstan',
        cycle: 2024,
        timeZone: 'Asia/Almaty',
        finalDueDate: '2024-08-31',
        coordinator: { email: KZ, name: 'A. Nurlanovna' },
      })
      .expect(201);
    kzReview = started.body.id;
    const token = await invitationTokenFor(t, KZ);
    await request(t.app.getHttpServer())
      .post(`/api/invitations/${token}/accept`)
      .set('Origin', t.config.publicUrl)
      .send({ password: 'kazakh coordinator password' })
      .expect(200);
    kazakh = await t.signIn(KZ, 'kazakh coordinator password');
    mnSpace = (await mongolia.get(`/api/reviews/${mnReview}`).expect(200)).body.workspaceId;
    kzSpace = (await kazakh.get(`/api/reviews/${kzReview}`).expect(200)).body.workspaceId;
  });

  afterAll(() => t.close());

  it('lists each coordinator their own country only; the administrator sees counts of every one', async () => {
    const mine = ZWorkspaceList.parse((await mongolia.get('/api/workspaces').expect(200)).body);
    expect(mine.workspaces.map((w) => [w.country, w.reviews.map((r) => r.id)])).toEqual([
      ['Mongolia', [mnReview]],
    ]);
    expect(mine.workspaces[0]?.organisationCount).toBe(DEMO_ORGANISATIONS.length);
    const theirs = ZWorkspaceList.parse((await kazakh.get('/api/workspaces').expect(200)).body);
    expect(theirs.workspaces.map((w) => w.country)).toEqual(['Kazakhstan']);
    expect(theirs.workspaces[0]?.peopleCount).toBe(1);
    const all = ZWorkspaceList.parse((await admin.get('/api/workspaces').expect(200)).body);
    expect(all.workspaces.map((w) => w.country)).toEqual(['Kazakhstan', 'Mongolia']);
    // The administrator does not read a directory's contents.
    await admin.get(`/api/workspaces/${mnSpace}/people`).expect(404);
  });

  it('keeps one country’s directory out of reach of the other: every route answers 404 and writes nothing', async () => {
    const organisation = (await t.prisma.organisation.findFirstOrThrow({ where: { workspaceId: mnSpace } }))
      .id;
    const person = (await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.contributor } })).id;
    const before = await fingerprint();
    const base = `/api/workspaces/${mnSpace}`;
    await kazakh.get(`${base}/organisations`).expect(404);
    await kazakh.get(`${base}/organisations?archived=true`).expect(404);
    await kazakh.get(`${base}/people`).expect(404);
    await kazakh.get(`${base}/import/template`).expect(404);
    await kazakh.post(`${base}/import`).send({ csv: 'organisation\nX' }).expect(404);
    await kazakh.post(`${base}/organisations`).send({ name: 'Planted', type: 'ngo' }).expect(404);
    await kazakh.patch(`${base}/organisations/${organisation}`).send({ name: 'Renamed' }).expect(404);
    await kazakh.delete(`${base}/organisations/${organisation}`).expect(404);
    await kazakh.post(`${base}/people`).send({ email: 'x@kz.example', name: 'X' }).expect(404);
    await kazakh.patch(`${base}/people/${person}`).send({ archived: true }).expect(404);
    await kazakh.delete(`${base}/people/${person}`).expect(404);
    // Nor through its own workspace's routes with the other country's ids.
    await kazakh
      .patch(`/api/workspaces/${kzSpace}/organisations/${organisation}`)
      .send({ name: 'Renamed' })
      .expect(404);
    await kazakh.patch(`/api/workspaces/${kzSpace}/people/${person}`).send({ archived: true }).expect(404);
    await kazakh
      .post(`/api/workspaces/${kzSpace}/people`)
      .send({ email: 'y@kz.example', name: 'Y', organisationId: organisation })
      .expect(400);
    // Nor through its review: a Mongolian organisation cannot be made to take part in Kazakhstan's review.
    await kazakh.put(`/api/reviews/${kzReview}/organisations/${organisation}`).expect(404);
    expect(await fingerprint()).toEqual(before);
    // The Mongolian contributor (no coordinator) has no directory access either.
    const contributor = await t.signIn(DEMO.contributor);
    await contributor.get(`${base}/organisations`).expect(404);
    expect(
      ZWorkspaceList.parse((await contributor.get('/api/workspaces').expect(200)).body).workspaces,
    ).toEqual([]);
  });

  it('adds, renames, archives, restores and deletes directory organisations, each with an audit event', async () => {
    const base = `/api/workspaces/${kzSpace}/organisations`;
    const created = await kazakh
      .post(base)
      .send({ name: 'Migration Service', shortName: 'MS', type: 'ministry_agency' })
      .expect(201);
    expect(created.body).toMatchObject({
      name: 'Migration Service',
      archivedAt: null,
      reviewCount: 0,
      deletable: true,
    });
    const id = created.body.id as string;
    await kazakh.post(base).send({ name: 'Migration Service', type: 'ngo' }).expect(409);
    await kazakh.patch(`${base}/${id}`).send({ name: 'Migration Service of Kazakhstan' }).expect(200);
    // In the review, it is taken from the directory, and then it cannot be deleted.
    await kazakh.put(`/api/reviews/${kzReview}/organisations/${id}`).expect(200);
    await kazakh.put(`/api/reviews/${kzReview}/organisations/${id}`).expect(200);
    const refused = await kazakh.delete(`${base}/${id}`).expect(409);
    expect(refused.body.message).toBe(
      'Migration Service of Kazakhstan cannot be deleted while something refers to it (1 review): archive it instead',
    );
    const archived = await kazakh.patch(`${base}/${id}`).send({ archived: true }).expect(200);
    expect(archived.body.archivedAt).not.toBeNull();
    const current = ZDirectoryOrganisationList.parse((await kazakh.get(base).expect(200)).body);
    expect(current.organisations.map((o) => o.name)).not.toContain('Migration Service of Kazakhstan');
    const withArchived = ZDirectoryOrganisationList.parse(
      (await kazakh.get(`${base}?archived=true`).expect(200)).body,
    );
    expect(withArchived.organisations.map((o) => o.name)).toContain('Migration Service of Kazakhstan');
    // Archived: hidden from new work, but still in the review it already took part in.
    await kazakh.delete(`/api/reviews/${kzReview}/organisations/${id}`).expect(204);
    const again = await kazakh.put(`/api/reviews/${kzReview}/organisations/${id}`).expect(409);
    expect(again.body.message).toMatch(/archived in the Kazakhstan directory: restore it/);
    await kazakh
      .post(`/api/reviews/${kzReview}/organisations`)
      .send({ name: 'Migration Service of Kazakhstan', type: 'ministry_agency' })
      .expect(409);
    await kazakh.patch(`${base}/${id}`).send({ archived: false }).expect(200);
    await kazakh.delete(`${base}/${id}`).expect(204);
    const actions = await t.prisma.auditEvent.findMany({
      where: { workspaceId: kzSpace, targetId: id },
      orderBy: { id: 'asc' },
      select: { action: true, reviewId: true },
    });
    expect(actions.map((a) => a.action)).toEqual([
      'organisation.added',
      'organisation.updated',
      'organisation.archived',
      'organisation.restored',
      'organisation.deleted',
    ]);
    expect(await t.prisma.auditEvent.count({ where: { reviewId: kzReview, targetId: id } })).toBe(2);
  });

  it('adds people without changing an account that exists elsewhere, and refuses to delete one the reviews refer to', async () => {
    const base = `/api/workspaces/${mnSpace}/people`;
    const mfa = (
      await t.prisma.organisation.findFirstOrThrow({ where: { workspaceId: mnSpace, shortName: 'MFA' } })
    ).id;
    // The Kazakh coordinator's address, typed with another name: the account keeps its own.
    const added = await mongolia
      .post(base)
      .send({ email: KZ, name: 'Someone Else', organisationId: mfa })
      .expect(201);
    expect(added.body).toMatchObject({ email: KZ, name: 'A. Nurlanovna', deletable: true, reviewCount: 0 });
    const account = await t.prisma.person.findUniqueOrThrow({ where: { email: KZ } });
    expect(account.name).toBe('A. Nurlanovna');
    // Being in Mongolia's directory gives no access to Mongolia's review.
    await kazakh.get(`/api/reviews/${mnReview}`).expect(404);
    await mongolia.post(base).send({ email: KZ, name: 'Again' }).expect(409);
    const titled = await mongolia
      .patch(`${base}/${account.id}`)
      .send({ title: 'Consultant', archived: true })
      .expect(200);
    expect(titled.body).toMatchObject({ title: 'Consultant' });
    const people = ZDirectoryPersonList.parse((await mongolia.get(base).expect(200)).body);
    expect(people.people.map((p) => p.email)).not.toContain(KZ);
    await mongolia.delete(`${base}/${account.id}`).expect(204);

    const member = await t.prisma.person.findUniqueOrThrow({ where: { email: DEMO.contributor } });
    const refused = await mongolia.delete(`${base}/${member.id}`).expect(409);
    expect(refused.body.message).toMatch(/refer to them \(1 review membership, .*\): archive them instead/);
  });

  it('imports organisations and people from CSV: a preview per row, nothing written when a row is wrong', async () => {
    const template = await kazakh.get(`/api/workspaces/${kzSpace}/import/template`).expect(200);
    expect(template.headers['content-type']).toMatch(/^text\/csv/);
    expect(template.text.split('\r\n')[0]).toBe(DIRECTORY_IMPORT_COLUMNS.join(','));

    const header = DIRECTORY_IMPORT_COLUMNS.join(';');
    const wrong = [
      header,
      'Ministry of Labour and Social Protection of Population;MLSPP;Ministry or agency;Aigerim S.;aigerim@enbek.kz.example;Director',
      'Ministry of Labour and Social Protection of Population;MLSPP;ministry_agency;Dana K.;dana@enbek.kz.example;',
      'Committee for Migration;;council;;;',
      ';;ngo;Nobody;nobody@example.org;',
      'IOM Kazakhstan;IOM;un_entity;Bad Address;not-an-address;',
      'IOM Kazakhstan;IOM;un_entity;Twice;aigerim@enbek.kz.example;',
    ].join('\n');
    const before = await fingerprint();
    const preview = ZDirectoryImportResult.parse(
      (
        await kazakh
          .post(`/api/workspaces/${kzSpace}/import`)
          .send({ csv: `\uFEFF${wrong}` })
          .expect(200)
      ).body,
    );
    expect(preview.committed).toBe(false);
    expect(preview.rows.map((row) => [row.line, row.errors.length > 0])).toEqual([
      [2, false],
      [3, false],
      [4, true],
      [5, true],
      [6, true],
      [7, true],
    ]);
    expect(preview.rows[2]?.errors[0]).toMatch(
      /^type "council" is not one of ministry_agency \(Ministry or agency\)/,
    );
    expect(preview.rows[3]?.errors).toEqual(['organisation is required']);
    expect(preview.rows[4]?.errors[0]).toMatch(/^contact_email /);
    expect(preview.rows[5]?.errors).toEqual(['aigerim@enbek.kz.example is already on line 2']);
    expect(preview.errorCount).toBe(4);
    const refused = await kazakh
      .post(`/api/workspaces/${kzSpace}/import`)
      .send({ csv: wrong, commit: true, reviewId: kzReview })
      .expect(422);
    expect(refused.body.message).toBe(
      'Nothing was imported: 4 rows have errors. Correct the file and try again.',
    );
    expect(ZDirectoryImportResult.parse(refused.body.details).errorCount).toBe(4);
    expect(await fingerprint()).toEqual(before);

    const unreadable = await kazakh
      .post(`/api/workspaces/${kzSpace}/import`)
      .send({ csv: 'name,kind\nX,ngo', commit: true })
      .expect(422);
    expect(unreadable.body.message).toMatch(/^The first line must name the template’s columns/);

    const right = wrong.split('\n').slice(0, 3).concat('IOM Kazakhstan;IOM;UN entity;;;').join('\n');
    const done = ZDirectoryImportResult.parse(
      (
        await kazakh
          .post(`/api/workspaces/${kzSpace}/import`)
          .send({ csv: right, commit: true, reviewId: kzReview })
          .expect(200)
      ).body,
    );
    expect(done).toMatchObject({ committed: true, organisationsNew: 2, peopleNew: 2, errorCount: 0 });
    const inReview = await kazakh.get(`/api/reviews/${kzReview}/organisations`).expect(200);
    expect(inReview.body.organisations.map((o: { shortName: string }) => o.shortName).sort()).toEqual([
      'IOM',
      'MLSPP',
    ]);
    const people = ZDirectoryPersonList.parse(
      (await kazakh.get(`/api/workspaces/${kzSpace}/people`).expect(200)).body,
    );
    expect(people.people.map((p) => [p.email, p.organisation?.shortName ?? null, p.title])).toEqual(
      expect.arrayContaining([
        ['aigerim@enbek.kz.example', 'MLSPP', 'Director'],
        ['dana@enbek.kz.example', 'MLSPP', null],
      ]),
    );
    // The same file again: everything exists, nothing new.
    const repeat = ZDirectoryImportResult.parse(
      (await kazakh.post(`/api/workspaces/${kzSpace}/import`).send({ csv: right }).expect(200)).body,
    );
    expect(repeat.rows.map((row) => [row.organisationAction, row.personAction])).toEqual([
      ['existing', 'existing'],
      ['existing', 'existing'],
      ['existing', 'none'],
    ]);
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'directory.imported' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ workspaceId: kzSpace, reviewId: kzReview, actorId: expect.any(String) });
    // Nothing of it reached Mongolia.
    const mn = ZDirectoryOrganisationList.parse(
      (await mongolia.get(`/api/workspaces/${mnSpace}/organisations`).expect(200)).body,
    );
    expect(mn.organisations.map((o) => o.name)).not.toContain('IOM Kazakhstan');
  });

  it("reuses the directory for the country's next cycle, started only by its own coordinators or an administrator", async () => {
    const next = {
      templateKey: 'escap-gcm-review-2020',
      country: 'Kazakhstan',
      cycle: 2028,
      timeZone: 'Asia/Almaty',
      finalDueDate: '2028-08-31',
    };
    // The demo coordinator may start reviews, but not one for Kazakhstan: that would open its directory.
    const refused = await mongolia.post('/api/reviews').send(next).expect(403);
    expect(refused.body.message).toMatch(/^Kazakhstan already has reviews on this installation/);
    const kzAccount = await t.prisma.person.findUniqueOrThrow({ where: { email: KZ } });
    await t.prisma.person.update({ where: { id: kzAccount.id }, data: { mayCreateReviews: true } });
    const created = await kazakh.post('/api/reviews').send(next).expect(201);
    const detail = await kazakh.get(`/api/reviews/${created.body.id}`).expect(200);
    expect(detail.body.workspaceId).toBe(kzSpace);
    const iom = await t.prisma.organisation.findFirstOrThrow({
      where: { workspaceId: kzSpace, name: 'IOM Kazakhstan' },
    });
    await kazakh.put(`/api/reviews/${created.body.id}/organisations/${iom.id}`).expect(200);
    const listed = ZWorkspaceList.parse((await kazakh.get('/api/workspaces').expect(200)).body);
    expect(listed.workspaces[0]?.reviews.map((r) => r.cycle)).toEqual([2024, 2028]);
  });

  it('makes another organisation the coordinating office, and keeps the country of a review', async () => {
    const review = (await mongolia.get(`/api/reviews/${mnReview}`).expect(200)).body;
    const mlsp = (
      await t.prisma.organisation.findFirstOrThrow({ where: { workspaceId: mnSpace, shortName: 'MLSP' } })
    ).id;
    const changed = await mongolia
      .patch(`/api/reviews/${mnReview}`)
      .send({ version: review.version, coordinatingOrganisationId: mlsp })
      .expect(200);
    expect(changed.body.coordinatingOrganisation).toMatchObject({ shortName: 'MLSP' });
    const iom = (
      await t.prisma.organisation.findFirstOrThrow({
        where: { workspaceId: kzSpace, name: 'IOM Kazakhstan' },
      })
    ).id;
    const outside = await mongolia
      .patch(`/api/reviews/${mnReview}`)
      .send({ version: changed.body.version, coordinatingOrganisationId: iom })
      .expect(400);
    expect(outside.body.fieldErrors).toEqual([
      { path: 'coordinatingOrganisationId', message: 'does not take part in this review' },
    ]);
    const moved = await mongolia
      .patch(`/api/reviews/${mnReview}`)
      .send({ version: changed.body.version, country: 'Kazakhstan' })
      .expect(400);
    expect(moved.body.message).toMatch(/^The country of a review cannot change/);
    // The coordinating office cannot leave the review; an organisation with assignments cannot either.
    const office = await mongolia.delete(`/api/reviews/${mnReview}/organisations/${mlsp}`).expect(409);
    expect(office.body.message).toMatch(/is the coordinating office/);
    const gdbp = (
      await t.prisma.organisation.findFirstOrThrow({ where: { workspaceId: mnSpace, shortName: 'GDBP' } })
    ).id;
    const busy = await mongolia.delete(`/api/reviews/${mnReview}/organisations/${gdbp}`).expect(409);
    expect(busy.body.message).toMatch(/cannot leave this review while it still has \d+ assignments/);
  });
});
