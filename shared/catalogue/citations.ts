/**
 * The citation registry: every key a checklist item or template may cite, so an
 * inspector can always answer "which rule says so?" (sources/README.md).
 *
 * Key scheme (keys are stable; never rename one that has been published):
 * - `<number>/<symbol>` for a whole document, spelled as the document spells it,
 *   with Vietnamese letters: `968/CĐ-TTg`, `2371/BHXH-PC`, `118/2025/NĐ-CP`.
 * - `<number>/<symbol>#<part>` for a part of a document:
 *   - `3476/BHXH-TCCB#1` is part (1); `#2.1` … `#2.6` are the six bullets of part (2),
 *     in order (timely tasks and inspections; individual responsibility and the Code
 *     of Conduct; consultation and replies; Decree 73/2023; administrative
 *     procedures; feedback channels, dialogue and escalation).
 *   - `1251/BHXH-TCCB#1` … `#4` are its four numbered requests ("Firstly" … "Fourthly").
 * - `VSS-CoC` is the VSS Code of Conduct, whose decision number is not known yet.
 *
 * Dates are ISO calendar dates. `effectiveTo` is the last day a rule was in force
 * (61/2018 and 107/2021 end 2025-06-30; 118/2025 starts 2025-07-01). For dispatches,
 * telegrams and directives, which apply from issue, `effectiveFrom` is the issue date.
 * An item citing a rule with `effectiveTo` must end by then; an item citing a rule
 * that `replaces` another must start no earlier than it (checked by `validate.ts`).
 */
import type { Citation } from './citation-schema';
import { NATIONAL_CITATIONS } from './citations-national';
import { VSS_CITATIONS } from './citations-vss';

export type { Citation, CitationConfidence } from './citation-schema';

export const CITATIONS: readonly Citation[] = [...VSS_CITATIONS, ...NATIONAL_CITATIONS];

const BY_KEY: ReadonlyMap<string, Citation> = new Map(CITATIONS.map((citation) => [citation.key, citation]));

export const CITATION_KEYS: ReadonlySet<string> = new Set(BY_KEY.keys());

/** The registry entry for a key, or undefined for an unknown key. */
export function citationFor(key: string): Citation | undefined {
  return BY_KEY.get(key);
}
