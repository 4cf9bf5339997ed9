import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The two rules of docs/architecture.md that a reviewer cannot see file by file, checked on the
 * source itself: only repositories (and infra/) touch the database, and no module folder (nor
 * domain folder) imports another that imports it back, however long the loop.
 */

const API_SRC = resolve(__dirname);
const DOMAIN_SRC = resolve(__dirname, '../../../packages/domain/src');
const SCHEMA = resolve(__dirname, '../../../packages/db/prisma/schema.prisma');

function sourceFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(root, file));
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** `assignment`, `outboxMessage`…: the names under which Prisma's client exposes each model. */
function modelDelegates(): Set<string> {
  const names = [...readFileSync(SCHEMA, 'utf8').matchAll(/^model\s+(\w+)/gm)].map(
    ([, name = '']) => `${name.charAt(0).toLowerCase()}${name.slice(1)}`,
  );
  return new Set(names);
}

const MODEL_OPERATIONS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'create',
  'createMany',
  'createManyAndReturn',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'upsert',
  'delete',
  'deleteMany',
  'count',
  'aggregate',
  'groupBy',
]);

/** Plain JSON value types: data, not queries. */
const PLAIN_PRISMA_TYPES = new Set(['JsonValue', 'InputJsonValue', 'JsonObject', 'JsonArray']);

const CLIENT_METHODS = new Set([
  '$transaction',
  '$queryRaw',
  '$queryRawUnsafe',
  '$executeRaw',
  '$executeRawUnsafe',
  '$connect',
]);

/** Why `file` touches the database, one line per place; empty when it does not. */
function databaseAccess(file: string, delegates: Set<string>): string[] {
  const source = parse(file);
  const found: string[] = [];
  const at = (node: ts.Node, what: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${relative(API_SRC, file)}:${line + 1} ${what}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const from = node.moduleSpecifier.text;
      const clause = node.importClause;
      const valueImport =
        clause &&
        !clause.isTypeOnly &&
        (clause.name !== undefined ||
          (clause.namedBindings !== undefined &&
            (ts.isNamespaceImport(clause.namedBindings) ||
              clause.namedBindings.elements.some((element) => !element.isTypeOnly))));
      if ((from === '@gcm/db' || from.startsWith('@prisma/') || from === 'pg') && valueImport) {
        at(node, `imports values from ${from}`);
      }
      if (from.endsWith('/prisma/prisma.service')) at(node, 'imports PrismaService');
    }
    if (
      ts.isQualifiedName(node) &&
      ts.isIdentifier(node.left) &&
      node.left.text === 'Prisma' &&
      !PLAIN_PRISMA_TYPES.has(node.right.text)
    ) {
      at(node, `uses a query shape (Prisma.${node.right.text})`);
    }
    if (ts.isPropertyAccessExpression(node)) {
      const name = node.name.text;
      if (CLIENT_METHODS.has(name)) at(node, `calls ${name}`);
      if (
        MODEL_OPERATIONS.has(name) &&
        ts.isPropertyAccessExpression(node.expression) &&
        delegates.has(node.expression.name.text)
      ) {
        at(node, `queries ${node.expression.name.text}.${name}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Folder → the folders its files import, for the folders directly under `root`. */
function folderGraph(root: string): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  const folderOf = (file: string): string | undefined => {
    const path = relative(root, file);
    return path.startsWith('..') || !path.includes(sep) ? undefined : path.split(sep)[0];
  };
  for (const file of sourceFiles(root)) {
    const from = folderOf(file);
    if (!from) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const statement of parse(file).statements) {
      const specifier =
        (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
        statement.moduleSpecifier &&
        ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : undefined;
      if (!specifier?.startsWith('.')) continue;
      const to = folderOf(resolve(dirname(file), specifier));
      if (to && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The loops of a graph: its strongly connected components with more than one node (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return found;
}

describe('architecture', () => {
  it('lets only repositories and infra/ touch the database', () => {
    const delegates = modelDelegates();
    expect(delegates.has('outboxMessage')).toBe(true);
    const offenders = sourceFiles(API_SRC)
      .filter((file) => !file.endsWith('.repository.ts'))
      .filter((file) => !relative(API_SRC, file).startsWith(`infra${sep}`))
      // Benchmarks set up their data directly, as tests do: the work they measure goes through the app.
      .filter((file) => !relative(API_SRC, file).startsWith(`bench${sep}`))
      // The launcher migrates and seeds the database before the application exists, as the db CLI does.
      .filter((file) => relative(API_SRC, file) !== 'start.ts')
      .flatMap((file) => databaseAccess(file, delegates));
    expect(offenders).toEqual([]);
  });

  it('finds database access where it is (the check can fail)', () => {
    const delegates = modelDelegates();
    const repository = join(API_SRC, 'modules', 'outbox', 'outbox.repository.ts');
    expect(existsSync(repository)).toBe(true);
    expect(databaseAccess(repository, delegates).length).toBeGreaterThan(0);
    // A pg client used directly counts as database access too.
    const queueBackend = join(API_SRC, 'infra', 'queue', 'queue-backend.ts');
    expect(databaseAccess(queueBackend, delegates)).toEqual(
      expect.arrayContaining([expect.stringMatching(/imports values from pg$/)]),
    );
  });

  it('has no import loop between module folders', () => {
    const graph = folderGraph(join(API_SRC, 'modules'));
    expect(graph.size).toBeGreaterThan(10);
    expect(cycles(graph)).toEqual([]);
  });

  it('has no import loop between domain folders', () => {
    const graph = folderGraph(DOMAIN_SRC);
    expect(graph.size).toBeGreaterThan(5);
    expect(cycles(graph)).toEqual([]);
  });

  it('sees a loop when there is one (the check can fail)', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c']]);
  });
});
