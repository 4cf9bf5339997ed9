import { type TContribution, type TReference, ZSaveContributionRequest } from '@gcm/domain';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { conflictOf, type TStoredVersion, useSaveContribution } from '../api/save-contribution';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 3000;

/** A reference as typed: the link may still be empty. */
export interface ReferenceRow {
  key: number;
  title: string;
  url: string;
}

/** What was last stored on the server, as far as this editor knows. */
interface Base {
  version: number;
  body: string;
  references: TReference[];
}

export type SaveStatus = 'idle' | 'saving' | 'invalid' | 'error' | 'conflict';

let rowKey = 0;
function toRows(references: readonly TReference[]): ReferenceRow[] {
  return references.map((reference) => ({ key: ++rowKey, title: reference.title, url: reference.url ?? '' }));
}

function fromRows(rows: readonly ReferenceRow[]): TReference[] {
  return rows.map((row) => ({ title: row.title, url: row.url.trim() === '' ? null : row.url.trim() }));
}

function sameReferences(a: readonly TReference[], b: readonly TReference[]): boolean {
  return (
    a.length === b.length &&
    a.every((reference, index) => reference.title === b[index]?.title && reference.url === b[index]?.url)
  );
}

/**
 * The text being edited, and saving it without ever overwriting someone else's save: each save sends
 * `baseVersion` = the version this editor loaded or last saved. A 409 stops autosaving and keeps the
 * stored version in `conflict` until the person keeps their text (saved on top of the new version) or
 * takes the stored one.
 */
export function useContributionDraft(assignmentId: string, initial: TContribution, autosave: boolean) {
  const saveMutation = useSaveContribution(assignmentId);
  const [body, setBodyState] = useState(initial.body);
  const [rows, setRowsState] = useState<ReferenceRow[]>(() => toRows(initial.references));
  const [base, setBase] = useState<Base>({
    version: initial.version,
    body: initial.body,
    references: initial.references,
  });
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [conflict, setConflict] = useState<TStoredVersion | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const references = useMemo(() => fromRows(rows), [rows]);
  const dirty = body !== base.body || !sameReferences(references, base.references);

  // The timer and the buttons always save what is on screen now.
  const latest = useRef({ body, references, base });
  latest.current = { body, references, base };
  const inFlight = useRef(false);

  /** A failed save is tried again after the next change, not in a loop. */
  const afterEdit = useCallback(() => {
    setStatus((current) => (current === 'error' || current === 'invalid' ? 'idle' : current));
  }, []);

  const setBody = useCallback(
    (value: string) => {
      setBodyState(value);
      afterEdit();
    },
    [afterEdit],
  );

  const setRows = useCallback(
    (update: (rows: ReferenceRow[]) => ReferenceRow[]) => {
      setRowsState(update);
      afterEdit();
    },
    [afterEdit],
  );

  const save = useCallback(
    async (baseVersion?: number): Promise<TContribution | null> => {
      if (inFlight.current) return null;
      const draft = latest.current;
      const parsed = ZSaveContributionRequest.safeParse({
        baseVersion: baseVersion ?? draft.base.version,
        body: draft.body,
        references: draft.references,
      });
      if (!parsed.success) {
        setFieldErrors(issuesToFieldErrors(parsed.error));
        setStatus('invalid');
        return null;
      }
      inFlight.current = true;
      setStatus('saving');
      try {
        const saved = await saveMutation.mutateAsync(parsed.data);
        setBase({ version: saved.version, body: parsed.data.body, references: parsed.data.references });
        setConflict(null);
        setError(null);
        setFieldErrors({});
        setStatus('idle');
        return saved;
      } catch (caught) {
        const stored = conflictOf(caught);
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
    },
    [saveMutation.mutateAsync],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: every change of the text restarts the wait
  useEffect(() => {
    if (!autosave || !dirty || status !== 'idle') return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [autosave, dirty, status, body, references, save]);

  /** "Keep mine": save this text on top of the version that is stored now. */
  const keepMine = useCallback(() => {
    if (!conflict) return Promise.resolve(null);
    return save(conflict.version);
  }, [conflict, save]);

  /** "Use theirs": drop this text and continue from the stored version. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setBodyState(conflict.body);
    setRowsState(toRows(conflict.references));
    setBase({ version: conflict.version, body: conflict.body, references: conflict.references });
    setConflict(null);
    setStatus('idle');
  }, [conflict]);

  /**
   * After a workflow action the server's contribution may carry a new version for the same text;
   * follow it so the next save is not refused as stale. A different text is left to the conflict flow.
   */
  const follow = useCallback((contribution: TContribution) => {
    setBase((current) =>
      contribution.body === current.body && sameReferences(contribution.references, current.references)
        ? { ...current, version: contribution.version }
        : current,
    );
  }, []);

  return {
    body,
    setBody,
    rows,
    setRows,
    references,
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
