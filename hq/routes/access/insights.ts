import type { AccessTable } from './rule';

/** Access rules of the insight routes (profiles, dashboard): see rule.ts. */
export const INSIGHTS_ACCESS: AccessTable = {};
