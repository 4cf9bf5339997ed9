import { diffWordsWithSpace } from 'diff';
import type { TAnswerKind } from '../catalogue/catalogue.schemas';
import { addDays, daysBetween } from '../dates/calendar-date';
import type { TQuestionnaireAnswer } from '../questionnaires/questionnaire.schemas';
import type { TTextChange } from './carry-forward.schemas';
import type { TAnswerData } from './report-api.schemas';

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
 * declared order, a blank line apart (one source carries its text exactly). The structured part carries only from a single source of
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
    const texts = finals.map((source) => source.stored.body).filter((text) => text.trim() !== '');
    // One source carries its text exactly; several are joined, each trimmed, a blank line apart.
    const body = texts.length === 1 ? (texts[0] ?? '') : texts.map((text) => text.trim()).join('\n\n');
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
  const parts = diffWordsWithSpace(previous, current);
  const changes: TTextChange[] = [];
  const push = (change: TTextChange['change'], text: string) => {
    if (text === '') return;
    const last = changes.at(-1);
    if (last && last.change === change) last.text += text;
    else changes.push({ change, text });
  };
  // A replaced phrase reads as one: the spaces between its changed words belong to both sides.
  let removed = '';
  let added = '';
  const flush = () => {
    push('removed', removed);
    push('added', added);
    removed = '';
    added = '';
  };
  parts.forEach((part, index) => {
    if (part.removed) removed += part.value;
    else if (part.added) added += part.value;
    else {
      const inBlock = removed !== '' || added !== '';
      const next = parts[index + 1];
      if (inBlock && part.value.trim() === '' && next && (next.added || next.removed)) {
        removed += part.value;
        added += part.value;
        return;
      }
      flush();
      push('same', part.value);
    }
  });
  flush();
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

/** An assignment of the previous cycle's review. */
export interface PreviousAssignment {
  questionCode: string;
  organisationId: string;
  role: 'lead' | 'contributing';
  /** YYYY-MM-DD */
  dueDate: string;
  focalPointIds: readonly string[];
}

/** An assignment of the new review, planned from the previous cycle's. */
export interface CarriedAssignment {
  questionCode: string;
  organisationId: string;
  role: 'lead' | 'contributing';
  dueDate: string;
  focalPointIds: string[];
}

/**
 * The previous cycle's plan of assignments, question by question of the new review: the
 * organisations that answered its source questions answer it again, with the same focal points
 * and due dates moved with the final deadline. A question keeps one lead: the lead of its first
 * source that had one; every other organisation contributes. `keep` drops organisations or people
 * that no longer take part (archived in the country's directory).
 */
export function carryAssignments(
  targets: readonly Pick<CarryTarget, 'code' | 'carryFrom'>[],
  previous: readonly PreviousAssignment[],
  deadlines: { previousFinal: string; newFinal: string },
  keep: { organisation: (id: string) => boolean; person: (id: string) => boolean },
): CarriedAssignment[] {
  const planned: CarriedAssignment[] = [];
  for (const target of targets) {
    const byOrganisation = new Map<string, CarriedAssignment>();
    for (const code of carrySourceCodes(target)) {
      const ofSource = previous
        .filter((row) => row.questionCode === code && keep.organisation(row.organisationId))
        .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1));
      for (const row of ofSource) {
        const hasLead = [...byOrganisation.values()].some((planned) => planned.role === 'lead');
        const dueDate = carriedDueDate(row.dueDate, deadlines.previousFinal, deadlines.newFinal);
        const focalPointIds = row.focalPointIds.filter(keep.person);
        const existing = byOrganisation.get(row.organisationId);
        if (existing) {
          existing.focalPointIds = [...new Set([...existing.focalPointIds, ...focalPointIds])];
          if (dueDate < existing.dueDate) existing.dueDate = dueDate;
          continue;
        }
        byOrganisation.set(row.organisationId, {
          questionCode: target.code,
          organisationId: row.organisationId,
          role: row.role === 'lead' && !hasLead ? 'lead' : 'contributing',
          dueDate,
          focalPointIds,
        });
      }
    }
    planned.push(...byOrganisation.values());
  }
  return planned;
}

/**
 * A previous assignment's due date moved into the new cycle: by as many days as the final
 * deadline moved, and never after the new final deadline. YYYY-MM-DD in and out.
 */
export function carriedDueDate(previousDue: string, previousFinal: string, newFinal: string): string {
  const moved = addDays(previousDue, daysBetween(previousFinal, newFinal));
  return moved > newFinal ? newFinal : moved;
}
