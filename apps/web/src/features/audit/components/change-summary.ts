const MAX_VALUE_LENGTH = 60;

/** How a change is written; English unless the screen passes its own (audit.messages.ts). */
export interface ChangeWords {
  /** "dueDate: 2020-08-10 → 2020-08-15" */
  changed: (field: string, before: string, after: string) => string;
  /** "dueDate: 2020-08-15" (a new record's field) */
  set: (field: string, value: string) => string;
  /** "2020-08-10 → 2020-08-15" (a value that is not a record) */
  replaced: (before: string, after: string) => string;
  /** A record that was deleted. */
  removed: string;
}

const ENGLISH: ChangeWords = {
  changed: (field, before, after) => `${field}: ${before} → ${after}`,
  set: (field, value) => `${field}: ${value}`,
  replaced: (before, after) => `${before} → ${after}`,
  removed: 'removed',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * "dueDate: 2020-08-10 → 2020-08-15; role: lead → contributing" — only what differs between the
 * before and after snapshots of an audit event (created: after only; deleted: before only). The
 * field names and values are the record's own (data); only the words around them are translated.
 */
export function changeSummary(before: unknown, after: unknown, words: ChangeWords = ENGLISH): string[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => words.changed(key, show(before[key]), show(after[key])));
  }
  if (before == null && isRecord(after)) {
    return Object.entries(after).map(([key, value]) => words.set(key, show(value)));
  }
  if (isRecord(before) && after == null) return [words.removed];
  if (before == null && after == null) return [];
  return [words.replaced(show(before), show(after))];
}
