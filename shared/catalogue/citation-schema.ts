import { z } from 'zod';
import { IsoDate, LocalizedText } from '../domain/localized';
import { CitationKey } from './schema';

/**
 * How sure we are of a citation's number, title and dates. Follows the marks in
 * `sources/DOMAIN-NOTES.md`: [V] → `verified`; [M], [V-ish] or not checked →
 * `needs-confirmation` (the UI flags these so nobody mistakes them for checked law).
 */
export const CitationConfidence = z.enum(['verified', 'needs-confirmation']);
export type CitationConfidence = z.infer<typeof CitationConfidence>;

/** A file under `sources/`, e.g. `002_62c413c5712133e7.txt`. */
export const SourceFileName = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/);

/** One entry of the citation registry. */
export const Citation = z.object({
  key: CitationKey,
  /** The document's number and symbol, e.g. `3476/BHXH-TCCB`; several keys may share it. */
  document: z.string().min(1),
  /** Full title of the document (with issuer and date where known). */
  title: LocalizedText,
  /** The cited part of the document, when the key points below document level. */
  part: LocalizedText.optional(),
  issuedOn: IsoDate.optional(),
  effectiveFrom: IsoDate.optional(),
  /** Last day the rule was in force (it was replaced or repealed the day after). */
  effectiveTo: IsoDate.optional(),
  confidence: CitationConfidence,
  /** The file under `sources/` that holds the text (or a faithful summary) of it. */
  sourceFile: SourceFileName.optional(),
  /** Files under `sources/` that name the document without giving its text. */
  mentionedIn: z.array(SourceFileName).optional(),
  /** Keys of rules this one replaced, and of rules that replaced it. */
  replaces: z.array(CitationKey).optional(),
  replacedBy: z.array(CitationKey).optional(),
  /** Why the confidence is what it is, or what still needs checking (English). */
  note: z.string().optional(),
});
export type Citation = z.infer<typeof Citation>;
