import { type TVoteResults, topN } from '@gcm/domain';

/** How many objectives the list starts from: Mongolia's workshop agreed on 12. */
export const DEFAULT_TOP = 12;

export interface PriorityItem {
  objective: number;
  reason: string;
}

/** The top `n` of the results, keeping the reasons already written for objectives that stay. */
export function startFromTop(results: TVoteResults, n: number, current: readonly PriorityItem[] = []) {
  const { objectives, tiesAtCutoff } = topN(results, n);
  const reasons = new Map(current.map((item) => [item.objective, item.reason]));
  return {
    items: objectives.map((objective) => ({ objective, reason: reasons.get(objective) ?? '' })),
    tiesAtCutoff,
  };
}

export function prioritiesRequest(version: number, items: readonly PriorityItem[]) {
  return { version, priorities: items.map((item) => ({ objective: item.objective, reason: item.reason })) };
}

/** What takes the focus after a move, a removal or an addition. */
export type FocusTarget = `${'up' | 'down' | 'reason'}-${number}` | 'add';
