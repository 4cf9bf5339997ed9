const MAX_VALUE_LENGTH = 60;

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
 * before and after snapshots of an audit event (created: after only; deleted: before only).
 */
export function changeSummary(before: unknown, after: unknown): string[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => `${key}: ${show(before[key])} → ${show(after[key])}`);
  }
  if (before == null && isRecord(after)) {
    return Object.entries(after).map(([key, value]) => `${key}: ${show(value)}`);
  }
  if (isRecord(before) && after == null) return ['removed'];
  if (before == null && after == null) return [];
  return [`${show(before)} → ${show(after)}`];
}
