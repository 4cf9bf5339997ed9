import { readFileSync } from 'node:fs';
import { releaseMemoryAtRest } from './memory-at-rest';

/** Resident memory of this process, MB. */
function rssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** A busy spell that leaves ~150 MB of freed old-generation pages behind, as a burst of large responses does. */
function busySpell(): void {
  let kept: { id: string; n: number }[][] = [];
  for (let i = 0; i < 300; i += 1) {
    kept.push(Array.from({ length: 6000 }, (_, n) => ({ id: `row-${i}-${n}`, n })));
    if (kept.length > 40) kept.shift();
  }
  kept = [];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('releaseMemoryAtRest', () => {
  it('gives the pages a busy spell used back once the process has been at rest', async () => {
    busySpell();
    // V8 keeps the freed pages: a second of rest changes nothing by itself.
    await sleep(1000);
    const afterSpell = rssMb();
    const stop = releaseMemoryAtRest({ quietMs: 600, checkMs: 200 });
    try {
      await sleep(2000);
      const atRest = rssMb();
      expect(afterSpell - atRest).toBeGreaterThan(60);
    } finally {
      stop();
    }
  }, 60_000);

  it('is not put off by a moment of housekeeping in the quiet spell', async () => {
    busySpell();
    await sleep(1000);
    const afterSpell = rssMb();
    // Six checks of 0.5 s; Jest's own timers keep this loop 1-3 % busy.
    const stop = releaseMemoryAtRest({ quietMs: 3000, checkMs: 500, idleUtilisation: 0.08 });
    // 75 ms of work in the sixth check: 15 % of that check, 2.5 % of the quiet spell.
    const housekeeping = setTimeout(() => {
      const until = performance.now() + 75;
      while (performance.now() < until);
    }, 2750);
    try {
      // Before, the moment started the 3 s wait again: nothing was released until 6 s.
      await sleep(4500);
      expect(afterSpell - rssMb()).toBeGreaterThan(60);
    } finally {
      clearTimeout(housekeeping);
      stop();
    }
  }, 60_000);
});
