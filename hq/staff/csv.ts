/**
 * CSV as HQ writes it (exports) and reads it (roster import): RFC 4180 with CRLF
 * line ends, UTF-8 with a byte-order mark so Excel shows Vietnamese diacritics.
 *
 * The reader is our own, not a library: a roster import must refuse a broken
 * file with the line of each bad record, and the lenient parsers (papaparse
 * guesses delimiters, repairs stray quotes, and counts records, not lines) would
 * hide exactly the mistakes the report exists to show. The grammar is small and
 * its round trip with the writer is property-tested (csv.test.ts).
 */

export const CSV_BOM = '\uFEFF';
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

/** A field with a delimiter, quote or line break is quoted, quotes doubled (RFC 4180 §2.6–2.7). */
export function quoteCsv(text: string, delimiter = ','): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One exported cell. Text that would start a formula gets a leading `'`, which
 * Excel and LibreOffice show as plain text; our own numbers and flags are left alone.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return quoteCsv(FORMULA_START.test(value) ? `'${value}` : value);
}

export const csvRow = (values: readonly CsvValue[]): string => `${values.map(csvCell).join(',')}\r\n`;

export type CsvRecord =
  | { readonly line: number; readonly fields: readonly string[] }
  /** A quote inside an unquoted field, text after a closing quote, or a quote never closed. */
  | { readonly line: number; readonly error: 'bad_quoting' };

/**
 * Strict RFC 4180 records with the 1-based line each starts on. Accepts CRLF,
 * LF or CR line ends; the last line end is optional. A record with bad quoting
 * is reported and skipped to the end of its line; an unclosed quote ends the
 * parse (everything after it is inside the field). Stops after `maxRecords`.
 */
export function parseCsv(text: string, options: { delimiter?: string; maxRecords?: number } = {}): CsvRecord[] {
  const delimiter = options.delimiter ?? ',';
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  const atLineEnd = (at: number): boolean => text[at] === '\n' || text[at] === '\r';
  while (i < n && records.length < maxRecords) {
    const start = line;
    const fields: string[] = [];
    let bad = false;
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          const close = text.indexOf('"', i);
          if (close === -1) {
            records.push({ line: start, error: 'bad_quoting' });
            return records;
          }
          const chunk = text.slice(i, close);
          line += lineBreaks(chunk);
          field += chunk;
          if (text[close + 1] === '"') {
            field += '"';
            i = close + 2;
          } else {
            i = close + 1;
            break;
          }
        }
        if (i < n && text[i] !== delimiter && !atLineEnd(i)) bad = true;
      } else {
        const from = i;
        while (i < n && text[i] !== delimiter && !atLineEnd(i)) i++;
        field = text.slice(from, i);
        if (field.includes('"')) bad = true;
      }
      if (bad) {
        while (i < n && !atLineEnd(i)) i++;
      } else {
        fields.push(field);
        if (text[i] === delimiter) {
          i++;
          continue;
        }
      }
      break;
    }
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    records.push(bad ? { line: start, error: 'bad_quoting' } : { line: start, fields });
  }
  return records;
}

/** CRLF, LF and a lone CR each count as one line break. */
function lineBreaks(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] !== '\n')) count++;
  }
  return count;
}
