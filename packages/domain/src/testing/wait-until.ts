/**
 * Waits for a condition instead of sleeping: polls `check` until it returns a value other than
 * `false`, `undefined` or `null`, and returns that value. Fails after `timeoutMs` with a message
 * naming what was awaited (and, if given, what was seen last), never silently.
 */
export interface WaitOptions {
  /** What is awaited, for the failure message: "the report to reach ESCAP". */
  what: string;
  timeoutMs?: number;
  /** Pause between checks. */
  intervalMs?: number;
  /** Extra detail for the failure message, read when the wait gives up. */
  describe?: () => string | Promise<string>;
}

export async function waitUntil<T>(
  check: () => T | false | null | undefined | Promise<T | false | null | undefined>,
  options: WaitOptions,
): Promise<T> {
  const { what, timeoutMs = 20_000, intervalMs = 25 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== false && value !== undefined && value !== null) return value;
    if (Date.now() > deadline) {
      const detail = options.describe ? `; ${await options.describe()}` : '';
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${detail}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
