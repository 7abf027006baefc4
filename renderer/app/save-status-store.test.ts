import { beforeEach, describe, expect, it } from 'vitest';
import { useSaveStatus } from './save-status-store';

const store = () => useSaveStatus.getState();

describe('save status store', () => {
  beforeEach(() => store().reset());

  it('says saved only once every write started for the item has landed', () => {
    // Typing a note then clicking a choice on the same card: the note flush and the choice overlap.
    store().begin('badge');
    store().begin('badge');
    store().succeed('badge', '2026-11-25T08:00:00.000Z');
    expect(store().items['badge']).toEqual({ kind: 'saving' });
    store().succeed('badge', '2026-11-25T08:00:01.000Z');
    expect(store().items['badge']).toEqual({ kind: 'saved', at: '2026-11-25T08:00:01.000Z' });
    expect(store().pending).toBe(0);
  });

  it('keeps a failure visible while a later write is still in flight, and other items apart', () => {
    store().begin('badge');
    store().begin('badge');
    store().begin('queue');
    store().failed('badge', 'quota_exceeded');
    expect(store().items['badge']).toEqual({ kind: 'failed', code: 'quota_exceeded' });
    store().succeed('queue', '2026-11-25T08:00:00.000Z');
    expect(store().items['queue']).toEqual({ kind: 'saved', at: '2026-11-25T08:00:00.000Z' });
    store().succeed('badge', '2026-11-25T08:00:02.000Z');
    expect(store().items['badge']).toEqual({ kind: 'saved', at: '2026-11-25T08:00:02.000Z' });
    expect(store().pending).toBe(0);
  });
});
