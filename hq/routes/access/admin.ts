import type { AccessTable } from './rule';

/** Access rules of the admin and export routes (evidence, exports, templates, roster): see rule.ts. */
export const ADMIN_ACCESS: AccessTable = {};
