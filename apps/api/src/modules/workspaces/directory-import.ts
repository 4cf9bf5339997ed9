import {
  DIRECTORY_IMPORT_COLUMNS,
  DIRECTORY_IMPORT_MAX_ROWS,
  ORGANISATION_TYPE_LABELS,
  ORGANISATION_TYPES,
  type TDirectoryImportResult,
  type TDirectoryImportRow,
  type TOrganisationType,
  ZCreateDirectoryPersonRequest,
  ZCreateOrganisationRequest,
} from '@gcm/domain';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';

/** What the directory already holds, by the keys a file refers to. */
export interface DirectoryKnown {
  /** Organisation name → whether it is archived. */
  organisations: ReadonlyMap<string, { id: string; archived: boolean }>;
  /** Lower-cased e-mail → the person's entry in this directory. */
  contacts: ReadonlySet<string>;
}

/** A checked row, with what committing it writes. */
export interface CheckedRow extends TDirectoryImportRow {
  organisationId: string | null;
}

export interface CheckedFile extends Omit<TDirectoryImportResult, 'rows' | 'committed'> {
  rows: CheckedRow[];
}

type Column = (typeof DIRECTORY_IMPORT_COLUMNS)[number];

/** The type column is read more kindly (key or label, any case) than the API's enum. */
const ORGANISATION_FIELDS = ZCreateOrganisationRequest.omit({ type: true });

const TYPE_BY_WORD = new Map<string, TOrganisationType>(
  ORGANISATION_TYPES.flatMap((type) => [
    [type, type],
    [ORGANISATION_TYPE_LABELS[type].toLowerCase(), type],
  ]),
);

/**
 * Reads a directory CSV and checks every row against the contract and the directory, without
 * writing anything. Comma or semicolon separated (spreadsheets in many locales save with ";"),
 * UTF-8 with or without a byte-order mark, the template's header on the first line.
 */
export function checkDirectoryFile(csv: string, known: DirectoryKnown): CheckedFile {
  const records = readRecords(csv);
  if ('error' in records) return emptyResult([records.error]);
  const [header = [], ...lines] = records.rows;
  const headerProblem = checkHeader(header);
  if (headerProblem) return emptyResult([headerProblem]);
  if (lines.length === 0) return emptyResult(['The file has a header but no rows']);
  if (lines.length > DIRECTORY_IMPORT_MAX_ROWS) {
    return emptyResult([
      `The file has ${lines.length} rows; import at most ${DIRECTORY_IMPORT_MAX_ROWS} at a time`,
    ]);
  }
  const columns = header.map((name) => name.trim().toLowerCase() as Column);
  const seen = new FileMemory();
  const rows = lines.map((cells, index) => checkRow(index + 2, record(columns, cells), known, seen));
  // What an import would add: the rows without errors (with any error, it adds nothing at all).
  const valid = rows.filter((row) => row.errors.length === 0);
  const newOrganisations = new Set(
    valid.filter((row) => row.organisationAction === 'new').map((row) => row.organisation),
  );
  return {
    rows,
    fileErrors: [],
    errorCount: rows.length - valid.length,
    organisationsNew: newOrganisations.size,
    peopleNew: valid.filter((row) => row.personAction === 'new').length,
  };
}

function emptyResult(fileErrors: string[]): CheckedFile {
  return { rows: [], fileErrors, errorCount: 0, organisationsNew: 0, peopleNew: 0 };
}

