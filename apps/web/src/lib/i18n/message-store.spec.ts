import type { Catalogue } from './catalogue';
import { createMessageStore } from './message-store';

const part = (id: string): Catalogue => ({
  en: { [id]: id },
  fr: { [id]: id },
  es: { [id]: id },
  ru: { [id]: id },
  zh: { [id]: id },
  ar: { [id]: id },
});

describe('the message store', () => {
  it('loads the other catalogues once, however many routes ask, and tells its subscribers', async () => {
    const load = jest.fn(async () => part('all'));
    const store = createMessageStore(part('first'), load);
    const listener = jest.fn();
    store.subscribe(listener);
    expect(store.current().en).toEqual({ first: 'first' });
    await Promise.all([store.loadAll(), store.loadAll()]);
    await store.loadAll();
    expect(load).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.current().en).toEqual({ all: 'all' });
  });

  it('tries again after a failed download (a deploy replaced the chunk, the network dropped)', async () => {
    const load = jest.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(part('all'));
    const store = createMessageStore(part('first'), load);
    await expect(store.loadAll()).rejects.toThrow('offline');
    expect(store.current().en).toEqual({ first: 'first' });
    await store.loadAll();
    expect(store.current().en).toEqual({ all: 'all' });
  });
});
