import {
  GUIDING_PRINCIPLES,
  type TAnswer,
  type TAnswerKind,
  type TReportPrinciple,
  type TReportQuestionStatus,
  type TSaveAnswerRequest,
  ZSaveAnswerRequest,
} from '@gcm/domain';
import { useCallback, useRef, useState } from 'react';
import { type FieldErrors, issuesToFieldErrors, serverFieldErrors } from '../../../lib/form-errors';
import { answerConflictOf, useSaveAnswer } from '../api/save-answer';

export type AnswerSaveStatus = 'idle' | 'saving' | 'invalid' | 'error' | 'conflict';

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
  const [fields, setFields] = useState<Fields>(() => fieldsOf(initial));
  const [base, setBase] = useState<{ version: number } & Fields>(() => ({
    version: initial.version,
    ...fieldsOf(initial),
  }));
  const [status, setStatus] = useState<AnswerSaveStatus>('idle');
  const [conflict, setConflict] = useState<TAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const withPrinciples = kind === 'principles_checklist';

  const dirty =
    fields.body !== base.body ||
    fields.status !== base.status ||
    (withPrinciples && !samePrinciples(fields.principles, base.principles));

  const latest = useRef({ fields, base });
  latest.current = { fields, base };

  const edit = useCallback((change: Partial<Fields>) => {
    setFields((current) => ({ ...current, ...change }));
    setStatus((current) => (current === 'error' || current === 'invalid' ? 'idle' : current));
  }, []);

  const setPrinciple = useCallback(
    (key: TReportPrinciple['key'], change: Partial<Omit<TReportPrinciple, 'key'>>) => {
      setFields((current) => ({
        ...current,
        principles: current.principles.map((row) => (row.key === key ? { ...row, ...change } : row)),
      }));
    },
    [],
  );

  const save = useCallback(
    async (baseVersion?: number): Promise<TAnswer | null> => {
      const { fields: now, base: from } = latest.current;
      const request: TSaveAnswerRequest = {
        baseVersion: baseVersion ?? from.version,
        body: now.body,
        status: now.status,
        ...(withPrinciples ? { data: { principles: now.principles } } : {}),
      };
      const parsed = ZSaveAnswerRequest.safeParse(request);
      if (!parsed.success) {
        setFieldErrors(issuesToFieldErrors(parsed.error));
        setStatus('invalid');
        return null;
      }
      setStatus('saving');
      try {
        const saved = await mutation.mutateAsync(parsed.data);
        setBase({ version: saved.version, ...now });
        setConflict(null);
        setError(null);
        setFieldErrors({});
        setStatus('idle');
        return saved;
      } catch (caught) {
        const stored = answerConflictOf(caught);
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
    [mutation.mutateAsync, withPrinciples],
  );

  /** "Keep mine": save this answer on top of the version stored now. */
  const keepMine = useCallback(
    () => (conflict ? save(conflict.version) : Promise.resolve(null)),
    [conflict, save],
  );

  /** "Use theirs": drop this answer and continue from the stored one. */
  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setFields(fieldsOf(conflict));
    setBase({ version: conflict.version, ...fieldsOf(conflict) });
    setConflict(null);
    setStatus('idle');
  }, [conflict]);

  return {
    body: fields.body,
    /** The answer's status in the report (draft, final, not applicable). */
    answerStatus: fields.status,
    principles: fields.principles,
    edit,
    setPrinciple,
    baseVersion: base.version,
    dirty,
    /** Where saving stands. */
    status,
    conflict,
    error,
    fieldErrors,
    save,
    keepMine,
    takeTheirs,
  };
}

export type AnswerDraft = ReturnType<typeof useAnswerDraft>;
