import type { z } from 'zod';
import ESCAP_2020_FILE from './escap-gcm-review-2020.v1.json';
import { type TFlatQuestion, type TQuestionnaire, ZQuestionnaire } from './questionnaire.schemas';

/** One thing wrong with a questionnaire file, said so that its author can find and fix it. */
export interface TQuestionnaireProblem {
  /** Where, as a path into the file: "sections[1].questions[0].answer.kind". */
  path: string;
  /** What, naming the section and question: "Section 2 (cluster-2), question 2a: …". */
  message: string;
}

export type TQuestionnaireCheck =
  | { ok: true; questionnaire: TQuestionnaire }
  | { ok: false; problems: TQuestionnaireProblem[] };

function dottedPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

function at(value: unknown, key: PropertyKey): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  return (value as Record<PropertyKey, unknown>)[key];
}

/** "Section 2 (cluster-2), question 2a" for a path inside the sections, read from the raw file. */
function placeOf(raw: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'sections' || typeof path[1] !== 'number') {
    return path.length === 0 ? 'The file' : `"${dottedPath(path)}"`;
  }
  const section = at(at(raw, 'sections'), path[1]);
  const key = at(section, 'key');
  let place = `Section ${path[1] + 1}${typeof key === 'string' ? ` (${key})` : ''}`;
  if (path[2] === 'questions' && typeof path[3] === 'number') {
    const code = at(at(at(section, 'questions'), path[3]), 'code');
    place += `, question ${typeof code === 'string' ? code : `number ${path[3] + 1}`}`;
    const rest = path.slice(4);
    if (rest.length > 0) place += `, ${dottedPath(rest)}`;
  } else if (path.length > 2) {
    place += `, ${dottedPath(path.slice(2))}`;
  }
  return place;
}

function toProblems(raw: unknown, issues: readonly z.core.$ZodIssue[]): TQuestionnaireProblem[] {
  return issues.map((issue) => ({
    path: dottedPath(issue.path),
    message: `${placeOf(raw, issue.path)}: ${issue.message}`,
  }));
}

/** Checks a questionnaire file (already parsed from JSON) and says each problem it has. */
export function checkQuestionnaire(raw: unknown): TQuestionnaireCheck {
  const parsed = ZQuestionnaire.safeParse(raw);
  if (parsed.success) return { ok: true, questionnaire: parsed.data };
  return { ok: false, problems: toProblems(raw, parsed.error.issues) };
}

/** Checks a questionnaire file's text: JSON first, then the schema. */
export function checkQuestionnaireText(text: string): TQuestionnaireCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: '', message: `The file is not valid JSON: ${reason}` }] };
  }
  return checkQuestionnaire(raw);
}

/** The questionnaire's questions in reading order, each with its section. */
export function questionnaireQuestions(questionnaire: TQuestionnaire): TFlatQuestion[] {
  const questions: TFlatQuestion[] = [];
  let headed = 0;
  for (const section of questionnaire.sections) {
    const sectionNumber = section.title === null ? null : ++headed;
    for (const question of section.questions) {
      questions.push({
        code: question.code,
        order: questions.length + 1,
        sectionKey: section.key,
        sectionNumber,
        prompt: question.prompt,
        guidance: question.guidance,
        answer: question.answer,
        objectives: question.objectives,
        carryFrom: question.carryFrom,
        draftFrom: question.draftFrom ?? null,
      });
    }
  }
  return questions;
}

/** The ESCAP Voluntary GCM Review survey of 2020 (Asia-Pacific Regional Review, Bangkok, 18–20 November 2020). */
export const ESCAP_GCM_REVIEW_2020: TQuestionnaire = ZQuestionnaire.parse(ESCAP_2020_FILE);

/** The questionnaires shipped with the product; administrators import more (stored in the database). */
export const BUILT_IN_QUESTIONNAIRES: readonly TQuestionnaire[] = [ESCAP_GCM_REVIEW_2020];

export function builtInQuestionnaire(key: string, version?: number): TQuestionnaire | undefined {
  const matching = BUILT_IN_QUESTIONNAIRES.filter(
    (questionnaire) =>
      questionnaire.key === key && (version === undefined || questionnaire.version === version),
  );
  return matching.sort((a, b) => b.version - a.version)[0];
}

/** The headed sections in order, numbered from 1 as the document numbers them. */
export function headedSections(
  questionnaire: TQuestionnaire,
): { number: number; key: string; title: string; objectives: number[] }[] {
  return questionnaire.sections
    .filter((section): section is typeof section & { title: string } => section.title !== null)
    .map((section, index) => ({
      number: index + 1,
      key: section.key,
      title: section.title,
      objectives: section.objectives,
    }));
}
