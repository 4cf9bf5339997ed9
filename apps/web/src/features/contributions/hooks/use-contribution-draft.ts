import { type TContribution, type TReference, ZSaveContributionRequest } from '@gcm/domain';
import { useCallback, useMemo } from 'react';
import { type DraftSaveStatus, useVersionedDraft } from '../../../components/ui/use-versioned-draft';
import { useSession } from '../../../lib/api/get-session';
import { conflictOf, type TStoredVersion, useSaveContribution } from '../api/save-contribution';

/** Autosave waits this long after the last keystroke. */
export const AUTOSAVE_DELAY_MS = 3000;

/** A reference as typed: the link may still be empty. */
export interface ReferenceRow {
  key: number;
  title: string;
  url: string;
}

/** The text and its references as on screen (and as last stored, as far as this editor knows). */
interface Fields {
  body: string;
  rows: ReferenceRow[];
  /** The language the text is drafted in; null: the questionnaire's. */
  language: string | null;
}

export type SaveStatus = DraftSaveStatus;

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

/** A copy this browser kept (see local-draft-copy.ts), if it has the shape of these fields. */
function revive(stored: unknown): Fields | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { body, rows, language = null } = stored as { body?: unknown; rows?: unknown; language?: unknown };
  if (typeof body !== 'string' || !Array.isArray(rows)) return null;
  if (language !== null && typeof language !== 'string') return null;
  const typed = rows.filter(
    (row): row is { title: string; url: string } =>
      typeof row === 'object' &&
      row !== null &&
      typeof (row as { title?: unknown }).title === 'string' &&
      typeof (row as { url?: unknown }).url === 'string',
  );
  if (typed.length !== rows.length) return null;
  return { body, rows: typed.map((row) => ({ key: ++rowKey, title: row.title, url: row.url })), language };
}

function fieldsOf(stored: {
  body: string;
  references: readonly TReference[];
  language?: string | null | undefined;
}): Fields {
  return { body: stored.body, rows: toRows(stored.references), language: stored.language ?? null };
}

/**
 * The text being edited, and saving it without ever overwriting someone else's save: each save sends
 * `baseVersion` = the version this editor loaded or last saved. A 409 stops autosaving and keeps the
 * stored version in `conflict` until the person keeps their text (saved on top of the new version) or
 * takes the stored one. Autosave (`autosave`: the person can edit) waits AUTOSAVE_DELAY_MS after the
 * last change or saves when focus leaves the editor; every change is also kept in this browser.
 */
export function useContributionDraft(assignmentId: string, initial: TContribution, autosave: boolean) {
  const saveMutation = useSaveContribution(assignmentId);
  // The copy in this browser is the signed-in person's: nobody else signing in here is offered it.
  const personId = useSession().data?.id;
  const draft = useVersionedDraft({
    initial: () => ({ version: initial.version, fields: fieldsOf(initial) }),
    differs: (now: Fields, stored: Fields) =>
      now.body !== stored.body ||
      now.language !== stored.language ||
      !sameReferences(fromRows(now.rows), fromRows(stored.rows)),
    parse: (now, baseVersion) =>
      ZSaveContributionRequest.safeParse({
        baseVersion,
        body: now.body,
        references: fromRows(now.rows),
        language: now.language,
      }),
    send: saveMutation.mutateAsync,
    storedAfterSave: (request) => fieldsOf(request),
    conflictOf,
    versionOf: (stored: TStoredVersion) => stored.version,
    fieldsOf,
    autosave: { enabled: autosave, delayMs: AUTOSAVE_DELAY_MS },
    localCopy: { key: `${personId}/contribution:${assignmentId}`, enabled: autosave && !!personId, revive },
  });
  const { fields, edit, save, dirty, status } = draft;

  const references = useMemo(() => fromRows(fields.rows), [fields.rows]);

  const setBody = useCallback((body: string) => edit((current) => ({ ...current, body })), [edit]);

  const setLanguage = useCallback(
    (language: string | null) => edit((current) => ({ ...current, language })),
    [edit],
  );

  const setRows = useCallback(
    (update: (rows: ReferenceRow[]) => ReferenceRow[]) =>
      edit((current) => ({ ...current, rows: update(current.rows) })),
    [edit],
  );

  /**
   * After a workflow action the server's contribution may carry a new version for the same text;
   * follow it so the next save is not refused as stale. A different text is left to the conflict flow.
   */
  const { follow: followVersion } = draft;
  const follow = useCallback(
    (contribution: TContribution) => followVersion(contribution.version, fieldsOf(contribution)),
    [followVersion],
  );

  return {
    body: fields.body,
    setBody,
    rows: fields.rows,
    setRows,
    language: fields.language,
    setLanguage,
    references,
    baseVersion: draft.baseVersion,
    dirty,
    status,
    conflict: draft.conflict,
    error: draft.error,
    fieldErrors: draft.fieldErrors,
    savedAt: draft.savedAt,
    save,
    keepMine: draft.keepMine,
    takeTheirs: draft.takeTheirs,
    follow,
    onBlur: draft.onBlur,
    setAutosavePaused: draft.setAutosavePaused,
    restorable: draft.restorable,
    restore: draft.restore,
    discardRestorable: draft.discardRestorable,
  };
}
