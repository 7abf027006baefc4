import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_LIMITS, IKB_EXTENSION, unpackIkb, type BundleLimits } from '../../shared/bundle/index';
import { ingestBundle, type IngestContext } from '../ingest';
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

async function importFile(ctx: IngestContext, file: string, limits: BundleLimits): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    // The size is checked before the file is read (DESIGN.md: limits before anything else).
    if ((await stat(file)).size > limits.maxTotalBytes) return { status: 'rejected', reason: 'too_large' };
    bytes = await readFile(file);
  } catch {
    return { status: 'rejected', reason: 'unreadable' };
  }
  const files = unpackIkb(bytes, limits);
  if (!files.ok) return { status: 'rejected', reason: files.error.code };
  const result = await ingestBundle(ctx, { ...files.value, source: 'import' });
  if (!result.ok) return { status: 'rejected', reason: result.error.code };
  // With every part in hand, "incomplete" cannot happen; say so if it ever does.
  if (result.value.status === 'incomplete') return { status: 'rejected', reason: 'missing_part' };
  return { status: result.value.status };
}

/** `hq import`: verifies each file fully in memory, then stores it in one transaction — or not at all. */
export async function importBundles(ctx: IngestContext, paths: readonly string[], io: CliIo): Promise<ImportSummary> {
  const limits = ctx.limits ?? DEFAULT_LIMITS;
  const { files, missing } = await findBundleFiles(paths, io.cwd);
  const rejected = missing.map((file) => ({ file, reason: 'not_found' }));
  let imported = 0;
  let duplicate = 0;
  const progress = new ImportProgress(io, files.length);
  for (const file of files) {
    const outcome = await importFile(ctx, file, limits);
    if (outcome.status === 'rejected') {
      rejected.push({ file, reason: outcome.reason });
      progress.step(file, outcome.status, outcome.reason);
      continue;
    }
    if (outcome.status === 'imported') imported += 1;
    else duplicate += 1;
    progress.step(file, outcome.status);
  }
  progress.finish();
  return { imported, duplicate, rejected };
}

export function printSummary(summary: ImportSummary, io: CliIo): void {
  line(io.stdout, `imported ${summary.imported}, duplicate ${summary.duplicate}, rejected ${summary.rejected.length}`);
  for (const { file, reason } of summary.rejected) line(io.stdout, `  ${file}: ${reason}`);
}