function readRecords(csv: string): { rows: string[][] } | { error: string } {
  const firstLine = csv.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    const rows: string[][] = parse(csv, {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
    return { rows: rows.filter((cells) => cells.some((cell) => cell !== '')) };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { error: `The file is not readable as CSV${line ? ` near line ${line}` : ''}: check its quotes` };
  }
}

function checkHeader(header: string[]): string | null {
  const names = header.map((name) => name.trim().toLowerCase());
  const missing = DIRECTORY_IMPORT_COLUMNS.filter((column) => !names.includes(column));
  const unknown = names.filter(
    (name) => name && !(DIRECTORY_IMPORT_COLUMNS as readonly string[]).includes(name),
  );
  if (missing.length === 0 && unknown.length === 0) return null;
  return [
    'The first line must name the template’s columns:',
    DIRECTORY_IMPORT_COLUMNS.join(', '),
    missing.length > 0 ? `(missing: ${missing.join(', ')})` : '',
    unknown.length > 0 ? `(unknown: ${unknown.join(', ')})` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function record(columns: Column[], cells: string[]): Record<Column, string> {
  const values = Object.fromEntries(DIRECTORY_IMPORT_COLUMNS.map((column) => [column, ''])) as Record<
    Column,
    string
  >;
  columns.forEach((column, index) => {
    if (column in values) values[column] = cells[index] ?? '';
  });
  return values;
}

/** What earlier rows of the file said, to catch contradictions between rows. */
class FileMemory {
  readonly organisations = new Map<
    string,
    { line: number; shortName: string; type: TOrganisationType | null }
  >();
  readonly emails = new Map<string, number>();
}

function checkRow(
  line: number,
  cells: Record<Column, string>,
  known: DirectoryKnown,
  seen: FileMemory,
): CheckedRow {
  const errors: string[] = [];
  const name = cells.organisation;
  const type = TYPE_BY_WORD.get(cells.type.toLowerCase()) ?? null;
  const existing = known.organisations.get(name);
  if (existing?.archived) {
    errors.push(`${name} is archived in the directory: restore it there before importing people into it`);
  }
  if (!existing) {
    errors.push(
      ...issues(ORGANISATION_FIELDS.safeParse({ name, shortName: cells.short_name || undefined }), {
        name: 'organisation',
        shortName: 'short_name',
      }),
    );
    if (!type && !(seen.organisations.has(name) && !cells.type)) errors.push(typeProblem(cells.type));
  }
  // A repeated organisation may leave its short name and type empty, but not contradict them.
  const earlier = seen.organisations.get(name);
  const contradicts = (before: string | null, now: string | null) => Boolean(now) && now !== before;
  if (earlier && (contradicts(earlier.type, type) || contradicts(earlier.shortName, cells.short_name))) {
    errors.push(`${name} has a different short name or type on line ${earlier.line}`);
  } else if (!earlier && name) {
    seen.organisations.set(name, { line, shortName: cells.short_name, type });
  }
  const hasContact = Boolean(cells.contact_name || cells.contact_email || cells.contact_title);
  const email = cells.contact_email.toLowerCase();
  if (hasContact) {
    errors.push(
      ...issues(
        ZCreateDirectoryPersonRequest.safeParse({
          email: cells.contact_email,
          name: cells.contact_name,
          title: cells.contact_title || undefined,
        }),
        { email: 'contact_email', name: 'contact_name', title: 'contact_title' },
      ),
    );
    const before = seen.emails.get(email);
    if (before) errors.push(`${cells.contact_email} is already on line ${before}`);
    else if (email) seen.emails.set(email, line);
  }
  return {
    line,
    organisation: name,
    shortName: cells.short_name || null,
    type,
    contactName: cells.contact_name || null,
    contactEmail: email || null,
    contactTitle: cells.contact_title || null,
    organisationAction: existing ? 'existing' : 'new',
    personAction: !hasContact ? 'none' : known.contacts.has(email) ? 'existing' : 'new',
    errors,
    organisationId: existing?.id ?? null,
  };
}

function typeProblem(given: string): string {
  const choices = ORGANISATION_TYPES.map((type) => `${type} (${ORGANISATION_TYPE_LABELS[type]})`).join(', ');
  return given ? `type "${given}" is not one of ${choices}` : `type is required: one of ${choices}`;
}

/** The contract's messages, named by the file's columns. */
function issues(result: z.ZodSafeParseResult<unknown>, columnOf: Record<string, Column>): string[] {
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return `${columnOf[field] ?? field} ${issue.message}`;
  });
}
