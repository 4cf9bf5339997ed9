import {
  GUIDING_PRINCIPLES,
  type TAnswer,
  type TAnswerKind,
  type TReportPrinciple,
  type TReportQuestionStatus,
  type TSaveAnswerRequest,
  type TTableColumn,
  type TTableRow,
  ZReportQuestionStatus,
  ZSaveAnswerRequest,
  ZTableAnswerData,
  ZTableRow,
} from '@gcm/domain';
import { useCallback } from 'react';
import { type DraftSaveStatus, useVersionedDraft } from '../../../components/ui/use-versioned-draft';
import { useSession } from '../../../lib/api/get-session';
import { answerConflictOf, useSaveAnswer } from '../../../lib/api/save-answer';

export type AnswerSaveStatus = DraftSaveStatus;

interface Fields {
  body: string;
  status: TReportQuestionStatus;
  principles: TReportPrinciple[];
  /** A table question's rows, each with a text for every column (in the columns' order). */
  rows: TTableRow[];
}

/** The ten rows of question 5 in the survey's order, whatever (if anything) is stored. */
export function principleRows(stored: readonly TReportPrinciple[] | undefined): TReportPrinciple[] {
  return GUIDING_PRINCIPLES.map((principle) => {
    const found = stored?.find((row) => row.key === principle.key);
    return {
      key: principle.key,
      integrated: found?.integrated ?? null,
      explanation: found?.explanation ?? '',
    };
  });
}

/** The stored rows of a table question, each with exactly the question's columns. */
export function tableRows(
  stored: readonly TTableRow[] | undefined,
  columns: readonly TTableColumn[],
): TTableRow[] {
  return (stored ?? []).map((row) =>
    Object.fromEntries(columns.map((column) => [column.key, row[column.key] ?? ''])),
  );
}

function sameRows(a: readonly TTableRow[], b: readonly TTableRow[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, index) => {
      const other = b[index];
      return other !== undefined && Object.keys(row).every((key) => row[key] === other[key]);
    })
  );
}

/** A copy this browser kept (see local-draft-copy.ts), if it has the shape of an answer's fields. */
function reviveFields(stored: unknown): Fields | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const { body, status, principles, rows } = stored as Partial<Record<keyof Fields, unknown>>;
  const parsedStatus = ZReportQuestionStatus.safeParse(status);
  const parsedRows = ZTableRow.array().safeParse(rows);
  if (
    typeof body !== 'string' ||
    !parsedStatus.success ||
    !parsedRows.success ||
    !Array.isArray(principles)
  ) {
    return null;
  }
  return {
    body,
    status: parsedStatus.data,
    principles: principleRows(
      principles.filter((row): row is TReportPrinciple => typeof row === 'object' && row !== null),
    ),
    rows: parsedRows.data,
  };
}

type ParsedRequest =
  | { success: true; data: TSaveAnswerRequest }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };

/** The save request, with the rows checked against their contract (cell paths as the API names them). */
function tableRequest(now: Fields, baseVersion: number): ParsedRequest {
  const rows = ZTableAnswerData.safeParse({ rows: now.rows });
  if (!rows.success) {
    return {
      success: false,
      error: { issues: rows.error.issues.map((issue) => ({ ...issue, path: ['data', ...issue.path] })) },
    };
  }
  return ZSaveAnswerRequest.safeParse({ baseVersion, body: now.body, status: now.status, data: rows.data });
}

function samePrinciples(a: readonly TReportPrinciple[], b: readonly TReportPrinciple[]): boolean {
  return a.every(
    (row, index) => row.integrated === b[index]?.integrated && row.explanation === b[index]?.explanation,
  );
}

/** Autosave waits this long after the last change. */
export const ANSWER_AUTOSAVE_DELAY_MS = 3000;

/**
 * The consolidated answer being edited, saved by the coordinator or by autosave (`canEdit`): each save sends
 * `baseVersion` = the version loaded or last saved; a 409 keeps the stored answer in `conflict` until the
 * coordinator keeps their text (saved on top of the newer version) or takes the stored one.
 * A principles checklist (ESCAP 2020 question 5) also sends its ten principles as `data`, a table
 * question its rows (`columns` are the question's); other questions leave `data` out (kept as stored).
 */
export function useAnswerDraft(
  reviewId: string,
  code: string,
  kind: TAnswerKind,
  initial: TAnswer,
  columns: readonly TTableColumn[] = [],
  canEdit = false,
) {
  const mutation = useSaveAnswer(reviewId, code);
  const withPrinciples = kind === 'principles_checklist';
  const withRows = kind === 'table';
  const fieldsOf = (answer: TAnswer): Fields => ({
    body: answer.body,
    status: answer.status,
    principles: principleRows(answer.data?.principles),
    rows: tableRows(answer.data?.rows, columns),
  });
  // The copy in this browser is the signed-in person's: nobody else signing in here is offered it.
  const personId = useSession().data?.id;
  const draft = useVersionedDraft({
    initial: () => ({ version: initial.version, fields: fieldsOf(initial) }),
    differs: (now: Fields, stored: Fields) =>
      now.body !== stored.body ||
      now.status !== stored.status ||
      (withPrinciples && !samePrinciples(now.principles, stored.principles)) ||
      (withRows && !sameRows(now.rows, stored.rows)),
    parse: (now, baseVersion) =>
      withRows
        ? tableRequest(now, baseVersion)
        : ZSaveAnswerRequest.safeParse({
            baseVersion,
            body: now.body,
            status: now.status,
            ...(withPrinciples ? { data: { principles: now.principles } } : {}),
          }),
    send: mutation.mutateAsync,
    conflictOf: answerConflictOf,
    versionOf: (stored: TAnswer) => stored.version,
    fieldsOf,
    autosave: { enabled: canEdit, delayMs: ANSWER_AUTOSAVE_DELAY_MS },
    localCopy: {
      key: `${personId}/answer:${reviewId}:${code}`,
      enabled: canEdit && !!personId,
      revive: reviveFields,
    },
  });
  const { edit: update, setFields } = draft;

  const setRows = useCallback((rows: TTableRow[]) => update((current) => ({ ...current, rows })), [update]);

  const edit = useCallback(
    (change: Partial<Fields>) => update((current) => ({ ...current, ...change })),
    [update],
  );

  const setPrinciple = useCallback(
    (key: TReportPrinciple['key'], change: Partial<Omit<TReportPrinciple, 'key'>>) => {
      setFields((current) => ({
        ...current,
        principles: current.principles.map((row) => (row.key === key ? { ...row, ...change } : row)),
      }));
    },
    [setFields],
  );

  return {
    body: draft.fields.body,
    /** The answer's status in the report (draft, final, not applicable). */
    answerStatus: draft.fields.status,
    principles: draft.fields.principles,
    rows: draft.fields.rows,
    edit,
    setPrinciple,
    setRows,
    baseVersion: draft.baseVersion,
    dirty: draft.dirty,
    /** Where saving stands. */
    status: draft.status,
    conflict: draft.conflict,
    error: draft.error,
    fieldErrors: draft.fieldErrors,
    savedAt: draft.savedAt,
    save: draft.save,
    keepMine: draft.keepMine,
    takeTheirs: draft.takeTheirs,
    onBlur: draft.onBlur,
    setAutosavePaused: draft.setAutosavePaused,
    restorable: draft.restorable,
    restore: draft.restore,
    discardRestorable: draft.discardRestorable,
  };
}

export type AnswerDraft = ReturnType<typeof useAnswerDraft>;
