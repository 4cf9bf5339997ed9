/**
 * The worker's SMTP connections, shared by every batch it runs (decision 0028): a batch takes a
 * slot for each send, so a batch still claiming, reading or rendering leaves its share of the
 * connections to the batches that have e-mails ready. Slots are handed out in the order asked.
 */
export class SendSlots {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`SendSlots needs at least one slot, not ${size}`);
    this.free = size;
  }

  /** Runs `send` once a slot is free, and frees the slot when it settles. */
  async run<T>(send: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await send();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

/**
 * Records sent e-mails as their sends complete, for every batch of the worker at once: one
 * statement at a time, holding every send that completed while the previous one ran. What the
 * SMTP server accepted is on record within one statement (decision 0006's window), in fewer
 * statements than one recorder per batch would take.
 */
export class SentRecorder<T> {
  private readonly pending: { entry: T; resolve: () => void; reject: (error: unknown) => void }[] = [];
  private writing = false;

  constructor(private readonly write: (entries: T[]) => Promise<void>) {}

  /** Resolves once the statement holding `entry` has committed; rejects with its error. */
  add(entry: T): Promise<void> {
    const recorded = new Promise<void>((resolve, reject) => this.pending.push({ entry, resolve, reject }));
    if (!this.writing) void this.drain();
    return recorded;
  }

  private async drain(): Promise<void> {
    this.writing = true;
    try {
      while (this.pending.length) {
        const group = this.pending.splice(0);
        try {
          await this.write(group.map(({ entry }) => entry));
          for (const { resolve } of group) resolve();
        } catch (error) {
          for (const { reject } of group) reject(error);
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
