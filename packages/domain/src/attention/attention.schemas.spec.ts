import {
  ATTENTION_ITEM_LIMIT,
  nothingNeedsAttention,
  type TReviewAttention,
  ZReviewAttention,
} from './attention.schemas';

const REVIEW_ID = '6f1c1e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

function quiet(): TReviewAttention {
  return {
    reviewId: REVIEW_ID,
    unassigned: { count: 0, withoutAnyAssignment: 0, items: [] },
    overdue: { count: 0, items: [] },
    awaitingCoordinator: { count: 0, items: [] },
    openVotes: { count: 0, items: [] },
    failedEmails: { count: 0, items: [] },
  };
}

describe('what needs attention', () => {
  it('nothing needs attention only when every count is zero', () => {
    expect(nothingNeedsAttention(quiet())).toBe(true);
    for (const kind of [
      'unassigned',
      'overdue',
      'awaitingCoordinator',
      'openVotes',
      'failedEmails',
    ] as const) {
      const one = quiet();
      one[kind].count = 1;
      expect(nothingNeedsAttention(one)).toBe(false);
    }
  });

  it('lists at most the first few items of a kind, whatever its count', () => {
    const item = { questionId: REVIEW_ID, code: '2b', prompt: 'Border management', assignmentCount: 0 };
    const many = quiet();
    many.unassigned = {
      count: 9,
      withoutAnyAssignment: 9,
      items: Array.from({ length: ATTENTION_ITEM_LIMIT + 1 }, () => item),
    };
    expect(ZReviewAttention.safeParse(many).success).toBe(false);
    many.unassigned.items = many.unassigned.items.slice(0, ATTENTION_ITEM_LIMIT);
    expect(ZReviewAttention.safeParse(many).success).toBe(true);
  });

  it('an overdue assignment is at least a day overdue', () => {
    const late = quiet();
    late.overdue = {
      count: 1,
      items: [
        {
          assignmentId: REVIEW_ID,
          questionCode: '1a',
          organisation: { id: REVIEW_ID, name: 'MLSP', shortName: 'MLSP', type: 'ministry_agency' },
          dueDate: '2026-11-26',
          daysOverdue: 0,
          state: 'drafting',
        },
      ],
    };
    expect(ZReviewAttention.safeParse(late).success).toBe(false);
  });
});
