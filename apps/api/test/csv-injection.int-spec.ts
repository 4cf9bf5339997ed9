import { demoIds } from './support/journey-fixtures';
import { bootTestApp, DEMO, type TestApp } from './support/test-app';

/** RFC 4180: one line into its cells. */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

/** CSV injection: names typed by users come back from the exports as text, never as formulas. */
describe('CSV exports against formula injection', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('exports an organisation named `x;=1+1` (and a formula) quoted and neutralised', async () => {
    const coordinator = await t.signIn(DEMO.coordinator);
    const ids = demoIds(t);
    const reviewUrl = `/api/reviews/${ids.reviewId}`;
    await coordinator
      .patch(`${reviewUrl}/organisations/${await ids.organisation('MLSP')}`)
      .send({ name: 'x;=1+1' })
      .expect(200);
    await coordinator
      .patch(`${reviewUrl}/organisations/${await ids.organisation('GDBP')}`)
      .send({ name: '=HYPERLINK("https://evil.example","GDBP")' })
      .expect(200);

    const response = await coordinator.get(`${reviewUrl}/assignments.csv`).expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/^attachment;/);
    const lines = response.text.split('\r\n');
    const mlsp = lines.filter((line) => line.includes("x;'=1+1"));
    expect(mlsp.length).toBeGreaterThan(0);
    for (const line of mlsp) expect(line).toMatch(/^[^,]+,"x;'=1\+1",/);
    const gdbp = lines.filter((line) => line.includes('HYPERLINK'));
    expect(gdbp.length).toBeGreaterThan(0);
    for (const line of gdbp) {
      expect(line).toContain(`,"'=HYPERLINK(""https://evil.example"",""GDBP"")",`);
    }
    // Read back as RFC 4180 CSV, no cell starts a formula…
    for (const line of lines) for (const cell of parseCsvLine(line)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // …nor when a spreadsheet splits every line on ";" (some locales), quotes or not.
    for (const line of lines) {
      for (const piece of line.split(';'))
        expect(piece.replace(/^"/, '').trimStart()).not.toMatch(/^[=+\-@]/);
    }
  });

  it('exports vote results with every method, names of voters and organisations neutralised', async () => {
    const ids = demoIds(t);
    const coordinator = await t.signIn(DEMO.coordinator);
    await coordinator
      .patch(`/api/reviews/${ids.reviewId}/organisations/${await ids.organisation('MLSP')}`)
      .send({ name: '-2+3;=SUM(A1)' })
      .expect(200);
    const mlsp = await ids.person(DEMO.contributor);
    await t.prisma.person.update({ where: { id: mlsp }, data: { name: '@cmd|calc' } });
    const now = t.clock.now().getTime();
    const round = await coordinator
      .post(`/api/reviews/${ids.reviewId}/votes`)
      .send({
        title: '=Ranked',
        rules: { method: 'ranked', maxRanks: null },
        options: [1, 2, 3],
        opensAt: new Date(now - 3_600_000).toISOString(),
        closesAt: new Date(now + 72 * 3_600_000).toISOString(),
        voterIds: [mlsp],
      })
      .expect(201);
    const voter = await t.signIn(DEMO.contributor);
    await voter
      .put(`/api/votes/${round.body.id}/ballot`)
      .send({ content: { ranking: [3, 1] } })
      .expect(200);

    const response = await coordinator.get(`/api/votes/${round.body.id}/results.csv`).expect(200);
    const lines = response.text.split('\r\n');
    expect(lines[0]).toMatch(/^objective,title,schulze_wins,/);
    expect(lines).toContain(`"'@cmd|calc","'-2+3;'=SUM(A1)",3 > 1`);
    for (const line of lines) for (const cell of parseCsvLine(line)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    for (const line of lines) {
      for (const piece of line.split(';'))
        expect(piece.replace(/^"/, '').trimStart()).not.toMatch(/^[=+\-@]/);
    }
  });
});
