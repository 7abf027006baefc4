import type { ChecklistItem } from '../catalogue/schema';
import type { AnswerValue } from './inspection';
import { fail, ok, type Result } from '../result';

export type AnswerProblem = 'wrong_type' | 'out_of_range' | 'not_integer' | 'too_long';

/** Checks a value against the item's response spec (type, range, length). */
export function checkAnswerValue(item: ChecklistItem, value: AnswerValue): Result<AnswerValue, AnswerProblem> {
  const spec = item.response;
  if (spec.type !== value.type) return fail('wrong_type', `${item.id} expects ${spec.type}`);
  switch (spec.type) {
    case 'scale':
      if (value.type === 'scale' && (value.value < spec.min || value.value > spec.max)) return fail('out_of_range');
      return ok(value);
    case 'number':
      if (value.type !== 'number') return fail('wrong_type');
      if (spec.integer && !Number.isInteger(value.value)) return fail('not_integer');
      if (value.value < spec.min || value.value > spec.max) return fail('out_of_range');
      return ok(value);
    case 'text':
      if (value.type === 'text' && value.value.length > spec.maxLength) return fail('too_long');
      return ok(value);
    case 'yes_no_na':
    case 'time':
      return ok(value);
  }
}

/** A failed item: "no" on a yes/no item, a score below the pass mark. */
export function isFailedAnswer(item: ChecklistItem, value: AnswerValue | null): boolean {
  if (value === null) return false;
  if (item.response.type === 'yes_no_na' && value.type === 'yes_no_na') return value.value === 'no';
  if (item.response.type === 'scale' && value.type === 'scale') return value.value < item.response.passAtLeast;
  return false;
}
