import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_LIMITS, IKB_EXTENSION, unpackIkb, type BundleLimits } from '../../shared/bundle/index';
import { fail, type Result } from '../../shared/result';
import { prepareBatch, storeBatch, type IngestContext, type IngestInput, type IngestOutcome, type IngestRejection } from '../ingest';
import { line, type CliIo } from './io';
import { ImportProgress } from './progress';

export interface ImportSummary {
  readonly imported: number;
  readonly duplicate: number;
  readonly rejected: readonly { readonly file: string; readonly reason: string }[];
}

/** Every `.ikb` named or inside a named folder (recursively), sorted, each once; paths that do not exist are rejected. */
export async function findBundleFiles(paths: readonly string[], cwd: string): Promise<{ files: string[]; missing: string[] }> {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && entry.name.toLowerCase().endsWith(IKB_EXTENSION)) files.add(path);
    }
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    try {
      if ((await stat(path)).isDirectory()) await walk(path);
      else files.add(path);
    } catch {
      missing.push(path);
    }
  }
  return { files: [...files].sort(), missing };
}

type FileOutcome = { status: 'imported' | 'duplicate' } | { status: 'rejected'; reason: string };

/** A batch shares one transaction (one disk flush) and is held in memory whole (two at a time): bounded both ways. */
const BATCH_FILES = 64;
const BATCH_BYTES = 128 * 1024 * 1024;

type ReadFile = { file: string; outcome: FileOutcome } | { file: string; input: IngestInput; size: number };

async function readBundleFile(file: string, limits: BundleLimits): Promise<ReadFile> {
  let bytes: Uint8Array;
  try {
    // The size is checked before the file is read (DESIGN.md: limits before anything else).
    if ((await stat(file)).size > limits.maxTotalBytes) return { file, outcome: { status: 'rejected', reason: 'too_large' } };
    bytes = await readFile(file);
  } catch {
    return { file, outcome: { status: 'rejected', reason: 'unreadable' } };
  }
  const files = unpackIkb(bytes, limits);
  if (!files.ok) return { file, outcome: { status: 'rejected', reason: files.error.code } };
  return { file, input: { ...files.value, source: 'import' }, size: bytes.length };
}

function outcomeOf(result: Result<IngestOutcome, IngestRejection>): FileOutcome {
  if (!result.ok) return { status: 'rejected', reason: result.error.code };
  // With every part in hand, "incomplete" cannot happen; say so if it ever does.
  if (result.value.status === 'incomplete') return { status: 'rejected', reason: 'missing_part' };
  return { status: result.value.status };
}

/** Verifies a batch of read files fully in memory; the returned step stores the good ones in one transaction. */
async function prepareFiles(ctx: IngestContext, batch: readonly ReadFile[]): Promise<() => Promise<{ file: string; outcome: FileOutcome }[]>> {
  const pending = batch.filter((item): item is Extract<ReadFile, { input: IngestInput }> => 'input' in item);
  const prepared = await prepareBatch(ctx, pending.map((item) => item.input));
  return async () => {
    const results = await storeBatch(ctx, prepared);
    const byFile = new Map(pending.map((item, i) => [item.file, outcomeOf(results[i] ?? fail('missing_part'))]));
    return batch.map((item) => ({ file: item.file, outcome: 'outcome' in item ? item.outcome : (byFile.get(item.file) ?? { status: 'rejected', reason: 'missing_part' }) }));
  };
}

/**
 * `hq import`: verifies each file fully in memory and stores what holds, in
 * batches of one transaction each; the next batch is read and verified while
 * the previous one is being written.
 */
export async function importBundles(ctx: IngestContext, paths: readonly string[], io: CliIo): Promise<ImportSummary> {
  const limits = ctx.limits ?? DEFAULT_LIMITS;
  const { files, missing } = await findBundleFiles(paths, io.cwd);
  const rejected = missing.map((file) => ({ file, reason: 'not_found' }));
  let imported = 0;
  let duplicate = 0;
  const progress = new ImportProgress(io, files.length);
  const report = (done: readonly { file: string; outcome: FileOutcome }[]) => {
    for (const { file, outcome } of done) {
      if (outcome.status === 'rejected') {
        rejected.push({ file, reason: outcome.reason });
        progress.step(file, outcome.status, outcome.reason);
        continue;
      }
      if (outcome.status === 'imported') imported += 1;
      else duplicate += 1;
      progress.step(file, outcome.status);
    }
  };
  let storing: Promise<void> = Promise.resolve();
  const flush = async (batch: readonly ReadFile[]) => {
    const store = await prepareFiles(ctx, batch);
    await storing;
    storing = store().then(report);
  };
  let batch: ReadFile[] = [];
  let batchBytes = 0;
  for (const file of files) {
    const read = await readBundleFile(file, limits);
    batch.push(read);
    batchBytes += 'size' in read ? read.size : 0;
    if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
      await flush(batch);
      batch = [];
      batchBytes = 0;
    }
  }
  if (batch.length > 0) await flush(batch);
  await storing;
  progress.finish();
  return { imported, duplicate, rejected };
}

export function printSummary(summary: ImportSummary, io: CliIo): void {
  line(io.stdout, `imported ${summary.imported}, duplicate ${summary.duplicate}, rejected ${summary.rejected.length}`);
  for (const { file, reason } of summary.rejected) line(io.stdout, `  ${file}: ${reason}`);
}
