import { SendSlots, SentRecorder } from './send-pacing';

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void } {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('SendSlots', () => {
  it('runs no more sends at once than it has slots, and the waiting ones in the order they asked', async () => {
    const slots = new SendSlots(2);
    const gates = Array.from({ length: 5 }, deferred);
    const started: number[] = [];
    let running = 0;
    let most = 0;
    const all = gates.map((gate, i) =>
      slots.run(async () => {
        started.push(i);
        running += 1;
        most = Math.max(most, running);
        try {
          await gate.promise;
        } finally {
          running -= 1;
        }
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]?.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]?.reject(new Error('refused'));
    await expect(all[0]).rejects.toThrow('refused');
    await tick();
    expect(started).toEqual([0, 1, 2, 3]);
    for (const gate of gates) gate.resolve();
    await Promise.all(all.slice(1));
    expect(started).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
  });
});

describe('SentRecorder', () => {
  it('writes one statement at a time, with every entry added while the previous one ran', async () => {
    const writes: number[][] = [];
    const gates: ReturnType<typeof deferred>[] = [];
    const recorder = new SentRecorder<number>(async (entries) => {
      writes.push(entries);
      const gate = deferred();
      gates.push(gate);
      await gate.promise;
    });
    const first = recorder.add(1);
    const rest = [recorder.add(2), recorder.add(3)];
    await tick();
    expect(writes).toEqual([[1]]);
    let firstDone = false;
    void first.then(() => {
      firstDone = true;
    });
    gates[0]?.resolve();
    await tick();
    expect(firstDone).toBe(true);
    expect(writes).toEqual([[1], [2, 3]]);
    gates[1]?.reject(new Error('database gone'));
    for (const recorded of rest) await expect(recorded).rejects.toThrow('database gone');
    // A failed statement does not stop the next ones.
    const later = recorder.add(4);
    await tick();
    gates[2]?.resolve();
    await later;
    expect(writes).toEqual([[1], [2, 3], [4]]);
  });
});
