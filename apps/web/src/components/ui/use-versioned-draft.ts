import { useCallback, useRef, useState } from 'react';
import { type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../lib/form-errors';

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
  /** Refuse a second save while one is on its way (autosave and a button may both ask). */
  oneAtATime?: boolean;
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
  const [fields, setFields] = useState<TFields>(() => options.initial().fields);
  const [base, setBase] = useState<{ version: number; fields: TFields }>(options.initial);
  const [status, setStatus] = useState<DraftSaveStatus>('idle');
  const [conflict, setConflict] = useState<TStored | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const dirty = options.differs(fields, base.fields);

  // Saves (from a timer or a button) always send what is on screen now, with the options of now.
  const latest = useRef({ fields, base, options });
  latest.current = { fields, base, options };
  const inFlight = useRef(false);

  /** Changes the draft; a failed save is tried again after the next change, not in a loop. */
  const edit = useCallback((update: (current: TFields) => TFields) => {
    setFields(update);
    setStatus((current) => (current === 'error' || current === 'invalid' ? 'idle' : current));
  }, []);

  const save = useCallback(async (baseVersion?: number): Promise<TSaved | null> => {
    const { fields: now, base: from, options: current } = latest.current;
    if (current.oneAtATime && inFlight.current) return null;
    const parsed = current.parse(now, baseVersion ?? from.version);
    if (!parsed.success) {
      setFieldErrors(issuesToFieldErrors(parsed.error));
      setStatus('invalid');
      return null;
    }
    inFlight.current = true;
    setStatus('saving');
    try {
      const saved = await current.send(parsed.data);
      setBase({
        version: saved.version,
        fields: current.storedAfterSave ? current.storedAfterSave(parsed.data, now) : now,
      });
      setConflict(null);
      setError(null);
      setFieldErrors({});
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
    } finally {
      inFlight.current = false;
    }
  }, []);

  /** "Keep mine": save this text on top of the version that is stored now. */
  const keepMine = useCallback(() => {
    if (!conflict) return Promise.resolve(null);
    return save(latest.current.options.versionOf(conflict));
  }, [conflict, save]);

  /** "Use theirs": drop this text and continue from the stored version. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    const { versionOf, fieldsOf } = latest.current.options;
    setFields(fieldsOf(conflict));
    setBase({ version: versionOf(conflict), fields: fieldsOf(conflict) });
    setConflict(null);
    setStatus('idle');
  }, [conflict]);

  /**
   * The server's copy carries a new version for the same text (after a workflow action): follow it so
   * the next save is not refused as stale. A different text is left to the conflict flow.
   */
  const follow = useCallback((version: number, stored: TFields) => {
    setBase((current) =>
      latest.current.options.differs(stored, current.fields) ? current : { ...current, version },
    );
  }, []);

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
    save,
    keepMine,
    takeTheirs,
    follow,
  };
}
