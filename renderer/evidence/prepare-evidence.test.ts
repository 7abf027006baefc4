import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { EVIDENCE_LIMITS } from '../../shared/domain/evidence';
import { prepareEvidence, prepareMany, type PrepareDeps } from './prepare-evidence';

const MB = 1024 * 1024;
const NOW = new Date('2026-11-23T08:15:00.000Z');
const NONE = { findingFiles: 0, inspectionBytes: 0 };
const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0];
const thumb = new Blob([new Uint8Array(JPEG_HEAD)], { type: 'image/jpeg' });
const deps: PrepareDeps = { makeThumbnail: () => Promise.resolve(thumb), now: () => NOW };

function jpeg(name: string, bodyBytes = 64, lastModified = Date.parse('2026-11-22T03:04:05.678Z')): File {
  const bytes = new Uint8Array(JPEG_HEAD.length + bodyBytes);
  bytes.set(JPEG_HEAD);
  for (let i = JPEG_HEAD.length; i < bytes.length; i++) bytes[i] = (i * 31) % 251;
  return new File([bytes], name, { type: 'image/jpeg', lastModified });
}

const pdf = (name: string) => new File(['%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF'], name, { type: 'application/pdf', lastModified: NOW.getTime() });

/** A File whose size is whatever we say and whose bytes must never be read. */
function unreadableFile(name: string, type: string, size: number): { file: File; reads: () => number } {
  let reads = 0;
  const file = new File(['x'], name, { type });
  const fail = () => {
    reads++;
    throw new Error('must not read');
  };
  Object.defineProperties(file, {
    size: { value: size },
    arrayBuffer: { value: fail },
    stream: { value: fail },
    slice: { value: fail },
    text: { value: fail },
    bytes: { value: fail },
  });
  return { file, reads: () => reads };
}

