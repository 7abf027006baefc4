import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { EVIDENCE_LIMITS } from '../../shared/domain/evidence';
import { resources } from '../i18n';
import { evidenceErrorText } from './evidence-error';
import { formatFileSize } from './file-size';
import type { PrepareErrorCode } from './prepare-evidence';

const MB = 1024 * 1024;

async function translator(lng: 'vi' | 'en') {
  const instance = i18next.createInstance();
  await instance.init({ resources, lng, fallbackLng: false, interpolation: { escapeValue: false } });
  return instance.t;
}

describe('evidence error text', () => {
  it('names the file, the reason and the limit, in Vietnamese and English', async () => {
    const vi = await translator('vi');
    const en = await translator('en');
    const tooLarge = { name: 'biên-bản.pdf', size: Math.round(31.2 * MB), error: { code: 'too_large' as const } };
    expect(evidenceErrorText(vi, 'vi', tooLarge)).toBe('biên-bản.pdf: quá lớn: 31,2 MB, tối đa 25 MB');
    expect(evidenceErrorText(en, 'en', tooLarge)).toBe('biên-bản.pdf: too large: 31.2 MB, at most 25 MB');
    expect(evidenceErrorText(vi, 'vi', { name: 'ảnh.heic', size: 10, error: { code: 'unsupported_type', detail: 'image/heic' } })).toBe(
      'ảnh.heic: định dạng không được hỗ trợ (chỉ JPEG, PNG, WebP, PDF)',
    );
    const full = { name: 'a.jpg', size: 10, error: { code: 'inspection_too_large' as const, detail: String(399 * MB) } };
    expect(evidenceErrorText(vi, 'vi', full)).toBe('a.jpg: vượt dung lượng của cuộc kiểm tra: đã dùng 399 MB, tối đa 400 MB');
  });

  it('has a message for every code, with no key left untranslated', async () => {
    const codes: Record<PrepareErrorCode, true> = {
      empty_file: true, too_large: true, unsupported_type: true, too_many_files: true, inspection_too_large: true, bad_name: true, unreadable: true,
    };
    for (const lng of ['vi', 'en'] as const) {
      const t = await translator(lng);
      for (const code of Object.keys(codes) as PrepareErrorCode[]) {
        const text = evidenceErrorText(t, lng, { name: 'x.jpg', size: 1, error: { code } });
        expect(text, `${lng} ${code}`).toMatch(/^x\.jpg: \S/);
        expect(text, `${lng} ${code}`).not.toMatch(/evidence\.|\{\{/);
      }
    }
  });

  it('shortens a very long file name so the reason stays visible', async () => {
    const t = await translator('en');
    const text = evidenceErrorText(t, 'en', { name: 'a'.repeat(300), size: 1, error: { code: 'bad_name' } });
    expect(text).toBe(`${'a'.repeat(79)}…: the file name is empty or longer than ${String(EVIDENCE_LIMITS.maxNameLength)} characters`);
  });
});

describe('formatFileSize', () => {
  it('uses kB below a megabyte and one decimal above, in the locale', () => {
    expect(formatFileSize(1, 'vi')).toBe('1 kB');
    expect(formatFileSize(512 * 1024, 'en')).toBe('512 kB');
    expect(formatFileSize(EVIDENCE_LIMITS.maxFileBytes, 'vi')).toBe('25 MB');
    expect(formatFileSize(1.25 * MB, 'vi')).toBe('1,3 MB');
    expect(formatFileSize(1.25 * MB, 'en')).toBe('1.3 MB');
  });
});
