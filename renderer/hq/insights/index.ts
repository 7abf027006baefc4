/** The HQ workspace's insight and admin pages, mounted by the shell for their routes (hq-route.ts). */
export { DashboardPage } from './DashboardPage';
export { OfficePage } from './OfficePage';
export { OfficialPage } from './OfficialPage';
export { ExportsPage } from '../admin/ExportsPage';
export { TemplatesPage } from '../admin/TemplatesPage';
export { RosterPage } from '../admin/RosterPage';
