/**
 * Places "now" on `isoDate` (noon UTC, the same calendar day in every review's zone) by faking
 * `Date` alone: timers stay real, so Testing Library's waits and TanStack Query behave as usual.
 * Undo it with `jest.useRealTimers()`.
 */
export function todayIs(isoDate: string): void {
  jest.useFakeTimers({
    now: new Date(`${isoDate}T12:00:00Z`),
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}
