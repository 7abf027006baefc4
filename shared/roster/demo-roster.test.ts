import { describe, it, expect } from 'vitest';
import { Roster } from '../domain/roster';
import { DEMO_ROSTER } from './demo-roster';

describe('DEMO_ROSTER', () => {
  it('parses with the Roster schema as a demo roster', () => {
    expect(Roster.parse(DEMO_ROSTER)).toEqual(DEMO_ROSTER);
    expect(DEMO_ROSTER.source).toBe('demo');
    expect(DEMO_ROSTER.version).toBe('demo-1');
  });

  it('has three offices with 7–9 officials each', () => {
    expect(DEMO_ROSTER.offices).toHaveLength(3);
    for (const office of DEMO_ROSTER.offices) {
      const count = DEMO_ROSTER.officials.filter((official) => official.officeCode === office.code).length;
      expect(count, office.code).toBeGreaterThanOrEqual(7);
      expect(count, office.code).toBeLessThanOrEqual(9);
    }
  });

  it('has unique ids and codes, and every official belongs to a listed office', () => {
    const codes = new Set(DEMO_ROSTER.offices.map((office) => office.code));
    expect(codes.size).toBe(DEMO_ROSTER.offices.length);
    expect(new Set(DEMO_ROSTER.officials.map((official) => official.id)).size).toBe(DEMO_ROSTER.officials.length);
    for (const official of DEMO_ROSTER.officials) expect(codes.has(official.officeCode), official.id).toBe(true);
  });

  it('marks every record as demo and each office has a director and a one-stop desk', () => {
    expect([...DEMO_ROSTER.offices, ...DEMO_ROSTER.officials].every((record) => record.demo)).toBe(true);
    for (const office of DEMO_ROSTER.offices) {
      const staff = DEMO_ROSTER.officials.filter((official) => official.officeCode === office.code);
      expect(staff.some((official) => official.position === 'Giám đốc'), office.code).toBe(true);
      expect(staff.some((official) => official.unit === 'Bộ phận Một cửa'), office.code).toBe(true);
    }
  });
});
