import { describe, expect, it } from 'vitest';
import { Scenario } from './scenario';
import { isTrainingOfficeCode, recordNamesTrainingOffice, TRAINING_OFFICE_PREFIX } from './training-office';

describe('training office codes', () => {
  it('recognises the reserved prefix, in any case, and nothing else', () => {
    expect(TRAINING_OFFICE_PREFIX).toBe('TRAIN-');
    expect(isTrainingOfficeCode('TRAIN-HN-01')).toBe(true);
    expect(isTrainingOfficeCode('train-hn-01')).toBe(true);
    expect(isTrainingOfficeCode('DEMO-HN-01')).toBe(false);
    expect(isTrainingOfficeCode('HN-TRAIN-01')).toBe(false);
    expect(isTrainingOfficeCode('TRAIN')).toBe(false);
    expect(isTrainingOfficeCode(undefined)).toBe(false);
    expect(isTrainingOfficeCode(42)).toBe(false);
  });

  it('finds a training office in either place a sealed inspection record names one', () => {
    expect(recordNamesTrainingOffice({ inspection: { officeCode: 'TRAIN-HN-01' }, office: { code: 'DEMO-HN-01' } })).toBe(true);
    expect(recordNamesTrainingOffice({ inspection: { officeCode: 'DEMO-HN-01' }, office: { code: 'TRAIN-HN-01' } })).toBe(true);
    expect(recordNamesTrainingOffice({ inspection: { officeCode: 'DEMO-HN-01' }, office: { code: 'DEMO-HN-01' } })).toBe(false);
    expect(recordNamesTrainingOffice({ format: 'inspection-kit/addendum/v1', inspectionId: 'x' })).toBe(false);
    expect(recordNamesTrainingOffice(null)).toBe(false);
  });

  it('is the prefix the scenario schema demands of a scenario office', () => {
    const officeCode = Scenario.shape.office.shape.code;
    expect(officeCode.safeParse(`${TRAINING_OFFICE_PREFIX}HN-01`).success).toBe(true);
    expect(officeCode.safeParse('DEMO-HN-01').success).toBe(false);
  });
});
