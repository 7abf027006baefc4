/**
 * The calendar date (YYYY-MM-DD) of an instant in Vietnam (UTC+7, no DST):
 * rules and checklist items are in force by the date where the inspection happened.
 */
export function vietnamDate(isoInstant: string): string {
  return new Date(Date.parse(isoInstant) + 7 * 3_600_000).toISOString().slice(0, 10);
}
