import type { z } from 'zod';

/**
 * Valid request values generated from the contract's zod schemas, and the places of the strings
 * in them, so a test can vary each string of each request without a hand-written list.
 */

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

export type Path = (string | number)[];

/** Values for fields that must name real records, by field name (the last segment). */
export type IdsByField = Record<string, unknown>;

const TEXT_SAMPLES = [
  'Fuzz text',
  '2026-12-20',
  '2026-12-20T09:00:00+08:00',
  'Asia/Ulaanbaatar',
  'fuzz@example.org',
  'https://example.org/a',
  '09:00',
  '2b',
  '1',
  'escap-gcm-review-2020',
  '00000000-0000-4000-8000-000000000000',
];

function defOf(schema: Schema): Def {
  return schema._zod.def as unknown as Def;
}

function accepts(schema: Schema, value: unknown): boolean {
  return (schema as z.ZodType).safeParse(value).success;
}

/** True when `schema` accepts a sentence (not just a UUID, a date, a code). */
export function isFreeText(schema: Schema): boolean {
  return accepts(schema, 'Fuzz text');
}

/** Whether a string a person types can appear anywhere inside `schema`. */
function holdsFreeText(schema: Schema, seen = new Set<Schema>()): boolean {
  if (seen.has(schema)) return false;
  seen.add(schema);
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return isFreeText(schema);
    case 'object':
      return Object.values(def.shape as Record<string, Schema>).some((field) => holdsFreeText(field, seen));
    case 'array':
      return holdsFreeText(def.element as Schema, seen);
    case 'record':
      return true;
    case 'union':
      return (def.options as Schema[]).some((option) => holdsFreeText(option, seen));
    case 'pipe':
      return holdsFreeText(def.in as Schema, seen);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return holdsFreeText(def.innerType as Schema, seen);
    default:
      return false;
  }
}

function minItems(schema: Schema): number {
  const checks = (defOf(schema).checks as { _zod: { def: { check: string; minimum?: number } } }[]) ?? [];
  const min = checks.find((check) => check._zod.def.check === 'min_length');
  return min?._zod.def.minimum ?? 0;
}

/**
 * A value `schema` accepts. Optional fields are filled only when they can hold free text (so
 * their strings are varied too); ids come from `ids` by field name.
 */
export function sampleOf(schema: Schema, ids: IdsByField, key = ''): unknown {
  const def = defOf(schema);
  if (key in ids && accepts(schema, ids[key])) return ids[key];
  switch (def.type) {
    case 'string': {
      const sample = TEXT_SAMPLES.find((value) => accepts(schema, value));
      return sample ?? 'a';
    }
    case 'pipe': {
      const sample = TEXT_SAMPLES.find((value) => accepts(schema, value));
      return sample ?? sampleOf(def.in as Schema, ids, key);
    }
    case 'number': {
      return [1, 2026, 0, 5, 10].find((value) => accepts(schema, value)) ?? 1;
    }
    case 'boolean':
      return false;
    case 'literal':
      return (def.values as unknown[])[0];
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'null':
      return null;
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [field, fieldSchema] of Object.entries(def.shape as Record<string, Schema>)) {
        const optional = (fieldSchema as z.ZodType).safeParse(undefined).success;
        if (optional && !holdsFreeText(fieldSchema) && !(field in ids)) continue;
        value[field] = sampleOf(fieldSchema, ids, field);
      }
      return value;
    }
    case 'array': {
      const count = Math.max(1, minItems(schema));
      return Array.from({ length: count }, () => sampleOf(def.element as Schema, ids, key));
    }
    case 'tuple':
      return (def.items as Schema[]).map((item) => sampleOf(item, ids, key));
    case 'record':
      return { note: 'Fuzz text' };
    case 'union': {
      for (const option of def.options as Schema[]) {
        const value = sampleOf(option, ids, key);
        if (accepts(option, value)) return value;
      }
      return sampleOf((def.options as Schema[])[0] as Schema, ids, key);
    }
    case 'optional':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return sampleOf(def.innerType as Schema, ids, key);
    case 'nullable': {
      const inner = sampleOf(def.innerType as Schema, ids, key);
      return inner;
    }
    case 'default':
    case 'prefault':
      return sampleOf(def.innerType as Schema, ids, key);
    case 'lazy':
      return sampleOf((def.getter as () => Schema)(), ids, key);
    default:
      return null;
  }
}

/** The paths of every string in a JSON value (nested objects and arrays too). */
export function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  }
  return [];
}

/** A deep copy of `value` with the string at `path` replaced. */
export function withValueAt(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    return value.map((item, index) => (index === head ? withValueAt(item, rest, replacement) : item));
  }
  const record = value as Record<string, unknown>;
  return { ...record, [head as string]: withValueAt(record[head as string], rest, replacement) };
}

export function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (current, segment) => (current as Record<string | number, unknown> | undefined)?.[segment],
    value,
  );
}
