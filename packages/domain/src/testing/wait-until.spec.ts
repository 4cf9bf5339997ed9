import { waitUntil } from './wait-until';

describe('waitUntil', () => {
  it('returns the first value the check gives that is not false, undefined or null', async () => {
    let calls = 0;
    const found = await waitUntil(() => (++calls >= 3 ? `call ${calls}` : undefined), {
      what: 'the third call',
      intervalMs: 1,
    });
    expect(found).toBe('call 3');
  });

  it('names what it waited for when it gives up', async () => {
    await expect(
      waitUntil(() => false, { what: 'the report to reach ESCAP', timeoutMs: 20, describe: () => 'got 0' }),
    ).rejects.toThrow('Timed out after 20 ms waiting for the report to reach ESCAP; got 0');
  });
});
