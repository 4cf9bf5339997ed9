import {
  GUIDING_PRINCIPLES,
  type TAnswer,
  type TAnswerKind,
  type TReportPrinciple,
  type TReportQuestionStatus,
  ZSaveAnswerRequest,
} from '@gcm/domain';
import { useCallback } from 'react';
import { type DraftSaveStatus, useVersionedDraft } from '../../../components/ui/use-versioned-draft';
import { answerConflictOf, useSaveAnswer } from '../api/save-answer';

export type AnswerSaveStatus = DraftSaveStatus;

interface Fields {
  body: string;
  status: TReportQuestionStatus;
  principles: TReportPrinciple[];
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

function fieldsOf(answer: TAnswer): Fields {
  return { body: answer.body, status: answer.status, principles: principleRows(answer.data?.principles) };
}

function samePrinciples(a: readonly TReportPrinciple[], b: readonly TReportPrinciple[]): boolean {
  return a.every(
    (row, index) => row.integrated === b[index]?.integrated && row.explanation === b[index]?.explanation,
  );
}

/**
 * The consolidated answer being edited, saved only when the coordinator asks: each save sends
 * `baseVersion` = the version loaded or last saved; a 409 keeps the stored answer in `conflict` until the
 * coordinator keeps their text (saved on top of the newer version) or takes the stored one.
 * Question 5 also sends its ten principles as `data`; other questions leave `data` out (kept as stored).
 */
export function useAnswerDraft(reviewId: string, code: string, kind: TAnswerKind, initial: TAnswer) {
  const mutation = useSaveAnswer(reviewId, code);
  const withPrinciples = kind === 'principles_checklist';
  const draft = useVersionedDraft({
    initial: () => ({ version: initial.version, fields: fieldsOf(initial) }),
    differs: (now: Fields, stored: Fields) =>
      now.body !== stored.body ||
      now.status !== stored.status ||
      (withPrinciples && !samePrinciples(now.principles, stored.principles)),
    parse: (now, baseVersion) =>
      ZSaveAnswerRequest.safeParse({
        baseVersion,
        body: now.body,
        status: now.status,
        ...(withPrinciples ? { data: { principles: now.principles } } : {}),
      }),
    send: mutation.mutateAsync,
    conflictOf: answerConflictOf,
    versionOf: (stored: TAnswer) => stored.version,
    fieldsOf,
  });
  const { edit: update, setFields } = draft;

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
    edit,
    setPrinciple,
    baseVersion: draft.baseVersion,
    dirty: draft.dirty,
    /** Where saving stands. */
    status: draft.status,
    conflict: draft.conflict,
    error: draft.error,
    fieldErrors: draft.fieldErrors,
    save: draft.save,
    keepMine: draft.keepMine,
    takeTheirs: draft.takeTheirs,
  };
}

export type AnswerDraft = ReturnType<typeof useAnswerDraft>;
