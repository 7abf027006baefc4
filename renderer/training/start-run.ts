import type { Scenario } from '../../shared/training/scenario';
import type { Inspection } from '../../shared/domain/inspection';
import type { Office, Official } from '../../shared/domain/roster';
import { findTemplate } from '../../shared/catalogue';
import type { FieldDatabase } from '../db';
import { systemClock, type Clock } from '../db/clock';
import { createInspection } from '../db/repositories/inspections';
import { replaceRoster, seedReferenceData } from '../db/repositories/reference-data';
import { RepositoryError } from '../db/repositories/repository-error';

/**
 * The scenario's office and officials join those of earlier rehearsals in the
 * training roster (an unfinished run of another scenario keeps its officials);
 * a newer version of a scenario replaces its own office's officials.
 */
export function trainingRoster(offices: readonly Office[], officials: readonly Official[], scenario: Scenario) {
  const code = scenario.office.code;
  return {
    source: 'demo' as const,
    version: `training:${scenario.id}@${String(scenario.version)}`,
    offices: [...offices.filter((office) => office.code !== code), { ...scenario.office, demo: true }],
    officials: [...officials.filter((official) => official.officeCode !== code), ...scenario.officials.map((official) => ({ ...official, officeCode: code, demo: true }))],
  };
}

/**
 * Starts a rehearsal in the training database with the field's own repositories:
 * the template and the scenario's people go into the reference tables, then the
 * inspection is created as the field would create it, so the runner works unchanged.
 */
export async function startTrainingInspection(db: FieldDatabase, scenario: Scenario, trainee: string, clock: Clock = systemClock): Promise<Inspection> {
  const template = findTemplate(scenario.template.id, scenario.template.version);
  if (!template) throw new RepositoryError('invalid_input', 'template');
  const roster = trainingRoster([], [], scenario);
  await seedReferenceData(db, [template], roster);
  const [offices, officials] = await Promise.all([db.offices.toArray(), db.officials.toArray()]);
  await replaceRoster(db, trainingRoster(offices, officials, scenario));
  return createInspection(
    db,
    {
      officeCode: scenario.office.code,
      template: { id: template.id, version: template.version },
      team: { lead: trainee.trim(), members: [] },
      unannounced: true,
      arrivalAt: clock.now(),
    },
    clock,
  );
}
