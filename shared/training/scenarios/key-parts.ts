import type { AnswerValue } from '../../domain/inspection';
import type { ScenarioKey } from '../scenario';

/** Shorthands for answer-key values, so each scenario file reads as its story. */
export const YES: AnswerValue = { type: 'yes_no_na', value: 'yes' };
export const NO: AnswerValue = { type: 'yes_no_na', value: 'no' };
export const count = (value: number): AnswerValue => ({ type: 'number', value });
export const scale = (value: number): AnswerValue => ({ type: 'scale', value });
export const time = (value: string): AnswerValue => ({ type: 'time', value });

type DueProcessStep = ScenarioKey['dueProcess'][number];

/**
 * Hearing the official is the app's due-process rule (DESIGN.md): no review,
 * reassignment, replacement or disciplinary recommendation is sealed without it.
 * The cited parts say responsibility is handled "in accordance with regulations".
 */
export const EXPLANATION_STEP: DueProcessStep = {
  check: 'explanation_recorded',
  why: {
    vi: 'Mỗi nội dung vi phạm về một cán bộ phải có giải trình của cán bộ, hoặc việc cán bộ từ chối giải trình được ghi nhận trước người chứng kiến. Ứng dụng không cho chốt biên bản có đề xuất kiểm điểm, điều chuyển, thay thế hoặc xem xét kỷ luật khi thiếu bước này; việc xem xét trách nhiệm phải theo đúng quy định.',
    en: 'Every adverse finding about an official needs the official’s explanation, or their refusal recorded before a witness. The app will not seal a review, reassignment, replacement or disciplinary recommendation without it; responsibility is handled according to the rules.',
  },
  citations: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#3'],
};

/** Evidence: the items behind these findings require it (`evidenceRequired`). */
export function evidenceStep(citations: string[]): DueProcessStep {
  return {
    check: 'evidence_attached',
    why: {
      vi: 'Mỗi nội dung vi phạm cần có minh chứng (ảnh chụp, bản sao văn bản) đính kèm: các câu hỏi liên quan yêu cầu minh chứng, và HQ chỉ xem xét được điều có minh chứng.',
      en: 'Each adverse finding needs evidence attached (photos, copies of documents): the items behind it require evidence, and HQ can only weigh what it can see.',
    },
    citations,
  };
}
