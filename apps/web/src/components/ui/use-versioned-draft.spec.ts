import { act, renderHook } from '@testing-library/react';
import { loadProblemMessages } from '../../lib/i18n/problem-locale';
import { useVersionedDraft, type VersionedDraftOptions } from './use-versioned-draft';

// The problem messages of the forms' checks, which every page but the sign-in page has loaded
// before it renders (app/routes.tsx).
beforeAll(() => loadProblemMessages());

interface Stored {
  version: number;
  body: string;
}

class Conflict extends Error {
  constructor(readonly stored: Stored) {
    super('conflict');
  }
}

function options(
  send: (request: { baseVersion: number; body: string }) => Promise<Stored>,
  extra: Partial<VersionedDraftOptions<string, { baseVersion: number; body: string }, Stored, Stored>> = {},
): VersionedDraftOptions<string, { baseVersion: number; body: string }, Stored, Stored> {
  return {
    initial: () => ({ version: 3, fields: 'first' }),
    differs: (now, stored) => now !== stored,
    parse: (body, baseVersion) =>
      body === ''
        ? { success: false, error: { issues: [{ path: ['body'], message: 'must not be empty' }] } }
        : { success: true, data: { baseVersion, body } },
    send,
    conflictOf: (error) => (error instanceof Conflict ? error.stored : null),
    versionOf: (stored) => stored.version,
    fieldsOf: (stored) => stored.body,
    ...extra,
  };
}

describe('useVersionedDraft', () => {
  it('saves on top of the version loaded, then of the version saved', async () => {
    const send = jest.fn(async (request: { baseVersion: number; body: string }) => ({
      version: request.baseVersion + 1,
      body: request.body,
    }));
    const { result } = renderHook(() => useVersionedDraft(options(send)));
    expect(result.current.dirty).toBe(false);
    act(() => result.current.edit(() => 'second'));
    expect(result.current.dirty).toBe(true);
    await act(() => result.current.save());
    expect(send).toHaveBeenLastCalledWith({ baseVersion: 3, body: 'second' });
    expect(result.current).toMatchObject({ dirty: false, baseVersion: 4, status: 'idle' });
    act(() => result.current.edit(() => 'third'));
    await act(() => result.current.save());
    expect(send).toHaveBeenLastCalledWith({ baseVersion: 4, body: 'third' });
  });

  it('refuses what the contract refuses without sending it', async () => {
    const send = jest.fn();
    const { result } = renderHook(() => useVersionedDraft(options(send)));
    act(() => result.current.edit(() => ''));
    await act(() => result.current.save());
    expect(send).not.toHaveBeenCalled();
    expect(result.current.status).toBe('invalid');
    expect(result.current.fieldErrors).toEqual({ body: 'must not be empty' });
    act(() => result.current.edit(() => 'again'));
    expect(result.current.status).toBe('idle');
  });

  it('keeps the stored version after a 409 until the person keeps theirs or takes it', async () => {
    const theirs = { version: 5, body: 'theirs' };
    const send = jest
      .fn()
      .mockRejectedValueOnce(new Conflict(theirs))
      .mockResolvedValueOnce({ version: 6, body: 'mine' });
    const { result } = renderHook(() => useVersionedDraft(options(send)));
    act(() => result.current.edit(() => 'mine'));
    await act(() => result.current.save());
    expect(result.current).toMatchObject({ status: 'conflict', conflict: theirs, fields: 'mine' });
    await act(() => result.current.keepMine());
    expect(send).toHaveBeenLastCalledWith({ baseVersion: 5, body: 'mine' });
    expect(result.current).toMatchObject({ status: 'idle', conflict: null, baseVersion: 6, dirty: false });
  });

  it('continues from the stored version on "use theirs"', async () => {
    const theirs = { version: 5, body: 'theirs' };
    const { result } = renderHook(() =>
      useVersionedDraft(options(jest.fn().mockRejectedValue(new Conflict(theirs)))),
    );
    act(() => result.current.edit(() => 'mine'));
    await act(() => result.current.save());
    act(() => result.current.takeTheirs());
    expect(result.current).toMatchObject({ fields: 'theirs', baseVersion: 5, dirty: false, conflict: null });
  });

  it('sends one save at a time: a save asked meanwhile waits, and sends only what changed since', async () => {
    let finish: (stored: Stored) => void = () => {};
    const send = jest.fn(() => new Promise<Stored>((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useVersionedDraft(options(send)));
    act(() => result.current.edit(() => 'second'));
    let first: Promise<unknown> = Promise.resolve();
    let second: Promise<unknown> = Promise.resolve();
    act(() => {
      first = result.current.save();
      second = result.current.save();
    });
    await act(async () => {
      finish({ version: 4, body: 'second' });
      await first;
    });
    // Nothing changed while the first was on its way: the second answers with its result.
    await act(async () => expect(await second).toEqual({ version: 4, body: 'second' }));
    expect(send).toHaveBeenCalledTimes(1);
    expect(result.current.baseVersion).toBe(4);

    act(() => result.current.edit(() => 'third'));
    act(() => {
      first = result.current.save();
    });
    act(() => result.current.edit(() => 'fourth'));
    act(() => {
      second = result.current.save();
    });
    await act(async () => {
      finish({ version: 5, body: 'third' });
      await first;
    });
    await act(async () => {
      finish({ version: 6, body: 'fourth' });
      await second;
    });
    expect(send).toHaveBeenCalledTimes(3);
    expect(send).toHaveBeenLastCalledWith({ baseVersion: 5, body: 'fourth' });
    expect(result.current).toMatchObject({ dirty: false, baseVersion: 6 });
  });

  it('follows a new version of the same text, not of another text', () => {
    const { result } = renderHook(() => useVersionedDraft(options(jest.fn())));
    act(() => result.current.follow(4, 'first'));
    expect(result.current.baseVersion).toBe(4);
    act(() => result.current.follow(5, 'other'));
    expect(result.current.baseVersion).toBe(4);
  });
});
