import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { INSPECTION_EVENTS, INSPECTION_STATUSES } from '../../shared/lifecycle/inspection-lifecycle';
import { Severity, Subject } from '../../shared/catalogue/schema';
import type { RepositoryErrorCode } from '../db/repositories/repository-error';
import type { PersistenceState } from '../app/storage-persistence';
import { SYNC_REASON_CODES } from '../sync/reason-codes';
import type { OutboxState } from '../db';
import { enText, mergeLocaleTrees, viText } from './resources';

type Tree = { [key: string]: string | Tree };

const vi: Tree = viText;
const en: Tree = enText;

/** The string at a dotted key, or '' when it is missing or not a leaf. */
function text(tree: Tree, key: string): string {
  const node = lookup(tree, key);
  return typeof node === 'string' ? node : '';
}

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function lookup(tree: Tree, key: string): string | Tree | undefined {
  return key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('locale files', () => {
  it('merge area files and refuse a key defined twice', () => {
    expect(mergeLocaleTrees([{ a: { b: 'x' } }, { a: { c: 'y' } }])).toEqual({ a: { b: 'x', c: 'y' } });
    expect(() => mergeLocaleTrees([{ a: { b: 'x' } }, { a: { b: 'z' } }])).toThrow('Duplicate locale key a.b');
    expect(vi['app']).toBeDefined();
  });

  it('have exactly the same keys in Vietnamese and English', () => {
    expect(leafKeys(vi).sort()).toEqual(leafKeys(en).sort());
  });

  it('have no empty strings and interpolate the same variables', () => {
    for (const key of leafKeys(vi)) {
      const viText = text(vi, key);
      const enText = text(en, key);
      expect(viText.trim(), key).not.toBe('');
      expect(enText.trim(), key).not.toBe('');
      const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(viText), key).toEqual(vars(enText));
    }
  });

  it('write Vietnamese with diacritics', () => {
    const ascii = leafKeys(vi).filter((key) => {
      const viText = text(vi, key);
      return viText.split(/\s+/).length >= 3 && /^[\p{ASCII}…—“”←↓↑]*$/u.test(viText);
    });
    expect(ascii).toEqual([]);
  });

  it('contain every literal key the renderer asks for', () => {
    const root = join(import.meta.dirname, '..');
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) used.add(match[1] ?? '');
      // Zod messages in form schemas are i18n keys too.
      for (const match of text.matchAll(/'(form\.errors\.[a-zA-Z]+)'/g)) used.add(match[1] ?? '');
    }
    const missing = [...used].filter((key) => typeof lookup(vi, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(used.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  it('contain every key built from a domain value (statuses, events, error codes…)', () => {
    const errorCodes: Record<RepositoryErrorCode, true> = {
      not_found: true, not_editable: true, invalid_input: true, sealed: true, seal_blocked: true, unknown_official: true,
      evidence_rejected: true, changed_while_sealing: true, illegal_transition: true, quota_exceeded: true, write_failed: true,
    };
    const persistence: Record<PersistenceState, true> = { pending: true, granted: true, denied: true, unsupported: true };
    const outboxStates: Record<OutboxState, true> = { queued: true, encoded: true, uploading: true, synced: true, rejected: true };
    const keys = [
      ...INSPECTION_STATUSES.map((s) => `status.${s}`),
      ...INSPECTION_EVENTS.map((e) => `lifecycle.${e}`),
      ...Object.keys(errorCodes).flatMap((c) => [`errors.${c}.title`, `errors.${c}.body`]),
      ...Object.keys(persistence).flatMap((p) => [`storage.state.${p}`, `storage.hint.${p}`]),
      ...Severity.options.map((s) => `severity.${s}`),
      ...Subject.options.map((s) => `subject.${s}`),
      ...['yes', 'no', 'na'].map((a) => `answer.${a}`),
      ...SYNC_REASON_CODES.map((c) => `sync.reason.${c}`),
      ...Object.keys(outboxStates).map((s) => `sync.entryState.${s}`),
      ...['urlRequired', 'urlInvalid', 'urlInsecure', 'codeRequired', 'codeFormat'].map((k) => `sync.enroll.errors.${k}`),
    ];
    const missing = keys.filter((key) => typeof lookup(vi, key) !== 'string' || typeof lookup(en, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
