import type { TFunction } from 'i18next';
import { EVIDENCE_LIMITS } from '../../shared/domain/evidence';
import type { Locale } from '../../shared/domain/localized';
import { formatFileSize } from './file-size';
import type { PrepareErrorCode } from './prepare-evidence';

export interface FileFailure {
  readonly name: string;
  readonly size: number;
  readonly error: { readonly code: PrepareErrorCode; readonly detail?: string };
}

/** Why one file was refused, with the limit it broke, in the user's language. */
export function evidenceErrorText(t: TFunction, locale: Locale, failure: FileFailure): string {
  const size = (bytes: number) => formatFileSize(bytes, locale);
  const { code, detail } = failure.error;
  // One literal key per code, so the locale test sees each one.
  const messages: Record<PrepareErrorCode, () => string> = {
    empty_file: () => t('evidence.errors.empty_file'),
    too_large: () => t('evidence.errors.too_large', { size: size(failure.size), max: size(EVIDENCE_LIMITS.maxFileBytes) }),
    unsupported_type: () => t('evidence.errors.unsupported_type'),
    too_many_files: () => t('evidence.errors.too_many_files', { max: EVIDENCE_LIMITS.maxFilesPerFinding }),
    inspection_too_large: () =>
      t('evidence.errors.inspection_too_large', { used: size(Number(detail ?? 0)), max: size(EVIDENCE_LIMITS.maxInspectionBytes) }),
    bad_name: () => t('evidence.errors.bad_name', { max: EVIDENCE_LIMITS.maxNameLength }),
    unreadable: () => t('evidence.errors.unreadable'),
  };
  // A refused 300-character name would push the reason off screen.
  const name = failure.name.length > 80 ? `${failure.name.slice(0, 79)}…` : failure.name;
  return t('evidence.fileError', { name, message: messages[code]() });
}
