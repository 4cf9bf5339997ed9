import { z } from 'zod';

/**
 * Text that PostgreSQL can store. Its `text` columns refuse the NUL character (U+0000) and its
 * `jsonb` columns refuse NUL and UTF-16 surrogates without their pair; a request carrying either
 * would otherwise fail as a database error. Everything else — right-to-left marks, emoji and
 * their joiners, CJK, Arabic — is ordinary text.
 */

export const NUL_MESSAGE = 'contains a character that cannot be stored (U+0000)';
export const SURROGATE_MESSAGE = 'contains an unpaired surrogate (broken Unicode)';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `value` cannot be stored, in words a person understands; undefined when it can. */
export function unstorableReason(value: string): string | undefined {
  if (value.includes('\u0000')) return NUL_MESSAGE;
  if (LONE_SURROGATE.test(value)) return SURROGATE_MESSAGE;
  return undefined;
}

/**
 * The check every string of a request carries (`z.string().check(storableText)`); `text()` adds it.
 * The contract's tests find it by identity, so keep using this one instance.
 */
export const storableText = z.superRefine<string>((value, context) => {
  const message = unstorableReason(value);
  if (message) context.addIssue({ code: 'custom', message, input: value });
});

/**
 * Free text in a request: trimmed, at most `max` characters, storable. Chain `.min(1, …)` or
 * `.optional()` as needed.
 */
export function text(max: number) {
  return z
    .string({ error: 'must be text' })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .check(storableText);
}

/** The path and reason of the first string inside a JSON value that cannot be stored. */
export function findUnstorable(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; message: string } | undefined {
  if (typeof value === 'string') {
    const message = unstorableReason(value);
    return message ? { path, message } : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorable(item, [...path, index]);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyMessage = unstorableReason(key);
      if (keyMessage) return { path: [...path, key], message: `has a name that ${keyMessage}` };
      const found = findUnstorable(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** The check for a free-form JSON value of a request: every string and key in it is storable. */
export const storableJson = z.superRefine<unknown>((value, context) => {
  const found = findUnstorable(value);
  if (found) context.addIssue({ code: 'custom', message: found.message, path: found.path, input: value });
});
