import { type TVoteRound, ZCreateVoteRoundRequest, ZVoteRound } from '@gcm/domain';
import { sampleOf } from './contract-bodies';
import type { SessionClient } from './sessions';

/** The moment the vote tests start from, and times counted from it in hours. */
export const NOW = new Date('2026-11-28T02:00:00Z');
export const HOUR = 3_600_000;
export const iso = (ms: number) => new Date(NOW.getTime() + ms).toISOString();
/** When the sessions the vote tests write expire: well after every round they open. */
export const SESSIONS_END = new Date(NOW.getTime() + 30 * 24 * HOUR);

/** Sets up a round through the API, as `coordinator`; anything but a 201 fails the test. */
export async function createVoteRound(
  coordinator: SessionClient,
  reviewUrl: string,
  body: object,
): Promise<TVoteRound> {
  const response = await coordinator.post(`${reviewUrl}/votes`, body);
  if (response.status !== 201) throw new Error(`${response.status} ${JSON.stringify(response.body)}`);
  return ZVoteRound.parse(response.body);
}

/** An open, non-secret round of the contract's sample rules, running through December 2026. */
export function openRoundRequest(title: string, voterIds: string[]): object {
  return {
    ...(sampleOf(ZCreateVoteRoundRequest, {}) as object),
    title,
    workshopId: null,
    voterIds,
    secret: false,
    opensAt: '2026-11-27T00:00:00+00:00',
    closesAt: '2026-12-27T00:00:00+00:00',
  };
}
