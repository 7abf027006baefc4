/**
 * The one shape results take across a boundary (bridge, repositories' callers):
 * a stable error code instead of a thrown Error, so the UI can localise it.
 */
export type Result<T, C extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: { readonly code: C; readonly detail?: string } };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const fail = <C extends string>(code: C, detail?: string): { ok: false; error: { code: C; detail?: string } } =>
  detail === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, detail } };
