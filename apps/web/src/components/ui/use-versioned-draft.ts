import { type FocusEvent, useCallback, useEffect, useRef, useState } from 'react';
import { type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../lib/form-errors';
import { clearLocalCopies, readLocalCopy, writeLocalCopy } from './local-draft-copy';

/** Where saving stands; what the SaveBar shows. */
export type DraftSaveStatus = 'idle' | 'saving' | 'invalid' | 'error' | 'conflict';

/** A contract's `safeParse` result, as far as the draft reads it. */
type Parsed<TRequest> =
  | { success: true; data: TRequest }
  | { success: false; error: Parameters<typeof issuesToFieldErrors>[0] };

export interface VersionedDraftOptions<TFields, TRequest, TSaved extends { version: number }, TStored> {
  /** The fields as loaded and the version they are. */
  initial: () => { version: number; fields: TFields };
  /** True when the draft is not what was last stored (`dirty`). */
  differs: (draft: TFields, stored: TFields) => boolean;
  /** The request that saves `fields` on top of `baseVersion`, checked with the contract. */
  parse: (fields: TFields, baseVersion: number) => Parsed<TRequest>;
  send: (request: TRequest) => Promise<TSaved>;
  /** What the server holds after a save; by default the fields that were sent. */
  storedAfterSave?: (request: TRequest, fields: TFields) => TFields;
  /** The stored version a 409 carries, or null for any other failure. */
  conflictOf: (error: unknown) => TStored | null;
  /** The version a stored answer is and its fields, for "use theirs". */
  versionOf: (stored: TStored) => number;
  fieldsOf: (stored: TStored) => TFields;
  /**
   * Saves by itself `delayMs` after the last change, and when focus leaves the editor (`onBlur`);
   * never while `enabled` is false (a text the person cannot edit) nor after a 409 until it is settled.
   */
  autosave?: { enabled: boolean; delayMs: number };
  /**
   * Keeps every change in this browser too (see local-draft-copy.ts), under `key` and the base version,
   * and offers a copy left unsaved on top of the version loaded (`restorable`). `revive` checks the
   * shape of what was stored and returns null for anything else.
   */
  localCopy?: { key: string; enabled: boolean; revive: (stored: unknown) => TFields | null };
}

/**
 * A text being edited and saved without ever overwriting someone else's save: each save sends
 * `baseVersion` = the version loaded or last saved. A 409 keeps the stored version in `conflict` until
 * the person keeps their text (saved on top of the stored version) or takes the stored one.
 * Used by the contribution editor and the consolidated-answer editor.
 */
export function useVersionedDraft<TFields, TRequest, TSaved extends { version: number }, TStored>(
  options: VersionedDraftOptions<TFields, TRequest, TSaved, TStored>,
) {
  const [fields, setFieldsState] = useState<TFields>(() => options.initial().fields);
  const [base, setBaseState] = useState<{ version: number; fields: TFields }>(options.initial);
  const [status, setStatus] = useState<DraftSaveStatus>('idle');
  const [conflict, setConflict] = useState<TStored | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [autosavePaused, setAutosavePaused] = useState(false);
  // A copy of this browser left unsaved on top of the version loaded, and different from it.
  const [restorable, setRestorable] = useState<TFields | null>(() => {
    const local = options.localCopy;
    if (!local?.enabled) return null;
    const loaded = options.initial();
    const copy = local.revive(readLocalCopy(local.key, loaded.version));
    return copy !== null && options.differs(copy, loaded.fields) ? copy : null;
  });

  const dirty = options.differs(fields, base.fields);

  // Saves (from a timer or a button) always send what is on screen now, with the options of now.
  const latest = useRef({ fields, options });
  latest.current = { fields, options };
  // The base as of the last save, without waiting for a render (a save queued behind another reads it).
  const baseRef = useRef(base);
  const setBase = useCallback((next: { version: number; fields: TFields }) => {
    baseRef.current = next;
    setBaseState(next);
  }, []);
  const inFlight = useRef<Promise<TSaved | null> | null>(null);
  // Nothing is written to this browser before the person changes something (a copy waiting to be
  // restored stays as it is until then).
  const touched = useRef(false);

  const setFields = useCallback((update: TFields | ((current: TFields) => TFields)) => {
    touched.current = true;
    setFieldsState(update);
  }, []);

  /** Changes the draft; a failed save is tried again after the next change, not in a loop. */
  const edit = useCallback(
    (update: (current: TFields) => TFields) => {
      setFields(update);
      setStatus((current) => (current === 'error' || current === 'invalid' ? 'idle' : current));
    },
    [setFields],
  );

  const send = useCallback(
    async (baseVersion: number | undefined): Promise<TSaved | null> => {
      const { fields: now, options: current } = latest.current;
      const parsed = current.parse(now, baseVersion ?? baseRef.current.version);
      if (!parsed.success) {
        setFieldErrors(issuesToFieldErrors(parsed.error));
        setStatus('invalid');
        return null;
      }
      setStatus('saving');
      try {
        const saved = await current.send(parsed.data);
        setBase({
          version: saved.version,
          fields: current.storedAfterSave ? current.storedAfterSave(parsed.data, now) : now,
        });
        if (current.localCopy) clearLocalCopies(current.localCopy.key);
        setConflict(null);
        setError(null);
        setFieldErrors({});
        setSavedAt(new Date());
        setStatus('idle');
        return saved;
      } catch (caught) {
        const stored = current.conflictOf(caught);
        if (stored) {
          setConflict(stored);
          setStatus('conflict');
        } else {
          setError(caught);
          setFieldErrors(serverFieldErrors(caught));
          setStatus('error');
        }
        return null;
      }
    },
    [setBase],
  );

  /**
   * Saves what is on screen on top of `baseVersion` (by default the version loaded or last saved).
   * One save at a time: asked while one is on its way (autosave and a button may both ask), it waits for
   * it and sends again only if the text changed meanwhile.
   */
  const save = useCallback(
    async (baseVersion?: number): Promise<TSaved | null> => {
      const pending = inFlight.current;
      if (pending) {
        const earlier = await pending;
        if (inFlight.current) return save(baseVersion);
        const { fields: now, options: current } = latest.current;
        if (earlier && baseVersion === undefined && !current.differs(now, baseRef.current.fields)) {
          return earlier;
        }
        if (!earlier && baseVersion === undefined) return null;
      }
      const request = send(baseVersion);
      inFlight.current = request;
      try {
        return await request;
      } finally {
        inFlight.current = null;
      }
    },
    [send],
  );

  /** "Keep mine": save this text on top of the version that is stored now. */
  const keepMine = useCallback(() => {
    if (!conflict) return Promise.resolve(null);
    return save(latest.current.options.versionOf(conflict));
  }, [conflict, save]);

  /** "Use theirs": drop this text and continue from the stored version. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const { versionOf, fieldsOf, localCopy } = latest.current.options;
    setFieldsState(fieldsOf(conflict));
    setBase({ version: versionOf(conflict), fields: fieldsOf(conflict) });
    if (localCopy) clearLocalCopies(localCopy.key);
    setConflict(null);
    setStatus('idle');
  }, [conflict, setBase]);

  /**
   * The server's copy carries a new version for the same text (after a workflow action): follow it so
   * the next save is not refused as stale. A different text is left to the conflict flow.
   */
  const follow = useCallback(
    (version: number, stored: TFields) => {
      const current = baseRef.current;
      if (!latest.current.options.differs(stored, current.fields)) setBase({ ...current, version });
    },
    [setBase],
  );

  /** "Restore your unsaved text": the copy of this browser replaces what is on screen (and is saved). */
  const restore = useCallback(() => {
    if (restorable === null) return;
    edit(() => restorable);
    setRestorable(null);
  }, [restorable, edit]);

  /** Drops the copy of this browser without using it. */
  const discardRestorable = useCallback(() => {
    const local = latest.current.options.localCopy;
    if (local) clearLocalCopies(local.key);
    setRestorable(null);
  }, []);

  // Every change is kept in this browser until it is saved.
  const local = options.localCopy;
  useEffect(() => {
    if (!local?.enabled || !touched.current) return;
    if (dirty) writeLocalCopy(local.key, base.version, fields);
    else clearLocalCopies(local.key);
  }, [local?.enabled, local?.key, dirty, base.version, fields]);

  // Autosave: the wait restarts with every change; a refused or failed save waits for the next change.
  const autosaving = options.autosave?.enabled === true && !autosavePaused && dirty && status === 'idle';
  const delay = options.autosave?.delayMs ?? 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: every change of the fields restarts the wait
  useEffect(() => {
    if (!autosaving) return;
    const timer = setTimeout(() => void save(), delay);
    return () => clearTimeout(timer);
  }, [autosaving, delay, fields, save]);

  /**
   * For the editor's `onBlur`: focus leaving the editor saves at once, unless it goes to a link (the
   * guard on leaving asks about it) or stays in the editor.
   */
  const onBlur = useCallback(
    (event: FocusEvent<HTMLElement>) => {
      if (!autosaving) return;
      const next = event.relatedTarget;
      if (next instanceof Node && event.currentTarget.contains(next)) return;
      if (next instanceof Element && next.closest('a[href]')) return;
      void save();
    },
    [autosaving, save],
  );

  return {
    fields,
    /** Changes the draft without touching where saving stands. */
    setFields,
    edit,
    baseVersion: base.version,
    dirty,
    status,
    conflict,
    error,
    fieldErrors,
    /** When this editor last saved (null: not since it was opened). */
    savedAt,
    save,
    keepMine,
    takeTheirs,
    follow,
    onBlur,
    /** Holds autosave back (while the person decides whether to leave). */
    setAutosavePaused,
    restorable,
    restore,
    discardRestorable,
  };
}
