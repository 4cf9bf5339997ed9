import { ZCreateVoteRoundRequest } from './vote-api.schemas';

const round = {
  title: 'Priority GCM objectives',
  rules: { method: 'approval', maxPicks: 12 },
  voterIds: ['7d8c5a52-8a2f-4a39-9a0e-2b1b7f1f0c11'],
  opensAt: '2026-11-28T10:00:00+08:00',
  closesAt: '2026-11-30T18:00:00+08:00',
};

describe('ZCreateVoteRoundRequest: a secret vote hides its results until the close', () => {
  it('refuses a secret vote with results shown, naming resultsHidden with a readable message', () => {
    const parsed = ZCreateVoteRoundRequest.safeParse({ ...round, secret: true, resultsHidden: false });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => ({ path: issue.path, message: issue.message }))).toEqual([
      {
        path: ['resultsHidden'],
        message:
          'must stay on in a secret vote: results shown while people vote, beside who has voted, would reveal how each person voted',
      },
    ]);
  });

  it('accepts a secret vote with results hidden, or with the default (hidden)', () => {
    expect(ZCreateVoteRoundRequest.parse({ ...round, secret: true, resultsHidden: true })).toMatchObject({
      secret: true,
      resultsHidden: true,
    });
    expect(ZCreateVoteRoundRequest.parse({ ...round, secret: true }).resultsHidden).toBeUndefined();
  });

  it('leaves an open vote free to show or hide its results', () => {
    for (const resultsHidden of [true, false, undefined]) {
      expect(ZCreateVoteRoundRequest.safeParse({ ...round, secret: false, resultsHidden }).success).toBe(
        true,
      );
    }
    expect(ZCreateVoteRoundRequest.safeParse({ ...round, resultsHidden: false }).success).toBe(true);
  });
});
