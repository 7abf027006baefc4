import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_ROSTER_ROWS, readRosterCsv } from './roster-import';

const HEADER = 'office_code,office_name,province,address,official_id,full_name,position,unit';
const OFFICE = 'HN-01,BHXH cơ sở Ba Đình,Hà Nội,"Số 1, phố Mẫu"';
const csv = (...lines: string[]): string => `${[HEADER, ...lines].join('\r\n')}\r\n`;
const codes = (text: string) => readRosterCsv(text).errors.map((e) => [e.line, e.column, e.code]);

describe('readRosterCsv', () => {
  it('reads the sample file: BOM, CRLF, quoted fields, Vietnamese, an office without officials', () => {
    const read = readRosterCsv(readFileSync(new URL('../samples/roster-sample.csv', import.meta.url), 'utf8'));
    expect(read.errors).toEqual([]);
    expect(read.rows).toBe(6);
    expect(read.offices.map((o) => o.code)).toEqual(['MAU-HN-01', 'MAU-HUE-01', 'MAU-CT-01']);
    expect(read.officials).toHaveLength(5);
    expect(read.officials.find((o) => o.id === 'MAU-HUE-01-02')).toEqual({
      id: 'MAU-HUE-01-02',
      officeCode: 'MAU-HUE-01',
      fullName: 'Đặng Thu "Mẫu" Hà',
      position: 'Cán bộ thu',
      unit: 'Tổ Thu',
      demo: false,
    });
    expect(read.offices[0]?.address).toBe('Số 1 Đường Mẫu, phường Đông Mẫu (địa chỉ giả định)');
  });

  it('takes columns in any order, LF line ends, `;` as Excel writes in Vietnamese, and NFC-normalises', () => {
    const text = 'unit;position;full_name;official_id;address;province;office_name;office_code\nMột cửa;Chuyên viên;Nguyê\u0303n An;HN-01-01;Số 1;Hà Nội;Ba Đình;HN-01\n';
    const read = readRosterCsv(text);
    expect(read.errors).toEqual([]);
    expect(read.officials[0]).toMatchObject({ id: 'HN-01-01', officeCode: 'HN-01', fullName: 'Nguyễn An', unit: 'Một cửa' });
  });

  it('reports every bad row with its line, column and code', () => {
    const text = csv(
      `${OFFICE},HN-01-01,Nguyễn Văn A,Giám đốc,Ban Giám đốc`, // 2: fine
      `hn-01,BHXH,Hà Nội,Số 1,HN-01-02,B,C,D`, // 3: lower-case code
      `${OFFICE},HN-01-01,Trần B,Phó Giám đốc,Ban Giám đốc`, // 4: duplicate id
      `${OFFICE},HN 01 03,Lê C,Kế toán,Tổ Kế toán`, // 5: bad official id
      `HN-01,BHXH cơ sở Khác,Hà Nội,"Số 1, phố Mẫu",HN-01-04,Phạm D,Thủ quỹ,Tổ Kế toán`, // 6: conflicting office name
      `HCM-01,,,,HCM-01-01,Võ E,Giám đốc,Ban Giám đốc`, // 7: office never declared
      `${OFFICE},HN-01-05,,Chuyên viên,`, // 8: missing name and unit
      `,BHXH,Hà Nội,Số 1,HN-01-06,F,G,H`, // 9: missing office code
      `${OFFICE},HN-01-07,"Bad "quote,X,Y`, // 10: bad quoting
      `${OFFICE},HN-01-08,A,B,C,extra`, // 11: a field too many
      `HN-01,BHXH cơ sở Ba Đình`, // 12: too few fields
      ``, // 13: a blank line is skipped
      `DN-01,Hải Châu,,Số 2,,,,`, // 14: office without province
    );
    expect(codes(text)).toEqual([
      [3, 'office_code', 'bad_office_code'],
      [4, 'official_id', 'duplicate_id'],
      [5, 'official_id', 'bad_official_id'],
      [6, 'office_name', 'conflicting_office'],
      [8, 'full_name', 'missing_value'],
      [8, 'unit', 'missing_value'],
      [9, 'office_code', 'missing_value'],
      [10, null, 'bad_quoting'],
      [11, null, 'unknown_column'],
      [12, 'province', 'missing_value'],
      [14, 'province', 'missing_value'],
      [7, 'office_code', 'unknown_office'],
    ]);
    expect(readRosterCsv(text).rows).toBe(12);
  });

  it('needs a header row naming every column once, and at least one office', () => {
    expect(codes('')).toEqual([[1, null, 'missing_header']]);
    expect(codes(`${OFFICE},HN-01-01,A,B,C\r\n`)).toEqual([[1, null, 'missing_header']]);
    expect(codes('office_code,office_name,province,address,official_id,full_name,position,unit,email,unit\r\n')).toEqual([
      [1, null, 'unknown_column'],
      [1, 'unit', 'unknown_column'],
    ]);
    expect(codes('office_code,office_name,province,address,official_id,full_name\r\n')).toEqual([
      [1, 'position', 'missing_header'],
      [1, 'unit', 'missing_header'],
    ]);
    expect(codes('"office_code,office_name\r\n')).toEqual([[1, null, 'bad_quoting']]);
    expect(codes(csv())).toEqual([[2, null, 'missing_value']]);
  });

  it(`stops at ${MAX_ROSTER_ROWS} rows, and lists at most 1000 errors while counting the rest`, () => {
    const many = csv(...Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, k) => `${OFFICE},HN-01-${k},A,B,C`));
    expect(codes(many)).toEqual([[MAX_ROSTER_ROWS + 2, null, 'too_many_rows']]);
    const bad = readRosterCsv(csv(...Array.from({ length: 1200 }, () => 'x,,,,,,,')));
    expect([bad.errors.length, bad.omittedErrors]).toEqual([1000, 200]);
  });
});
