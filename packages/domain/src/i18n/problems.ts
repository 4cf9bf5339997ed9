import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { type Catalogue, mergeCatalogues } from './catalogue';
import { FORMATTING_TAGS, type TLocale } from './locales';
import { PROBLEM_CATALOGUES } from './problems.messages';

/**
 * Problem messages — what a person reads when something is refused — in the person's language.
 *
 * The API throws `new AppError(code, 'English message')` and the contract's schemas carry English
 * validation messages; both stay English in the code (tests, logs and the machine-readable `code`
 * keep working). The problem catalogues (problems.*.messages.ts) hold each of them with ICU
 * arguments for its variable parts (`There is no question {code} in this review`).
 * `translateProblem` recognises an English message — exactly, or by the pattern its ICU English
 * makes, the arguments captured — and writes it in the locale with the same arguments. An
 * argument that is itself a known message or phrase ("change the review settings") is translated
 * too; an unknown message comes back unchanged, in English.
 */

type Arg = string | number;
type Values = Record<string, Arg>;

interface Pattern {
  id: string;
  regex: RegExp;
  /** For each capture group: the argument it fills, and for a select the option it stands for. */
  groups: { name: string; option?: string }[];
  /** Characters of literal text: the more, the more specific (tried first). */
  weight: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regular expression matching every text the ICU message can produce. */
function compile(id: string, message: string): Pattern {
  const groups: Pattern['groups'] = [];
  let weight = 0;
  const walk = (elements: readonly MessageFormatElement[], plural?: string): string =>
    elements
      .map((element) => {
        switch (element.type) {
          case TYPE.literal:
            weight += element.value.length;
            return escapeRegExp(element.value);
          case TYPE.pound:
            groups.push({ name: plural ?? '#' });
            return '(-?[\\d.,\\s]+)';
          case TYPE.plural:
            return `(?:${Object.entries(element.options)
              .map(([key, option]) => {
                groups.push({ name: element.value, option: key });
                return `()${walk(option.value, element.value)}`;
              })
              .join('|')})`;
          case TYPE.select:
            return `(?:${Object.entries(element.options)
              .map(([key, option]) => {
                groups.push({ name: element.value, option: key });
                return `()${walk(option.value, plural)}`;
              })
              .join('|')})`;
          case TYPE.tag:
            return `<${escapeRegExp(element.value)}>${walk(element.children, plural)}</${escapeRegExp(element.value)}>`;
          default:
            groups.push({ name: element.value });
            return '([\\s\\S]+?)';
        }
      })
      .join('');
  const source = walk(parse(message));
  return { id, regex: new RegExp(`^${source}$`), groups, weight };
}

/** Writes an ICU message with `values` (plain arguments, numbers, plurals and selects). */
export function formatProblemMessage(message: string, values: Values, locale: TLocale): string {
  const tag = FORMATTING_TAGS[locale];
  const asNumber = (value: Arg | undefined) => (typeof value === 'number' ? value : Number(value));
  const walk = (elements: readonly MessageFormatElement[], pound?: number): string =>
    elements
      .map((element) => {
        switch (element.type) {
          case TYPE.literal:
            return element.value;
          case TYPE.pound:
            return pound === undefined ? '#' : new Intl.NumberFormat(tag).format(pound);
          case TYPE.argument:
            return String(values[element.value] ?? `{${element.value}}`);
          case TYPE.number: {
            const n = asNumber(values[element.value]);
            return Number.isFinite(n) ? new Intl.NumberFormat(tag).format(n) : String(values[element.value]);
          }
          case TYPE.plural: {
            const value = values[element.value];
            const n = asNumber(value);
            // Recognised by its wording only ("question" / "questions"): the option English used.
            if (!Number.isFinite(n)) {
              const option = element.options[String(value)] ?? element.options.other;
              return option ? walk(option.value, pound) : '';
            }
            const exact = element.options[`=${n}`];
            const rule = new Intl.PluralRules(tag, { type: element.pluralType }).select(n - element.offset);
            const option = exact ?? element.options[rule] ?? element.options.other;
            return option ? walk(option.value, n - element.offset) : '';
          }
          case TYPE.select: {
            const option = element.options[String(values[element.value])] ?? element.options.other;
            return option ? walk(option.value, pound) : '';
          }
          case TYPE.tag:
            return walk(element.children, pound);
          default:
            return String(values[(element as { value: string }).value] ?? '');
        }
      })
      .join('');
  return walk(parse(message));
}

let compiled: { merged: Catalogue; exact: Map<string, string>; patterns: Pattern[] } | undefined;

function tables() {
  if (!compiled) {
    const merged = mergeCatalogues(PROBLEM_CATALOGUES);
    const exact = new Map<string, string>();
    const patterns: Pattern[] = [];
    for (const [id, english] of Object.entries(merged.en)) {
      const pattern = compile(id, english);
      if (pattern.groups.length === 0) exact.set(english, id);
      else patterns.push(pattern);
    }
    patterns.sort((a, b) => b.weight - a.weight);
    compiled = { merged, exact, patterns };
  }
  return compiled;
}

interface Recognised {
  id: string;
  values: Values;
  /** The arguments that choose a plural's or select's option: never translated. */
  selectors: Set<string>;
}

function recognise(message: string): Recognised | undefined {
  const { exact, patterns } = tables();
  const id = exact.get(message);
  if (id) return { id, values: {}, selectors: new Set() };
  for (const pattern of patterns) {
    const match = pattern.regex.exec(message);
    if (!match) continue;
    // A captured text wins over the option of a plural or select it was found in.
    const values: Values = {};
    const options: Values = {};
    pattern.groups.forEach((group, index) => {
      const captured = match[index + 1];
      if (captured === undefined) return;
      if (group.option !== undefined) options[group.name] ??= group.option;
      else values[group.name] ??= captured;
    });
    const selectors = new Set(
      pattern.groups.filter((group) => group.option !== undefined).map((group) => group.name),
    );
    return { id: pattern.id, values: { ...options, ...values }, selectors };
  }
  return undefined;
}

/** The id and arguments of the catalogue message an English text is, or undefined. */
export function recogniseProblem(message: string): { id: string; values: Values } | undefined {
  const found = recognise(message);
  return found && { id: found.id, values: found.values };
}

/** An argument in the locale: a known message or phrase translated, a number as a number, else as it is. */
function translateArgument(value: Arg, locale: TLocale, depth: number): Arg {
  if (typeof value !== 'string') return value;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  // A list of problems ("title: is required; name: must be text"), when each of them is known
  // (a field's path kept); else the whole text as one message.
  const problems = value.split('; ').map((problem) => problem.replace(/^…$/, ''));
  if (problems.length > 1) {
    const each = problems.map((problem) =>
      problem === '' ? '…' : translateField(problem, locale, depth + 1),
    );
    if (each.every((problem, index) => problem === '…' || problem !== problems[index]))
      return each.join('; ');
  }
  const field = translateField(value, locale, depth + 1);
  if (field !== value) return field;
  // "the coordinator or a contributor": each alternative translated, joined as the language joins them.
  const parts = value.split(' or ');
  if (parts.length > 1) {
    const each = parts.map((part) => translateAt(part, locale, depth + 1));
    if (each.every((part, index) => part !== parts[index]))
      return new Intl.ListFormat(FORMATTING_TAGS[locale], { type: 'disjunction' }).format(each);
  }
  return value;
}

/** "path: message" (the API's summary of field errors) with the message translated; else as translateAt. */
function translateField(text: string, locale: TLocale, depth: number): string {
  const whole = translateAt(text, locale, depth);
  if (whole !== text) return whole;
  const field = /^([\w.[\]-]+): ([\s\S]+)$/.exec(text);
  if (!field) return text;
  const message = translateAt(field[2] as string, locale, depth);
  return message === field[2] ? text : `${field[1]}: ${message}`;
}

function translateAt(message: string, locale: TLocale, depth: number): string {
  if (locale === 'en' || depth > 3 || message === '') return message;
  const found = recognise(message);
  if (!found) return message;
  const values: Values = {};
  for (const [name, value] of Object.entries(found.values))
    values[name] =
      found.selectors.has(name) && !/^\d/.test(String(value))
        ? value
        : translateArgument(value, locale, depth);
  const target = tables().merged[locale][found.id];
  if (target === undefined) return message;
  try {
    return formatProblemMessage(target, values, locale);
  } catch {
    return message;
  }
}

/**
 * The English problem message `message` in `locale`: recognised in the problem catalogues
 * (exactly, or by its ICU pattern with the arguments captured) and written in that language with
 * the same arguments. Unknown messages come back unchanged.
 */
export function translateProblem(message: string, locale: TLocale): string {
  return translateAt(message, locale, 0);
}

/** The texts an ICU message can make with each argument written `*` (every plural and select option). */
function wildcardForms(message: string): string[] {
  const walk = (elements: readonly MessageFormatElement[]): string[] =>
    elements.reduce<string[]>(
      (forms, element) => {
        let tails: string[];
        switch (element.type) {
          case TYPE.literal:
            tails = [element.value];
            break;
          case TYPE.plural:
          case TYPE.select:
            tails = Object.values(element.options).flatMap((option) => walk(option.value));
            break;
          case TYPE.tag:
            tails = walk(element.children).map((inner) => `<${element.value}>${inner}</${element.value}>`);
            break;
          default:
            tails = ['*'];
        }
        return forms.flatMap((form) => tails.map((tail) => form + tail));
      },
      [''],
    );
  return walk(parse(message));
}

/**
 * Whether a message as the code writes it — a literal, or a template literal with each `${…}`
 * written `*` — has its entry in the problem catalogues (for the tests that keep them complete).
 */
export function hasProblemEntry(codeText: string): boolean {
  if (!codeText.includes('*')) return recogniseProblem(codeText) !== undefined;
  const { merged } = tables();
  const shape = new RegExp(`^${codeText.split('*').map(escapeRegExp).join('[\\s\\S]*')}$`);
  return Object.values(merged.en).some((english) => wildcardForms(english).some((form) => shape.test(form)));
}
