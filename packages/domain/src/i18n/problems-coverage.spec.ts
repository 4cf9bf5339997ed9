import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { hasProblemEntry } from './problems';

/**
 * Every validation message the contract's schemas write (`error: '…'`, `message: '…'`, the
 * message argument of `.min(1, '…')`, `.int('…')`, `.regex(/…/, '…')`…) has its entry in the
 * problem catalogues, so the API and the web can show it in the person's language. A template
 * literal's `${…}` is a wildcard; a text made only of wildcards (passed on from elsewhere) is skipped.
 */
const ROOT = join(__dirname, '..');
const MESSAGE_METHODS = new Set([
  'min',
  'max',
  'length',
  'int',
  'regex',
  'email',
  'url',
  'uuid',
  'refine',
  'gte',
  'lte',
]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['i18n', 'testing'].includes(entry.name) ? [] : files(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|fixtures)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The text of a string or template literal, `${…}` as `*`; a constant of the file is followed. */
function textOf(node: ts.Node, constants: Map<string, ts.Expression>): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `*${span.literal.text}`).join('');
  if (ts.isIdentifier(node) && constants.has(node.text)) {
    const value = constants.get(node.text) as ts.Expression;
    return ts.isStringLiteral(value) || ts.isTemplateExpression(value) ? textOf(value, constants) : undefined;
  }
  return undefined;
}

function messagesIn(file: string): { where: string; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const constants = new Map<string, ts.Expression>();
  const found: { where: string; text: string }[] = [];
  const where = (node: ts.Node) =>
    `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const add = (node: ts.Node | undefined) => {
    if (!node) return;
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) visit(property);
      return;
    }
    const text = textOf(node, constants);
    if (text !== undefined) found.push({ where: where(node), text });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      constants.set(node.name.text, node.initializer);
    if (ts.isPropertyAssignment(node) && ['error', 'message'].includes(node.name.getText()))
      add(node.initializer);
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      MESSAGE_METHODS.has(node.expression.name.text)
    ) {
      const last = node.arguments[node.arguments.length - 1];
      if (
        last &&
        (ts.isStringLiteral(last) ||
          ts.isTemplateExpression(last) ||
          ts.isNoSubstitutionTemplateLiteral(last))
      )
        add(last);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the contract’s validation messages', () => {
  const messages = files(ROOT).flatMap(messagesIn);

  it('are found by the scan (so the scan still reads the schemas)', () => {
    expect(messages.length).toBeGreaterThan(150);
  });

  it('each have an entry in the problem catalogues', () => {
    const missing = messages
      .filter(({ text }) => text.replace(/[*\s:;.,()]/g, '') !== '')
      .filter(({ text }) => !hasProblemEntry(text))
      .map(({ where, text }) => `${where} ${text}`);
    expect(missing).toEqual([]);
  });
});
