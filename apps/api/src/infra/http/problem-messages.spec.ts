import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { hasProblemEntry, translateProblem } from '@gcm/domain';
import type { Request } from 'express';
import ts from 'typescript';
import { problemLocale, translateBody } from './app-exception.filter';

/**
 * Every message the API refuses with (`new AppError(code, '…')`, a template literal's `${…}` as a
 * wildcard, a constant of the same file followed) has its entry in the problem catalogues of
 * @gcm/domain, so the exception filter can write it in the person's language. A message made only
 * of wildcards (one passed on from elsewhere) is skipped.
 */
const SRC = join(__dirname, '../..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|int-spec)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function textOf(node: ts.Node, constants: Map<string, ts.Expression>): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `*${span.literal.text}`).join('');
  if (ts.isParenthesizedExpression(node)) return textOf(node.expression, constants);
  if (ts.isIdentifier(node) && constants.has(node.text))
    return textOf(constants.get(node.text) as ts.Node, constants);
  return undefined;
}

function appErrorMessages(file: string): { where: string; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const constants = new Map<string, ts.Expression>();
  const found: { where: string; text: string }[] = [];
  const collect = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      constants.set(node.name.text, node.initializer);
    ts.forEachChild(node, collect);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'AppError' && node.arguments?.[1]) {
      const message = node.arguments[1];
      // A choice between two texts (`joins ? '…' : '…'`): both.
      const branches = ts.isConditionalExpression(message)
        ? [message.whenTrue, message.whenFalse]
        : [message];
      for (const branch of branches) {
        const text = textOf(branch, constants);
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        if (text !== undefined) found.push({ where: `${relative(SRC, file)}:${line}`, text });
      }
    }
    ts.forEachChild(node, visit);
  };
  collect(source);
  visit(source);
  return found;
}

describe('the messages the API refuses with', () => {
  const messages = files(SRC).flatMap(appErrorMessages);

  it('are found by the scan (so the scan still reads the services)', () => {
    expect(messages.length).toBeGreaterThan(150);
  });

  it('each have an entry in the problem catalogues', () => {
    const missing = messages
      .filter(({ text }) => text.replace(/[*\s:;.,()]/g, '') !== '')
      .filter(({ text }) => !hasProblemEntry(text))
      .map(({ where, text }) => `${where} ${text}`);
    expect(missing).toEqual([]);
  });

  it('include the exception filter’s own', () => {
    const filter = readFileSync(join(__dirname, 'app-exception.filter.ts'), 'utf8');
    const own = [...filter.matchAll(/message: '([^']+)'/g), ...filter.matchAll(/\? '([^']+)'/g)]
      .map((m) => m[1] as string)
      .filter((text) => text.includes(' '));
    expect(own.length).toBeGreaterThan(4);
    expect(own.filter((text) => !hasProblemEntry(text))).toEqual([]);
    expect(hasProblemEntry('Nothing is found at * *')).toBe(true);
  });
});

describe('the language of a problem message', () => {
  const request = (person: unknown, acceptLanguage?: string) =>
    ({ person, headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} }) as unknown as Request;

  it('is the account’s, else the best of Accept-Language the tool speaks, else English', () => {
    expect(problemLocale(request({ locale: 'fr' }, 'ar'))).toBe('fr');
    expect(problemLocale(request({ locale: null }, 'de, ru;q=0.8'))).toBe('ru');
    expect(problemLocale(request(undefined, 'ar-EG'))).toBe('ar');
    expect(problemLocale(request(undefined))).toBe('en');
  });

  it('translates the message and each field message, and keeps the code', () => {
    const body = translateBody(
      {
        statusCode: 400,
        code: 'VALIDATION',
        message: 'The request is not valid: email: must be an e-mail address',
        fieldErrors: [{ path: 'email', message: 'must be an e-mail address' }],
      },
      'es',
    );
    expect(body).toEqual({
      statusCode: 400,
      code: 'VALIDATION',
      message: translateProblem('The request is not valid: email: must be an e-mail address', 'es'),
      fieldErrors: [{ path: 'email', message: 'debe ser una dirección de correo electrónico' }],
    });
    expect(body.message).toBe(
      'La solicitud no es válida: email: debe ser una dirección de correo electrónico',
    );
  });
});