describe('prepareEvidence', () => {
  it('checks limits before reading a single byte', async () => {
    const tooLarge = unreadableFile('video.jpg', 'image/jpeg', EVIDENCE_LIMITS.maxFileBytes + 1);
    const wrongType = unreadableFile('clip.mp4', 'video/mp4', 10);
    const heic = unreadableFile('ảnh.heic', 'image/heic', 10);
    expect(await prepareEvidence(tooLarge.file, NONE, deps)).toEqual({ ok: false, error: { code: 'too_large', detail: String(EVIDENCE_LIMITS.maxFileBytes + 1) } });
    expect(await prepareEvidence(wrongType.file, NONE, deps)).toEqual({ ok: false, error: { code: 'unsupported_type', detail: 'video/mp4' } });
    expect(await prepareEvidence(heic.file, NONE, deps)).toMatchObject({ ok: false, error: { code: 'unsupported_type' } });
    const full = unreadableFile('a.jpg', 'image/jpeg', 10);
    expect(await prepareEvidence(full.file, { findingFiles: EVIDENCE_LIMITS.maxFilesPerFinding, inspectionBytes: 0 }, deps)).toMatchObject({ ok: false, error: { code: 'too_many_files' } });
    expect(tooLarge.reads() + wrongType.reads() + heic.reads() + full.reads()).toBe(0);
  });

  it('reports a file that cannot be read as unreadable', async () => {
    const broken = unreadableFile('a.jpg', 'image/jpeg', 10);
    expect(await prepareEvidence(broken.file, NONE, deps)).toEqual({ ok: false, error: { code: 'unreadable', detail: 'read_failed' } });
    expect(broken.reads()).toBe(1);
  });

  it('hashes the bytes with SHA-256 exactly as Node does, and keeps those bytes', async () => {
    const file = jpeg('IMG_0001.jpg', 5000);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = await prepareEvidence(file, NONE, deps);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(new Uint8Array(await result.value.blob.arrayBuffer())).toEqual(bytes);
    expect(result.value).toMatchObject({ name: 'IMG_0001.jpg', mediaType: 'image/jpeg', kind: 'photo', size: bytes.length, thumbnail: thumb });
  });

  it('takes the file time when it is sane, otherwise now', async () => {
    const takenAt = async (lastModified: number) => {
      const result = await prepareEvidence(jpeg('a.jpg', 8, lastModified), NONE, deps);
      return result.ok ? result.value.takenAt : result.error.code;
    };
    expect(await takenAt(Date.parse('2026-11-22T03:04:05.678Z'))).toBe('2026-11-22T03:04:05.678Z');
    expect(await takenAt(NOW.getTime())).toBe(NOW.toISOString());
    for (const insane of [NOW.getTime() + 60_000, Date.parse('1980-01-01T00:00:00Z'), 0, Date.UTC(2000, 0, 1)]) {
      expect(await takenAt(insane), String(insane)).toBe('2026-11-23T08:15:00.000Z');
    }
  });

  it('refuses a photo whose thumbnail cannot be made, and one whose bytes are not an image', async () => {
    const undecodable = await prepareEvidence(jpeg('hong.jpg'), NONE, { ...deps, makeThumbnail: () => Promise.resolve(null) });
    expect(undecodable).toEqual({ ok: false, error: { code: 'unreadable', detail: 'undecodable' } });
    const crashed = await prepareEvidence(jpeg('hong.jpg'), NONE, { ...deps, makeThumbnail: () => Promise.reject(new Error('worker died')) });
    expect(crashed).toMatchObject({ ok: false, error: { code: 'unreadable' } });
    const renamed = new File(['just some text'], 'ghi-chu.jpg', { type: 'image/jpeg' });
    expect(await prepareEvidence(renamed, NONE, deps)).toEqual({ ok: false, error: { code: 'unreadable', detail: 'unknown_signature' } });
  });

  it('gives documents no thumbnail and never asks for one', async () => {
    let asked = 0;
    const result = await prepareEvidence(pdf('bien-ban.pdf'), NONE, { ...deps, makeThumbnail: () => { asked++; return Promise.resolve(thumb); } });
    expect(result).toMatchObject({ ok: true, value: { kind: 'document', mediaType: 'application/pdf', thumbnail: null } });
    expect(asked).toBe(0);
  });

  it('records the type the bytes are, and composes decomposed Vietnamese names', async () => {
    const pngBytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const result = await prepareEvidence(new File([pngBytes], 'ảnh.jpg'.normalize('NFD'), { type: 'image/jpeg' }), NONE, deps);
    expect(result).toMatchObject({ ok: true, value: { mediaType: 'image/png', name: 'ảnh.jpg'.normalize('NFC') } });
    const webp = new File(['RIFF\x10\0\0\0WEBPVP8 '], 'a.webp', { type: 'image/webp' });
    expect(await prepareEvidence(webp, NONE, deps)).toMatchObject({ ok: true, value: { mediaType: 'image/webp', kind: 'photo' } });
  });
});

describe('prepareMany', () => {
  it('applies the limits across the batch and reports progress for every file', async () => {
    const progress: string[] = [];
    const near = { findingFiles: EVIDENCE_LIMITS.maxFilesPerFinding - 2, inspectionBytes: 0 };
    const files = [jpeg('1.jpg'), new File(['x'], 'bad.heic', { type: 'image/heic' }), jpeg('2.jpg'), jpeg('3.jpg')];
    const outcomes = await prepareMany(files, near, (done, total) => progress.push(`${done}/${total}`), deps);
    expect(outcomes.map((o) => (o.result.ok ? 'ok' : o.result.error.code))).toEqual(['ok', 'unsupported_type', 'ok', 'too_many_files']);
    expect(outcomes.map((o) => o.file.name)).toEqual(['1.jpg', 'bad.heic', '2.jpg', '3.jpg']);
    expect(progress).toEqual(['0/4', '1/4', '2/4', '3/4', '4/4']);
  });

  it('counts accepted bytes against the inspection total', async () => {
    const file = jpeg('a.jpg', 2 * MB);
    const room = EVIDENCE_LIMITS.maxInspectionBytes - file.size * 2;
    const outcomes = await prepareMany([file, jpeg('b.jpg', 2 * MB), jpeg('c.jpg', 2 * MB)], { findingFiles: 0, inspectionBytes: room }, undefined, deps);
    expect(outcomes.map((o) => (o.result.ok ? 'ok' : o.result.error.code))).toEqual(['ok', 'ok', 'inspection_too_large']);
  });
});
