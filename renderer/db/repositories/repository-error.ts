/** Stable codes the UI turns into localized messages (`errors.<code>`). */
export type RepositoryErrorCode =
  | 'not_found'
  | 'not_editable'
  | 'sealed'
  | 'seal_blocked'
  | 'unknown_official'
  | 'evidence_rejected'
  | 'changed_while_sealing'
  | 'invalid_input'
  | 'illegal_transition'
  | 'quota_exceeded'
  | 'write_failed';

export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';
  constructor(
    readonly code: RepositoryErrorCode,
    detail?: string,
  ) {
    super(detail === undefined ? code : `${code}: ${detail}`);
  }
}

function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, inner } = error as { name?: unknown; inner?: unknown };
  return name === 'QuotaExceededError' || (inner !== undefined && inner !== error && isQuotaError(inner));
}

/**
 * Runs one user action's write. Dexie aborts the whole transaction on any
 * error, so stored data stays as it was; we only translate the cause.
 */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof RepositoryError) throw error;
    if (isQuotaError(error)) throw new RepositoryError('quota_exceeded');
    throw new RepositoryError('write_failed', error instanceof Error ? error.name : undefined);
  }
}
