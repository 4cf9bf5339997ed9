import { diffWordsWithSpace } from 'diff';
import type { TAnswerKind } from '../catalogue/catalogue.schemas';
import { addDays, daysBetween } from '../dates/calendar-date';
import type { TQuestionnaireAnswer } from '../questionnaires/questionnaire.schemas';
import type { TAnswerData } from '../report/report-api.schemas';
import type { TTextChange } from './carry-forward.schemas';

// ---------------------------------------------------------------------------------------------
// Carry forward: a review started from the country's previous cycle begins from that cycle's
// final answers (docs/decisions/0020-carry-forward.md).
// ---------------------------------------------------------------------------------------------

/** A question of the new review, as its questionnaire declares it. */
export interface CarryTarget {
  code: string;
  answerKind: TAnswerKind;
  answer: TQuestionnaireAnswer;
  /** The previous cycle's questions that feed it; empty = the question with the same code. */
  carryFrom: readonly string[];
}

/** A question of the previous cycle's review with its answer as it stands. */
export interface CarrySource {
  code: string;
  answerKind: TAnswerKind;
  answer: TQuestionnaireAnswer;
  /** Null when the question was never answered. */
  stored: { body: string; data: TAnswerData | null; status: 'draft' | 'final' | 'not_applicable' } | null;
}

type FinalSource = CarrySource & { stored: NonNullable<CarrySource['stored']> };

/** What one question of the new review starts from. */
export interface CarriedAnswer {
  code: string;
  /** The previous cycle's questions whose final answers it starts from, in the declared order. */
  fromCodes: string[];
  body: string;
  data: TAnswerData | null;
}

/** The previous cycle's codes that feed a question (its declared `carryFrom`, else its own code). */
export function carrySourceCodes(target: Pick<CarryTarget, 'code' | 'carryFrom'>): string[] {
  return target.carryFrom.length > 0 ? [...target.carryFrom] : [target.code];
}

/**
 * The answers a new review starts from. Only final answers carry: a draft was never agreed and a
 * question marked not applicable has nothing to say. Several sources join their texts in the
 * declared order, a blank line apart. The structured part carries only from a single source of
 * the same kind: a principles checklist as it is, a table's rows restricted to the columns the new
 * question still has; a priority table never (the new cycle votes again).
 */
export function carryAnswers(
  targets: readonly CarryTarget[],
  sources: readonly CarrySource[],
): CarriedAnswer[] {
  const byCode = new Map(sources.map((source) => [source.code, source]));
  const carried: CarriedAnswer[] = [];
  for (const target of targets) {
    const finals = carrySourceCodes(target)
      .map((code) => byCode.get(code))
      .filter((source): source is FinalSource => source?.stored?.status === 'final');
    if (finals.length === 0) continue;
    const body = finals
      .map((source) => source.stored.body.trim())
      .filter((text) => text !== '')
      .join('\n\n');
    const [only] = finals;
    const data = finals.length === 1 && only ? carriedData(target, only) : null;
    if (body === '' && data === null) continue;
    carried.push({ code: target.code, fromCodes: finals.map((source) => source.code), body, data });
  }
  return carried;
}

function carriedData(target: CarryTarget, source: CarrySource): TAnswerData | null {
  const data = source.stored?.data;
  if (!data || target.answerKind !== source.answerKind) return null;
  if (target.answer.kind === 'principles_checklist' && data.principles) {
    return { principles: data.principles.map((principle) => ({ ...principle })) };
  }
  if (target.answer.kind === 'table' && data.rows) {
    const keys = target.answer.columns.map((column) => column.key);
    const rows = data.rows
      .map((row) => Object.fromEntries(keys.map((key) => [key, row[key] ?? ''])))
      .filter((row) => Object.values(row).some((cell) => cell.trim() !== ''));
    return rows.length > 0 ? { rows } : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The difference view: the previous cycle's text against the draft, word by word.
// ---------------------------------------------------------------------------------------------

/**
 * The draft against the previous cycle's text, as runs of words that stayed, went or came
 * (spaces and line breaks count, so the runs put back together give each text exactly).
 */
export function answerDifference(previous: string, current: string): TTextChange[] {
  const changes: TTextChange[] = [];
  for (const part of diffWordsWithSpace(previous, current)) {
    const change = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = changes.at(-1);
    if (last && last.change === change) last.text += part.value;
    else changes.push({ change, text: part.value });
  }
  return changes;
}

/** The text a list of changes started from (`previous`) or ends at (`current`). */
export function textOfChanges(changes: readonly TTextChange[], side: 'previous' | 'current'): string {
  const dropped = side === 'previous' ? 'added' : 'removed';
  return changes
    .filter((part) => part.change !== dropped)
    .map((part) => part.text)
    .join('');
}

/**
 * A previous assignment's due date moved into the new cycle: by as many days as the final
 * deadline moved, and never after the new final deadline. YYYY-MM-DD in and out.
 */
export function carriedDueDate(previousDue: string, previousFinal: string, newFinal: string): string {
  const moved = addDays(previousDue, daysBetween(previousFinal, newFinal));
  return moved > newFinal ? newFinal : moved;
}
