import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * The environment the product's Node processes start with (decision 0033), set by whatever starts
 * them: the root package.json's `start`, the Dockerfiles, the systemd units. Neither can be set
 * from inside the process: V8 sizes its heap and glibc its arenas before any code runs.
 * - a semi-space of 16 MB instead of the 64 MB Node 24 takes on this machine: the young
 *   generation holds 32 MB instead of 128 MB under load, at the same throughput;
 * - two malloc arenas instead of glibc's 8 per core: what malloc holds stays flat after load.
 */
export const RUNTIME_ENVIRONMENT = {
  NODE_OPTIONS: '--max-semi-space-size=16',
  MALLOC_ARENA_MAX: '2',
} as const;

/**
 * Gives the memory a busy spell used back to the system once the process is at rest (decision
 * 0033). V8 keeps the heap pages it freed in a pool for reuse and returns them only on a
 * memory-reducing collection, which Node's memory reducer does not start in a server (it keeps
 * estimating the allocation rate of the last busy spell): without this, the resident memory of the
 * API stays at its highest for good. When the event loop has been nearly idle for `quietMs` after
 * some work, this runs one such collection (V8's last-resort full collection, which also releases
 * the pool; 95 ms for a 140 MB pool in a small test), at a moment the process has nothing else to do.
 *
 * "Nearly idle" is on average over the last `quietMs`, and at the last check. A moment of
 * housekeeping does not start the wait again: V8's own collection some 10 s after a busy spell,
 * or a pool closing its idle connections. Such a moment (one check at 3.8 % against 0.5 % around
 * it) used to put the release off by another `quietMs`, and past the API bench's 20 s of rest in
 * half of its runs.
 */
export function releaseMemoryAtRest(
  options: { quietMs?: number; checkMs?: number; idleUtilisation?: number } = {},
): () => void {
  const { quietMs = 10_000, checkMs = 2_500, idleUtilisation = 0.02 } = options;
  const collect = memoryReducingCollection();
  const checksAtRest = Math.ceil(quietMs / checkMs);
  let last = performance.eventLoopUtilization();
  // The start itself is a busy spell.
  let workSinceRelease = true;
  /** The event loop's utilisation at the last checks, the oldest first (at most `checksAtRest`). */
  const recent: number[] = [];
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    const { utilization } = performance.eventLoopUtilization(now, last);
    last = now;
    recent.push(utilization);
    if (recent.length > checksAtRest) recent.shift();
    const busy = utilization > idleUtilisation;
    if (busy) workSinceRelease = true;
    if (!workSinceRelease || busy || recent.length < checksAtRest) return;
    const average = recent.reduce((sum, value) => sum + value, 0) / recent.length;
    if (average > idleUtilisation) return;
    collect();
    workSinceRelease = false;
    recent.length = 0;
    // The collection's own time is not work to release after.
    last = performance.eventLoopUtilization();
  }, checkMs);
  timer.unref();
  return () => clearInterval(timer);
}

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * V8's `gc` function, which takes the kind of collection, without running the whole process with
 * --expose-gc (that would put `gc` on the global object of every module).
 */
function memoryReducingCollection(): () => void {
  let gc = (globalThis as { gc?: Collect }).gc;
  if (!gc) {
    // Only the context made here gets it; the flag is put back at once.
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as Collect;
    v8.setFlagsFromString('--no-expose-gc');
  }
  const collect = gc;
  return () => collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
