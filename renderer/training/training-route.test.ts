import { describe, expect, it } from 'vitest';
import { keepInTrainingRun, parseTrainingPath, trainingHash, type TrainingPage } from './training-route';

const ID = '0190d0b1-aaaa-7bbb-8ccc-123456789abc';
const FINDING = '0190d0b1-dddd-7eee-8fff-123456789abc';

describe('training routes', () => {
  it('round-trip every page through the hash', () => {
    const pages: TrainingPage[] = [
      { page: 'home' },
      { page: 'run', id: ID, tab: 'checklist' },
      { page: 'run', id: ID, tab: 'findings', findingId: FINDING },
      { page: 'run', id: ID, tab: 'sign-off' },
      { page: 'score', id: ID },
      { page: 'scenarios' },
      { page: 'scenario', id: null, edit: true },
      { page: 'scenario', id: null, edit: true, copyOf: 'citizen-sent-for-papers' },
      { page: 'scenario', id: 'citizen-sent-for-papers', edit: false },
      { page: 'scenario', id: 'my-own', edit: true },
      { page: 'history' },
    ];
    for (const page of pages) expect(parseTrainingPath(trainingHash(page).slice('#/training'.length))).toEqual(page);
  });

  it('send anything unknown to the training home', () => {
    expect(parseTrainingPath('/runs/not-an-id')).toEqual({ page: 'home' });
    expect(parseTrainingPath('/scenarios/Bad_Id')).toEqual({ page: 'home' });
  });

  it('keep a reused field screen inside the run it belongs to', () => {
    const current = { name: 'training', page: { page: 'run', id: ID, tab: 'findings' } } as const;
    expect(keepInTrainingRun(current, { name: 'inspection', id: ID, tab: 'findings', findingId: FINDING })).toEqual({
      name: 'training', page: { page: 'run', id: ID, tab: 'findings', findingId: FINDING },
    });
    // Tabs a rehearsal does not have land on the checklist; other inspections and other routes pass through.
    expect(keepInTrainingRun(current, { name: 'inspection', id: ID, tab: 'report' })).toEqual({ name: 'training', page: { page: 'run', id: ID, tab: 'checklist' } });
    expect(keepInTrainingRun(current, { name: 'inspection', id: FINDING })).toEqual({ name: 'inspection', id: FINDING });
    expect(keepInTrainingRun({ name: 'list' }, { name: 'inspection', id: ID })).toEqual({ name: 'inspection', id: ID });
  });
});
