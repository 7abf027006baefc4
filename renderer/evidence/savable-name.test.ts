import { describe, expect, it } from 'vitest';
import { savableName } from './savable-name';

describe('savableName', () => {
  it('keeps ordinary Vietnamese names and replaces what a save dialog refuses', () => {
    expect(savableName('Biên bản kiểm tra.pdf')).toBe('Biên bản kiểm tra.pdf');
    expect(savableName('a/b\\c:d*e?"f<g>h|i\u0007.jpg')).toBe('a_b_c_d_e__f_g_h_i_.jpg');
    expect(savableName('  ..  ')).toBe('tep-dinh-kem');
    expect(savableName(`${'x'.repeat(250)}.jpg`)).toHaveLength(200);
  });
});
