import { Office, Official } from '../../shared/domain/roster';
import type { RosterErrorCode, RosterRowError } from '../../shared/hq/admin';
import { parseCsv } from './csv';

/** The roster CSV's columns (a header row names them, in any order): one row per official, office columns repeated. */
export const ROSTER_COLUMNS = ['office_code', 'office_name', 'province', 'address', 'official_id', 'full_name', 'position', 'unit'] as const;
type Column = (typeof ROSTER_COLUMNS)[number];
const OFFICE_DETAILS = ['office_name', 'province', 'address'] as const;
const OFFICIAL_COLUMNS = ['official_id', 'full_name', 'position', 'unit'] as const;

/** Far above the country's district offices and their staff; a bigger file is a mistake, not a roster. */
export const MAX_ROSTER_ROWS = 100_000;
/** The report lists this many errors; the rest are counted. */
export const MAX_LISTED_ERRORS = 1000;

export interface RosterRead {
  readonly offices: Office[];
  readonly officials: Official[];
  /** Data rows read (blank lines are not rows). */
  readonly rows: number;
  readonly errors: RosterRowError[];
  readonly omittedErrors: number;
}

/**
 * Excel saves "CSV" with the list separator of the user's locale, which is `;`
 * in Vietnamese. The header row can tell: column names hold neither character.
 */
function delimiterOf(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r|\n|$/));
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

type Cells = Readonly<Record<Column, string>>;

/** A declared office and the cells of the row that first declared it. */
interface Declared {
  readonly office: Office;
  readonly cells: Cells;
}

/**
 * Reads a roster CSV (UTF-8, optional BOM, CRLF or LF, RFC 4180 quoting) and
 * checks every row with the roster's zod schemas, collecting every error with
 * its line and column rather than stopping at the first. A row whose official
 * columns are all empty declares an office with no officials; a row may leave
 * the office's name, province and address empty when another row gives them.
 * Cells are trimmed and NFC-normalised (macOS writes decomposed diacritics).
 */
export function readRosterCsv(input: string): RosterRead {
  const errors: RosterRowError[] = [];
  const report = (line: number, column: Column | null, code: RosterErrorCode): void => void errors.push({ line, column, code });
  const result = (offices: Office[] = [], officials: Official[] = [], rows = 0): RosterRead => ({
    offices,
    officials,
    rows,
    errors: errors.slice(0, MAX_LISTED_ERRORS),
    omittedErrors: Math.max(0, errors.length - MAX_LISTED_ERRORS),
  });

  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records = parseCsv(text, { delimiter: delimiterOf(text), maxRecords: MAX_ROSTER_ROWS + 2 });
  const header = records[0];
  if (header === undefined || 'error' in header) {
    report(1, null, header === undefined ? 'missing_header' : 'bad_quoting');
    return result();
  }
  const names = header.fields.map((name) => name.trim().toLowerCase());
  const index = new Map<Column, number>();
  if (!names.some((name) => (ROSTER_COLUMNS as readonly string[]).includes(name))) {
    // No column we know: the file has no header row at all.
    report(1, null, 'missing_header');
    return result();
  }
  names.forEach((name, k) => {
    const column = ROSTER_COLUMNS.find((c) => c === name);
    if (column === undefined || index.has(column)) report(1, column ?? null, 'unknown_column');
    else index.set(column, k);
  });
  for (const column of ROSTER_COLUMNS) if (!index.has(column)) report(1, column, 'missing_header');
  if (errors.length > 0) return result();

  const declared = new Map<string, Declared>();
  const references: { line: number; code: string }[] = [];
  const officials: Official[] = [];
  const officialIds = new Set<string>();
  let rows = 0;
  for (const record of records.slice(1)) {
    if ('error' in record) {
      rows++;
      report(record.line, null, 'bad_quoting');
      continue;
    }
    if (record.fields.every((field) => field.trim() === '')) continue;
    if (++rows > MAX_ROSTER_ROWS) {
      report(record.line, null, 'too_many_rows');
      break;
    }
    const { line, fields } = record;
    if (fields.length > names.length) {
      report(line, null, 'unknown_column');
      continue;
    }
    const cells = Object.fromEntries(ROSTER_COLUMNS.map((c) => [c, (fields[index.get(c) ?? -1] ?? '').trim().normalize('NFC')])) as Cells;
    if (fields.length < names.length) {
      report(line, ROSTER_COLUMNS.find((c) => (index.get(c) ?? 0) >= fields.length) ?? null, 'missing_value');
      continue;
    }
    const officeCode = readOffice(cells, line, report, declared, references);
    readOfficial(cells, line, officeCode, report, officials, officialIds);
  }
  for (const reference of references) if (!declared.has(reference.code)) report(reference.line, 'office_code', 'unknown_office');
  if (declared.size === 0 && errors.length === 0) report(2, null, 'missing_value');
  return result(
    [...declared.values()].map((d) => d.office),
    officials,
    rows,
  );
}

type Report = (line: number, column: Column | null, code: RosterErrorCode) => void;

/** The row's office code when it is well formed (declared here or referring to another row), else undefined. */
function readOffice(cells: Cells, line: number, report: Report, declared: Map<string, Declared>, references: { line: number; code: string }[]): string | undefined {
  const code = cells.office_code;
  if (code === '') {
    report(line, 'office_code', 'missing_value');
    return undefined;
  }
  if (!Office.shape.code.safeParse(code).success) {
    report(line, 'office_code', 'bad_office_code');
    return undefined;
  }
  const empty = OFFICE_DETAILS.filter((c) => cells[c] === '');
  if (empty.length === OFFICE_DETAILS.length) {
    references.push({ line, code });
    return code;
  }
  for (const column of empty) report(line, column, 'missing_value');
  if (empty.length > 0) return code;
  const office = Office.parse({ code, name: cells.office_name, province: cells.province, address: cells.address, demo: false });
  const earlier = declared.get(code);
  if (earlier === undefined) declared.set(code, { office, cells });
  else {
    const differs = OFFICE_DETAILS.find((c) => cells[c] !== earlier.cells[c]);
    if (differs !== undefined) report(line, differs, 'conflicting_office');
  }
  return code;
}

function readOfficial(cells: Cells, line: number, officeCode: string | undefined, report: Report, officials: Official[], ids: Set<string>): void {
  const empty = OFFICIAL_COLUMNS.filter((c) => cells[c] === '');
  if (empty.length === OFFICIAL_COLUMNS.length) return;
  for (const column of empty) report(line, column, 'missing_value');
  const id = cells.official_id;
  if (id === '') return;
  if (!Official.shape.id.safeParse(id).success) {
    report(line, 'official_id', 'bad_official_id');
    return;
  }
  if (ids.has(id)) {
    report(line, 'official_id', 'duplicate_id');
    return;
  }
  ids.add(id);
  if (empty.length > 0 || officeCode === undefined) return;
  officials.push(Official.parse({ id, officeCode, fullName: cells.full_name, position: cells.position, unit: cells.unit, demo: false }));
}
