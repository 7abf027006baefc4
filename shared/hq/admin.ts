/**
 * Request and response shapes of HQ's admin routes (template publishing, roster
 * import): HQ builds them (hq/staff/), the HQ workspace shows them (renderer/hq/).
 *
 * Routes (all need a session; the role is in hq/routes/access/admin.ts):
 * - GET  /v1/hq/templates                 → TemplateList
 * - POST /v1/hq/templates/preview  (JSON) → 200 TemplatePreview | 422 { error: { code: 'invalid_template' }, issues }
 * - POST /v1/hq/templates          (JSON) → 201 PublishedVersion | 422 as above | 409 { error: { code: 'version_conflict' } }
 * - POST /v1/hq/roster/preview  (text/csv) → 200 RosterReport (valid or not: `errors` says)
 * - POST /v1/hq/roster          (text/csv) → 201 PublishedVersion | 422 { error: { code: 'invalid_roster' }, report: RosterReport }
 * - GET  /v1/hq/exports/{inspections,findings,decisions}.csv?from&to&province&office → text/csv, UTF-8 with BOM
 * - GET  /v1/hq/inspections/:id/evidence/:evidenceId → the decrypted file (audited)
 */
import type { LocalizedText } from '../domain/localized';

export interface TemplateList {
  readonly templates: readonly { readonly id: string; readonly version: number; readonly title: LocalizedText; readonly items: number; readonly publishedAt: string | null }[];
}

/** One line of a readable template diff. `path` is e.g. `sections[2].items[4]` or the item id. */
export interface TemplateDiffEntry {
  readonly change: 'added' | 'removed' | 'changed';
  /** What changed: a section, an item, or a field of one. */
  readonly target: 'template' | 'section' | 'item';
  readonly id: string;
  /** The field that changed (`prompt.vi`, `severity`, `source`…), for `changed`. */
  readonly field?: string;
  readonly before?: string;
  readonly after?: string;
}

export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
  /** The catalogue's problem code (shared/catalogue/validate.ts), or `json` for a body that is not JSON. */
  readonly code?: string;
}

export interface TemplatePreview {
  readonly template: { readonly id: string; readonly version: number; readonly title: LocalizedText };
  readonly previousVersion: number | null;
  readonly diff: readonly TemplateDiffEntry[];
}

export interface PublishedVersion {
  readonly version: string;
  readonly etag: string;
  /** Template publishing: the template version published. */
  readonly template?: { readonly id: string; readonly version: number };
}

/** Why a roster CSV row was refused; the workspace localizes the code. */
export type RosterErrorCode =
  | 'missing_header'
  | 'unknown_column'
  | 'missing_value'
  | 'bad_office_code'
  | 'bad_official_id'
  | 'unknown_office'
  | 'duplicate_id'
  | 'conflicting_office'
  | 'bad_quoting'
  | 'too_many_rows';

export interface RosterRowError {
  /** 1-based line of the CSV file (the header is line 1). */
  readonly line: number;
  readonly column: string | null;
  readonly code: RosterErrorCode;
}

export interface RosterReport {
  readonly valid: boolean;
  readonly rows: number;
  readonly offices: number;
  readonly officials: number;
  readonly errors: readonly RosterRowError[];
  /** Errors beyond the first 1000, counted but not listed. */
  readonly omittedErrors?: number;
  /** Against the current roster. */
  readonly changes: {
    readonly addedOffices: number;
    readonly addedOfficials: number;
    readonly removedOfficials: number;
    readonly changedOfficials: number;
    readonly removedOffices?: number;
    /** Offices whose name, province or address changed. */
    readonly changedOffices?: number;
  };
}
