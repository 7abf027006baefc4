import type { InspectionTab, Route } from '../app/ui-store';

/** The tabs of a rehearsal: the real runner, findings and sign-off (no audit, no report, no seal). */
export const RUN_TABS = ['checklist', 'findings', 'sign-off'] as const;
export type RunTab = (typeof RUN_TABS)[number];

/** Screens of the training workspace, under `#/training`. */
export type TrainingPage =
  | { page: 'home' }
  | { page: 'run'; id: string; tab: RunTab; findingId?: string }
  | { page: 'score'; id: string }
  | { page: 'scenarios' }
  /** `id` null: a new scenario (optionally a copy of `copyOf`); `edit` false: read-only view. */
  | { page: 'scenario'; id: string | null; edit: boolean; copyOf?: string }
  | { page: 'history' };

const UUID = '[0-9a-f-]{36}';
const SCENARIO = '[a-z0-9]+(?:-[a-z0-9]+)*';
const RUN = new RegExp(`^/runs/(${UUID})(?:/(findings|sign-off|score)(?:/(new|${UUID}))?)?$`);
const SCENARIO_PATH = new RegExp(`^/scenarios/(?:new(?:/from/(${SCENARIO}))?|(${SCENARIO})(/edit)?)$`);

/** `path` is what follows `/training` in the hash; anything unknown lands on the training home. */
export function parseTrainingPath(path: string): TrainingPage {
  if (path === '/scenarios') return { page: 'scenarios' };
  if (path === '/history') return { page: 'history' };
  const run = RUN.exec(path);
  if (run?.[1]) {
    if (run[2] === 'score') return { page: 'score', id: run[1] };
    const tab = (run[2] ?? 'checklist') as RunTab;
    return { page: 'run', id: run[1], tab, ...(tab === 'findings' && run[3] ? { findingId: run[3] } : {}) };
  }
  const scenario = SCENARIO_PATH.exec(path);
  if (scenario) {
    if (scenario[2]) return { page: 'scenario', id: scenario[2], edit: scenario[3] !== undefined };
    return { page: 'scenario', id: null, edit: true, ...(scenario[1] ? { copyOf: scenario[1] } : {}) };
  }
  return { page: 'home' };
}

export function trainingHash(page: TrainingPage): string {
  switch (page.page) {
    case 'home':
      return '#/training';
    case 'run': {
      const tab = page.tab === 'checklist' ? '' : `/${page.tab}`;
      return `#/training/runs/${page.id}${tab}${page.tab === 'findings' && page.findingId ? `/${page.findingId}` : ''}`;
    }
    case 'score':
      return `#/training/runs/${page.id}/score`;
    case 'scenarios':
      return '#/training/scenarios';
    case 'scenario':
      if (page.id === null) return `#/training/scenarios/new${page.copyOf ? `/from/${page.copyOf}` : ''}`;
      return `#/training/scenarios/${page.id}${page.edit ? '/edit' : ''}`;
    case 'history':
      return '#/training/history';
  }
}

const isRunTab = (tab: InspectionTab | undefined): tab is RunTab => (RUN_TABS as readonly string[]).includes(tab ?? '');

/**
 * The field screens reused in a rehearsal (findings, sign-off) navigate to their
 * inspection's field route; inside a training run that route stays in the run,
 * so a click never drops the trainee into the field workspace.
 */
export function keepInTrainingRun(current: Route, next: Route): Route {
  if (current.name !== 'training' || current.page.page !== 'run') return next;
  if (next.name !== 'inspection' || next.id !== current.page.id) return next;
  const tab = isRunTab(next.tab) ? next.tab : 'checklist';
  return { name: 'training', page: { page: 'run', id: next.id, tab, ...(tab === 'findings' && next.findingId ? { findingId: next.findingId } : {}) } };
}
