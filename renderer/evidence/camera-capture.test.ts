import { describe, expect, it } from 'vitest';
import { capturedPhotoName } from './camera-capture';

describe('capturedPhotoName', () => {
  it('names a capture after the local date and time, zero-padded', () => {
    expect(capturedPhotoName(new Date(2026, 10, 23, 8, 15, 30))).toBe('anh-2026-11-23-081530.jpg');
    expect(capturedPhotoName(new Date(2027, 0, 2, 23, 5, 9))).toBe('anh-2027-01-02-230509.jpg');
  });
});
