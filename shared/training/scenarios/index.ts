import { Scenario } from '../scenario';
import { citizenSentForPapers } from './citizen-sent-for-papers';
import { decree73ProtectionClaim } from './decree-73-protection-claim';
import { exemplaryBacklogCleared } from './exemplary-backlog-cleared';
import { officeHeadRefusesToSign } from './office-head-refuses-to-sign';
import { proceduresHotlineNotPosted } from './procedures-hotline-not-posted';
import { vagueLateConsultationReply } from './vague-late-consultation-reply';

/**
 * The scenarios shipped with the app, parsed through the schema at load like the
 * catalogue (a malformed one fails loudly here and in `scenarios.test.ts`).
 * A change to a shipped scenario is a new version: run history pins the version.
 */
export const SHIPPED_SCENARIOS: readonly Scenario[] = Object.freeze(
  [
    citizenSentForPapers,
    vagueLateConsultationReply,
    exemplaryBacklogCleared,
    decree73ProtectionClaim,
    officeHeadRefusesToSign,
    proceduresHotlineNotPosted,
  ].map((scenario) => Scenario.parse(scenario)),
);
