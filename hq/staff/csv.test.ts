import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, parseCsv, quoteCsv, type CsvRecord } from './csv';

const fieldsOf = (records: readonly CsvRecord[]): (readonly string[] | 'bad')[] => records.map((r) => ('fields' in r ? r.fields : 'bad'));
/** Text that may hold anything a roster cell could: delimiters, quotes, every kind of line break, Vietnamese. */
const cellText = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ữ', ' ', ',', ';', '"', '\r', '\n', '=', '-', '@', '\t', "'"), maxLength: 12 });
/** A row is never a single empty field: that is a blank line, which a writer cannot tell from no row. */
const row = fc.array(cellText, { minLength: 1, maxLength: 6 }).filter((r) => !(r.length === 1 && r[0] === ''));

describe('parseCsv', () => {
  it('reads back what quoteCsv wrote, with CRLF or LF, with or without a final line end (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), fc.constantFrom('\r\n', '\n'), fc.boolean(), fc.constantFrom(',', ';'), (rows, eol, finalEol, delimiter) => {
        const text = rows.map((r) => r.map((cell) => quoteCsv(cell, delimiter)).join(delimiter)).join(eol) + (finalEol && rows.length > 0 ? eol : '');
        expect(fieldsOf(parseCsv(text, { delimiter }))).toEqual(rows);
      }),
    );
  });

  it('numbers each record by the line it starts on, counting line breaks inside quoted fields', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const lines = rows.map((r) => r.map((cell) => quoteCsv(cell)).join(','));
        const records = parseCsv(lines.join('\r\n'));
        let line = 1;
        records.forEach((record, k) => {
          expect(record.line).toBe(line);
          line += (lines[k]?.split(/\r\n|\r|\n/).length ?? 0);
        });
      }),
    );
  });

  it('never throws, and never reports a line beyond the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', ' '), maxLength: 40 }), (text) => {
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const record of parseCsv(text)) expect(record.line).toBeLessThanOrEqual(lines);
      }),
    );
  });

  it('reports bad quoting per record and goes on with the next line; an unclosed quote ends the parse', () => {
    const text = 'a,b\r\nx"y,1\r\n"ok",2\r\n"closed"junk,3\r\nlast,4\r\n"never closed,5\r\nmore,6';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, error: 'bad_quoting' },
      { line: 3, fields: ['ok', '2'] },
      { line: 4, error: 'bad_quoting' },
      { line: 5, fields: ['last', '4'] },
      { line: 6, error: 'bad_quoting' },
    ]);
  });

  it('keeps empty fields and blank lines, and stops after maxRecords', () => {
    expect(fieldsOf(parseCsv('a,,\n\n,b\r'))).toEqual([['a', '', ''], [''], ['', 'b']]);
    expect(parseCsv('1\n2\n3\n4', { maxRecords: 2 })).toHaveLength(2);
  });
});

describe('csvCell and csvRow', () => {
  it('quote per RFC 4180 and end rows with CRLF', () => {
    expect(csvRow(['Nguyễn Văn "Út"', 'a,b', 'dòng 1\ndòng 2', 3, true, null])).toBe('"Nguyễn Văn ""Út""","a,b","dòng 1\ndòng 2",3,true,\r\n');
  });

  it('neutralise text that a spreadsheet would run as a formula, and only that (property)', () => {
    expect(['=1+1', '+84 912', '-5', '@SUM(A1)', '\tx', '\rx'].map(csvCell)).toEqual(["'=1+1", "'+84 912", "'-5", "'@SUM(A1)", "'\tx", `"'\rx"`]);
    expect(csvCell(-5)).toBe('-5');
    fc.assert(
      fc.property(cellText, (text) => {
        const [record] = parseCsv(csvCell(text) + ',');
        const back = record !== undefined && 'fields' in record ? record.fields[0] : undefined;
        expect(back).toBe(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
      }),
    );
  });
});
