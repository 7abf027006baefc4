import { z } from 'zod';
import { IsoInstant } from './localized';
import { Official } from './roster';
import { CitationKey, ItemId, Severity } from '../catalogue/schema';

/** What the rules may propose for a finding (DESIGN.md "Recommendation kinds"); HQ decides. */
export const RecommendationKind = z.enum([
  'praise', // biểu dương
  'commendation', // khen thưởng
  'reminder', // nhắc nhở
  'review', // kiểm điểm
  'reassignment', // điều chuyển công tác khác
  'replacement', // thay thế
  'disciplinary_review', // đề nghị xem xét kỷ luật
]);
export type RecommendationKind = z.infer<typeof RecommendationKind>;

export const FindingKind = z.enum(['commendable', 'violation']);
export type FindingKind = z.infer<typeof FindingKind>;

/** Kinds of lapse, grouped by the clause that forbids them (3476/BHXH-TCCB#2.1–#2.5, 1251/BHXH-TCCB#3). */
export const ViolationCategory = z.enum([
  'timeliness', // delay, late reply
  'consultation', // consulting unrelated units, vague replies
  'conduct', // badge, attitude, working hours
  'evasion', // né tránh, đùn đẩy, not deciding within one's authority
  'harassment', // sách nhiễu, gây phiền hà
  'pushing_onto_citizens', // đẩy trách nhiệm cho người dân
  'suspected_corruption', // asking for money or gifts, tiêu cực
]);
export type ViolationCategory = z.infer<typeof ViolationCategory>;

export const FindingSubject = z.discriminatedUnion('type', [
  z.object({ type: z.literal('office') }),
  z.object({ type: z.literal('official'), officialId: Official.shape.id }),
]);
export type FindingSubject = z.infer<typeof FindingSubject>;

/** An open adverse finding blocks commendation (Decree 98/2023 Art. 4) until closed. */
export const FindingStatus = z.enum(['open', 'closed']);
export type FindingStatus = z.infer<typeof FindingStatus>;

const common = {
  id: z.uuid(),
  inspectionId: z.uuid(),
  subject: FindingSubject,
  severity: Severity,
  itemIds: z.array(ItemId),
  citations: z.array(CitationKey),
  narrative: z.string().max(4000),
  observedAt: IsoInstant,
  status: FindingStatus,
};

/** A finding; explanation, protection claim, evidence and signatures come later. */
export const Finding = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('commendable'), category: ViolationCategory.optional() }),
  z.object({ ...common, kind: z.literal('violation'), category: ViolationCategory }),
]);
export type Finding = z.infer<typeof Finding>;
