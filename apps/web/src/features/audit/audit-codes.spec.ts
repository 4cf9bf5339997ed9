import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from '@gcm/domain';
import { auditMessages } from './audit.messages';

/**
 * The audit log's codes are written by the API as string literals; the screens name them with
 * `audit.action.<code>` and `audit.target.<type>`. These tests read the API's sources so that a new
 * audit action or record type without a label fails here, not on a coordinator's screen.
 */
const REPO = path.join(__dirname, '..', '..', '..', '..', '..');
const SOURCES = [path.join(REPO, 'apps', 'api', 'src'), path.join(REPO, 'packages', 'db', 'src', 'seed')];

/** Codes built from a template: what each can become (the variable's values, read from the code). */
const TEMPLATES: Record<string, readonly string[]> = {
  // review-lifecycle.service.ts: `to` is 'closed' or 'archived'.
  'review.${to}': ['review.closed', 'review.archived'],
  // workspaces.service.ts: archiveChange's `verb`.
  'organisation.${verb}': ['organisation.archived', 'organisation.restored', 'organisation.updated'],
  'person.${verb}': ['person.archived', 'person.restored', 'person.updated'],
};

const CODE = /'([a-z_]+\.[a-z_]+)'/g;
const TEMPLATE = /`([a-z_]+\.\$\{\w+\})`/g;
const TYPE = /'([a-z_]+)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') && !name.endsWith('.d.ts') ? [full] : [];
  });
}

/** The text of each `name: …` property's value, up to the comma or brace that ends it. */
function propertyValues(source: string, name: string): string[] {
  const values: string[] = [];
  for (const match of source.matchAll(new RegExp(`\\b${name}:\\s*`, 'g'))) {
    const rest = source.slice((match.index ?? 0) + match[0].length);
    const end = rest.search(/,\s*\n|,\s*\w+\s*:|\s+\}/);
    values.push(end === -1 ? rest : rest.slice(0, end));
  }
  return values;
}

/** The arguments of every `this.record(…)` call (a service's own helper that takes the action positionally). */
function recordCalls(source: string): string[] {
  const calls: string[] = [];
  for (const match of source.matchAll(/this\.record\(/g)) {
    let depth = 1;
    let index = (match.index ?? 0) + match[0].length;
    const start = index;
    while (depth > 0 && index < source.length) {
      if (source[index] === '(') depth++;
      if (source[index] === ')') depth--;
      index++;
    }
    calls.push(source.slice(start, index - 1));
  }
  return calls;
}

function codesIn(expression: string, source: string, file: string, unknown: string[]): string[] {
  const codes = [...expression.matchAll(CODE)].map((match) => match[1] as string);
  for (const [, template] of expression.matchAll(TEMPLATE)) {
    const expansions = TEMPLATES[template as string];
    if (expansions) codes.push(...expansions);
    else unknown.push(`${path.relative(REPO, file)}: \`${template}\` (add what it can become to TEMPLATES)`);
  }
  // `action: AUDIT_ACTION[input.action]`: the values of that constant's object in the same file.
  const lookup = /^([A-Z][A-Z0-9_]*)\[/.exec(expression.trim());
  if (lookup) {
    const table = new RegExp(`const ${lookup[1]}\\b[^=]*=\\s*\\{([^}]*)\\}`).exec(source);
    if (table) codes.push(...[...(table[1] as string).matchAll(CODE)].map((match) => match[1] as string));
    else unknown.push(`${path.relative(REPO, file)}: ${lookup[1]} (its table was not found)`);
  }
  return codes;
}

function writtenCodes() {
  const actions = new Set<string>();
  const targets = new Set<string>();
  const unknown: string[] = [];
  for (const file of SOURCES.flatMap(sourceFiles)) {
    const source = readFileSync(file, 'utf8');
    for (const value of propertyValues(source, 'action'))
      for (const code of codesIn(value, source, file, unknown)) actions.add(code);
    for (const value of propertyValues(source, 'targetType'))
      for (const [, type] of value.matchAll(TYPE)) targets.add(type as string);
    // workspaces.service.ts: `record(tx, workspaceId, actorId, 'person.added', …)`, the target type
    // being the action's first word.
    const derivesTarget = source.includes("action.split('.')[0]");
    for (const call of recordCalls(source))
      for (const code of codesIn(call, source, file, unknown)) {
        actions.add(code);
        if (derivesTarget) targets.add(code.split('.')[0] as string);
      }
  }
  return { actions: [...actions].sort(), targets: [...targets].sort(), unknown };
}

const ENGLISH: Record<string, string> = auditMessages.en;

describe('the audit codes the API writes', () => {
  const written = writtenCodes();

  it('are all read (a code built some new way must be taught to this test)', () => {
    expect(written.unknown).toEqual([]);
    // A sanity check that the reading still finds the codes at all.
    expect(written.actions).toEqual(expect.arrayContaining(['assignment.created', 'contribution.submitted']));
    expect(written.actions.length).toBeGreaterThan(40);
  });

  it('each have a label in English (a new audit action needs an audit.action.<code> message)', () => {
    expect(written.actions.filter((code) => !(`audit.action.${code}` in ENGLISH))).toEqual([]);
  });

  it('each name a record type with a label (audit.target.<type>)', () => {
    expect(written.targets.length).toBeGreaterThan(10);
    expect(written.targets.filter((type) => !(`audit.target.${type}` in ENGLISH))).toEqual([]);
  });

  it('are the ones @gcm/domain lists, no more and no fewer', () => {
    expect(written.actions).toEqual([...AUDIT_ACTIONS].sort());
    expect(written.targets).toEqual([...AUDIT_TARGET_TYPES].sort());
  });

  it('have no label for a code nothing writes', () => {
    const labelled = Object.keys(ENGLISH).filter((id) => /^audit\.(?:action|target)\./.test(id));
    const known = new Set([
      ...AUDIT_ACTIONS.map((code) => `audit.action.${code}`),
      ...AUDIT_TARGET_TYPES.map((type) => `audit.target.${type}`),
    ]);
    expect(labelled.filter((id) => !known.has(id))).toEqual([]);
  });
});
