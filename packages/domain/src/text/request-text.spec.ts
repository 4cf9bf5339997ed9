import type { z } from 'zod';
import * as contract from '../index';
import { NUL_MESSAGE, SURROGATE_MESSAGE, storableJson, storableText } from './storable-text';

/**
 * Every string a request can carry must be storable: each request schema of the contract is
 * walked to its string leaves, so a field added without `text()` / `storableText` fails here.
 */

type Schema = z.core.$ZodType;

interface Leaf {
  path: string;
  schema: Schema;
}

interface Walk {
  leaves: Leaf[];
  /** Places that accept any JSON value without a `storableJson` check above them. */
  unguarded: string[];
}

function checksOf(schema: Schema): readonly unknown[] {
  return (schema._zod.def as { checks?: unknown[] }).checks ?? [];
}

function isStringLike(schema: Schema): boolean {
  const def = schema._zod.def as { type: string; in?: Schema };
  if (def.type === 'string') return true;
  return def.type === 'pipe' && def.in !== undefined && isStringLike(def.in);
}

/** The string schema a pipe starts from (`ZEmail` is a string piped into an e-mail check). */
function sourceString(schema: Schema): Schema {
  const def = schema._zod.def as { type: string; in?: Schema };
  return def.type === 'pipe' && def.in ? sourceString(def.in) : schema;
}

function walk(schema: Schema, path: string, guarded: boolean, into: Walk): void {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const isGuarded = guarded || checksOf(schema).includes(storableJson);
  if (isStringLike(schema)) {
    into.leaves.push({ path, schema });
    return;
  }
  const child = (value: unknown, segment: string) => walk(value as Schema, segment, isGuarded, into);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, Schema>)) {
        child(value, path ? `${path}.${key}` : key);
      }
      return;
    case 'array':
      child(def.element, `${path}[]`);
      return;
    case 'set':
      child(def.valueType, `${path}[]`);
      return;
    case 'tuple':
      (def.items as Schema[]).forEach((item, index) => {
        child(item, `${path}[${index}]`);
      });
      if (def.rest) child(def.rest, `${path}[]`);
      return;
    case 'record':
    case 'map':
      child(def.keyType, `${path}{key}`);
      child(def.valueType, `${path}{}`);
      return;
    case 'union':
      for (const option of def.options as Schema[]) child(option, path);
      return;
    case 'intersection':
      child(def.left, path);
      child(def.right, path);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      child(def.innerType, path);
      return;
    case 'pipe':
      child(def.in, path);
      child(def.out, path);
      return;
    case 'lazy':
      child((def.getter as () => Schema)(), path);
      return;
    case 'unknown':
    case 'any':
      if (!isGuarded) into.unguarded.push(path || '(whole body)');
      return;
    default:
      // Numbers, booleans, enums, literals, dates, transforms: nothing a person types as text.
      return;
  }
}

function messagesFor(schema: Schema, value: string): string[] {
  const result = (schema as z.ZodType).safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

/** The schemas a request is checked with: bodies, queries, path parameters, structured answers. */
const REQUEST_SCHEMAS = Object.entries(contract).filter(([name, value]) =>
  /^Z\w*(Request|Query)$/.test(name) ||
  ['ZUuid', 'ZQuestionCode', 'ZInvitationToken', 'ZPrinciplesAnswerData', 'ZPrioritiesAnswerData'].includes(
    name,
  )
    ? typeof value === 'object' && value !== null && '_zod' in value
    : false,
) as [string, Schema][];

const LEAVES = REQUEST_SCHEMAS.flatMap(([name, schema]) => {
  const into: Walk = { leaves: [], unguarded: [] };
  walk(schema, '', false, into);
  return into.leaves.map((leaf) => ({
    name: `${name}${leaf.path ? `.${leaf.path}` : ''}`,
    schema: leaf.schema,
  }));
});

describe('every string of every request schema is storable', () => {
  it('finds the request schemas and their strings', () => {
    expect(REQUEST_SCHEMAS.length).toBeGreaterThanOrEqual(30);
    expect(LEAVES.length).toBeGreaterThanOrEqual(60);
  });

  it('leaves no free-form JSON without the storableJson check', () => {
    const unguarded = REQUEST_SCHEMAS.flatMap(([name, schema]) => {
      const into: Walk = { leaves: [], unguarded: [] };
      walk(schema, '', false, into);
      return into.unguarded.map((path) => `${name}.${path}`);
    });
    expect(unguarded).toEqual([]);
  });

  it.each(LEAVES.map((leaf) => [leaf.name, leaf.schema] as const))(
    '%s refuses NUL and broken Unicode',
    (_name, schema) => {
      for (const value of ['\u0000', 'a\u0000', '\uD83D', 'a\uDE00']) {
        expect({ value, accepted: messagesFor(schema, value).length === 0 }).toEqual({
          value,
          accepted: false,
        });
      }
    },
  );

  it.each(LEAVES.map((leaf) => [leaf.name, leaf.schema] as const))(
    '%s is either free text with the storableText check or a format that refuses free text',
    (_name, schema) => {
      if (checksOf(sourceString(schema)).includes(storableText)) {
        expect(messagesFor(schema, 'a\u0000')).toContain(NUL_MESSAGE);
        expect(messagesFor(schema, 'a\uD83D')).toContain(SURROGATE_MESSAGE);
      } else {
        // A UUID, a date, a time zone, a question code: no sentence gets through it.
        expect(messagesFor(schema, 'Ulaanbaatar')).not.toEqual([]);
        expect(messagesFor(schema, 'free text')).not.toEqual([]);
      }
    },
  );
});
